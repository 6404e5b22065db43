//! Document metadata: the Info dictionary and the XMP packet, merged.
//!
//! Info strings are PDF text strings: UTF-16BE with a BOM, UTF-8 with a BOM
//! (PDF 2.0), or PDFDocEncoding. Some Russian producers wrote raw
//! windows-1251 bytes instead; a string whose high bytes look like Cyrillic
//! letters is decoded as such. XMP is always Unicode, so its title and
//! author win over the Info dictionary's; dates and producer come from
//! whichever has them, Info first.
//!
//! Invariant: nothing here fails; unreadable metadata is simply absent.

use lopdf::{Document, Object};

use super::dates::pdf_date;
use super::document::{as_dict, resolve, stream_bytes};
use super::xmp::{self, Xmp};
use crate::limits::Limits;

/// What the document says about itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Metadata {
    /// Title.
    pub title: Option<String>,
    /// Author.
    pub author: Option<String>,
    /// Creation date-time, ISO 8601.
    pub created: Option<String>,
    /// Modification date-time, ISO 8601.
    pub modified: Option<String>,
    /// Producing program.
    pub producer: Option<String>,
}

/// Reads the Info dictionary and the XMP packet. XMP decoding is charged
/// to the budget; an over-budget packet is skipped.
pub(crate) fn read(doc: &Document, limits: &Limits) -> Metadata {
    let info = doc.trailer.get(b"Info").ok().and_then(|o| as_dict(doc, o));
    let field = |key: &[u8]| -> Option<String> {
        let value = info?.get(key).ok()?;
        match resolve(doc, value) {
            Object::String(bytes, _) => Some(text_string(bytes)),
            Object::Name(name) => Some(String::from_utf8_lossy(name).into_owned()),
            _ => None,
        }
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
    };
    let xmp = read_xmp(doc, limits).unwrap_or_default();
    Metadata {
        title: xmp.title.or_else(|| field(b"Title")),
        author: xmp.author.or_else(|| field(b"Author")),
        created: field(b"CreationDate")
            .and_then(|d| pdf_date(&d))
            .or(xmp.created),
        modified: field(b"ModDate")
            .and_then(|d| pdf_date(&d))
            .or(xmp.modified),
        producer: field(b"Producer").or(xmp.producer),
    }
}

/// The catalog's XMP packet, parsed.
fn read_xmp(doc: &Document, limits: &Limits) -> Option<Xmp> {
    let meta = doc.catalog().ok()?.get(b"Metadata").ok()?;
    let Object::Stream(stream) = resolve(doc, meta) else {
        return None;
    };
    let bytes = stream_bytes(stream, limits).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(xmp::parse(text.trim_start_matches('\u{feff}')))
}

/// PDFDocEncoding's departures from Latin-1: codes 0x18–0x1F and 0x80–0xA0.
const PDF_DOC_LOW: [char; 8] = ['˘', 'ˇ', 'ˆ', '˙', '˝', '˛', '˚', '˜'];
/// PDFDocEncoding 0x80–0xA0 (0x9F is undefined).
const PDF_DOC_HIGH: [char; 33] = [
    '•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘', '’', '‚', '™',
    'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\u{fffd}', '€',
];

/// Decodes a PDF text string (ISO 32000-1, 7.9.2.2).
pub(crate) fn text_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units = rest
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]));
        return char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{fffd}'))
            .collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        // Not allowed, but written by some tools: UTF-16LE.
        let units = rest
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]));
        return char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{fffd}'))
            .collect();
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if looks_like_cp1251(bytes) {
        let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(bytes);
        return text.into_owned();
    }
    if let Ok(utf8) = std::str::from_utf8(bytes)
        && bytes.iter().any(|b| *b >= 0x80)
    {
        // Not PDFDocEncoding either, but common: bare UTF-8.
        return utf8.to_owned();
    }
    bytes
        .iter()
        .map(|&b| match b {
            0x18..=0x1F => PDF_DOC_LOW[usize::from(b - 0x18)],
            0x80..=0xA0 => PDF_DOC_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Whether raw bytes read as windows-1251 are mostly Cyrillic letters
/// (0xC0–0xFF, plus Ё/ё, І/і, Ў/ў) with few other high bytes.
fn looks_like_cp1251(bytes: &[u8]) -> bool {
    let cyrillic = bytes
        .iter()
        .filter(|&&b| b >= 0xC0 || matches!(b, 0xA8 | 0xB8 | 0xB2 | 0xB3 | 0xA1 | 0xA2))
        .count();
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count() + high;
    std::str::from_utf8(bytes).is_err()
        && cyrillic >= 3
        && cyrillic * 10 >= high * 9
        && cyrillic * 2 >= letters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_in_every_encoding() {
        let mut utf16 = vec![0xFE, 0xFF];
        for u in "Супрацоўніцтва".encode_utf16() {
            utf16.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(text_string(&utf16), "Супрацоўніцтва");
        assert_eq!(
            text_string(b"Annual report \x84 2019"),
            "Annual report — 2019"
        );
        assert_eq!(text_string(b"Caf\xe9"), "Café");
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Отчёт о сотрудничестве");
        assert_eq!(text_string(&cp1251), "Отчёт о сотрудничестве");
        assert_eq!(text_string("Пісьмо".as_bytes()), "Пісьмо");
        let mut bom8 = vec![0xEF, 0xBB, 0xBF];
        bom8.extend_from_slice("Ёлка".as_bytes());
        assert_eq!(text_string(&bom8), "Ёлка");
    }

    #[test]
    fn truncated_utf16_does_not_panic() {
        assert_eq!(text_string(&[0xFE, 0xFF, 0x04]), "");
        assert_eq!(text_string(&[0xFE, 0xFF, 0xD8, 0x00]), "\u{fffd}");
    }
}
