//! Simple-font encodings: which glyph name each single-byte code selects.
//!
//! The base is a named encoding (WinAnsi, MacRoman, Standard, MacExpert,
//! PDFDoc) or the font's own built-in one; `/Differences` then renames
//! individual codes. Also the heuristic for old Cyrillic PDFs whose fonts
//! (`TimesNewRomanCyr`, `ArialCyr`, `*-Cyrillic`) carry windows-1251 bytes
//! under a Latin encoding.
//!
//! Invariant: the name table always has exactly 256 entries; codes past 255
//! in `/Differences` are ignored.

use std::borrow::Cow;

use lopdf::{Document, Object};

use super::base_encodings::{MAC_EXPERT, MAC_ROMAN, PDF_DOC, STANDARD, WIN_ANSI};
use super::objects::deref;

/// Glyph names for codes 0..=255 ("" where undefined).
pub(super) type NameTable = Vec<Cow<'static, str>>;

/// A name table from one of the generated base encodings.
pub(super) fn table_of(base: &'static [&'static str; 256]) -> NameTable {
    base.iter().map(|n| Cow::Borrowed(*n)).collect()
}

/// An empty name table (every code undefined).
pub(super) fn empty_table() -> NameTable {
    vec![Cow::Borrowed(""); 256]
}

/// The base encoding called `name`, if it is one of the PDF's named encodings.
pub(super) fn named_base(name: &[u8]) -> Option<&'static [&'static str; 256]> {
    match name {
        b"WinAnsiEncoding" => Some(&WIN_ANSI),
        b"MacRomanEncoding" => Some(&MAC_ROMAN),
        b"StandardEncoding" => Some(&STANDARD),
        b"MacExpertEncoding" => Some(&MAC_EXPERT),
        b"PDFDocEncoding" => Some(&PDF_DOC),
        _ => None,
    }
}

/// What a font's `/Encoding` entry said.
#[derive(Debug, Default)]
pub(super) struct EncodingInfo {
    /// Whether `/Encoding` was present at all.
    pub present: bool,
    /// Whether it named (or had as /BaseEncoding) a base encoding.
    pub has_base: bool,
    /// Whether it had a non-empty `/Differences` array.
    pub has_differences: bool,
    /// Whether the named base is WinAnsi (for the Cyrillic heuristic).
    pub win_ansi: bool,
}

/// Applies the `/Encoding` object `enc` (name or dictionary) to `table`,
/// which holds the font's implicit (built-in) encoding on entry.
pub(super) fn apply_encoding(
    doc: &Document,
    enc: Option<&Object>,
    table: &mut NameTable,
) -> EncodingInfo {
    let mut info = EncodingInfo::default();
    let Some(enc) = enc.and_then(|e| deref(doc, e)) else {
        return info;
    };
    info.present = true;
    let (base_name, differences) = match enc {
        Object::Name(n) => (Some(n.as_slice()), None),
        Object::Dictionary(d) => (
            d.get(b"BaseEncoding")
                .ok()
                .and_then(|o| deref(doc, o))
                .and_then(|o| o.as_name().ok()),
            d.get(b"Differences")
                .ok()
                .and_then(|o| deref(doc, o))
                .and_then(|o| o.as_array().ok()),
        ),
        _ => (None, None),
    };
    if let Some(base) = base_name.and_then(named_base) {
        *table = table_of(base);
        info.has_base = true;
        info.win_ansi = base_name == Some(b"WinAnsiEncoding".as_slice());
    }
    if let Some(diffs) = differences {
        info.has_differences = apply_differences(doc, diffs, table);
    }
    info
}

/// Applies a `/Differences` array; returns whether it renamed any code.
fn apply_differences(doc: &Document, diffs: &[Object], table: &mut NameTable) -> bool {
    let mut code: Option<usize> = None;
    let mut any = false;
    for item in diffs {
        match deref(doc, item) {
            Some(Object::Integer(n)) => code = usize::try_from(*n).ok(),
            Some(Object::Name(name)) => {
                if let Some(c) = code {
                    if let Some(slot) = table.get_mut(c) {
                        *slot = Cow::Owned(String::from_utf8_lossy(name).into_owned());
                        any = true;
                    }
                    code = c.checked_add(1);
                }
            }
            _ => {}
        }
    }
    any
}

