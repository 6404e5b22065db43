//! Glyph names to Unicode text.
//!
//! Simple fonts name their glyphs (`/Differences`, base encodings, Type1
//! built-in encodings); the text of a glyph is found from its name by, in
//! order: the Adobe Glyph List (which includes the whole `afii100xx` Cyrillic
//! set; the ZapfDingbats names such as `a71` only in ZapfDingbats fonts), `uniXXXX[YYYY…]`, `uXXXX[XX]`, the Glyphs-app Cyrillic names
//! (`ushort-cy`, `i-cy`), a name with a `.suffix` (`a.sc`, `emdash.cyr`) by its
//! base name, and `_` ligature names (`f_f_i`) by their parts.
//!
//! Invariant: an unknown name yields [`Text::None`] for that glyph only;
//! nothing here fails or panics.

use super::glyph_list::{DINGBATS_LIST, GLYPH_LIST};
use super::text::Text;

/// The entry for `name` in a sorted (name, text) list.
fn lookup(list: &'static [(&'static str, &'static str)], name: &str) -> Option<&'static str> {
    list.binary_search_by(|(n, _)| n.as_bytes().cmp(name.as_bytes()))
        .ok()
        .and_then(|i| list.get(i))
        .map(|(_, text)| *text)
}

/// The Adobe Glyph List entry for `name`.
fn agl(name: &str) -> Option<&'static str> {
    lookup(&GLYPH_LIST, name)
}

/// The text of glyph `name` in a ZapfDingbats font, whose glyphs are named
/// `a1`…`a191` (names that mean nothing in other fonts, e.g. pdfTeX's Type3
/// fonts name glyphs `a0`, `a1`, … by code).
pub(super) fn dingbat_text_of(name: &str) -> Text {
    lookup(&DINGBATS_LIST, name).map_or_else(|| text_of(name), Text::from_str)
}

/// A glyph name for character `c` (an `afii` name where there is one, as
/// the standard fonts' metrics use them). A linear scan: only for the few
/// fonts whose codes are known by character rather than by name.
pub(super) fn name_of(c: char) -> Option<&'static str> {
    let mut buf = [0u8; 4];
    let want: &str = c.encode_utf8(&mut buf);
    let mut found = None;
    for (name, text) in GLYPH_LIST.iter() {
        if *text == want {
            if name.starts_with("afii") {
                return Some(name);
            }
            found = found.or(Some(*name));
        }
    }
    found
}

/// Cyrillic letters by their Glyphs-app names (`<name>-cy`), lower case.
const GLYPHS_APP_CYRILLIC: &[(&str, char)] = &[
    ("a", 'а'),
    ("be", 'б'),
    ("che", 'ч'),
    ("de", 'д'),
    ("dje", 'ђ'),
    ("dze", 'ѕ'),
    ("dzhe", 'џ'),
    ("e", 'є'),
    ("ef", 'ф'),
    ("el", 'л'),
    ("em", 'м'),
    ("en", 'н'),
    ("er", 'р'),
    ("ereversed", 'э'),
    ("es", 'с'),
    ("ge", 'г'),
    ("gheupturn", 'ґ'),
    ("gje", 'ѓ'),
    ("ha", 'х'),
    ("hard", 'ъ'),
    ("i", 'і'),
    ("ia", 'я'),
    ("ie", 'е'),
    ("ii", 'и'),
    ("iishort", 'й'),
    ("io", 'ё'),
    ("iu", 'ю'),
    ("je", 'ј'),
    ("ka", 'к'),
    ("kje", 'ќ'),
    ("lje", 'љ'),
    ("nje", 'њ'),
    ("o", 'о'),
    ("pe", 'п'),
    ("sha", 'ш'),
    ("shcha", 'щ'),
    ("soft", 'ь'),
    ("te", 'т'),
    ("tse", 'ц'),
    ("tshe", 'ћ'),
    ("u", 'у'),
    ("ushort", 'ў'),
    ("ve", 'в'),
    ("yeru", 'ы'),
    ("yi", 'ї'),
    ("ze", 'з'),
    ("zhe", 'ж'),
];

/// A Glyphs-app Cyrillic name such as `Ushort-cy`.
fn glyphs_app_cyrillic(name: &str) -> Option<char> {
    let base = name.strip_suffix("-cy")?;
    let lower = base.to_ascii_lowercase();
    let i = GLYPHS_APP_CYRILLIC
        .binary_search_by(|(n, _)| n.cmp(&lower.as_str()))
        .ok()?;
    let (_, c) = GLYPHS_APP_CYRILLIC.get(i)?;
    if base.starts_with(|c: char| c.is_ascii_uppercase()) {
        c.to_uppercase().next()
    } else {
        Some(*c)
    }
}

