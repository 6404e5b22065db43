//! A small, bounds-checked reader of CFF font programs (FontFile3 /Type1C
//! and /CIDFontType0C): glyph names from the charset and the built-in
//! encoding.
//!
//! Used when a font has neither ToUnicode nor a usable /Encoding: a simple
//! Type1C font's codes go through its built-in encoding to glyph names, and
//! a non-CID-keyed CFF in a CIDFontType0 names its glyphs, whose names give
//! text by the Adobe Glyph List.
//!
//! Invariants: every read goes through `get`; counts are bounded by
//! [`MAX_GLYPHS`] and by the data actually present.

use super::cff_strings::CFF_STANDARD_STRINGS;
use super::type1::BuiltinEncoding;

/// Most glyphs whose names are read.
const MAX_GLYPHS: usize = 1 << 16;

/// A big-endian unsigned integer of `size` (1..=4) bytes at `pos`.
fn uint_at(data: &[u8], pos: usize, size: u8) -> Option<usize> {
    let bytes = data.get(pos..pos.checked_add(usize::from(size))?)?;
    if !(1..=4).contains(&size) {
        return None;
    }
    Some(
        bytes
            .iter()
            .fold(0usize, |acc, &b| acc << 8 | usize::from(b)),
    )
}

/// A CFF INDEX: `count` objects, located by offsets.
#[derive(Debug, Clone, Copy)]
struct Index {
    /// Number of objects.
    count: usize,
    /// Size in bytes of each offset.
    off_size: u8,
    /// Position of the offset array.
    offsets: usize,
    /// Position just before the first object (offsets count from 1).
    base: usize,
    /// Position just past the INDEX.
    end: usize,
}

impl Index {
    /// Reads the INDEX at `pos`.
    fn read(data: &[u8], pos: usize) -> Option<Index> {
        let count = uint_at(data, pos, 2)?;
        if count == 0 {
            return Some(Index {
                count: 0,
                off_size: 1,
                offsets: pos + 2,
                base: pos + 2,
                end: pos + 2,
            });
        }
        let off_size = *data.get(pos + 2)?;
        let offsets = pos + 3;
        let base = offsets.checked_add((count + 1).checked_mul(usize::from(off_size))?)? - 1;
        let last = uint_at(data, offsets + count * usize::from(off_size), off_size)?;
        let end = base.checked_add(last)?;
        (end <= data.len()).then_some(Index {
            count,
            off_size,
            offsets,
            base,
            end,
        })
    }

    /// The bytes of object `i`.
    fn get<'a>(&self, data: &'a [u8], i: usize) -> Option<&'a [u8]> {
        if i >= self.count {
            return None;
        }
        let size = usize::from(self.off_size);
        let start = uint_at(data, self.offsets + i * size, self.off_size)?;
        let end = uint_at(data, self.offsets + (i + 1) * size, self.off_size)?;
        data.get(self.base.checked_add(start)?..self.base.checked_add(end)?)
    }
}

/// The Top DICT entries we use.
#[derive(Debug, Default, Clone, Copy)]
struct TopDict {
    /// Offset of the charset (0, 1, 2: predefined).
    charset: usize,
    /// Offset of the encoding (0: Standard, 1: Expert).
    encoding: usize,
    /// Offset of the CharStrings INDEX.
    charstrings: Option<usize>,
    /// Whether the font is CID-keyed (has ROS).
    cid_keyed: bool,
}

/// Reads the operators of a DICT we need.
fn read_top_dict(dict: &[u8]) -> TopDict {
    let mut top = TopDict::default();
    let mut operands: Vec<i64> = Vec::new();
    let mut i = 0;
    while let Some(&b) = dict.get(i) {
        i += 1;
        match b {
            0..=21 => {
                let op = if b == 12 {
                    let second = dict.get(i).copied().unwrap_or(0);
                    i += 1;
                    1200 + u16::from(second)
                } else {
                    u16::from(b)
                };
                let last = operands
                    .last()
                    .copied()
                    .and_then(|v| usize::try_from(v).ok());
                match op {
                    15 => top.charset = last.unwrap_or(0),
                    16 => top.encoding = last.unwrap_or(0),
                    17 => top.charstrings = last,
                    1230 => top.cid_keyed = true,
                    _ => {}
                }
                operands.clear();
            }
            28 => {
                let v = uint_at(dict, i, 2).unwrap_or(0) as u16 as i16;
                operands.push(i64::from(v));
                i += 2;
            }
            29 => {
                let v = uint_at(dict, i, 4).unwrap_or(0) as u32 as i32;
                operands.push(i64::from(v));
                i += 4;
            }
            30 => {
                // A real: nibbles up to an 0xF nibble; its value is not needed.
                while let Some(&n) = dict.get(i) {
                    i += 1;
                    if n & 0x0F == 0x0F || n >> 4 == 0x0F {
                        break;
                    }
                }
                operands.push(0);
            }
            32..=246 => operands.push(i64::from(b) - 139),
            247..=250 => {
                let b1 = i64::from(dict.get(i).copied().unwrap_or(0));
                i += 1;
                operands.push((i64::from(b) - 247) * 256 + b1 + 108);
            }
            251..=254 => {
                let b1 = i64::from(dict.get(i).copied().unwrap_or(0));
                i += 1;
                operands.push(-(i64::from(b) - 251) * 256 - b1 - 108);
            }
            _ => {}
        }
        if operands.len() > 48 {
            operands.clear();
        }
    }
    top
}

