//! CMaps: code space ranges, code → Unicode (ToUnicode) and code → CID.
//!
//! One parser serves both kinds of CMap stream a font may carry. A ToUnicode
//! CMap gives `bfchar`/`bfrange` entries (UTF-16BE destinations, possibly
//! surrogate pairs or several characters, or an array of destinations per
//! range); an encoding CMap gives `cidchar`/`cidrange` entries. Both give a
//! `codespacerange`, which tells how many bytes each code takes.
//!
//! Invariants: at most [`MAX_ENTRIES`] Unicode entries are stored and no
//! range spans more than [`MAX_RANGE`] codes, so a hostile CMap costs bounded
//! memory; parsing never fails, it keeps what it could read.

use super::cmap_lexer::{Lexer, Token};
use super::text::{CodeMap, Text};

/// Most Unicode mappings kept from one CMap.
pub(super) const MAX_ENTRIES: usize = 1 << 18;
/// Most codes one `bfrange` may span (0x0000–0xFFFF is fine).
pub(super) const MAX_RANGE: u32 = 0x1_0000;
/// Most code space ranges kept.
const MAX_CODESPACES: usize = 256;
/// Most CID ranges kept.
const MAX_CID_RANGES: usize = 1 << 16;

/// A code space range: codes of `len` bytes whose every byte lies between
/// the corresponding bytes of `lo` and `hi`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CodeRange {
    /// Code length in bytes, 1..=4.
    pub len: u8,
    /// Lowest byte per position.
    pub lo: [u8; 4],
    /// Highest byte per position.
    pub hi: [u8; 4],
}

impl CodeRange {
    /// Whether `bytes` (exactly `len` long) lies in this range.
    fn contains(&self, bytes: &[u8]) -> bool {
        bytes
            .iter()
            .zip(self.lo.iter().zip(self.hi.iter()))
            .all(|(b, (lo, hi))| lo <= b && b <= hi)
    }
}

/// How a byte string is split into codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum CodeSpace {
    /// Every code is one byte.
    OneByte,
    /// Every code is two bytes (Identity-H/-V and most embedded CMaps).
    TwoByte,
    /// Explicit ranges, possibly of mixed lengths.
    Ranges(Vec<CodeRange>),
}

impl CodeSpace {
    /// A code space from parsed ranges, simplified where they are uniform.
    pub fn from_ranges(ranges: Vec<CodeRange>) -> CodeSpace {
        let full = |r: &CodeRange, n: u8| {
            r.len == n
                && r.lo.iter().take(usize::from(n)).all(|&b| b == 0)
                && r.hi.iter().take(usize::from(n)).all(|&b| b == 0xFF)
        };
        if ranges.is_empty() || ranges.iter().any(|r| full(r, 2)) {
            CodeSpace::TwoByte
        } else if ranges.iter().any(|r| full(r, 1)) {
            CodeSpace::OneByte
        } else {
            CodeSpace::Ranges(ranges)
        }
    }

    /// Splits the next code off `bytes` (non-empty): returns the code value
    /// and its length in bytes (at least 1).
    pub fn next_code(&self, bytes: &[u8]) -> (u32, usize) {
        let n = match self {
            CodeSpace::OneByte => 1,
            CodeSpace::TwoByte => 2,
            CodeSpace::Ranges(ranges) => ranges_len(ranges, bytes),
        };
        let n = n.clamp(1, bytes.len().max(1));
        let code = bytes
            .iter()
            .take(n)
            .fold(0u32, |acc, &b| acc << 8 | u32::from(b));
        (code, n)
    }
}

/// The length of the code starting `bytes` under explicit `ranges`: the
/// shortest matching range, else the shortest range length, else 1.
fn ranges_len(ranges: &[CodeRange], bytes: &[u8]) -> usize {
    for n in 1..=4u8 {
        let Some(head) = bytes.get(..usize::from(n)) else {
            break;
        };
        if ranges.iter().any(|r| r.len == n && r.contains(head)) {
            return usize::from(n);
        }
    }
    ranges.iter().map(|r| usize::from(r.len)).min().unwrap_or(1)
}

/// A `cidrange` (or `cidchar`, when `lo == hi`): codes `lo..=hi` map to
/// CIDs `cid..`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct CidRange {
    /// First code.
    pub lo: u32,
    /// Last code.
    pub hi: u32,
    /// CID of `lo`.
    pub cid: u32,
}

/// What one CMap stream says.
#[derive(Debug, Clone, Default)]
pub(super) struct CMap {
    /// `begincodespacerange` entries.
    pub codespace: Vec<CodeRange>,
    /// `bfchar`/`bfrange`: code → Unicode text.
    pub unicode: CodeMap<Text>,
    /// `cidchar`/`cidrange`: code → CID, in file order.
    pub cids: Vec<CidRange>,
    /// `/WMode 1`: vertical writing.
    pub vertical: bool,
    /// The CMap named by `usecmap`, if any.
    pub use_cmap: Option<Vec<u8>>,
}

