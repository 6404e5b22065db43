//! Tests of the RTF reader on hand-written RTF (the interpreter's tests;
//! the lexer, code pages, sink and `\info` dates are tested in their files).

use super::*;
use crate::options::ParseOptions;
use proptest::prelude::*;

fn read_str(rtf: &str) -> Extracted {
    let opts = ParseOptions::default();
    read(rtf.as_bytes(), &Limits::new(&opts)).unwrap()
}

/// Bytes from an ASCII RTF template where `«…»` is text to write in
/// windows-1251 `\'xx` escapes.
fn cp1251_escaped(text: &str) -> String {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                char::from(b).to_string()
            } else {
                format!("\\'{b:02x}")
            }
        })
        .collect()
}

#[test]
fn cp1251_escapes_with_belarusian_and_russian_letters() {
    let be = cp1251_escaped("Аб’ява: з’езд у Мінску і ў Гродне");
    let ru = cp1251_escaped("Ещё раз благодарим");
    let rtf = format!(
        "{{\\rtf1\\ansi\\ansicpg1251\\deff0{{\\fonttbl{{\\f0\\froman\\fcharset204 Times New Roman;}}}}\n\
         \\pard\\plain\\f0 {be}\\par\n{ru}\\par}}"
    );
    let ex = read_str(&rtf);
    assert_eq!(
        ex.text,
        "Аб’ява: з’езд у Мінску і ў Гродне\n\nЕщё раз благодарим\n\n"
    );
    assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
    assert!(ex.warnings.is_empty());
}

#[test]
fn fcharset_204_decides_without_ansicpg_in_a_1252_document() {
    let rtf = "{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}\
               {\\f1\\fswiss\\fcharset204 Arial;}}\\f0 caf\\'e9 \\f1 \\'f1\\'ff\\'ec\\'92\\'ff}";
    assert_eq!(read_str(rtf).text, "café сям’я");
}

#[test]
fn fcharset_0_in_a_cyrillic_document_is_western_unless_it_reads_cyrillic() {
    let western = "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset204 Arial;}{\\f1\\fcharset0 Arial;}}\
                   \\f0 \\'ea\\'e0\\'f4\\'e5 \\f1 caf\\'e9\\par}";
    assert_eq!(read_str(western).text, "кафе café\n\n");
    let careless = format!(
        "{{\\rtf1\\ansi\\ansicpg1251{{\\fonttbl{{\\f0\\fcharset0 Arial;}}}}\\f0 {}\\par}}",
        cp1251_escaped("Уважаемые коллеги, сообщаем о переносе заседания.")
    );
    assert_eq!(
        read_str(&careless).text,
        "Уважаемые коллеги, сообщаем о переносе заседания.\n\n"
    );
}

#[test]
fn a_false_ansicpg1252_is_noticed() {
    let body = cp1251_escaped("Уважаемые коллеги, сообщаем о переносе заседания.");
    let ex = read_str(&format!(
        "{{\\rtf1\\ansi\\ansicpg1252\\deff0{{\\fonttbl{{\\f0\\fcharset0 Arial;}}}}\\f0 {body}\\par}}"
    ));
    assert_eq!(
        ex.text,
        "Уважаемые коллеги, сообщаем о переносе заседания.\n\n"
    );
    assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
    assert_eq!(ex.warnings.len(), 1, "{:?}", ex.warnings);
    let ex = read_str("{\\rtf1\\ansi\\ansicpg1252 Le d\\'e9l\\'e9gu\\'e9 \\'e0 Gen\\'e8ve\\par}");
    assert_eq!(ex.text, "Le délégué à Genève\n\n");
    assert_eq!(ex.encoding.as_deref(), Some("windows-1252"));
    assert!(ex.warnings.is_empty());
}

#[test]
fn unicode_with_fallbacks_and_uc_per_group() {
    // \uc1: one fallback character (a \'xx escape or a letter) skipped.
    let rtf = "{\\rtf1\\ansi\\ansicpg1251\\uc1 \\u1040\\'c0\\u1073?\\u1098\\'fa \
               {\\uc2\\u1105\\'e5\\'e5}\\u1103?\\u-3913?}";
    assert_eq!(read_str(rtf).text, "Абъ ёя•");
}

#[test]
fn fallback_skipping_counts_bytes_of_text() {
    assert_eq!(read_str("{\\rtf1\\uc1\\u1040 ?bc}").text, "Аbc");
    assert_eq!(read_str("{\\rtf1\\uc2\\u1040 xyz}").text, "Аz");
    assert_eq!(
        read_str("{\\rtf1\\uc0\\u1055 \\u1088 \\u1080 x}").text,
        "Приx"
    );
}

