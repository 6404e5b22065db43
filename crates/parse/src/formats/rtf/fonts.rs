//! The font table (`\fonttbl`): which code page each font's bytes are in.
//!
//! `{\fonttbl{\f0\froman\fcharset204 Times New Roman;}{\f1\fcharset2 Symbol;}}`
//! numbers the fonts; text in `\f0` is then windows-1251, in `\f1` glyph
//! numbers of the Symbol font. Entries may also run without braces
//! (`{\fonttbl\f0\fswiss Helvetica;\f1 ...}`), so the entry being read is
//! the last `\fN` seen.
//!
//! Invariant: the table holds at most [`MAX_FONTS`] entries, whatever the
//! file claims, and each name at most [`MAX_NAME`] characters.

use std::collections::HashMap;

use encoding_rs::Encoding;

use super::charset::{CodePage, Deferred, codepage, fcharset};

/// The most fonts kept (real documents have a few dozen).
const MAX_FONTS: usize = 4096;

/// The most characters of a font's name kept (enough to see "Symbol").
const MAX_NAME: usize = 64;

/// One font table entry.
#[derive(Debug, Default, Clone)]
struct Font {
    /// `\fcharsetN`
    charset: Option<i32>,
    /// `\cpgN`
    cpg: Option<i32>,
    /// The font's name, as far as read.
    name: String,
}

/// The fonts of a document.
#[derive(Debug, Default)]
pub(super) struct FontTable {
    fonts: HashMap<i32, Font>,
    /// The entry being read.
    entry: Option<i32>,
    /// `\deffN`: the font of text that names none.
    pub default: Option<i32>,
}

impl FontTable {
    /// A control word inside `\fonttbl`.
    pub fn word(&mut self, name: &str, param: Option<i32>) {
        match (name, param) {
            ("f", Some(id)) => {
                if self.fonts.len() < MAX_FONTS || self.fonts.contains_key(&id) {
                    self.fonts.insert(id, Font::default());
                    self.entry = Some(id);
                } else {
                    self.entry = None;
                }
            }
            ("fcharset", Some(n)) => {
                if let Some(font) = self.current() {
                    font.charset = Some(n);
                }
            }
            ("cpg", Some(n)) => {
                if let Some(font) = self.current() {
                    font.cpg = Some(n);
                }
            }
            _ => {}
        }
    }

    /// Text inside `\fonttbl`: the current entry's name.
    pub fn name(&mut self, bytes: &[u8]) {
        if let Some(font) = self.current() {
            let room = MAX_NAME.saturating_sub(font.name.len());
            let ascii = bytes.iter().filter(|b| b.is_ascii()).take(room);
            font.name.extend(ascii.map(|&b| char::from(b)));
        }
    }

    fn current(&mut self) -> Option<&mut Font> {
        self.fonts.get_mut(&self.entry?)
    }

    /// The code page of text bytes in `font` (`None`: the default font),
    /// in a document whose `\ansicpg` is `ansi`.
    pub fn page(&self, font: Option<i32>, ansi: Option<&'static Encoding>) -> CodePage {
        let default = match ansi {
            None => CodePage::Deferred(Deferred::Undeclared),
            Some(ansi) if ansi == encoding_rs::WINDOWS_1252 => {
                CodePage::Deferred(Deferred::Western)
            }
            Some(ansi) => CodePage::Known(ansi),
        };
        let Some(font) = font.or(self.default).and_then(|id| self.fonts.get(&id)) else {
            return default;
        };
        if let Some(encoding) = font.cpg.and_then(codepage) {
            return CodePage::Known(encoding);
        }
        match font.charset {
            Some(0) => match ansi {
                Some(ansi) if ansi != encoding_rs::WINDOWS_1252 => {
                    CodePage::Deferred(Deferred::Charset0)
                }
                _ => default,
            },
            Some(n) => match fcharset(n) {
                Some(CodePage::Symbol) if !font.name.trim_start().starts_with("Symbol") => {
                    CodePage::Pictographs
                }
                Some(page) => page,
                None => default,
            },
            None => default,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(words: &[(&str, Option<i32>, &str)]) -> FontTable {
        let mut fonts = FontTable::default();
        for (word, param, name) in words {
            fonts.word(word, *param);
            fonts.name(name.as_bytes());
        }
        fonts
    }

    #[test]
    fn charsets_decide_the_code_page() {
        let fonts = table(&[
            ("f", Some(0), "Times New Roman;"),
            ("fcharset", Some(204), ""),
            ("f", Some(1), "Symbol;"),
            ("fcharset", Some(2), ""),
            ("f", Some(2), "Wingdings;"),
            ("fcharset", Some(2), ""),
            ("f", Some(3), "Arial;"),
            ("fcharset", Some(0), ""),
        ]);
        let cp1252 = Some(encoding_rs::WINDOWS_1252);
        let cp1251 = Some(encoding_rs::WINDOWS_1251);
        let cyrillic = CodePage::Known(encoding_rs::WINDOWS_1251);
        assert_eq!(fonts.page(Some(0), cp1252), cyrillic);
        assert_eq!(fonts.page(Some(1), cp1251), CodePage::Symbol);
        assert_eq!(fonts.page(Some(2), cp1251), CodePage::Pictographs);
        assert_eq!(
            fonts.page(Some(3), cp1251),
            CodePage::Deferred(Deferred::Charset0)
        );
        assert_eq!(
            fonts.page(Some(3), cp1252),
            CodePage::Deferred(Deferred::Western)
        );
        assert_eq!(fonts.page(Some(9), cp1251), cyrillic);
        assert_eq!(
            fonts.page(None, None),
            CodePage::Deferred(Deferred::Undeclared)
        );
    }

    #[test]
    fn the_table_is_bounded() {
        let mut fonts = FontTable::default();
        for id in 0..10_000 {
            fonts.word("f", Some(id));
            fonts.name(&[b'x'; 200]);
        }
        assert_eq!(fonts.fonts.len(), MAX_FONTS);
        assert!(fonts.fonts.values().all(|f| f.name.len() <= MAX_NAME));
    }
}