/// A byte string as a big-endian code (strings longer than 4 bytes: none).
fn code_of(bytes: &[u8]) -> Option<u32> {
    (bytes.len() <= 4).then(|| bytes.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)))
}

/// The text a destination token stands for.
fn dest_text(tok: &Token) -> Text {
    match tok {
        Token::Hex(bytes) | Token::Str(bytes) => Text::from_utf16be(bytes),
        Token::Name(name) => std::str::from_utf8(name)
            .ok()
            .map_or(Text::None, super::glyph_names::text_of),
        _ => Text::None,
    }
}

impl CMap {
    /// Parses a CMap stream. Never fails; unreadable parts are skipped.
    pub fn parse(data: &[u8]) -> CMap {
        let mut cmap = CMap::default();
        let mut lx = Lexer::new(data);
        let mut prev: Option<Token> = None;
        while let Some(tok) = lx.next_token() {
            match &tok {
                Token::Word(b"begincodespacerange") => cmap.codespace_section(&mut lx),
                Token::Word(b"beginbfchar") => cmap.bfchar_section(&mut lx),
                Token::Word(b"beginbfrange") => cmap.bfrange_section(&mut lx),
                Token::Word(b"begincidchar") => cmap.cid_section(&mut lx, false),
                Token::Word(b"begincidrange") => cmap.cid_section(&mut lx, true),
                Token::Word(b"usecmap") => {
                    if let Some(Token::Name(n)) = &prev {
                        cmap.use_cmap = Some(n.to_vec());
                    }
                }
                Token::Int(v) => {
                    if let Some(Token::Name(b"WMode")) = prev {
                        cmap.vertical = *v == 1;
                    }
                }
                _ => {}
            }
            prev = Some(tok);
        }
        cmap
    }

    /// Inserts a Unicode mapping unless the store is full.
    fn insert(&mut self, code: u32, text: Text) {
        if self.unicode.len() < MAX_ENTRIES || self.unicode.contains_key(&code) {
            self.unicode.insert(code, text);
        }
    }

    /// `<lo> <hi>` pairs through `endcodespacerange`.
    fn codespace_section(&mut self, lx: &mut Lexer) {
        while let Some(first) = lx.next_token() {
            let Token::Hex(lo) = first else {
                if is_end(&first) {
                    return;
                }
                continue;
            };
            let Some(Token::Hex(hi)) = lx.next_token() else {
                return;
            };
            let len = lo.len().max(hi.len());
            if !(1..=4).contains(&len) || self.codespace.len() >= MAX_CODESPACES {
                continue;
            }
            let mut range = CodeRange {
                len: len as u8,
                lo: [0; 4],
                hi: [0; 4],
            };
            // Right-align shorter strings as numbers of the same length.
            for (i, b) in lo.iter().enumerate() {
                if let Some(slot) = range.lo.get_mut(i + len - lo.len()) {
                    *slot = *b;
                }
            }
            for (i, b) in hi.iter().enumerate() {
                if let Some(slot) = range.hi.get_mut(i + len - hi.len()) {
                    *slot = *b;
                }
            }
            self.codespace.push(range);
        }
    }

    /// `<src> dst` pairs through `endbfchar`.
    fn bfchar_section(&mut self, lx: &mut Lexer) {
        while let Some(first) = lx.next_token() {
            let Token::Hex(src) = first else {
                if is_end(&first) {
                    return;
                }
                continue;
            };
            let Some(dst) = lx.next_token() else { return };
            if is_end(&dst) {
                return;
            }
            if let Some(code) = code_of(&src) {
                self.insert(code, dest_text(&dst));
            }
        }
    }

    /// `<lo> <hi> dst` and `<lo> <hi> [dst ...]` triples through `endbfrange`.
    fn bfrange_section(&mut self, lx: &mut Lexer) {
        while let Some(first) = lx.next_token() {
            let Token::Hex(lo) = first else {
                if is_end(&first) {
                    return;
                }
                continue;
            };
            let Some(Token::Hex(hi)) = lx.next_token() else {
                return;
            };
            let Some(dst) = lx.next_token() else { return };
            let range = match (code_of(&lo), code_of(&hi)) {
                (Some(lo), Some(hi)) if lo <= hi && hi - lo < MAX_RANGE => Some((lo, hi)),
                _ => None,
            };
            match dst {
                Token::ArrayStart => self.bfrange_array(lx, range),
                Token::Hex(_) | Token::Str(_) | Token::Name(_) => {
                    if let Some((lo, hi)) = range {
                        let base = dest_text(&dst);
                        for code in lo..=hi {
                            if self.unicode.len() >= MAX_ENTRIES {
                                break;
                            }
                            self.insert(code, base.offset_last(code - lo));
                        }
                    }
                }
                other if is_end(&other) => return,
                _ => {}
            }
        }
    }

