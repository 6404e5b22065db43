//! RTF bytes into tokens: braces, control words, control symbols, text.
//!
//! RTF is 7-bit ASCII markup over 8-bit text: `{` and `}` open and close
//! groups, `\word-12 ` is a control word with an optional signed numeric
//! parameter (one space after it belongs to it), `\~` a control symbol,
//! `\'e9` one byte given in hex, and everything else text, in which line
//! breaks mean nothing. `\binN` is followed by N raw bytes, which the lexer
//! steps over so that they are never read as markup.
//!
//! Invariants: the lexer never panics and always advances; a token borrows
//! from the input; numeric parameters are clamped into `i32`.

/// One token of RTF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// `{`
    GroupStart,
    /// `}`
    GroupEnd,
    /// `\name` or `\nameN`: `name` is ASCII letters.
    Word {
        /// The control word's name.
        name: &'a str,
        /// Its numeric parameter, if it has one.
        param: Option<i32>,
    },
    /// A control symbol, `\` and one character other than a letter, digit,
    /// `'` or line break (`\~`, `\-`, `\_`, `\*`, `\{`, `\}`, `\\`, ...).
    Symbol(u8),
    /// `\'xx`: one byte of text in the current code page.
    Hex(u8),
    /// `\` at the end of a line: a paragraph break.
    Par,
    /// Text bytes (no markup, no line breaks).
    Text(&'a [u8]),
    /// `\binN` and the N bytes after it (only their count is kept).
    Binary(usize),
}

/// The longest control-word name the RTF specification allows.
const MAX_NAME: usize = 32;

/// The most digits of a parameter read (more are consumed but ignored).
const MAX_DIGITS: usize = 10;

/// Reads tokens from RTF bytes.
#[derive(Debug)]
pub(super) struct Lexer<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Lexer { bytes, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The control word or symbol after a backslash (already consumed).
    fn control(&mut self) -> Option<Token<'a>> {
        let first = self.peek()?;
        if first.is_ascii_alphabetic() {
            let start = self.pos;
            while self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
                self.pos += 1;
            }
            let end = self.pos.min(start + MAX_NAME);
            let name = std::str::from_utf8(self.bytes.get(start..end).unwrap_or_default())
                .unwrap_or_default();
            let param = self.parameter();
            if self.peek() == Some(b' ') {
                self.pos += 1;
            }
            if name == "bin" {
                let len = usize::try_from(param.unwrap_or(0).max(0)).unwrap_or(0);
                let len = len.min(self.bytes.len().saturating_sub(self.pos));
                self.pos += len;
                return Some(Token::Binary(len));
            }
            return Some(Token::Word { name, param });
        }
        self.pos += 1;
        match first {
            b'\'' => {
                let hex = |b: Option<&u8>| b.and_then(|&b| char::from(b).to_digit(16));
                match (
                    hex(self.bytes.get(self.pos)),
                    hex(self.bytes.get(self.pos + 1)),
                ) {
                    (Some(hi), Some(lo)) => {
                        self.pos += 2;
                        Some(Token::Hex(u8::try_from(hi * 16 + lo).unwrap_or(b'?')))
                    }
                    // A broken escape: skip it.
                    _ => Some(Token::Text(b"")),
                }
            }
            b'\r' | b'\n' => Some(Token::Par),
            other => Some(Token::Symbol(other)),
        }
    }

    /// A signed decimal parameter right after a control word's name.
    fn parameter(&mut self) -> Option<i32> {
        let negative = self.peek() == Some(b'-')
            && self.bytes.get(self.pos + 1).is_some_and(u8::is_ascii_digit);
        if negative {
            self.pos += 1;
        }
        let start = self.pos;
        let mut value: i64 = 0;
        while let Some(b) = self.peek().filter(u8::is_ascii_digit) {
            if self.pos - start < MAX_DIGITS {
                value = value * 10 + i64::from(b - b'0');
            }
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        let value = if negative { -value } else { value };
        Some(i32::try_from(value.clamp(i64::from(i32::MIN), i64::from(i32::MAX))).unwrap_or(0))
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let b = self.peek()?;
            match b {
                b'{' => {
                    self.pos += 1;
                    return Some(Token::GroupStart);
                }
                b'}' => {
                    self.pos += 1;
                    return Some(Token::GroupEnd);
                }
                b'\\' => {
                    self.pos += 1;
                    match self.control() {
                        Some(token) => return Some(token),
                        None => continue,
                    }
                }
                b'\r' | b'\n' => {
                    self.pos += 1;
                    continue;
                }
                _ => {
                    let start = self.pos;
                    while self
                        .peek()
                        .is_some_and(|b| !matches!(b, b'{' | b'}' | b'\\' | b'\r' | b'\n'))
                    {
                        self.pos += 1;
                    }
                    return Some(Token::Text(self.bytes.get(start..self.pos)?));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn tokens(s: &[u8]) -> Vec<Token<'_>> {
        Lexer::new(s).collect()
    }

    #[test]
    fn words_symbols_hex_and_text() {
        let t = tokens(b"{\\rtf1\\ansicpg1251 \\f0\\fs24 \\'e0\\u-3913 ab\\~c\\par\r\n}");
        assert_eq!(
            t,
            vec![
                Token::GroupStart,
                Token::Word {
                    name: "rtf",
                    param: Some(1)
                },
                Token::Word {
                    name: "ansicpg",
                    param: Some(1251)
                },
                Token::Word {
                    name: "f",
                    param: Some(0)
                },
                Token::Word {
                    name: "fs",
                    param: Some(24)
                },
                Token::Hex(0xe0),
                Token::Word {
                    name: "u",
                    param: Some(-3913)
                },
                Token::Text(b"ab"),
                Token::Symbol(b'~'),
                Token::Text(b"c"),
                Token::Word {
                    name: "par",
                    param: None
                },
                Token::GroupEnd,
            ]
        );
    }

    #[test]
    fn bin_skips_raw_bytes_even_braces() {
        let t = tokens(b"\\bin4 {}\\x after");
        assert_eq!(t, vec![Token::Binary(4), Token::Text(b" after")]);
        // A length past the end stops at the end.
        assert_eq!(tokens(b"\\bin99 ab"), vec![Token::Binary(2)]);
        assert_eq!(
            tokens(b"\\bin-5 ab"),
            vec![Token::Binary(0), Token::Text(b"ab")]
        );
    }

    #[test]
    fn backslash_newline_is_a_paragraph_and_odd_ends_are_safe() {
        assert_eq!(
            tokens(b"a\\\nb"),
            vec![Token::Text(b"a"), Token::Par, Token::Text(b"b")]
        );
        assert_eq!(tokens(b"\\"), vec![]);
        assert_eq!(tokens(b"\\'4"), vec![Token::Text(b""), Token::Text(b"4")]);
        assert_eq!(
            tokens(b"\\u99999999999999x"),
            vec![
                Token::Word {
                    name: "u",
                    param: Some(i32::MAX)
                },
                Token::Text(b"x")
            ]
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_always_ends(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let n = Lexer::new(&bytes).take(10_000).count();
            prop_assert!(n <= bytes.len() + 1);
        }
    }
}
