//! Which code page RTF text bytes are in: `\ansicpgN`, `\fcharsetN`, `\cpgN`.
//!
//! RTF text outside `\uN` is bytes in a code page chosen by the document's
//! `\ansicpg` and, above it, by the current font's `\fcharset` (204 is
//! Cyrillic, 238 Central European, ...) or `\cpg`. Fonts with charset 2 are
//! symbol fonts whose bytes are glyph numbers, not letters; the Symbol font
//! is mapped to the Greek letters and signs it draws, other symbol fonts
//! (Wingdings) to a bullet.
//!
//! Three cases are left open until the whole file is read (see
//! [`Deferred`]): a document without `\ansicpg`, a document declaring
//! windows-1252, and `\fcharset0` fonts in a document whose `\ansicpg` is
//! not windows-1252.
//!
//! Invariant: every mapping is total; an unknown number gives `None` and the
//! caller falls back to the document's default.

use encoding_rs::Encoding;

/// The code page of some text bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CodePage {
    /// A known encoding.
    Known(&'static Encoding),
    /// Decided at the end, from all the bytes of this kind.
    Deferred(Deferred),
    /// The Symbol font.
    Symbol,
    /// Another symbol font (Wingdings, Webdings).
    Pictographs,
}

/// Text bytes whose code page is guessed once the whole file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Deferred {
    /// The document declares no `\ansicpg`: any candidate of
    /// [`crate::decode::detect`].
    Undeclared,
    /// The document declares `\ansicpg1252` (Western): windows-1252,
    /// unless the bytes read as real Cyrillic words (software that declares
    /// 1252 whatever it writes).
    Western,
    /// A font with `\fcharset0` (Western) in a document whose `\ansicpg` is
    /// not Western: windows-1252 as the specification says, unless the bytes
    /// read as the document's code page (generators that write `\fcharset0`
    /// for every font of a Cyrillic document).
    Charset0,
}

/// The encoding of a Windows code page number (`\ansicpgN`, `\cpgN`).
pub(super) fn codepage(n: i32) -> Option<&'static Encoding> {
    use encoding_rs as e;
    Some(match n {
        1250 => e::WINDOWS_1250,
        1251 => e::WINDOWS_1251,
        1252 | 28591 | 437 | 850 => e::WINDOWS_1252,
        1253 => e::WINDOWS_1253,
        1254 => e::WINDOWS_1254,
        1255 => e::WINDOWS_1255,
        1256 => e::WINDOWS_1256,
        1257 => e::WINDOWS_1257,
        1258 => e::WINDOWS_1258,
        874 => e::WINDOWS_874,
        866 => e::IBM866,
        20866 => e::KOI8_R,
        21866 => e::KOI8_U,
        28592 => e::ISO_8859_2,
        28595 => e::ISO_8859_5,
        10000 => e::MACINTOSH,
        10007 => e::X_MAC_CYRILLIC,
        932 => e::SHIFT_JIS,
        936 => e::GBK,
        949 => e::EUC_KR,
        950 => e::BIG5,
        65001 => e::UTF_8,
        _ => return None,
    })
}

/// What a font's `\fcharsetN` says about its bytes; `None` means "the
/// document's default" (charsets 0 and 1, and numbers we do not know).
pub(super) fn fcharset(n: i32) -> Option<CodePage> {
    use encoding_rs as e;
    let known = |encoding| Some(CodePage::Known(encoding));
    match n {
        2 => Some(CodePage::Symbol),
        77 => known(e::MACINTOSH),
        128 => known(e::SHIFT_JIS),
        129 => known(e::EUC_KR),
        134 => known(e::GBK),
        136 => known(e::BIG5),
        161 => known(e::WINDOWS_1253),
        162 => known(e::WINDOWS_1254),
        163 => known(e::WINDOWS_1258),
        177 => known(e::WINDOWS_1255),
        178 => known(e::WINDOWS_1256),
        186 => known(e::WINDOWS_1257),
        204 => known(e::WINDOWS_1251),
        222 => known(e::WINDOWS_874),
        238 => known(e::WINDOWS_1250),
        _ => None,
    }
}

/// The character the Symbol font draws for `byte`, or `None` for nothing.
pub(super) fn symbol_char(byte: u8) -> Option<char> {
    const UPPER: &str = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
    const LOWER: &str = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
    match byte {
        b'A'..=b'Z' => UPPER.chars().nth(usize::from(byte - b'A')),
        b'a'..=b'z' => LOWER.chars().nth(usize::from(byte - b'a')),
        0x20..=0x7f => Some(char::from(byte)),
        0xa3 => Some('≤'),
        0xa5 => Some('∞'),
        0xb0 => Some('°'),
        0xb1 => Some('±'),
        0xb3 => Some('≥'),
        0xb4 => Some('×'),
        0xb7 => Some('•'),
        0xb8 => Some('÷'),
        0xb9 => Some('≠'),
        0xbb => Some('≈'),
        0xd6 => Some('√'),
        0xae => Some('→'),
        0xac => Some('←'),
        0xe0 => Some('◊'),
        _ => None,
    }
}

/// A private-use character U+F020–U+F0FF (how Word writes symbol-font
/// glyphs in `\uN`), as the Symbol font's character.
pub(super) fn private_symbol(c: u32) -> Option<char> {
    if (0xf020..=0xf0ff).contains(&c) {
        symbol_char(u8::try_from(c - 0xf000).ok()?)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_numbers_map_to_cyrillic_pages() {
        assert_eq!(codepage(1251), Some(encoding_rs::WINDOWS_1251));
        assert_eq!(
            fcharset(204),
            Some(CodePage::Known(encoding_rs::WINDOWS_1251))
        );
        assert_eq!(
            fcharset(238),
            Some(CodePage::Known(encoding_rs::WINDOWS_1250))
        );
        assert_eq!(fcharset(0), None);
        assert_eq!(fcharset(2), Some(CodePage::Symbol));
        assert_eq!(codepage(12345), None);
    }

    #[test]
    fn symbol_font_glyphs() {
        assert_eq!(symbol_char(b'a'), Some('α'));
        assert_eq!(symbol_char(b'W'), Some('Ω'));
        assert_eq!(symbol_char(0xb7), Some('•'));
        assert_eq!(private_symbol(0xf0b7), Some('•'));
        assert_eq!(private_symbol(0x41), None);
    }
}
