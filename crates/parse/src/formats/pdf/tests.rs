//! End-to-end tests of the PDF reader on small PDFs built with lopdf.
//!
//! The text is ASCII English so that it decodes with any font module; the
//! layout rules under test do not depend on the script.

use lopdf::{Document, Object, Stream, dictionary};
use proptest::prelude::*;

use super::read;
use crate::error::Error;
use crate::formats::Extracted;
use crate::limits::Limits;
use crate::options::ParseOptions;

/// A document under construction: Helvetica as `/F1`, pages added in order.
struct Builder {
    doc: Document,
    pages: lopdf::ObjectId,
    font: lopdf::ObjectId,
    kids: Vec<Object>,
}

impl Builder {
    fn new() -> Self {
        let mut doc = Document::with_version("1.5");
        let pages = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        Builder {
            doc,
            pages,
            font,
            kids: Vec::new(),
        }
    }

    /// Adds a page with `content`; `xobjects` go into its resources.
    fn page_with(&mut self, content: &str, xobjects: lopdf::Dictionary) -> &mut Self {
        let stream = self
            .doc
            .add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
        let page = self.doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => self.pages,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => stream,
            "Resources" => dictionary! {
                "Font" => dictionary! { "F1" => self.font },
                "XObject" => xobjects,
            },
        });
        self.kids.push(page.into());
        self
    }

    fn page(&mut self, content: &str) -> &mut Self {
        self.page_with(content, dictionary! {})
    }

    fn finish(&mut self) -> Document {
        let count = self.kids.len() as i64;
        self.doc.objects.insert(
            self.pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => self.kids.clone(), "Count" => count,
            }),
        );
        let catalog = self
            .doc
            .add_object(dictionary! { "Type" => "Catalog", "Pages" => self.pages });
        self.doc.trailer.set("Root", catalog);
        self.doc.clone()
    }

    fn bytes(&mut self) -> Vec<u8> {
        save(&mut self.finish())
    }
}

fn save(doc: &mut Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn extract(bytes: &[u8]) -> crate::error::Result<Extracted> {
    let opts = ParseOptions::default();
    read(bytes, &Limits::new(&opts))
}

/// `BT /F1 size Tf x y Td (text) Tj ET` for each line.
fn lines(items: &[(f32, f32, &str)]) -> String {
    items
        .iter()
        .map(|(x, y, t)| format!("BT /F1 10 Tf {x} {y} Td ({t}) Tj ET\n"))
        .collect()
}

#[test]
fn simple_text_with_tj_and_kerning() {
    let content = "BT /F1 12 Tf 72 720 Td (Report on) Tj 0 -14 Td [(co) -20 (operation) -900 (in science)] TJ ET";
    let ex = extract(&Builder::new().page(content).bytes()).unwrap();
    assert_eq!(ex.text, "Report on\ncooperation in science");
    assert_eq!(ex.page_count, Some(1));
    assert!(ex.warnings.is_empty(), "{:?}", ex.warnings);
}

#[test]
fn text_state_operators_move_text() {
    // TL and T*, the ' and " operators, Tc, Tw, Tz and Ts.
    let content = "BT /F1 10 Tf 12 TL 72 720 Td 1 Tc (Spaced) Tj 0 Tc T* (second line) Tj \
                   (third line) ' 5 0 (fourth line) \" 50 Tz T* (narrow) Tj 100 Tz 3 Ts (up) Tj ET";
    let ex = extract(&Builder::new().page(content).bytes()).unwrap();
    assert_eq!(
        ex.text,
        "Spaced\nsecond line\nthird line\nfourth line\nnarrowup"
    );
}

#[test]
fn form_xobject_is_drawn_with_its_matrix() {
    let mut b = Builder::new();
    let font = b.font;
    let form = b.doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), 500.into(), 100.into()],
            "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 0.into(), 600.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        },
        b"BT /F1 10 Tf 72 50 Td (Text inside a form) Tj ET".to_vec(),
    ));
    let content = "BT /F1 10 Tf 72 700 Td (Above the form) Tj ET /Fm1 Do BT /F1 10 Tf 72 500 Td (Below) Tj ET";
    let ex = extract(&b.page_with(content, dictionary! { "Fm1" => form }).bytes()).unwrap();
    assert_eq!(ex.text, "Above the form\n\nText inside a form\n\nBelow");
}