#[test]
fn non_bmp_characters_from_surrogate_pairs() {
    let rtf = "{\\rtf1\\uc1\\u-10179?\\u-8704?}";
    assert_eq!(read_str(rtf).text, "😀");
}

#[test]
fn tables_fields_and_skipped_destinations() {
    let rtf = "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red255\\green0\\blue0;}\
               {\\stylesheet{\\s0 Normal;}}{\\*\\generator Hand 1.0;}\
               {\\header \\pard Running head\\par}\
               \\pard Before\\par\
               \\trowd\\cellx1000\\cellx2000\\pard\\intbl \\'ca\\'f0\\'e0\\'b3\\'ed\\'e0\\cell Sum\\cell\\row\
               \\trowd\\cellx1000\\cellx2000\\pard\\intbl A\\par B\\cell C\\cell\\row\
               \\pard After {\\field{\\*\\fldinst HYPERLINK \"http://mfa.gov.by\"}{\\fldrslt mfa.gov.by}}.\\par\
               {\\pict\\wmetafile8 0102ff}{\\*\\unknown hidden}\\par}";
    let ex = read_str(rtf);
    assert_eq!(
        ex.text,
        "Before\n\nКраіна\tSum\t\nA B\tC\t\n\nAfter mfa.gov.by.\n\n"
    );
    assert_eq!(ex.producer.as_deref(), Some("Hand 1.0"));
}

#[test]
fn info_gives_title_author_and_dates() {
    let title = cp1251_escaped("Пагадненне аб супрацоўніцтве");
    let rtf = format!(
        "{{\\rtf1\\ansi\\ansicpg1251{{\\info{{\\title {title}}}{{\\author \\u1048?\\'e2\\'e0\\'ed\\'ee\\'e2 I.}}\
         \\version2{{\\operator x}}{{\\creatim\\yr2019\\mo7\\dy18\\hr10\\min5}}{{\\revtim\\yr2020\\mo1\\dy2}}\
         {{\\nofpages3}}}}Text\\par}}"
    );
    let ex = read_str(&rtf);
    assert_eq!(ex.title.as_deref(), Some("Пагадненне аб супрацоўніцтве"));
    assert_eq!(ex.author.as_deref(), Some("Иванов I."));
    assert_eq!(ex.created.as_deref(), Some("2019-07-18T10:05:00"));
    assert_eq!(ex.modified.as_deref(), Some("2020-01-02"));
    assert_eq!(ex.page_count, Some(3));
    assert_eq!(ex.text, "Text\n\n");
}

#[test]
fn upr_gives_the_unicode_version() {
    let rtf = "{\\rtf1\\ansi{\\info{\\upr{\\title \\'3f\\'3f}{\\*\\ud{\\title \\u1041\\'3f\\u1110\\'3f}}}}\
               {\\upr{Old \\'3f}{\\*\\ud{New \\u1118\\'3f}}}}";
    let ex = read_str(rtf);
    assert_eq!(ex.title.as_deref(), Some("Бі"));
    assert_eq!(ex.text, "New ў");
}

#[test]
fn hidden_and_deleted_text_is_not_read() {
    let rtf = "{\\rtf1 Shown {\\v hidden }{\\deleted gone }text\\v  secret\\v0  again\\emdash end}";
    assert_eq!(read_str(rtf).text, "Shown text again—end");
}

#[test]
fn bin_data_is_skipped() {
    let mut rtf = b"{\\rtf1 {\\*\\blipuid x}Before \\bin5 ".to_vec();
    rtf.extend_from_slice(b"{}\\\x00\xff");
    rtf.extend_from_slice(b" after}");
    let opts = ParseOptions::default();
    let ex = read(&rtf, &Limits::new(&opts)).unwrap();
    assert_eq!(ex.text, "Before  after");
}

#[test]
fn footnotes_follow_the_body_and_control_symbols_work() {
    let rtf = "{\\rtf1\\ansi Text{\\super\\chftn}{\\footnote\\pard\\plain {\\super\\chftn} Note.}\
               \\~end\\-less\\_x \\{a\\}\\\\\\par}";
    assert_eq!(
        read_str(rtf).text,
        "Text\u{a0}endless-x {a}\\\n\n\n\n Note.\n\n"
    );
}

