//! The character encoding of a web page, and its text.
//!
//! In the order a browser uses: a byte-order mark (or UTF-16 without one,
//! told by its NUL bytes); else a declaration found
//! by a byte-level prescan of the first 4 KB (`<meta charset>`,
//! `<meta http-equiv="Content-Type" content="…; charset=…">`, or an XML
//! declaration's `encoding`); else a guess from the bytes
//! ([`crate::decode::decode`]). Archived pages often lie about themselves
//! after a CMS migration, so a declaration is checked against the bytes: a
//! page declared in a legacy code page whose bytes are valid UTF-8 (with
//! non-ASCII letters) is read as UTF-8, and a page declared UTF-8 whose
//! bytes are not is guessed; both cases leave a warning.
//!
//! Invariant: never fails; undecodable bytes become U+FFFD.

use encoding_rs::Encoding;

use crate::decode;

/// How many leading bytes the prescan reads.
const PRESCAN: usize = 4096;

/// A page's text and where its encoding came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageText {
    /// The decoded page.
    pub text: String,
    /// The encoding used, lower-case, e.g. "windows-1251".
    pub encoding: &'static str,
    /// What did not add up (a declaration the bytes contradict).
    pub warnings: Vec<String>,
}

/// Decodes a page (see the module documentation for the order of evidence).
pub(crate) fn decode_page(bytes: &[u8]) -> PageText {
    let mut warnings = Vec::new();
    if Encoding::for_bom(bytes).is_some() {
        let d = decode::decode(bytes);
        return page(d, warnings);
    }
    // UTF-16 without a BOM (Windows "Unicode" saves): NULs in every other byte.
    if let Some(encoding) = crate::sniff::utf16_without_bom(bytes.get(..PRESCAN).unwrap_or(bytes)) {
        return page(decode::decode_as(bytes, encoding.name()), warnings);
    }
    let Some(label) = prescan(bytes.get(..PRESCAN).unwrap_or(bytes)) else {
        return page(decode::decode(bytes), warnings);
    };
    let Some(declared) = Encoding::for_label(label.as_bytes()) else {
        warnings.push(format!(
            "the page declares an unknown character set \"{label}\"; the encoding was guessed"
        ));
        return page(decode::decode(bytes), warnings);
    };
    // A page cannot be in UTF-16 if an ASCII prescan found its declaration.
    let declared = if declared == encoding_rs::UTF_16LE || declared == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else {
        declared
    };
    let valid_utf8 = std::str::from_utf8(bytes).is_ok();
    if declared == encoding_rs::UTF_8 {
        if valid_utf8 {
            return page(decode::decode_as(bytes, "utf-8"), warnings);
        }
        let d = decode::decode(bytes);
        if d.encoding != "utf-8" {
            warnings.push(format!(
                "the page declares UTF-8 but is not; read as {}",
                d.encoding
            ));
        }
        return page(d, warnings);
    }
    if valid_utf8 && !bytes.is_ascii() && declared != encoding_rs::UTF_8 {
        warnings.push(format!(
            "the page declares {} but its bytes are UTF-8; read as UTF-8",
            declared.name()
        ));
        return page(decode::decode_as(bytes, "utf-8"), warnings);
    }
    page(decode::decode_as(bytes, declared.name()), warnings)
}

/// A [`PageText`] from a decoding and the warnings so far.
fn page(d: decode::Decoded, warnings: Vec<String>) -> PageText {
    PageText {
        text: d.text,
        encoding: d.encoding,
        warnings,
    }
}

/// The charset label declared in the head of a page, if any.
pub(crate) fn prescan(head: &[u8]) -> Option<String> {
    if let Some(label) = xml_declaration(head) {
        return Some(label);
    }
    let mut at = 0;
    while at < head.len() {
        let rest = head.get(at..)?;
        let lt = rest.iter().position(|&b| b == b'<')?;
        at += lt;
        let tag = head.get(at..)?;
        if tag.starts_with(b"<!--") {
            at += find(tag, b"-->").map_or(tag.len(), |p| p + 3);
            continue;
        }
        if starts_with_ci(tag, b"<meta") && tag.get(5).is_some_and(|b| is_space(*b) || *b == b'/') {
            let (attrs, len) = attributes(tag.get(5..)?);
            at += 5 + len;
            if let Some(label) = meta_charset(&attrs) {
                return Some(label);
            }
            continue;
        }
        at += 1;
    }
    None
}

