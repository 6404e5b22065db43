//! Tests of the ODT reader on packages built in memory.

use proptest::prelude::*;

use super::read;
use crate::error::Error;
use crate::formats::zipped::testzip::zip_of;
use crate::limits::Limits;
use crate::options::ParseOptions;

const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0""#;

fn content(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3"><office:automatic-styles><style:style style:name="P1"><text:p>not text</text:p></style:style></office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls>{body}</office:text></office:body></office:document-content>"#
    )
}

const STYLES_BODY: &str = r#"<office:master-styles><style:master-page style:name="Standard"><style:header><text:p>ААТ «Белшына»</text:p></style:header><style:header-left><text:p>ААТ «Белшына»</text:p></style:header-left><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>"#;

const META: &str = r#"<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator><dc:title>Об итогах работы за 2019 год</dc:title><meta:initial-creator>Пятроўская А.</meta:initial-creator><dc:creator>Іваноў</dc:creator><meta:creation-date>2019-07-18T10:00:00.123456789</meta:creation-date><dc:date>2019-07-19T08:30:00</dc:date><meta:document-statistic meta:page-count="2" meta:word-count="40"/></office:meta></office:document-meta>"#;

fn package(body: &str) -> Vec<u8> {
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles><style:style style:name="Standard"/></office:styles>{STYLES_BODY}</office:document-styles>"#
    );
    zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", &content(body)),
        ("styles.xml", &styles),
        ("meta.xml", META),
        (
            "META-INF/manifest.xml",
            r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>"#,
        ),
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

/// What the header, footer add after the body.
const TAIL: &str = "ААТ «Белшына»\n\nPage 1";

#[test]
fn paragraphs_spans_spaces_notes_headers() {
    let body = r#"<text:h text:outline-level="1">Справка</text:h><text:p>Мы <text:span>сустрэліся</text:span><text:s text:c="3"/>у
Мінску<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Протокол № 5 от 12.03.2019.</text:p></text:note-body></text:note> і<text:tab/>далей<text:line-break/>next<text:soft-page-break/> line</text:p><text:list><text:list-item><text:p>first &amp; &#1118;</text:p></text:list-item></text:list>"#;
    assert_eq!(
        text_of(body),
        format!(
            "Справка\n\nМы сустрэліся   у Мінску і\tдалей\nnext line\n\nfirst & ў\n\n\
             Протокол № 5 от 12.03.2019.\n\n{TAIL}"
        )
    );
}

#[test]
fn meta_properties() {
    let out = read_bytes(&package("<text:p>x</text:p>"), &ParseOptions::default()).unwrap();
    assert_eq!(out.title.as_deref(), Some("Об итогах работы за 2019 год"));
    assert_eq!(out.author.as_deref(), Some("Пятроўская А."));
    assert_eq!(out.created.as_deref(), Some("2019-07-18T10:00:00"));
    assert_eq!(out.modified.as_deref(), Some("2019-07-19T08:30:00"));
    assert_eq!(
        out.producer.as_deref(),
        Some("LibreOffice/7.6.4.1$Linux_X86_64")
    );
    assert_eq!(out.page_count, Some(2));
}

#[test]
fn tables_text_boxes_and_deletions() {
    let body = r#"<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>A</dc:creator></office:change-info><text:p>выдалены тэкст</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>Кар<text:change-start text:change-id="c1"/>выдалена<text:s/>тэкст<text:change-end text:change-id="c1"/>ова</text:p><text:p>Before<draw:frame draw:name="F1"><draw:text-box><text:p>Text in a box</text:p></draw:text-box><svg:title>alt</svg:title></draw:frame> after</text:p><table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/><table:table-header-rows><table:table-row><table:table-cell><text:p>Назва</text:p></table:table-cell><table:table-cell><text:p>Колькасць</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Яблыкі</text:p><text:p>зялёныя</text:p></table:table-cell><table:covered-table-cell/></table:table-row></table:table><text:p>End<office:annotation><dc:creator>R</dc:creator><text:p>a comment</text:p></office:annotation></text:p>"#;
    assert_eq!(
        text_of(body),
        format!(
            "Карова\n\nBefore after\n\nText in a box\n\nНазва\tКолькасць\nЯблыкі зялёныя\n\nEnd\n\n{TAIL}"
        )
    );
}

#[test]
fn encrypted_package_is_encrypted() {
    let manifest = r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>"#;
    let bytes = zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", "\u{1}\u{2}binary"),
        ("META-INF/manifest.xml", manifest),
    ]);
    assert!(matches!(
        read_bytes(&bytes, &ParseOptions::default()),
        Err(Error::Encrypted)
    ));
}