/// A parsed CFF font program.
#[derive(Debug)]
pub(super) struct Cff<'a> {
    /// The whole font program.
    data: &'a [u8],
    /// What the first font's Top DICT says.
    top: TopDict,
    /// The String INDEX (SIDs from 391 on).
    strings: Index,
    /// Number of glyphs (CharStrings), at most `MAX_GLYPHS`.
    glyphs: usize,
}

impl<'a> Cff<'a> {
    /// Parses the header, Top DICT and String INDEX of the first font.
    pub fn parse(data: &'a [u8]) -> Option<Cff<'a>> {
        if *data.first()? != 1 {
            return None;
        }
        let header = usize::from(*data.get(2)?);
        let names = Index::read(data, header)?;
        let tops = Index::read(data, names.end)?;
        let strings = Index::read(data, tops.end)?;
        let top = read_top_dict(tops.get(data, 0)?);
        let glyphs = Index::read(data, top.charstrings?)?.count.min(MAX_GLYPHS);
        Some(Cff {
            data,
            top,
            strings,
            glyphs,
        })
    }

    /// The name of string id `sid`.
    fn string(&self, sid: usize) -> Option<&'a str> {
        match CFF_STANDARD_STRINGS.get(sid) {
            Some(s) => Some(s),
            None => std::str::from_utf8(
                self.strings
                    .get(self.data, sid - CFF_STANDARD_STRINGS.len())?,
            )
            .ok(),
        }
    }

    /// The SID of every glyph (glyph 0 is `.notdef`); `None` for CID-keyed
    /// fonts, whose charset holds CIDs, and for the predefined expert charsets.
    fn charset(&self) -> Option<Vec<usize>> {
        if self.top.cid_keyed {
            return None;
        }
        let mut sids = vec![0usize];
        match self.top.charset {
            0 => sids.extend((1..self.glyphs).take(228)),
            1 | 2 => return None,
            off => {
                let format = *self.data.get(off)?;
                let mut pos = off + 1;
                while sids.len() < self.glyphs {
                    match format {
                        0 => {
                            sids.push(uint_at(self.data, pos, 2)?);
                            pos += 2;
                        }
                        1 | 2 => {
                            let first = uint_at(self.data, pos, 2)?;
                            let left_size = if format == 1 { 1 } else { 2 };
                            let left = uint_at(self.data, pos + 2, left_size)?;
                            pos += 2 + usize::from(left_size);
                            for k in 0..=left {
                                if sids.len() >= self.glyphs {
                                    break;
                                }
                                sids.push(first + k);
                            }
                        }
                        _ => return None,
                    }
                }
            }
        }
        Some(sids)
    }