#[test]
fn a_form_that_draws_itself_is_drawn_once() {
    let mut b = Builder::new();
    let id = b.doc.new_object_id();
    let font = b.font;
    b.doc.objects.insert(
        id,
        Object::Stream(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "Resources" => dictionary! {
                    "Font" => dictionary! { "F1" => font },
                    "XObject" => dictionary! { "Me" => id },
                },
            },
            b"BT /F1 10 Tf 72 400 Td (Recursive) Tj ET /Me Do".to_vec(),
        )),
    );
    let ex = extract(&b.page_with("/Me Do", dictionary! { "Me" => id }).bytes()).unwrap();
    assert_eq!(ex.text, "Recursive");
    assert_eq!(ex.warnings.len(), 1, "{:?}", ex.warnings);
}

#[test]
fn two_columns_side_by_side_are_two_blocks() {
    let content = lines(&[
        (60.0, 800.0, "MINISTRY OF EDUCATION"),
        (330.0, 800.0, "MINISTERSTVO OBRAZOVANIYA"),
        (60.0, 788.0, "OF THE REPUBLIC OF BELARUS"),
        (330.0, 788.0, "RESPUBLIKI BELARUS"),
        (60.0, 776.0, "Minsk, Savetskaya 9"),
        (330.0, 776.0, "Minsk, Sovetskaya 9"),
        (
            60.0,
            700.0,
            "Dear colleagues, we write to you about the joint programme of work.",
        ),
    ]);
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert_eq!(
        ex.text,
        "MINISTRY OF EDUCATION\nOF THE REPUBLIC OF BELARUS\nMinsk, Savetskaya 9\n\n\
         MINISTERSTVO OBRAZOVANIYA\nRESPUBLIKI BELARUS\nMinsk, Sovetskaya 9\n\n\
         Dear colleagues, we write to you about the joint programme of work."
    );
}

#[test]
fn hyphenated_line_break_is_joined() {
    let content = lines(&[
        (72.0, 700.0, "We look forward to our co-"),
        (72.0, 688.0, "operation and to a long-"),
        (72.0, 676.0, "term partnership; see the long-term plan."),
    ]);
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert_eq!(
        ex.text,
        "We look forward to our cooperation\nand to a long-term\npartnership; see the long-term plan."
    );
}

#[test]
fn repeated_header_and_page_numbers_are_dropped() {
    let mut b = Builder::new();
    for n in 1..=3 {
        let body = format!("Body of page {n} with its own words.");
        b.page(&lines(&[
            (72.0, 810.0, "Annual Report 2019 - Academy of Sciences"),
            (72.0, 700.0, &body),
            (290.0, 30.0, &format!("- {n} -")),
        ]));
    }
    let ex = extract(&b.bytes()).unwrap();
    assert_eq!(
        ex.text,
        "Body of page 1 with its own words.\n\nBody of page 2 with its own words.\n\nBody of page 3 with its own words."
    );
    assert_eq!(ex.page_count, Some(3));
}

#[test]
fn a_page_with_only_an_image_is_named_in_a_warning() {
    let mut b = Builder::new();
    let image = b.doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0x80],
    ));
    b.page(&lines(&[(72.0, 700.0, "Page one has text.")]));
    b.page_with(
        "q 100 0 0 100 72 600 cm /Im1 Do Q",
        dictionary! { "Im1" => image },
    );
    let ex = extract(&b.bytes()).unwrap();
    assert_eq!(ex.text, "Page one has text.");
    assert_eq!(ex.warnings, vec!["page 2 has no text layer".to_owned()]);
}

