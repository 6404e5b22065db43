//! PDF fonts: from a font dictionary to Unicode text and glyph widths.
//!
//! The interpreter hands every string operand of `Tj`/`TJ`/`'`/`"` to
//! [`PdfFont::decode`], which splits it into character codes (1 byte for
//! simple fonts, by the CMap's code space for Type0/CID fonts) and gives for
//! each its Unicode text and advance width.
//!
//! (Interface fixed; the implementation here is a placeholder that treats
//! codes as Latin-1 with a fixed width.)

#![allow(dead_code)]

use lopdf::{Dictionary, Document};

use crate::limits::Limits;

/// One decoded character code.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Glyph {
    /// The character code as it appeared in the string.
    pub code: u32,
    /// Its Unicode text (usually one char; several for ligatures; empty when unknown).
    pub text: String,
    /// Horizontal advance in thousandths of text space (glyph space / 1000,
    /// already scaled by a Type3 font's FontMatrix).
    pub width: f32,
    /// Whether this is the single-byte code 32, to which `Tw` word spacing applies.
    pub is_space: bool,
}

/// A loaded font, ready to decode strings.
#[derive(Debug, Clone)]
pub(crate) struct PdfFont {
    /// The BaseFont name, without a subset prefix.
    pub name: String,
}

impl PdfFont {
    /// Loads the font described by `dict`. Never fails: whatever cannot be
    /// read falls back to a sensible default (standard encoding, a default width).
    pub fn load(_doc: &Document, dict: &Dictionary, _limits: &Limits) -> PdfFont {
        let name = dict
            .get(b"BaseFont")
            .and_then(|o| o.as_name())
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        PdfFont { name }
    }

    /// Decodes a string operand into glyphs.
    pub fn decode(&self, bytes: &[u8]) -> Vec<Glyph> {
        bytes
            .iter()
            .map(|&b| Glyph {
                code: u32::from(b),
                text: char::from(b).to_string(),
                width: 500.0,
                is_space: b == b' ',
            })
            .collect()
    }

    /// Whether the font writes vertically (Identity-V and other `-V` CMaps).
    pub fn is_vertical(&self) -> bool {
        false
    }

    /// A font that is used when a `Tf` names a font that is missing.
    pub fn fallback() -> PdfFont {
        PdfFont {
            name: String::new(),
        }
    }
}
