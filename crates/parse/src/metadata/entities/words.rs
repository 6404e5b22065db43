//! Words of a text by hand, for the readers that look words up one by one
//! (countries, the gazetteer): a letter (or, when asked, a digit) starts a
//! word; letters, digits, combining marks and apostrophes continue it
//! (`З’езд`, `Прыдняпро́ўе`, `2019`).
//!
//! The same cuts as the patterns `\p{L}[\p{L}\p{M}’ʼ']*` and
//! `[\p{L}\p{N}][\p{L}\p{N}\p{M}’ʼ']*` on the scripts an archive meets
//! (tested against them), without a regex engine's per-match cost: this is
//! run over every word of every document.

use crate::analysis::letters::is_letter;

/// One word: its byte span and what the abbreviation test needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Upper-case letters in it.
    pub capitals: usize,
    /// Characters in it.
    pub chars: usize,
    /// Whether it has a digit.
    pub digits: bool,
}

impl Word {
    /// Abbreviation-like: two capitals or more, up to eight characters, no
    /// digit (`ГКНТ`, `НАН`, `БелТА`).
    pub fn abbreviation(&self) -> bool {
        self.capitals >= 2 && self.chars <= 8 && !self.digits
    }
}

/// The words of `text`; with `numbers`, digits also start and continue
/// words, else they end them.
pub(super) fn words(text: &str, numbers: bool) -> impl Iterator<Item = Word> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        loop {
            let (start, first) = chars.next()?;
            let Some(kind) = class(first).filter(|k| numbers || *k != Class::Digit) else {
                continue;
            };
            let mut w = Word {
                start,
                end: start + first.len_utf8(),
                capitals: usize::from(kind == Class::Capital),
                chars: 1,
                digits: kind == Class::Digit,
            };
            while let Some(&(i, c)) = chars.peek() {
                match class(c) {
                    Some(Class::Capital) => w.capitals += 1,
                    Some(Class::Digit) if numbers => w.digits = true,
                    Some(Class::Letter) => {}
                    None if matches!(c, '’' | 'ʼ' | '\'') || is_mark(c) => {}
                    _ => break,
                }
                w.chars += 1;
                w.end = i + c.len_utf8();
                chars.next();
            }
            return Some(w);
        }
    })
}

/// A character that can begin a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// An upper-case letter.
    Capital,
    /// Any other letter.
    Letter,
    /// A digit or other number.
    Digit,
}

/// What `c` is, if it can begin a word (a letter or a number).
#[inline]
fn class(c: char) -> Option<Class> {
    match c {
        'A'..='Z' | '\u{0400}'..='\u{042F}' => Some(Class::Capital),
        'a'..='z' | '\u{0430}'..='\u{045F}' => Some(Class::Letter),
        '0'..='9' => Some(Class::Digit),
        '\0'..='\x7f' => None,
        _ if is_mark(c) => None,
        _ if is_letter(c) => Some(if c.is_uppercase() {
            Class::Capital
        } else {
            Class::Letter
        }),
        _ if c.is_numeric() => Some(Class::Digit),
        _ => None,
    }
}

/// Whether `c` is a combining mark of the scripts an archive meets
/// (combining diacritics, Cyrillic combining marks and their supplements).
#[inline]
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A66F}'..='\u{A67D}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a pattern finds, in the form `words` gives.
    fn by_pattern(pattern: &str, text: &str) -> Vec<Word> {
        regex::Regex::new(pattern)
            .unwrap()
            .find_iter(text)
            .map(|m| {
                let w = m.as_str();
                Word {
                    start: m.start(),
                    end: m.end(),
                    capitals: w.chars().filter(|c| c.is_uppercase()).count(),
                    chars: w.chars().count(),
                    digits: w.chars().any(char::is_numeric),
                }
            })
            .collect()
    }

    #[test]
    fn cuts_words_with_marks_and_apostrophes() {
        let text = "З’езд у Прыдняпро\u{301}ўі, 18.07.2019 № 06-09/398; БелТА";
        let got: Vec<&str> = words(text, false).map(|w| &text[w.start..w.end]).collect();
        assert_eq!(got, ["З’езд", "у", "Прыдняпро\u{301}ўі", "БелТА"]);
        let got: Vec<&str> = words(text, true).map(|w| &text[w.start..w.end]).collect();
        assert_eq!(
            got,
            [
                "З’езд",
                "у",
                "Прыдняпро\u{301}ўі",
                "18",
                "07",
                "2019",
                "06",
                "09",
                "398",
                "БелТА"
            ]
        );
        assert!(words("БелТА", false).all(|w| w.abbreviation()));
        assert!(!words("Минск", false).any(|w| w.abbreviation()));
    }

    proptest::proptest! {
        /// Same cuts as the word patterns on text of our scripts.
        #[test]
        fn agrees_with_the_word_patterns(
            text in "[a-zA-Zа-яА-ЯёЁіІўЎѣé0-9²’ʼ'\u{0301}\u{0483} .,«»№/()\n-]{0,60}"
        ) {
            let got: Vec<Word> = words(&text, true).collect();
            proptest::prop_assert_eq!(
                got,
                by_pattern(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}’ʼ']*", &text)
            );
            let got: Vec<Word> = words(&text, false).collect();
            proptest::prop_assert_eq!(got, by_pattern(r"\p{L}[\p{L}\p{M}’ʼ']*", &text));
        }
    }
}