#[test]
fn info_dictionary_is_read() {
    let mut b = Builder::new();
    b.page(&lines(&[(72.0, 700.0, "Text")]));
    let mut doc = b.finish();
    let mut title = vec![0xFE, 0xFF];
    for u in "Аб супрацоўніцтве".encode_utf16() {
        title.extend_from_slice(&u.to_be_bytes());
    }
    let info = doc.add_object(dictionary! {
        "Title" => Object::String(title, lopdf::StringFormat::Hexadecimal),
        "Author" => Object::string_literal("J. Smith"),
        "Producer" => Object::string_literal("LibreOffice 7.3"),
        "CreationDate" => Object::string_literal("D:20190718103000+03'00'"),
    });
    doc.trailer.set("Info", info);
    let ex = extract(&save(&mut doc)).unwrap();
    assert_eq!(ex.title.as_deref(), Some("Аб супрацоўніцтве"));
    assert_eq!(ex.author.as_deref(), Some("J. Smith"));
    assert_eq!(ex.producer.as_deref(), Some("LibreOffice 7.3"));
    assert_eq!(ex.created.as_deref(), Some("2019-07-18T10:30:00+03:00"));
}

/// The builder's document encrypted with RC4 128 and `user` as the user password.
fn encrypted(user: &str) -> Vec<u8> {
    let mut b = Builder::new();
    b.page(&lines(&[(72.0, 700.0, "Secret minutes of the meeting")]));
    let mut doc = b.finish();
    doc.trailer.set(
        "ID",
        vec![
            Object::String(
                b"0123456789abcdef".to_vec(),
                lopdf::StringFormat::Hexadecimal,
            ),
            Object::String(
                b"0123456789abcdef".to_vec(),
                lopdf::StringFormat::Hexadecimal,
            ),
        ],
    );
    let version = lopdf::encryption::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: user,
        key_length: 128,
        permissions: lopdf::encryption::Permissions::default(),
    };
    let state = lopdf::encryption::EncryptionState::try_from(version).unwrap();
    doc.encrypt(&state).unwrap();
    save(&mut doc)
}

#[test]
fn encrypted_with_a_password_is_refused() {
    assert!(matches!(
        extract(&encrypted("secret")),
        Err(Error::Encrypted)
    ));
}

#[test]
fn encrypted_with_an_empty_password_is_read() {
    let ex = extract(&encrypted("")).unwrap();
    assert_eq!(ex.text, "Secret minutes of the meeting");
}

#[test]
fn the_page_limit_reads_the_first_pages() {
    let mut b = Builder::new();
    for n in 1..=3 {
        b.page(&lines(&[(72.0, 400.0, &format!("Page number {n} text"))]));
    }
    let bytes = b.bytes();
    let opts = ParseOptions {
        max_pages: 2,
        ..ParseOptions::default()
    };
    let ex = read(&bytes, &Limits::new(&opts)).unwrap();
    assert_eq!(ex.page_count, Some(3));
    assert!(ex.text.contains("Page number 2") && !ex.text.contains("Page number 3"));
    assert!(ex.warnings[0].contains("first 2 of 3"), "{:?}", ex.warnings);
}

#[test]
fn a_decompression_bomb_is_too_large() {
    let mut b = Builder::new();
    let mut stream = Stream::new(dictionary! {}, vec![b' '; 1 << 20]);
    stream.compress().unwrap();
    let id = b.doc.add_object(stream);
    b.page(&lines(&[(72.0, 700.0, "x")]));
    let mut doc = b.finish();
    let page = doc.page_iter().next().unwrap();
    doc.get_dictionary_mut(page).unwrap().set("Contents", id);
    let bytes = save(&mut doc);
    let opts = ParseOptions {
        max_decompressed_size: 1000,
        ..ParseOptions::default()
    };
    let err = read(&bytes, &Limits::new(&opts)).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::TooLarge, "{err}");
}

