//! Where decoded RTF text goes: characters and code-page bytes, in order.
//!
//! Text bytes arrive one `\'xx` or run at a time, but a code page may need
//! two bytes per character (Shift_JIS, GBK), so bytes wait in `pending`
//! until the code page changes or a character that is not a byte arrives
//! (`\uN`, a paragraph break), and are decoded together then. Bytes whose
//! code page is [`Deferred`] are kept apart as raw pieces and decoded only
//! at the end, once [`crate::decode::detect`] has seen all of them.
//!
//! Invariant: the order of text is kept exactly: pieces decode in place.

use encoding_rs::Encoding;

use super::charset::{CodePage, Deferred, symbol_char};

/// One stretch of output.
#[derive(Debug)]
enum Piece {
    /// Decoded text.
    Text(String),
    /// Bytes whose code page is decided at the end.
    Raw(Vec<u8>, Deferred),
}

/// A text being built.
#[derive(Debug)]
pub(super) struct Sink {
    pieces: Vec<Piece>,
    text: String,
    pending: Vec<u8>,
    pending_page: CodePage,
}

impl Default for Sink {
    fn default() -> Self {
        Sink {
            pieces: Vec::new(),
            text: String::new(),
            pending: Vec::new(),
            pending_page: CodePage::Deferred(Deferred::Undeclared),
        }
    }
}

impl Sink {
    /// Adds one byte of text in `page`.
    pub fn push_byte(&mut self, byte: u8, page: CodePage) {
        if page != self.pending_page {
            self.flush();
            self.pending_page = page;
        }
        self.pending.push(byte);
    }

    /// Adds a character.
    pub fn push_char(&mut self, c: char) {
        self.flush();
        self.text.push(c);
    }

    /// Adds a string.
    pub fn push_str(&mut self, s: &str) {
        self.flush();
        self.text.push_str(s);
    }

    /// Whether the text so far ends with `suffix`, or is empty (so that a
    /// break is never written first). Pending bytes count as text.
    pub fn ends_with_or_empty(&self, suffix: &str) -> bool {
        self.pending.is_empty()
            && (self.text.ends_with(suffix) || self.text.is_empty() && self.pieces.is_empty())
    }

    /// Whether nothing has been written.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty() && self.text.is_empty() && self.pending.is_empty()
    }

    /// Decodes the pending bytes.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        match self.pending_page {
            CodePage::Known(encoding) => {
                let (text, _) = encoding.decode_without_bom_handling(&self.pending);
                self.text.push_str(&text);
            }
            CodePage::Symbol => {
                self.text
                    .extend(self.pending.iter().filter_map(|&b| symbol_char(b)));
            }
            CodePage::Pictographs => {
                for &b in &self.pending {
                    self.text.push(if b == b' ' { ' ' } else { '•' });
                }
            }
            CodePage::Deferred(kind) => {
                let text = std::mem::take(&mut self.text);
                if !text.is_empty() {
                    self.pieces.push(Piece::Text(text));
                }
                self.pieces
                    .push(Piece::Raw(std::mem::take(&mut self.pending), kind));
            }
        }
        self.pending.clear();
    }

    /// Appends the deferred bytes of `kind` to `out`, a space between
    /// pieces (the sample their code page is guessed from).
    pub fn deferred_bytes(&mut self, kind: Deferred, out: &mut Vec<u8>) {
        self.flush();
        for piece in &self.pieces {
            if let Piece::Raw(bytes, k) = piece
                && *k == kind
            {
                out.extend_from_slice(bytes);
                out.push(b' ');
            }
        }
    }

    /// The text, deferred bytes decoded in the code page `resolve` gives.
    pub fn finish(mut self, resolve: impl Fn(Deferred) -> &'static Encoding) -> String {
        self.flush();
        let mut out = String::new();
        for piece in self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(&text),
                Piece::Raw(bytes, kind) => {
                    out.push_str(&resolve(kind).decode_without_bom_handling(&bytes).0)
                }
            }
        }
        out.push_str(&self.text);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_decode_in_their_code_page_in_order() {
        let mut sink = Sink::default();
        let cp1251 = CodePage::Known(encoding_rs::WINDOWS_1251);
        for b in [0xb3, 0xa2] {
            sink.push_byte(b, cp1251);
        }
        sink.push_char('-');
        for b in [0xe9, 0xe5] {
            sink.push_byte(b, CodePage::Deferred(Deferred::Undeclared));
        }
        sink.push_byte(0xb7, CodePage::Symbol);
        sink.push_byte(0xe9, CodePage::Deferred(Deferred::Charset0));
        let mut raw = Vec::new();
        sink.deferred_bytes(Deferred::Undeclared, &mut raw);
        assert_eq!(raw, [0xe9, 0xe5, b' ']);
        let text = sink.finish(|kind| match kind {
            Deferred::Undeclared | Deferred::Western => encoding_rs::WINDOWS_1251,
            Deferred::Charset0 => encoding_rs::WINDOWS_1252,
        });
        assert_eq!(text, "іў-йе•é");
    }

    #[test]
    fn double_byte_characters_are_kept_together() {
        let mut sink = Sink::default();
        let gbk = CodePage::Known(encoding_rs::GBK);
        for b in [0xd6, 0xd0, 0xce, 0xc4] {
            sink.push_byte(b, gbk);
        }
        assert_eq!(sink.finish(|_| encoding_rs::WINDOWS_1252), "中文");
    }
}
