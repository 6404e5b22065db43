//! `w:sym` characters: a code in a symbol font, mapped to Unicode.
//!
//! Word stores a symbol inserted from a font as `w:sym w:font="Symbol"
//! w:char="F0B1"`: the code is in the Private Use Area at U+F000 + the
//! font's own byte. For the Symbol font the byte is mapped through the Adobe
//! Symbol encoding (a standard table); picture fonts (Wingdings, Webdings)
//! have no text meaning and are skipped. A code outside U+F000..U+F0FF is
//! already a Unicode character and is kept as it is.

/// The text of a `w:sym` with `font` and hexadecimal `code`, if any.
pub(super) fn symbol_text(font: Option<&str>, code: &str) -> Option<char> {
    let code = u32::from_str_radix(code.trim(), 16).ok()?;
    let byte = match code {
        0xf000..=0xf0ff => code - 0xf000,
        0..=0xff if is_symbol_font(font) => code,
        _ => return char::from_u32(code).filter(|c| !c.is_control()),
    };
    if !is_symbol_font(font) {
        return None;
    }
    let byte = u8::try_from(byte).ok()?;
    adobe_symbol(byte)
}

/// Whether `font` uses the Adobe Symbol encoding.
fn is_symbol_font(font: Option<&str>) -> bool {
    font.is_some_and(|f| f.trim().eq_ignore_ascii_case("Symbol"))
}

/// The Adobe Symbol encoding (letters, operators and arrows; not the
/// bracket-building pieces, which have no text meaning).
fn adobe_symbol(byte: u8) -> Option<char> {
    let code: u32 = match byte {
        0x20 | 0x21 | 0x23 | 0x25 | 0x26 | 0x28..=0x29 | 0x2b | 0x2c | 0x2e..=0x3f => {
            u32::from(byte)
        }
        0x5b | 0x5d | 0x5f | 0x7b..=0x7d => u32::from(byte),
        0x22 => 0x2200,
        0x24 => 0x2203,
        0x27 => 0x220b,
        0x2a => 0x2217,
        0x2d => 0x2212,
        0x40 => 0x2245,
        0x5c => 0x2234,
        0x5e => 0x22a5,
        0x7e => 0x223c,
        0x41..=0x5a => return greek(byte - 0x41, true),
        0x61..=0x7a => return greek(byte - 0x61, false),
        0xa1 => 0x3d2,
        0xa2 => 0x2032,
        0xa3 => 0x2264,
        0xa4 => 0x2044,
        0xa5 => 0x221e,
        0xa6 => 0x192,
        0xa7 => 0x2663,
        0xa8 => 0x2666,
        0xa9 => 0x2665,
        0xaa => 0x2660,
        0xab => 0x2194,
        0xac => 0x2190,
        0xad => 0x2191,
        0xae => 0x2192,
        0xaf => 0x2193,
        0xb0 => 0xb0,
        0xb1 => 0xb1,
        0xb2 => 0x2033,
        0xb3 => 0x2265,
        0xb4 => 0xd7,
        0xb5 => 0x221d,
        0xb6 => 0x2202,
        0xb7 => 0x2022,
        0xb8 => 0xf7,
        0xb9 => 0x2260,
        0xba => 0x2261,
        0xbb => 0x2248,
        0xbc => 0x2026,
        0xc0 => 0x2135,
        0xc1 => 0x2111,
        0xc2 => 0x211c,
        0xc3 => 0x2118,
        0xc4 => 0x2297,
        0xc5 => 0x2295,
        0xc6 => 0x2205,
        0xc7 => 0x2229,
        0xc8 => 0x222a,
        0xc9 => 0x2283,
        0xca => 0x2287,
        0xcb => 0x2284,
        0xcc => 0x2282,
        0xcd => 0x2286,
        0xce => 0x2208,
        0xcf => 0x2209,
        0xd0 => 0x2220,
        0xd1 => 0x2207,
        0xd2 | 0xe2 => 0xae,
        0xd3 | 0xe3 => 0xa9,
        0xd4 | 0xe4 => 0x2122,
        0xd5 => 0x220f,
        0xd6 => 0x221a,
        0xd7 => 0x22c5,
        0xd8 => 0xac,
        0xd9 => 0x2227,
        0xda => 0x2228,
        0xdb => 0x21d4,
        0xdc => 0x21d0,
        0xdd => 0x21d1,
        0xde => 0x21d2,
        0xdf => 0x21d3,
        0xe0 => 0x25ca,
        0xe1 => 0x2329,
        0xe5 => 0x2211,
        0xf1 => 0x232a,
        0xf2 => 0x222b,
        _ => return None,
    };
    char::from_u32(code)
}

/// The Greek letter at Symbol's Latin position `index` (A = 0 .. Z = 25).
fn greek(index: u8, upper: bool) -> Option<char> {
    // Symbol puts Greek letters on Latin keys: A→Α, B→Β, C→Χ, D→Δ, ...
    const UPPER: [u32; 26] = [
        0x391, 0x392, 0x3a7, 0x394, 0x395, 0x3a6, 0x393, 0x397, 0x399, 0x3d1, 0x39a, 0x39b, 0x39c,
        0x39d, 0x39f, 0x3a0, 0x398, 0x3a1, 0x3a3, 0x3a4, 0x3a5, 0x3c2, 0x3a9, 0x39e, 0x3a8, 0x396,
    ];
    const LOWER: [u32; 26] = [
        0x3b1, 0x3b2, 0x3c7, 0x3b4, 0x3b5, 0x3c6, 0x3b3, 0x3b7, 0x3b9, 0x3d5, 0x3ba, 0x3bb, 0x3bc,
        0x3bd, 0x3bf, 0x3c0, 0x3b8, 0x3c1, 0x3c3, 0x3c4, 0x3c5, 0x3d6, 0x3c9, 0x3be, 0x3c8, 0x3b6,
    ];
    let table = if upper { &UPPER } else { &LOWER };
    table
        .get(usize::from(index))
        .and_then(|&c| char::from_u32(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_font_maps_to_unicode() {
        assert_eq!(symbol_text(Some("Symbol"), "F0B1"), Some('±'));
        assert_eq!(symbol_text(Some("Symbol"), "F061"), Some('α'));
        assert_eq!(symbol_text(Some("Symbol"), "F057"), Some('Ω'));
        assert_eq!(symbol_text(Some("Symbol"), "F0A3"), Some('≤'));
        assert_eq!(symbol_text(Some("Wingdings"), "F0FC"), None);
        assert_eq!(symbol_text(Some("Times New Roman"), "2116"), Some('№'));
        assert_eq!(symbol_text(None, "zz"), None);
    }
}