#[test]
fn text_outside_the_page_is_ignored() {
    let content = lines(&[(72.0, 700.0, "Visible"), (72.0, 5000.0, "Hidden far above")]);
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert_eq!(ex.text, "Visible");
}

#[test]
fn rotated_text_is_not_shredded() {
    let content = "BT /F1 10 Tf 72 700 Td (Body line) Tj ET \
                   BT /F1 8 Tf 0 1 -1 0 30 100 Tm (Registered stamp 2019) Tj ET";
    let ex = extract(&Builder::new().page(content).bytes()).unwrap();
    assert_eq!(ex.text, "Body line\n\nRegistered stamp 2019");
}

#[test]
fn pagination_artifacts_are_not_text() {
    let content = "/Artifact <</Type /Pagination /Subtype /Header>> BDC \
                   BT /F1 9 Tf 72 810 Td (Running header of a tagged PDF) Tj ET EMC \
                   /P <</MCID 0>> BDC BT /F1 10 Tf 72 700 Td (Body text) Tj ET EMC \
                   /Artifact BMC BT /F1 10 Tf 72 680 Td (Decorative but kept) Tj ET EMC";
    let ex = extract(&Builder::new().page(content).bytes()).unwrap();
    assert_eq!(ex.text, "Body text\n\nDecorative but kept");
}

#[test]
fn invisible_ocr_text_is_text() {
    let content = "BT 3 Tr /F1 10 Tf 72 700 Td (Scanned page with an OCR layer) Tj ET";
    let ex = extract(&Builder::new().page(content).bytes()).unwrap();
    assert_eq!(ex.text, "Scanned page with an OCR layer");
    assert!(ex.warnings.is_empty());
}

#[test]
fn xmp_metadata_fills_what_info_lacks() {
    let mut b = Builder::new();
    b.page(&lines(&[(72.0, 700.0, "Text")]));
    let mut doc = b.finish();
    let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="Microsoft Word 2016">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Справаздача за 2019 год</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Алёна Сцяпанчук</rdf:li></rdf:Seq></dc:creator>
<xmp:CreateDate>2019-07-18T10:30:00+03:00</xmp:CreateDate>
</rdf:Description></rdf:RDF></x:xmpmeta>"#;
    let meta = doc.add_object(Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xmp.as_bytes().to_vec(),
    ));
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    doc.get_dictionary_mut(root).unwrap().set("Metadata", meta);
    let ex = extract(&save(&mut doc)).unwrap();
    assert_eq!(ex.title.as_deref(), Some("Справаздача за 2019 год"));
    assert_eq!(ex.author.as_deref(), Some("Алёна Сцяпанчук"));
    assert_eq!(ex.created.as_deref(), Some("2019-07-18T10:30:00+03:00"));
    assert_eq!(ex.producer.as_deref(), Some("Microsoft Word 2016"));
}

#[test]
fn thousands_of_fragments_stay_fast() {
    // A grid of 140 × 140 words, each more than 3 em from the next (every
    // word its own segment), and a column of 5 000 one-fragment lines
    // ending in hyphens: layout must stay near-linear.
    let mut content = String::from("BT /F1 1 Tf 10 700 Td ");
    for _ in 0..140 {
        for _ in 0..140 {
            content.push_str("(w) Tj 4 0 Td ");
        }
        content.push_str("-560 -2 Td ");
    }
    content.push_str("ET BT /F1 1 Tf 10 830 Td 0.15 TL ");
    for _ in 0..5_000 {
        content.push_str("(a-) ' ");
    }
    content.push_str("ET");
    let started = std::time::Instant::now();
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert!(!ex.text.is_empty());
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}

