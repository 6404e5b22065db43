//! Tests of the DOCX reader on packages built in memory.

use proptest::prelude::*;

use super::read;
use crate::error::Error;
use crate::formats::zipped::testzip::zip_of;
use crate::limits::Limits;
use crate::options::ParseOptions;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml""#;

/// A `word/document.xml` with `body` inside `w:body`.
fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>"#
    )
}

/// A paragraph of one run.
fn p(text: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#
    )
}

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;

const DOC_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>"#;

const CORE: &str = r#"<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Аб навукова-тэхнічным супрацоўніцтве</dc:title><dc:creator>Іваноў І.І.</dc:creator><cp:lastModifiedBy>Пётр</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2019-07-18T10:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2019-07-19T08:30:00Z</dcterms:modified></cp:coreProperties>"#;

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Pages>3</Pages><Application>Microsoft Office Word</Application></Properties>"#;

/// A full package around `body`, with header, footer, footnotes and properties.
fn package(body: &str) -> Vec<u8> {
    let doc = document(body);
    let header = format!(r#"<w:hdr {W}>{}</w:hdr>"#, p("Міністэрства адукацыі"));
    let header2 = header.clone();
    let footer = format!(
        r#"<w:ftr {W}><w:p><w:r><w:t>Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/><w:t>SEPARATOR</w:t></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Указ № 198 от 12.03.2019.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    zip_of(&[
        ("[Content_Types].xml", "<Types/>"),
        ("_rels/.rels", RELS),
        ("word/document.xml", &doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/header1.xml", &header),
        ("word/header2.xml", &header2),
        ("word/footer1.xml", &footer),
        ("word/footnotes.xml", &footnotes),
        ("docProps/core.xml", CORE),
        ("docProps/app.xml", APP),
    ])
}

fn read_bytes(
    bytes: &[u8],
    opts: &ParseOptions,
) -> crate::error::Result<crate::formats::Extracted> {
    read(bytes, &Limits::new(opts))
}

fn text_of(body: &str) -> String {
    read_bytes(&package(body), &ParseOptions::default())
        .unwrap()
        .text
}

#[test]
fn paragraphs_notes_headers_and_footers_in_order() {
    let body = format!(
        r#"{}<w:p><w:r><w:t>Прашу разгледзець</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> пытанне.</w:t></w:r></w:p>{}"#,
        p("Уважаемый Сергей Сергеевич!"),
        p("Yours faithfully")
    );
    let out = read_bytes(&package(&body), &ParseOptions::default()).unwrap();
    assert_eq!(
        out.text,
        "Уважаемый Сергей Сергеевич!\n\nПрашу разгледзець пытанне.\n\nYours faithfully\n\n\
         Указ № 198 от 12.03.2019.\n\nМіністэрства адукацыі\n\nPage 1"
    );
}

#[test]
fn core_and_app_properties() {
    let out = read_bytes(&package(&p("x")), &ParseOptions::default()).unwrap();
    assert_eq!(
        out.title.as_deref(),
        Some("Аб навукова-тэхнічным супрацоўніцтве")
    );
    assert_eq!(out.author.as_deref(), Some("Іваноў І.І."));
    assert_eq!(out.created.as_deref(), Some("2019-07-18T10:00:00Z"));
    assert_eq!(out.modified.as_deref(), Some("2019-07-19T08:30:00Z"));
    assert_eq!(out.producer.as_deref(), Some("Microsoft Office Word"));
    assert_eq!(out.page_count, Some(3));
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
}

#[test]
fn table_cells_and_rows_stay_apart() {
    let cell = |t: &str| {
        format!(
            r#"<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>{}</w:tc>"#,
            p(t)
        )
    };
    let body = format!(
        r#"{}<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>{}{}</w:tr><w:tr>{}<w:tc><w:p><w:r><w:t>Мінск,</w:t><w:br/><w:t>вул. Кірава</w:t></w:r></w:p><w:tbl><w:tr>{}{}</w:tr></w:tbl></w:tc></w:tr></w:tbl>{}"#,
        p("Before"),
        cell("Дата"),
        cell("Номер"),
        cell("18.07.2019"),
        cell("вн."),
        cell("12"),
        p("After")
    );
    assert_eq!(
        text_of(&body),
        "Before\n\nДата\tНомер\n18.07.2019\tМінск, вул. Кірава вн. 12\n\nAfter\n\n\
         Указ № 198 от 12.03.2019.\n\nМіністэрства адукацыі\n\nPage 1"
    );
}

#[test]
fn text_box_in_alternate_content_is_read_once() {
    let txbx = |t: &str| format!("<w:txbxContent>{}</w:txbxContent>", p(t));
    let body = format!(
        r#"<w:p><w:r><w:t>Якар</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> тэкст</w:t></w:r></w:p>"#,
        txbx("Надпіс у рамцы"),
        txbx("Надпіс у рамцы")
    );
    let text = text_of(&body);
    assert!(
        text.starts_with("Якар тэкст\n\nНадпіс у рамцы\n\n"),
        "{text}"
    );
    assert_eq!(text.matches("Надпіс").count(), 1);
}

#[test]
fn tracked_changes_fields_and_run_content() {
    let body = r#"<w:p><w:r><w:t>Срок:</w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>удалено</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> до 1 мая</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \@ "dd.MM.yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 18.07.2019</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>a</w:t><w:noBreakHyphen/><w:t>b</w:t><w:softHyphen/><w:t>c</w:t><w:sym w:font="Symbol" w:char="F0B1"/><w:cr/><w:t>d&amp;&lt;&#8470;&nbsp;</w:t></w:r><w:r><w:br w:type="page"/><w:t>Next page</w:t></w:r></w:p>"#;
    let text = text_of(body);
    assert!(
        text.starts_with("Срок: до 1 мая 18.07.2019\ta-bc±\nd&<№\n\nNext page\n\n"),
        "{text:?}"
    );
}

#[test]
fn simple_fields_links_and_nested_fields() {
    let body = r#"<w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>minsk.gov.by</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> № </w:t></w:r><w:fldSimple w:instr=" DOCPROPERTY Number "><w:r><w:t>06-09/398</w:t></w:r></w:fldSimple><w:smartTag w:element="date"><w:r><w:t xml:space="preserve"> ад </w:t></w:r></w:smartTag><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>hidden inner result</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>15.08.2019</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#;
    let text = text_of(body);
    assert!(
        text.starts_with("minsk.gov.by № 06-09/398 ад 15.08.2019\n\n"),
        "{text:?}"
    );
}

#[test]
fn hostile_entities_are_harmless() {
    let doc = r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Сёння &xxe;&c;ўсё добра</w:t></w:r></w:p></w:body></w:document>"#;
    let bytes = zip_of(&[("word/document.xml", doc)]);
    let out = read_bytes(&bytes, &ParseOptions::default()).unwrap();
    assert_eq!(out.text, "Сёння ўсё добра");
}

#[test]
fn limits_are_enforced() {
    let big = document(&p(&"Дакумент ".repeat(20_000)));
    let bytes = zip_of(&[("word/document.xml", &big)]);
    let small = ParseOptions {
        max_decompressed_size: 50_000,
        ..ParseOptions::default()
    };
    let err = read_bytes(&bytes, &small).unwrap_err();
    assert!(
        matches!(
            err,
            Error::TooLarge {
                what: "decompressed data",
                ..
            }
        ),
        "{err}"
    );

    let deep = document(&format!(
        "{}{}{}",
        "<w:sdt><w:sdtContent>".repeat(40),
        p("x"),
        "</w:sdtContent></w:sdt>".repeat(40)
    ));
    let bytes = zip_of(&[("word/document.xml", &deep)]);
    let shallow = ParseOptions {
        max_depth: 16,
        ..ParseOptions::default()
    };
    let err = read_bytes(&bytes, &shallow).unwrap_err();
    assert!(
        matches!(
            err,
            Error::TooLarge {
                what: "XML nesting depth",
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(
        read_bytes(&bytes, &ParseOptions::default()).unwrap().text,
        "x"
    );

    let names: Vec<String> = (0..30).map(|i| format!("word/media/{i}.xml")).collect();
    let mut entries: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "")).collect();
    entries.push(("word/document.xml", &deep));
    let few = ParseOptions {
        max_objects: 16,
        ..ParseOptions::default()
    };
    let err = read_bytes(&zip_of(&entries), &few).unwrap_err();
    assert!(
        matches!(
            err,
            Error::TooLarge {
                what: "zip entries",
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn damage_is_typed_or_warned() {
    let missing = zip_of(&[("word/other.xml", "<a/>")]);
    let err = read_bytes(&missing, &ParseOptions::default()).unwrap_err();
    assert!(
        matches!(err, Error::Corrupt { format: "DOCX", .. }),
        "{err}"
    );

    let cut = document(&format!("{}{}", p("Першы абзац"), p("Другі")));
    let cut = &cut[..cut.len() - 60];
    let out = read_bytes(
        &zip_of(&[("word/document.xml", cut)]),
        &ParseOptions::default(),
    )
    .unwrap();
    assert!(out.text.starts_with("Першы абзац"), "{}", out.text);
    let garbage = zip_of(&[(
        "word/document.xml",
        "<w:document><w:body></w:p></w:document>",
    )]);
    let err = read_bytes(&garbage, &ParseOptions::default()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { .. }), "{err}");
}

/// Markup pieces, balanced or not, that proptest strings together.
const DOCX_TOKENS: &[&str] = &[
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "</w:r>",
    "<w:t>",
    "</w:t>",
    "Тэкст ",
    "ёлка",
    "<w:tab/>",
    "<w:br/>",
    r#"<w:br w:type="page"/>"#,
    "<w:tbl>",
    "</w:tbl>",
    "<w:tr>",
    "</w:tr>",
    "<w:tc>",
    "</w:tc>",
    "<w:txbxContent>",
    "</w:txbxContent>",
    "<mc:AlternateContent>",
    "</mc:AlternateContent>",
    "<mc:Choice>",
    "</mc:Choice>",
    "<mc:Fallback>",
    "</mc:Fallback>",
    r#"<w:fldChar w:fldCharType="begin"/>"#,
    r#"<w:fldChar w:fldCharType="separate"/>"#,
    r#"<w:fldChar w:fldCharType="end"/>"#,
    "<w:del>",
    "</w:del>",
    "<w:pPr>",
    "</w:pPr>",
    "&amp;",
    "&#1118;",
    "&bogus;",
    "<",
    "&",
    r#"<w:sym w:font="Symbol" w:char="F061"/>"#,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_markup_never_panics(tokens in proptest::collection::vec(0usize..DOCX_TOKENS.len(), 0..120), cut in 0usize..4000) {
        let body: String = tokens.iter().filter_map(|&i| DOCX_TOKENS.get(i).copied()).collect();
        let doc = document(&body);
        let _ = read_bytes(&zip_of(&[("word/document.xml", &doc)]), &ParseOptions::default());
        let cut = doc.get(..cut.min(doc.len())).unwrap_or(&doc);
        let _ = read_bytes(&zip_of(&[("word/document.xml", cut)]), &ParseOptions::default());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_bytes(&bytes, &ParseOptions::default());
    }

    #[test]
    fn truncated_and_flipped_packages_never_panic(cut in 0usize..4096, flip in 0usize..4096, byte in any::<u8>()) {
        let mut bytes = package(&format!("{}<w:tbl><w:tr><w:tc>{}</w:tc></w:tr></w:tbl>", p("Тэкст"), p("ячейка")));
        let len = bytes.len();
        if let Some(b) = bytes.get_mut(flip % len) {
            *b ^= byte;
        }
        let _ = read_bytes(&bytes, &ParseOptions::default());
        bytes.truncate(cut % (len + 1));
        let _ = read_bytes(&bytes, &ParseOptions::default());
    }
}