    /// The `[dst ...]` of a bfrange, through `]`: one destination per code.
    fn bfrange_array(&mut self, lx: &mut Lexer, range: Option<(u32, u32)>) {
        let mut next = range.map(|(lo, _)| lo);
        while let Some(tok) = lx.next_token() {
            match tok {
                Token::ArrayEnd => return,
                Token::Hex(_) | Token::Str(_) | Token::Name(_) => {
                    if let (Some(code), Some((_, hi))) = (next, range)
                        && code <= hi
                    {
                        self.insert(code, dest_text(&tok));
                        next = code.checked_add(1);
                    }
                }
                Token::Word(_) => return,
                _ => {}
            }
        }
    }

    /// `<src> cid` pairs or `<lo> <hi> cid` triples through the end word.
    fn cid_section(&mut self, lx: &mut Lexer, ranges: bool) {
        while let Some(first) = lx.next_token() {
            let Token::Hex(lo) = first else {
                if is_end(&first) {
                    return;
                }
                continue;
            };
            let hi = if ranges {
                match lx.next_token() {
                    Some(Token::Hex(hi)) => hi,
                    _ => return,
                }
            } else {
                lo.clone()
            };
            let Some(Token::Int(cid)) = lx.next_token() else {
                return;
            };
            let (Some(lo), Some(hi), Ok(cid)) = (code_of(&lo), code_of(&hi), u32::try_from(cid))
            else {
                continue;
            };
            if lo <= hi && self.cids.len() < MAX_CID_RANGES {
                self.cids.push(CidRange { lo, hi, cid });
            }
        }
    }
}

/// Whether a token ends a section (`endbfchar`, `endcmap`, ...).
fn is_end(tok: &Token) -> bool {
    matches!(tok, Token::Word(w) if w.starts_with(b"end"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TO_UNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin
12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0003> <0020>
<0011> <0456>
<0012> <D835DC00>
endbfchar
3 beginbfrange
<0020> <0022> <0410>
<0030> <0032> [<0444> <045E> <0066006600690020>]
<0040> <0040> <00660066 0069>
endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn bfchar_bfrange_arrays_and_surrogates() {
        let cmap = CMap::parse(TO_UNICODE);
        let t = |c: u32| cmap.unicode.get(&c).cloned().unwrap_or_default();
        assert_eq!(t(3), Text::One(' '));
        assert_eq!(t(0x11), Text::One('і'));
        assert_eq!(t(0x12), Text::One('𝐀'));
        assert_eq!(t(0x20), Text::One('А'));
        assert_eq!(t(0x22), Text::One('В'));
        assert_eq!(t(0x30), Text::One('ф'));
        assert_eq!(t(0x31), Text::One('ў'));
        assert_eq!(t(0x32), Text::from_str("ffi "));
        assert_eq!(t(0x40), Text::from_str("ffi"));
        assert_eq!(CodeSpace::from_ranges(cmap.codespace), CodeSpace::TwoByte);
    }

    #[test]
    fn mixed_byte_codespace() {
        let cmap = CMap::parse(
            b"2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
              1 begincidrange <8140> <817E> 633 endcidrange
              1 begincidchar <41> 34 endcidchar /WMode 1 def",
        );
        assert!(cmap.vertical);
        assert_eq!(cmap.cids.len(), 2);
        let space = CodeSpace::from_ranges(cmap.codespace);
        assert_eq!(space.next_code(&[0x41, 0x81, 0x40]), (0x41, 1));
        assert_eq!(space.next_code(&[0x81, 0x40]), (0x8140, 2));
        assert_eq!(space.next_code(&[0x81]), (0x81, 1));
    }

    #[test]
    fn oversized_ranges_are_skipped() {
        let cmap = CMap::parse(
            b"1 beginbfrange <00000000> <00FFFFFF> <0041> endbfrange
              1 beginbfrange <0000> <FFFF> <0041> endbfrange usecmap",
        );
        assert_eq!(cmap.unicode.len(), 0x1_0000);
    }

    #[test]
    fn usecmap_is_recorded() {
        let cmap = CMap::parse(b"/Identity-H usecmap");
        assert_eq!(cmap.use_cmap.as_deref(), Some(&b"Identity-H"[..]));
    }

    #[test]
    fn truncated_input_keeps_what_was_read() {
        let cmap = CMap::parse(b"1 beginbfchar <0041> <0411> <0042");
        assert_eq!(cmap.unicode.get(&0x41), Some(&Text::One('Б')));
    }
}
