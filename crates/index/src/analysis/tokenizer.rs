//! Cuts text into words, keeping apostrophes inside them.
//!
//! tantivy's default tokenizer splits `З’яўленне` into `з` and `яўленне`
//! and `п'ять` into `п` and `ять`. Here a word is a run of letters, digits
//! and combining marks, and an apostrophe (’ ' ʼ ` ‘ ´) between two letters
//! belongs to it. A hyphen splits: `научно-технического` gives `научно` and
//! `технического`, so a query for either part finds it, and a query for the
//! compound becomes the phrase of its parts, which still matches.
//!
//! Invariant: offsets are byte offsets at char boundaries of the input, and
//! positions count words from 0 within one `token_stream` call.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Longest word kept, in bytes; longer runs (base64, hashes) are dropped.
const MAX_WORD_BYTES: usize = 100;

/// Our word tokenizer.
#[derive(Clone, Debug, Default)]
pub struct WordTokenizer;

/// The words of one text.
pub struct WordStream<'a> {
    text: &'a str,
    offset: usize,
    token: Token,
}

/// Whether `c` can be part of a word. ASCII and the Cyrillic letters are
/// answered from their ranges; only other scripts pay for the Unicode tables.
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\x7f' => false,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true,
        _ => c.is_alphanumeric() || is_mark(c),
    }
}

/// Whether `c` is a letter, with the same fast paths as [`is_word_char`].
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Combining marks (stress marks, diacritics in decomposed text).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Apostrophe variants that may join two letters of one word.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '\'' | 'ʼ' | '`' | '‘' | '´')
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        WordStream {
            text,
            offset: 0,
            token: Token {
                position: usize::MAX,
                ..Token::default()
            },
        }
    }
}

impl WordStream<'_> {
    /// The next word's byte range at or after `self.offset`.
    ///
    /// Scans bytes: ASCII and the two-byte Cyrillic block U+0400–U+047F
    /// (lead bytes 0xD0, 0xD1: all letters) are decided from the byte; any
    /// other character is decoded and asked [`is_word_char`].
    fn next_word(&mut self) -> Option<(usize, usize)> {
        let rest = self.text.get(self.offset..)?;
        let bytes = rest.as_bytes();
        let mut start = None;
        let mut end = 0;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (word, c) = match b {
                0..=0x7f => (b.is_ascii_alphanumeric(), b as char),
                0xD0 | 0xD1 => (true, 'а'),
                _ => {
                    let c = rest.get(i..).and_then(|r| r.chars().next())?;
                    (is_word_char(c), c)
                }
            };
            let len = if b < 0x80 { 1 } else { c.len_utf8() };
            if word {
                if start.is_none() {
                    start = Some(i);
                }
                end = i + len;
            } else if start.is_some() && !joins_letters(rest, i, c) {
                break;
            }
            i += len;
        }
        let start = start?;
        let base = self.offset;
        self.offset = base + end;
        Some((base + start, base + end))
    }
}

/// Whether `c`, at byte `i` of `text`, is an apostrophe between two letters.
fn joins_letters(text: &str, i: usize, c: char) -> bool {
    is_apostrophe(c)
        && text
            .get(i + c.len_utf8()..)
            .and_then(|s| s.chars().next())
            .is_some_and(is_letter)
        && text
            .get(..i)
            .and_then(|s| s.chars().next_back())
            .is_some_and(is_letter)
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        loop {
            let Some((from, to)) = self.next_word() else {
                self.offset = self.text.len();
                return false;
            };
            if to - from > MAX_WORD_BYTES {
                continue;
            }
            let Some(word) = self.text.get(from..to) else {
                continue;
            };
            self.token.position = self.token.position.wrapping_add(1);
            self.token.offset_from = from;
            self.token.offset_to = to;
            self.token.text.clear();
            self.token.text.push_str(word);
            return true;
        }
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut t = WordTokenizer;
        let mut s = t.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            let tok = s.token();
            assert_eq!(&text[tok.offset_from..tok.offset_to], tok.text);
            out.push(tok.text.clone());
        }
        out
    }

    #[test]
    fn apostrophes_stay_inside_words() {
        assert_eq!(
            words("З’яўленне сям'і, п'ять"),
            ["З’яўленне", "сям'і", "п'ять"]
        );
    }

    #[test]
    fn hyphens_and_punctuation_split() {
        assert_eq!(
            words("«научно-технического» сотрудничества; № 06-09/398."),
            [
                "научно",
                "технического",
                "сотрудничества",
                "06",
                "09",
                "398"
            ]
        );
    }

    #[test]
    fn quotes_around_words_are_not_kept() {
        assert_eq!(
            words("'Мінск' ’Гомель’ O'Brien"),
            ["Мінск", "Гомель", "O'Brien"]
        );
    }

    #[test]
    fn positions_count_words() {
        let mut t = WordTokenizer;
        let mut s = t.token_stream("адзін два  тры");
        let mut positions = Vec::new();
        while s.advance() {
            positions.push(s.token().position);
        }
        assert_eq!(positions, [0, 1, 2]);
    }

    #[test]
    fn overlong_runs_are_dropped() {
        let long = "a".repeat(150);
        assert_eq!(words(&format!("x {long} y")), ["x", "y"]);
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for c in ('\0'..='\u{2FFF}').chain('\u{1E000}'..='\u{1E0FF}') {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || is_mark(c), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// The scan by chars that the byte scan replaced: the reference.
    fn reference_words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut word: Option<(usize, usize)> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_word_char(c) {
                word = Some((word.map_or(i, |w| w.0), i + c.len_utf8()));
            } else if let Some((from, to)) = word {
                let joins = is_apostrophe(c)
                    && chars.peek().is_some_and(|&(_, n)| is_letter(n))
                    && text[..i].chars().last().is_some_and(is_letter);
                if !joins {
                    if to - from <= MAX_WORD_BYTES {
                        out.push(&text[from..to]);
                    }
                    word = None;
                }
            }
        }
        if let Some((from, to)) = word.filter(|w| w.1 - w.0 <= MAX_WORD_BYTES) {
            out.push(&text[from..to]);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_agrees_with_char_scan(
            text in "([a-zA-Z0-9 .,'’ʼ`‘´\\-]|[\u{400}-\u{52F}]|[\u{300}-\u{36F}]|[\u{2000}-\u{2030}]|\\PC){0,40}"
        ) {
            proptest::prop_assert_eq!(words(&text), reference_words(&text));
        }
    }

    #[test]
    fn byte_scan_agrees_on_samples() {
        for text in [
            "З’яўленне сям'і, п'ять O'Brien",
            "«научно-технического» № 06-09/398.",
            "Ѐ ѝ ҂ ҃ Ґ ґ Ӏ ԯ ʼ ´ x´y Ш´ч",
            "日本語 テキスト ÀÉÎ façade",
        ] {
            assert_eq!(words(text), reference_words(text), "{text}");
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for text in [
            "",
            "’",
            "''a",
            "a'",
            "ў’",
            "\u{301}",
            "a\u{301}b",
            "—–-",
            "日本語テキスト",
        ] {
            let _ = words(text);
        }
    }
}