/// The charset a `<meta>` element's attributes declare.
fn meta_charset(attrs: &[(String, String)]) -> Option<String> {
    let get = |name: &str| {
        attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    if let Some(charset) = get("charset") {
        let charset = charset.trim();
        return (!charset.is_empty()).then(|| charset.to_owned());
    }
    let equiv = get("http-equiv")?;
    if !equiv.trim().eq_ignore_ascii_case("content-type") {
        return None;
    }
    charset_in_content(get("content")?)
}

/// `charset=…` inside a Content-Type value.
pub(crate) fn charset_in_content(content: &str) -> Option<String> {
    let lower = content.to_ascii_lowercase();
    let pos = lower.find("charset")?;
    let rest = lower.get(pos + 7..)?.trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let label: String = rest
        .chars()
        .take_while(|c| !matches!(c, ';' | '"' | '\'') && !c.is_whitespace())
        .collect();
    (!label.is_empty()).then_some(label)
}

/// `encoding="…"` of a leading `<?xml …?>` declaration.
fn xml_declaration(head: &[u8]) -> Option<String> {
    let start = head.iter().position(|b| !is_space(*b))?;
    let decl = head.get(start..)?;
    if !decl.starts_with(b"<?xml") {
        return None;
    }
    let end = find(decl, b"?>")?;
    let decl = std::str::from_utf8(decl.get(..end)?).ok()?;
    let pos = decl.find("encoding")?;
    let rest = decl
        .get(pos + 8..)?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next()?;
    let rest = rest.get(1..)?;
    let label = rest.get(..rest.find(quote)?)?;
    (!label.trim().is_empty()).then(|| label.trim().to_owned())
}

/// Parses attributes up to the end of a tag; returns them (names
/// lower-cased) and the bytes consumed.
fn attributes(bytes: &[u8]) -> (Vec<(String, String)>, usize) {
    let mut attrs = Vec::new();
    let mut i = 0;
    let at = |i: usize| bytes.get(i).copied();
    loop {
        while at(i).is_some_and(|b| is_space(b) || b == b'/') {
            i += 1;
        }
        match at(i) {
            None => return (attrs, i),
            Some(b'>') => return (attrs, i + 1),
            _ => {}
        }
        let name_start = i;
        while at(i).is_some_and(|b| !is_space(b) && !matches!(b, b'=' | b'>' | b'/')) {
            i += 1;
        }
        let name = String::from_utf8_lossy(bytes.get(name_start..i).unwrap_or_default())
            .to_ascii_lowercase();
        while at(i).is_some_and(is_space) {
            i += 1;
        }
        let mut value = String::new();
        if at(i) == Some(b'=') {
            i += 1;
            while at(i).is_some_and(is_space) {
                i += 1;
            }
            let value_start;
            match at(i) {
                Some(q @ (b'"' | b'\'')) => {
                    i += 1;
                    value_start = i;
                    while at(i).is_some_and(|b| b != q) {
                        i += 1;
                    }
                    value = String::from_utf8_lossy(bytes.get(value_start..i).unwrap_or_default())
                        .into_owned();
                    i += 1;
                }
                _ => {
                    value_start = i;
                    while at(i).is_some_and(|b| !is_space(b) && b != b'>') {
                        i += 1;
                    }
                    value = String::from_utf8_lossy(bytes.get(value_start..i).unwrap_or_default())
                        .into_owned();
                }
            }
        }
        if !name.is_empty() && attrs.len() < 64 {
            attrs.push((name, value));
        }
        if i == name_start {
            i += 1;
        }
    }
}

/// HTML whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// Whether `bytes` starts with `prefix`, ASCII case-insensitively.
fn starts_with_ci(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// The first position of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_and_http_equiv_are_found() {
        assert_eq!(
            prescan(b"<html><head><META CHARSET=\"Windows-1251\">").as_deref(),
            Some("Windows-1251")
        );
        assert_eq!(
            prescan(
                b"<!-- <meta charset=koi8-r> --><meta http-equiv='Content-Type' \
                  content='text/html; charset=windows-1251'>"
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(
            prescan(b"<?xml version=\"1.0\" encoding=\"koi8-r\"?><html>").as_deref(),
            Some("koi8-r")
        );
        assert_eq!(prescan(b"<meta name=description content=x><p>"), None);
    }

    #[test]
    fn declaration_is_checked_against_the_bytes() {
        let utf8 = "<meta charset=windows-1251><p>Прывітанне, сябры!</p>";
        let page = decode_page(utf8.as_bytes());
        assert_eq!(page.encoding, "utf-8");
        assert_eq!(page.warnings.len(), 1);
        assert!(page.text.contains("Прывітанне"));
    }

    #[test]
    fn utf16_without_bom_is_recognised() {
        let html = "<html><body><p>Сям’я і сябры</p></body></html>";
        let bytes: Vec<u8> = html.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let page = decode_page(&bytes);
        assert_eq!(page.encoding, "utf-16le");
        assert_eq!(page.text, html);
    }

    #[test]
    fn truncated_tags_do_not_panic() {
        for cut in 0..40 {
            let s = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">";
            let _ = prescan(&s[..cut.min(s.len())]);
        }
        assert_eq!(charset_in_content("text/html; charset="), None);
    }
}