    /// The glyph name of every glyph id (non-CID-keyed fonts only).
    pub fn glyph_names(&self) -> Option<Vec<&'a str>> {
        let sids = self.charset()?;
        Some(
            sids.iter()
                .map(|&sid| self.string(sid).unwrap_or_default())
                .collect(),
        )
    }

    /// The font's built-in encoding.
    pub fn builtin_encoding(&self) -> Option<BuiltinEncoding> {
        match self.top.encoding {
            0 => return Some(BuiltinEncoding::Standard),
            1 => return None,
            _ => {}
        }
        let names = self.glyph_names()?;
        let off = self.top.encoding;
        let format = *self.data.get(off)?;
        let mut entries = Vec::new();
        let mut gid = 1usize;
        let mut pos = off + 1;
        match format & 0x7F {
            0 => {
                let n = usize::from(*self.data.get(pos)?);
                pos += 1;
                for _ in 0..n {
                    let code = *self.data.get(pos)?;
                    pos += 1;
                    if let Some(name) = names.get(gid) {
                        entries.push((code, (*name).to_owned()));
                    }
                    gid += 1;
                }
            }
            1 => {
                let n = usize::from(*self.data.get(pos)?);
                pos += 1;
                for _ in 0..n {
                    let first = *self.data.get(pos)?;
                    let left = *self.data.get(pos + 1)?;
                    pos += 2;
                    for k in 0..=left {
                        if let (Some(code), Some(name)) = (first.checked_add(k), names.get(gid)) {
                            entries.push((code, (*name).to_owned()));
                        }
                        gid += 1;
                    }
                }
            }
            _ => return None,
        }
        if format & 0x80 != 0 {
            let n = usize::from(*self.data.get(pos)?);
            pos += 1;
            for _ in 0..n {
                let code = *self.data.get(pos)?;
                let sid = uint_at(self.data, pos + 1, 2)?;
                pos += 3;
                if let Some(name) = self.string(sid) {
                    entries.push((code, name.to_owned()));
                }
            }
        }
        Some(BuiltinEncoding::Custom(entries))
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// An INDEX holding `items`, with 1-byte offsets.
    fn index(items: &[&[u8]]) -> Vec<u8> {
        let mut out = (items.len() as u16).to_be_bytes().to_vec();
        if items.is_empty() {
            return out;
        }
        out.push(1);
        let mut off = 1u8;
        out.push(off);
        for it in items {
            off += it.len() as u8;
            out.push(off);
        }
        for it in items {
            out.extend_from_slice(it);
        }
        out
    }

    /// A DICT integer operand (5-byte form).
    fn int(v: i32) -> Vec<u8> {
        let mut out = vec![29];
        out.extend_from_slice(&v.to_be_bytes());
        out
    }

    /// A tiny CFF with 3 glyphs named .notdef, `afii10110` (custom string)
    /// and `A`, a format 0 charset and a format 0 encoding mapping code 0xA2
    /// to glyph 1 and 0x41 to glyph 2. Charstrings are dummies.
    pub(in super::super) fn tiny_cff() -> Vec<u8> {
        let strings = index(&[b"afii10110"]);
        let charstrings = index(&[b"\x0e", b"\x0e", b"\x0e"]);
        // Layout: header(4) names top strings gsubrs charstrings charset encoding.
        let names = index(&[b"F"]);
        let top_len = |dict: &[u8]| index(&[dict]).len();
        let mut top = Vec::new();
        for _ in 0..2 {
            let base = 4 + names.len() + top_len(&top) + strings.len() + 2;
            let charset = base + charstrings.len();
            let encoding = charset + 5;
            top = [
                int(charset as i32),
                vec![15],
                int(encoding as i32),
                vec![16],
                int(base as i32),
                vec![17],
            ]
            .concat();
        }
        let mut out = vec![1, 0, 4, 1];
        out.extend(names);
        out.extend(index(&[&top]));
        out.extend(strings);
        out.extend([0, 0]); // empty global subrs
        out.extend(charstrings);
        out.extend([0, 0x01, 0x87, 0, 34]); // charset format 0: SID 391, SID 34 ("A")
        out.extend([0, 2, 0xA2, 0x41]); // encoding format 0
        out
    }

    #[test]
    fn names_and_encoding_of_a_tiny_font() {
        let data = tiny_cff();
        let cff = Cff::parse(&data).unwrap();
        assert_eq!(
            cff.glyph_names().unwrap(),
            vec![".notdef", "afii10110", "A"]
        );
        assert_eq!(
            cff.builtin_encoding(),
            Some(BuiltinEncoding::Custom(vec![
                (0xA2, "afii10110".to_owned()),
                (0x41, "A".to_owned())
            ]))
        );
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_programs_do_not_panic(
            data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            flip in 0usize..200,
        ) {
            let mut tiny = tiny_cff();
            if let Some(b) = tiny.get_mut(flip) {
                *b ^= data.first().copied().unwrap_or(0xFF);
            }
            for bytes in [data, tiny] {
                if let Some(cff) = Cff::parse(&bytes) {
                    let _ = cff.glyph_names();
                    let _ = cff.builtin_encoding();
                }
            }
        }
    }

    #[test]
    fn truncated_programs_do_not_panic() {
        let data = tiny_cff();
        for n in 0..data.len() {
            if let Some(cff) = Cff::parse(&data[..n]) {
                let _ = cff.glyph_names();
                let _ = cff.builtin_encoding();
            }
        }
    }
}