/// Hex digits as a number, if all are hex digits.
fn hex(digits: &str) -> Option<u32> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// `uniXXXX`, `uniXXXXYYYY…` (UTF-16 units, four hex digits each).
fn uni_name(name: &str) -> Option<Text> {
    let digits = name.strip_prefix("uni")?;
    if digits.is_empty() || digits.len() % 4 != 0 || digits.len() > 64 {
        return None;
    }
    let mut bytes = Vec::with_capacity(digits.len() / 2);
    for i in (0..digits.len()).step_by(4) {
        let unit = hex(digits.get(i..i + 4)?)?;
        bytes.extend_from_slice(&(unit as u16).to_be_bytes());
    }
    Some(Text::from_utf16be(&bytes))
}

/// `uXXXX` to `uXXXXXX`: one code point.
fn u_name(name: &str) -> Option<Text> {
    let digits = name.strip_prefix('u')?;
    if !(4..=6).contains(&digits.len()) {
        return None;
    }
    let text = Text::from_code_point(hex(digits)?);
    (!text.is_none()).then_some(text)
}

/// The text of a glyph name without a suffix or ligature parts.
fn text_of_component(name: &str) -> Text {
    if let Some(text) = agl(name) {
        return Text::from_str(text);
    }
    if let Some(text) = uni_name(name).or_else(|| u_name(name)) {
        return text;
    }
    glyphs_app_cyrillic(name).map_or(Text::None, Text::One)
}

/// The Unicode text of glyph `name`, or [`Text::None`] if it is unknown
/// (`.notdef`, `g12`, `cid345`, made-up names).
pub(super) fn text_of(name: &str) -> Text {
    let direct = text_of_component(name);
    if !direct.is_none() {
        return direct;
    }
    let base = name.split('.').next().unwrap_or_default();
    if base.is_empty() {
        return Text::None;
    }
    if base.contains('_') {
        let mut out = String::new();
        for part in base.split('_') {
            match text_of_component(part) {
                Text::None => return Text::None,
                Text::One(c) => out.push(c),
                Text::Many(s) => out.push_str(&s),
            }
        }
        return Text::from_str(&out);
    }
    if base.len() < name.len() {
        return text_of_component(base);
    }
    Text::None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(name: &str) -> String {
        text_of(name).to_owned_string()
    }

    #[test]
    fn afii_cyrillic_names() {
        assert_eq!(s("afii10017"), "А");
        assert_eq!(s("afii10023"), "Ё");
        assert_eq!(s("afii10071"), "ё");
        assert_eq!(s("afii10103"), "і");
        assert_eq!(s("afii10110"), "ў");
        assert_eq!(s("afii10145"), "Џ");
    }

    #[test]
    fn uni_and_u_names() {
        assert_eq!(s("uni0456"), "і");
        assert_eq!(s("uni005E0301"), "^\u{301}");
        assert_eq!(s("uniD835DC00"), "𝐀");
        assert_eq!(s("u1F600"), "😀");
        assert_eq!(s("u045E"), "ў");
        assert_eq!(s("uni04"), "");
    }

    #[test]
    fn suffixes_and_ligatures() {
        assert_eq!(s("emdash.cyr"), "—");
        assert_eq!(s("a.sc"), "a");
        assert_eq!(s("f_f_i"), "ffi");
        assert_eq!(s("f_f_i.liga"), "ffi");
        assert_eq!(s("T_h"), "Th");
        assert_eq!(s("Ushort-cy"), "Ў");
        assert_eq!(s("i-cy"), "і");
        assert_eq!(dingbat_text_of("a71").to_owned_string(), "●");
        assert_eq!(dingbat_text_of("space").to_owned_string(), " ");
        assert_eq!(s("a71"), "");
    }

    #[test]
    fn names_of_chars() {
        assert_eq!(name_of('ў'), Some("afii10110"));
        assert_eq!(name_of('a'), Some("a"));
        assert_eq!(name_of('\u{E000}'), None);
    }

    #[test]
    fn unknown_names_are_empty() {
        for name in [".notdef", "g12", "cid345", "", "f_zzz", "...", "uniXYZW"] {
            assert_eq!(s(name), "", "{name}");
        }
    }
}