/// Whether a font with no ToUnicode and no Differences most likely carries
/// windows-1251 bytes: its name says Cyrillic (`TimesNewRomanCyr`,
/// `ArialCyr,Bold`, `Courier-Cyrillic`), or it claims WinAnsi while its
/// descriptor's /CharSet lists Cyrillic glyphs.
pub(super) fn is_legacy_cyrillic(base_font: &str, win_ansi: bool, charset: Option<&[u8]>) -> bool {
    let lower = base_font.to_ascii_lowercase();
    let named = lower.split([',', '-', '+', ' ', '_']).any(|part| {
        // Monotype's names end in MT or PSMT after the Cyr: TimesNRCyrMT.
        let stem = part.trim_end_matches("mt").trim_end_matches("ps");
        stem.ends_with("cyr") || part.contains("cyrillic")
    });
    let charset_cyrillic = charset.is_some_and(|cs| {
        cs.windows(7).any(|w| w == b"afii100") || cs.windows(5).any(|w| w == b"uni04")
    });
    named || (win_ansi && charset_cyrillic)
}

/// The windows-1251 character of byte `b` (≥ 0x80), if defined.
pub(super) fn cp1251_char(b: u8) -> Option<char> {
    let (text, _, had_errors) = encoding_rs::WINDOWS_1251.decode(std::slice::from_ref(&b));
    let c = text.chars().next()?;
    (!had_errors && !c.is_control()).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Dictionary, dictionary};

    #[test]
    fn named_and_dictionary_encodings() {
        let doc = Document::with_version("1.5");
        let mut table = table_of(&STANDARD);
        let info = apply_encoding(
            &doc,
            Some(&Object::Name(b"WinAnsiEncoding".to_vec())),
            &mut table,
        );
        assert!(info.present && info.has_base && info.win_ansi && !info.has_differences);
        assert_eq!(table[0xE9], "eacute");

        let enc: Dictionary = dictionary! {
            "BaseEncoding" => "MacRomanEncoding",
            "Differences" => vec![Object::Integer(0xC0), "afii10017".into(), "afii10018".into(),
                Object::Integer(300), "A".into()],
        };
        let mut table = table_of(&STANDARD);
        let info = apply_encoding(&doc, Some(&Object::Dictionary(enc)), &mut table);
        assert!(info.has_differences && !info.win_ansi);
        assert_eq!(table[0xC0], "afii10017");
        assert_eq!(table[0xC1], "afii10018");
        assert_eq!(table[0x8E], "eacute");
    }

    #[test]
    fn cyrillic_heuristic() {
        assert!(is_legacy_cyrillic("TimesNewRomanCyr", false, None));
        assert!(is_legacy_cyrillic("ABCDEF+ArialCyr,Bold", false, None));
        assert!(is_legacy_cyrillic("Courier-Cyrillic", false, None));
        assert!(is_legacy_cyrillic("TimesNRCyrMT-Bold", false, None));
        assert!(is_legacy_cyrillic("ArialCyrPSMT", false, None));
        assert!(is_legacy_cyrillic(
            "Pragmatica",
            true,
            Some(b"/A/afii10017/afii10018")
        ));
        assert!(!is_legacy_cyrillic(
            "Pragmatica",
            false,
            Some(b"/A/afii10017")
        ));
        assert!(!is_legacy_cyrillic("Cyrano", false, None));
        assert!(!is_legacy_cyrillic("Helvetica", true, Some(b"/A/B")));
    }

    #[test]
    fn cp1251_bytes() {
        assert_eq!(cp1251_char(0xB3), Some('і'));
        assert_eq!(cp1251_char(0xA2), Some('ў'));
        assert_eq!(cp1251_char(0xA8), Some('Ё'));
        assert_eq!(cp1251_char(0x98), None);
    }
}
