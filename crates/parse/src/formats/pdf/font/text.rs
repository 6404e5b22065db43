//! The Unicode text of one character code, stored compactly.
//!
//! Lookup tables hold a [`Text`] per code: most codes map to one `char`, kept
//! inline; ligatures and other multi-character texts are boxed. Also the fast
//! hasher for code-keyed maps, since SipHash is needlessly slow for `u32` keys
//! on the decode hot path.
//!
//! Invariant: `Text::One` never holds NUL and `Text::Many` is never empty or
//! a single char (those are `None` and `One`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The text of a code: nothing, one char, or several.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) enum Text {
    /// No known text.
    #[default]
    None,
    /// A single character (the common case).
    One(char),
    /// Several characters, e.g. a ligature "ffi".
    Many(Box<str>),
}

impl Text {
    /// Text from a string slice; NUL characters are dropped.
    pub fn from_str(s: &str) -> Text {
        let mut chars = s.chars().filter(|&c| c != '\0');
        match (chars.next(), chars.next()) {
            (None, _) => Text::None,
            (Some(c), None) => Text::One(c),
            _ => Text::Many(s.chars().filter(|&c| c != '\0').collect::<String>().into()),
        }
    }

    /// Text from a single code point, if it is a valid non-NUL char.
    pub fn from_code_point(cp: u32) -> Text {
        match char::from_u32(cp) {
            Some(c) if c != '\0' => Text::One(c),
            _ => Text::None,
        }
    }

    /// Text from UTF-16BE bytes (unpaired surrogates become U+FFFD).
    pub fn from_utf16be(bytes: &[u8]) -> Text {
        let units = bytes.chunks(2).map(|c| {
            u16::from_be_bytes([
                c.first().copied().unwrap_or(0),
                c.get(1).copied().unwrap_or(0),
            ])
        });
        let mut out = String::new();
        for c in char::decode_utf16(units) {
            out.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
        }
        Text::from_str(&out)
    }

    /// Whether there is no text.
    pub fn is_none(&self) -> bool {
        matches!(self, Text::None)
    }

    /// The text as a fresh `String` (what a `Glyph` carries).
    pub fn to_owned_string(&self) -> String {
        match self {
            Text::None => String::new(),
            Text::One(c) => {
                let mut s = String::with_capacity(c.len_utf8());
                s.push(*c);
                s
            }
            Text::Many(s) => String::from(&**s),
        }
    }

    /// The same text with its last character's code point moved by `delta`
    /// (how a `bfrange` destination advances); `None` if that is no char.
    pub fn offset_last(&self, delta: u32) -> Text {
        match self {
            Text::None => Text::None,
            Text::One(c) => Text::from_code_point(u32::from(*c).wrapping_add(delta)),
            Text::Many(s) => {
                let mut out = String::from(&**s);
                let Some(last) = out.pop() else {
                    return Text::None;
                };
                match char::from_u32(u32::from(last).wrapping_add(delta)) {
                    Some(c) => {
                        out.push(c);
                        Text::from_str(&out)
                    }
                    None => Text::None,
                }
            }
        }
    }
}

/// A multiplicative hasher for `u32` codes (keys are not attacker-sensitive:
/// maps are bounded in size, so collisions cost at most a slower font).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct CodeHasher(u64);

impl Hasher for CodeHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }
}

/// A map keyed by character code, CID or glyph id.
pub(super) type CodeMap<V> = HashMap<u32, V, BuildHasherDefault<CodeHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_forms() {
        assert_eq!(Text::from_str(""), Text::None);
        assert_eq!(Text::from_str("ў"), Text::One('ў'));
        assert_eq!(Text::from_str("ffi"), Text::Many("ffi".into()));
        assert_eq!(Text::from_str("\0"), Text::None);
    }

    #[test]
    fn utf16_with_surrogates() {
        assert_eq!(
            Text::from_utf16be(&[0xD8, 0x35, 0xDC, 0x00]),
            Text::One('𝐀')
        );
        assert_eq!(Text::from_utf16be(&[0x04, 0x56]), Text::One('і'));
        assert_eq!(Text::from_utf16be(&[0xD8]), Text::One('\u{FFFD}'));
    }

    #[test]
    fn offsets_move_the_last_char() {
        assert_eq!(Text::One('А').offset_last(2), Text::One('В'));
        assert_eq!(Text::from_str("fi").offset_last(1), Text::from_str("fj"));
        assert_eq!(Text::One('\u{D7FF}').offset_last(1), Text::None);
    }

    #[test]
    fn code_map_works() {
        let mut m: CodeMap<Text> = CodeMap::default();
        m.insert(0x0410, Text::One('А'));
        assert_eq!(m.get(&0x0410), Some(&Text::One('А')));
    }
}