/// A ruled table: horizontal rules stroked with `m`/`l`, vertical ones as
/// thin filled `re` bars, as different producers draw them.
fn table_rules(rows: &[f32], columns: &[f32]) -> String {
    let (left, right) = (columns[0], columns[columns.len() - 1]);
    let (top, bottom) = (rows[0], rows[rows.len() - 1]);
    let mut out = String::from("q 0.5 w\n");
    for y in rows {
        out.push_str(&format!("{left} {y} m {right} {y} l S\n"));
    }
    for x in columns {
        out.push_str(&format!("{x} {bottom} 0.5 {} re f\n", top - bottom));
    }
    out.push_str("Q\n");
    out
}

#[test]
fn a_ruled_table_reads_row_by_row_with_multi_line_cells() {
    let mut content = table_rules(&[740.0, 720.0, 690.0, 660.0], &[70.0, 200.0, 470.0]);
    content.push_str(&lines(&[
        (72.0, 760.0, "The terms of the call are given below."),
        (75.0, 726.0, "Stage"),
        (205.0, 726.0, "Deadline"),
        (75.0, 708.0, "Submission of"),
        (75.0, 696.0, "applications"),
        (205.0, 708.0, "by 15 October 2024"),
        (75.0, 678.0, "Expert review"),
        (205.0, 678.0, "October to Novem-"),
        (205.0, 666.0, "ber 2024"),
        (72.0, 630.0, "Please send the application by post."),
    ]));
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert_eq!(
        ex.text,
        "The terms of the call are given below.\n\n\
         Stage\tDeadline\n\
         Submission of applications\tby 15 October 2024\n\
         Expert review\tOctober to November 2024\n\n\
         Please send the application by post."
    );
}

#[test]
fn text_crossing_a_column_rule_is_cut_there() {
    // One text run spans two cells (as LibreOffice sometimes draws a row).
    // "Sensors" ends at x 111.7, "412,5" starts at 120: the rule at 116
    // lies in a gap too narrow to split a line by itself.
    let mut content = table_rules(&[740.0, 720.0, 700.0], &[70.0, 116.0, 300.0]);
    content.push_str("BT /F1 10 Tf 75 726 Td (Item) Tj 90 0 Td (Amount) Tj ET\n");
    content.push_str("BT /F1 10 Tf 75 706 Td (Sensors   412,5) Tj ET\n");
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert_eq!(ex.text, "Item\tAmount\nSensors\t412,5");
}

#[test]
fn a_frame_with_one_row_is_not_a_table() {
    // Two boxed halves of a letterhead: one row, so they stay two blocks.
    let mut content = table_rules(&[800.0, 760.0], &[50.0, 290.0, 540.0]);
    content.push_str(&lines(&[
        (60.0, 788.0, "MINISTRY OF EDUCATION"),
        (300.0, 788.0, "MINISTERSTVO OBRAZOVANIYA"),
        (60.0, 776.0, "OF THE REPUBLIC OF BELARUS"),
        (300.0, 776.0, "RESPUBLIKI BELARUS"),
    ]));
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert_eq!(
        ex.text,
        "MINISTRY OF EDUCATION\nOF THE REPUBLIC OF BELARUS\n\n\
         MINISTERSTVO OBRAZOVANIYA\nRESPUBLIKI BELARUS"
    );
}