#[test]
fn limits_and_damage() {
    let huge_spaces = content(&r#"<text:p><text:s text:c="4000000000"/>x</text:p>"#.repeat(3));
    let out = read_bytes(
        &zip_of(&[("content.xml", &huge_spaces)]),
        &ParseOptions::default(),
    )
    .unwrap();
    assert!(out.text.len() < 1000);

    let deep = content(&format!(
        "{}x{}",
        "<text:section>".repeat(50),
        "</text:section>".repeat(50)
    ));
    let shallow = ParseOptions {
        max_depth: 10,
        ..ParseOptions::default()
    };
    let err = read_bytes(&zip_of(&[("content.xml", &deep)]), &shallow).unwrap_err();
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

    let big = content(&"<text:p>Даклад аб выкананні плана</text:p>".repeat(5000));
    let small = ParseOptions {
        max_decompressed_size: 20_000,
        ..ParseOptions::default()
    };
    let err = read_bytes(&zip_of(&[("content.xml", &big)]), &small).unwrap_err();
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

    let err = read_bytes(&zip_of(&[("styles.xml", "<a/>")]), &ParseOptions::default()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { format: "ODT", .. }), "{err}");

    let xxe = r#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>a&e;b</text:p></office:text></office:body></office:document-content>"#;
    assert_eq!(
        read_bytes(&zip_of(&[("content.xml", xxe)]), &ParseOptions::default())
            .unwrap()
            .text,
        "ab"
    );
}

#[test]
fn flat_odt_is_read_from_one_file() {
    let flat = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:mimetype="application/vnd.oasis.opendocument.text"><office:meta><dc:title>Плоскі файл</dc:title><meta:initial-creator>Аўтар</meta:initial-creator></office:meta>{STYLES_BODY}<office:body><office:text><text:p>Тэкст<office:annotation><dc:creator>Рэцэнзент</dc:creator><text:p>заўвага</text:p></office:annotation>.</text:p></office:text></office:body></office:document>"#
    );
    let out = read_bytes(flat.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(out.text, format!("Тэкст.\n\n{TAIL}"));
    assert_eq!(out.title.as_deref(), Some("Плоскі файл"));
    assert_eq!(out.author.as_deref(), Some("Аўтар"));
    let err = read_bytes(b"<html>not odf</html>", &ParseOptions::default()).unwrap_err();
    assert!(matches!(err, Error::Corrupt { format: "ODT", .. }), "{err}");
}

/// Markup pieces, balanced or not, that proptest strings together.
const ODT_TOKENS: &[&str] = &[
    "<text:p>",
    "</text:p>",
    "<text:h>",
    "</text:h>",
    "<text:span>",
    "</text:span>",
    "Тэкст ",
    "ёлка",
    "<text:tab/>",
    "<text:line-break/>",
    r#"<text:s text:c="3"/>"#,
    "<table:table>",
    "</table:table>",
    "<table:table-row>",
    "</table:table-row>",
    "<table:table-cell>",
    "</table:table-cell>",
    "<draw:frame>",
    "</draw:frame>",
    "<draw:text-box>",
    "</draw:text-box>",
    "<text:note>",
    "</text:note>",
    "<text:note-body>",
    "</text:note-body>",
    "<text:tracked-changes>",
    "</text:tracked-changes>",
    r#"<text:changed-region text:id="c">"#,
    "</text:changed-region>",
    "<text:deletion>",
    "</text:deletion>",
    r#"<text:change-start text:change-id="c"/>"#,
    r#"<text:change-end text:change-id="c"/>"#,
    "<style:header>",
    "</style:header>",
    "&amp;",
    "&#1118;",
    "&bogus;",
    "<",
    "&",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_markup_never_panics(tokens in proptest::collection::vec(0usize..ODT_TOKENS.len(), 0..120), cut in 0usize..4000) {
        let body: String = tokens.iter().filter_map(|&i| ODT_TOKENS.get(i).copied()).collect();
        let xml = content(&body);
        let _ = read_bytes(&zip_of(&[("content.xml", &xml)]), &ParseOptions::default());
        let cut = xml.get(..cut.min(xml.len())).unwrap_or(&xml);
        let _ = read_bytes(&zip_of(&[("content.xml", cut)]), &ParseOptions::default());
        let _ = read_bytes(cut.as_bytes(), &ParseOptions::default());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read_bytes(&bytes, &ParseOptions::default());
    }

    #[test]
    fn truncated_and_flipped_packages_never_panic(cut in 0usize..8192, flip in 0usize..8192, byte in any::<u8>()) {
        let mut bytes = package("<text:p>Тэкст<text:note><text:note-body><text:p>n</text:p></text:note-body></text:note></text:p><table:table><table:table-row><table:table-cell><text:p>c</text:p></table:table-cell></table:table-row></table:table>");
        let len = bytes.len();
        if let Some(b) = bytes.get_mut(flip % len) {
            *b ^= byte;
        }
        let _ = read_bytes(&bytes, &ParseOptions::default());
        bytes.truncate(cut % (len + 1));
        let _ = read_bytes(&bytes, &ParseOptions::default());
    }
}