#[test]
fn undeclared_code_page_is_guessed() {
    let body = cp1251_escaped("Уважаемые коллеги! Сообщаем о переносе заседания.");
    let ex = read_str(&format!(
        "{{\\rtf1\\ansi\\deff0{{\\fonttbl{{\\f0 Arial;}}}}\\f0 {body}\\par}}"
    ));
    assert_eq!(
        ex.text,
        "Уважаемые коллеги! Сообщаем о переносе заседания.\n\n"
    );
    assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
    let (koi8, _, _) = encoding_rs::KOI8_R.encode("Уважаемые коллеги! Сообщаем о переносе.");
    let mut rtf = b"{\\rtf1 ".to_vec();
    rtf.extend_from_slice(&koi8);
    rtf.push(b'}');
    let opts = ParseOptions::default();
    let ex = read(&rtf, &Limits::new(&opts)).unwrap();
    assert_eq!(ex.text, "Уважаемые коллеги! Сообщаем о переносе.");
    assert_eq!(ex.encoding.as_deref(), Some("koi8-r"));
}

#[test]
fn truncated_and_unbalanced_files_keep_their_text() {
    let ex = read_str("{\\rtf1\\ansi\\ansicpg1251 {\\b \\'cf\\'f0\\'fb\\'e2\\'b3\\'f2\\'e0");
    assert_eq!(ex.text, "Прывіта");
    assert_eq!(ex.warnings.len(), 1, "{:?}", ex.warnings);
    let ex = read_str("{\\rtf1 One}} Two}");
    assert_eq!(ex.text, "One Two");
    assert_eq!(ex.warnings.len(), 1, "{:?}", ex.warnings);
}

#[test]
fn not_rtf_is_corrupt_and_deep_nesting_is_bounded() {
    let opts = ParseOptions::default();
    let err = read(b"hello", &Limits::new(&opts)).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Corrupt);
    let deep = format!("{{\\rtf1 {}x", "{".repeat(500));
    let err = read(deep.as_bytes(), &Limits::new(&opts)).unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::TooLarge);
}

#[test]
fn symbol_font_bullets_in_list_text() {
    let rtf = "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0 Arial;}{\\f3\\fcharset2 Symbol;}{\\f4\\fcharset2 Wingdings;}}\
               {\\listtext\\pard\\plain\\f3 \\'b7\\tab}Item\\par{\\listtext\\pard\\plain\\f4 \\'a7\\tab}Next\\par\
               {\\f4\\u-3929\\'a7}{\\f3\\u-3913\\'b7}\\par}";
    assert_eq!(read_str(rtf).text, "•\tItem\n\n•\tNext\n\n••\n\n");
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let opts = ParseOptions::default();
        let mut rtf = b"{\\rtf1".to_vec();
        rtf.extend(&bytes);
        let _ = read(&rtf, &Limits::new(&opts));
        let _ = read(&bytes, &Limits::new(&opts));
    }

    #[test]
    fn rtf_like_bytes_never_panic(s in "[{}\\\\a-z0-9 '*~_-]{0,300}") {
        let opts = ParseOptions::default();
        let _ = read(format!("{{\\rtf1{s}").as_bytes(), &Limits::new(&opts));
    }

    #[test]
    fn truncations_never_panic(cut in 0usize..600) {
        let rtf = "{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset204 Arial;}}{\\info{\\title T}\
                   {\\creatim\\yr2019\\mo7}}\\uc1\\u1040\\'c0 \\'e1\\bin3 abc{\\field{\\*\\fldinst X}\
                   {\\fldrslt Y}}\\trowd\\intbl a\\cell b\\cell\\row\\pard z\\par}";
        let end = cut.min(rtf.len());
        let opts = ParseOptions::default();
        let ex = read(&rtf.as_bytes()[..end], &Limits::new(&opts));
        if end >= 5 {
            prop_assert!(ex.is_ok());
        }
    }
}

#[test]
fn regression_text_box_text_in_shpinst_is_kept() {
    // LibreOffice writes a text box as {\shp{\*\shpinst{\sp...}{\shptxt ...}}}:
    // the box's text was lost with the starred destination; its drawing
    // properties (\sp) and the \shprslt fallback picture must stay out.
    let rtf = br"{\rtf1\ansi{\shp{\*\shpinst{\sp{\sn fillColor}{\sv 16777215}}{\shptxt \pard Registered: reg. No. 4411-MC\par}}{\shprslt junk}}Body text.\par}";
    let text = read_str(std::str::from_utf8(rtf).unwrap()).text;
    assert!(text.contains("Registered: reg. No. 4411-MC"), "{text}");
    assert!(
        !text.contains("fillColor") && !text.contains("16777215") && !text.contains("junk"),
        "{text}"
    );
    assert!(text.contains("Body text."), "{text}");
}