#[test]
fn a_page_frame_with_a_ruled_letterhead_is_not_a_table() {
    // A frame round the page, a rule under the letterhead and one between
    // its halves: the halves stay two blocks and the body stays whole.
    let mut content =
        String::from("q 0.5 w 40 40 515 760 re S 40 740 m 555 740 l S 297 740 m 297 800 l S Q\n");
    let mut items = vec![
        (60.0, 785.0, "MINISTRY OF EDUCATION"),
        (310.0, 785.0, "MINISTERSTVO OBRAZOVANIYA"),
        (60.0, 773.0, "OF THE REPUBLIC OF BELARUS"),
        (310.0, 773.0, "RESPUBLIKI BELARUS"),
    ];
    let body: Vec<String> = (0..40)
        .map(|i| format!("Line {i} of the letter body."))
        .collect();
    for (i, line) in body.iter().enumerate() {
        items.push((60.0, 700.0 - 12.0 * i as f32, line));
    }
    content.push_str(&lines(&items));
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    assert!(
        ex.text.starts_with(
            "MINISTRY OF EDUCATION\nOF THE REPUBLIC OF BELARUS\n\n\
             MINISTERSTVO OBRAZOVANIYA\nRESPUBLIKI BELARUS\n\n\
             Line 0 of the letter body.\nLine 1 of"
        ),
        "{:?}",
        ex.text
    );
    assert!(!ex.text.contains('\t'));
}

#[test]
fn a_ruled_table_of_hundreds_of_rows_is_fast_and_whole() {
    let rows: Vec<f32> = (0..=300).map(|i| 800.0 - 2.5 * i as f32).collect();
    let mut content = table_rules(&rows, &[50.0, 100.0, 300.0, 500.0]);
    content.push_str("BT /F1 2 Tf ");
    for i in 0..300 {
        let y = 800.0 - 2.5 * i as f32 - 2.0;
        content.push_str(&format!(
            "1 0 0 1 55 {y} Tm ({i}) Tj 1 0 0 1 105 {y} Tm (Item {i}) Tj 1 0 0 1 305 {y} Tm ({i}.00) Tj "
        ));
    }
    content.push_str("ET");
    let started = std::time::Instant::now();
    let ex = extract(&Builder::new().page(&content).bytes()).unwrap();
    let rows: Vec<&str> = ex.text.lines().collect();
    assert_eq!(rows.len(), 300, "{:?}", &ex.text[..200.min(ex.text.len())]);
    assert_eq!(rows[7], "7\tItem 7\t7.00");
    assert!(
        started.elapsed().as_secs() < 5,
        "took {:?}",
        started.elapsed()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let mut input = b"%PDF-1.4\n".to_vec();
        input.extend_from_slice(&bytes);
        let _ = extract(&input);
    }

    #[test]
    fn arbitrary_content_streams_never_panic(content in "[ -~\n]{0,400}", ops in proptest::collection::vec(
        prop_oneof![
            Just("BT"), Just("ET"), Just("q"), Just("Q"), Just("T*"), Just("(x) Tj"), Just("[(a) -500 (b)] TJ"),
            Just("/F1 0 Tf"), Just("/F1 -12 Tf"), Just("/F9 12 Tf"), Just("0 0 0 0 0 0 cm"), Just("1e30 0 0 1e30 0 0 Tm"),
            Just("0 1 -1 0 100 100 Tm"), Just("5 Tz"), Just("-3 Ts"), Just("(a) '"), Just("1 2 (b) \""),
            Just("/Fm Do"), Just("12 TL"), Just("3 -14 TD"),
            Just("50 700 m 300 700 l S"), Just("50 600 0.5 200 re f"), Just("1e38 1e38 -1e38 1e38 re f"),
            Just("100 100 m 100 700 l h s"), Just("10 10 m n"), Just("0 0 10 10 30 30 c B"),
        ], 0..60)) {
        let mut text = content;
        for op in ops {
            text.push(' ');
            text.push_str(op);
        }
        let _ = extract(&Builder::new().page(&text).bytes());
    }

    #[test]
    fn truncated_and_mutated_pdfs_never_panic(cut in 0usize..4096, flip in 0usize..4096, byte in any::<u8>()) {
        let content = lines(&[(72.0, 700.0, "Hello"), (300.0, 700.0, "world")]);
        let mut bytes = Builder::new().page(&content).page("/Fm Do").bytes();
        let at = flip % bytes.len();
        bytes[at] = byte;
        let _ = extract(&bytes);
        bytes.truncate(cut % (bytes.len() + 1));
        let _ = extract(&bytes);
    }
}
