//! Tokens of the PostScript subset that CMap streams are written in.
//!
//! CMaps (ToUnicode and encoding CMaps) are small PostScript programs; we
//! only need their data: hex strings, literal strings, numbers, names,
//! keywords and array brackets. Whitespace inside hex strings is ignored and
//! an odd final digit is padded with 0, as the PDF spec says.
//!
//! Invariant: every call to [`Lexer::next_token`] that returns `Some`
//! consumes at least one byte, so a loop over tokens ends.

/// One token of a CMap program.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Token<'a> {
    /// `<...>`: the bytes of a hex string.
    Hex(Vec<u8>),
    /// `(...)`: the bytes of a literal string.
    Str(Vec<u8>),
    /// An integer.
    Int(i64),
    /// A real number (only skipped).
    Real,
    /// `/Name`, without the slash.
    Name(&'a [u8]),
    /// An operator or keyword such as `beginbfchar`.
    Word(&'a [u8]),
    /// `[`
    ArrayStart,
    /// `]`
    ArrayEnd,
    /// Anything else (`<<`, `>>`, `{`, `}`, stray bytes).
    Other,
}

/// A cursor over CMap bytes.
pub(super) struct Lexer<'a> {
    /// The CMap program.
    data: &'a [u8],
    /// The cursor: the next byte to read.
    pos: usize,
}

/// PDF whitespace.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

/// PDF delimiters.
fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// The value of one hex digit.
fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Lexer { data, pos: 0 }
    }

    /// The byte at the cursor.
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    /// Skips whitespace and `%` comments.
    fn skip_space(&mut self) {
        while let Some(b) = self.peek() {
            if is_space(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The bytes of a regular token (up to whitespace or a delimiter).
    fn regular(&mut self) -> &'a [u8] {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if is_space(b) || is_delimiter(b) {
                break;
            }
            self.pos += 1;
        }
        self.data.get(start..self.pos).unwrap_or_default()
    }

    /// The next token, or `None` at the end.
    pub fn next_token(&mut self) -> Option<Token<'a>> {
        self.skip_space();
        let b = self.peek()?;
        match b {
            b'<' => {
                self.pos += 1;
                if self.peek() == Some(b'<') {
                    self.pos += 1;
                    return Some(Token::Other);
                }
                Some(Token::Hex(self.hex_string()))
            }
            b'>' => {
                self.pos += 1;
                if self.peek() == Some(b'>') {
                    self.pos += 1;
                }
                Some(Token::Other)
            }
            b'(' => {
                self.pos += 1;
                Some(Token::Str(self.literal_string()))
            }
            b'[' => {
                self.pos += 1;
                Some(Token::ArrayStart)
            }
            b']' => {
                self.pos += 1;
                Some(Token::ArrayEnd)
            }
            b'/' => {
                self.pos += 1;
                Some(Token::Name(self.regular()))
            }
            b'{' | b'}' | b')' => {
                self.pos += 1;
                Some(Token::Other)
            }
            _ => {
                let word = self.regular();
                if word.is_empty() {
                    self.pos += 1;
                    return Some(Token::Other);
                }
                Some(number_or_word(word))
            }
        }
    }

    /// The body of a hex string after `<`, through `>`.
    fn hex_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(v) = hex_value(b) {
                match high.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => high = Some(v),
                }
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    /// The body of a literal string after `(`, through the matching `)`.
    fn literal_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 1u32;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => self.escape(&mut out),
                _ => out.push(b),
            }
        }
        out
    }

    /// One backslash escape of a literal string.
    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(e) = self.peek() else { return };
        self.pos += 1;
        match e {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xFF) as u8);
            }
            b'\r' | b'\n' => {
                if e == b'\r' && self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            _ => out.push(e),
        }
    }
}

/// A regular token as an integer, a real, or a keyword.
fn number_or_word(word: &[u8]) -> Token<'_> {
    let digits = word
        .strip_prefix(b"-")
        .or_else(|| word.strip_prefix(b"+"))
        .unwrap_or(word);
    if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
        return std::str::from_utf8(word)
            .ok()
            .and_then(|s| s.parse::<i64>().ok())
            .map_or(Token::Real, Token::Int);
    }
    if !digits.is_empty() && digits.iter().all(|b| b.is_ascii_digit() || *b == b'.') {
        return Token::Real;
    }
    Token::Word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(src: &[u8]) -> Vec<Token<'_>> {
        let mut lx = Lexer::new(src);
        std::iter::from_fn(|| lx.next_token()).collect()
    }

    #[test]
    fn hex_with_odd_whitespace_and_odd_digits() {
        assert_eq!(tokens(b"< 04 1\n0 >"), vec![Token::Hex(vec![0x04, 0x10])]);
        assert_eq!(tokens(b"<041>"), vec![Token::Hex(vec![0x04, 0x10])]);
    }

    #[test]
    fn mixed_tokens() {
        let t =
            tokens(b"%c\n/CIDInit /ProcSet findresource 2 beginbfchar [<00>] (a\\)b) << >> 1.5");
        assert_eq!(
            t,
            vec![
                Token::Name(b"CIDInit"),
                Token::Name(b"ProcSet"),
                Token::Word(b"findresource"),
                Token::Int(2),
                Token::Word(b"beginbfchar"),
                Token::ArrayStart,
                Token::Hex(vec![0]),
                Token::ArrayEnd,
                Token::Str(b"a)b".to_vec()),
                Token::Other,
                Token::Other,
                Token::Real,
            ]
        );
    }

    #[test]
    fn stray_bytes_end() {
        assert_eq!(tokens(b")"), vec![Token::Other]);
        assert_eq!(
            tokens(b"(unterminated"),
            vec![Token::Str(b"unterminated".to_vec())]
        );
    }
}
