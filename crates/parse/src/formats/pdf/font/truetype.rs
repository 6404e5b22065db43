//! A small, bounds-checked reader of TrueType `cmap` tables.
//!
//! Used when a font has no ToUnicode: a CID TrueType font's glyph ids are
//! mapped back to Unicode by inverting its (3,1)/(3,10)/(0,x) cmap, and a
//! symbolic simple TrueType font's codes are looked up in its (3,0) or (1,0)
//! cmap. Formats 0, 4, 6 and 12 are read.
//!
//! Invariants: every read goes through `get`; at most [`MAX_PAIRS`]
//! code/glyph pairs are produced per subtable, so a hostile table costs
//! bounded time and memory.

use super::text::{CodeMap, Text};

/// Most (code, glyph) pairs read from one subtable.
const MAX_PAIRS: usize = 1 << 17;

/// A big-endian `u16` at `pos`.
fn u16_at(data: &[u8], pos: usize) -> Option<u16> {
    let b = data.get(pos..pos.checked_add(2)?)?;
    Some(u16::from_be_bytes([*b.first()?, *b.get(1)?]))
}

/// A big-endian `u32` at `pos`.
fn u32_at(data: &[u8], pos: usize) -> Option<u32> {
    let b = data.get(pos..pos.checked_add(4)?)?;
    Some(u32::from_be_bytes([
        *b.first()?,
        *b.get(1)?,
        *b.get(2)?,
        *b.get(3)?,
    ]))
}

/// The cmap subtables of a TrueType font program.
#[derive(Debug)]
pub(super) struct TrueTypeCmap<'a> {
    /// The whole font program.
    data: &'a [u8],
    /// (platform, encoding, absolute offset) per subtable.
    subtables: Vec<(u16, u16, usize)>,
}

impl<'a> TrueTypeCmap<'a> {
    /// Finds the `cmap` table of a font program; `None` if there is none.
    pub fn parse(data: &'a [u8]) -> Option<Self> {
        let num_tables = usize::from(u16_at(data, 4)?);
        let mut cmap = None;
        for i in 0..num_tables.min(256) {
            let rec = 12 + 16 * i;
            if data.get(rec..rec + 4)? == b"cmap" {
                cmap = Some(usize::try_from(u32_at(data, rec + 8)?).ok()?);
                break;
            }
        }
        let cmap = cmap?;
        let count = usize::from(u16_at(data, cmap + 2)?);
        let mut subtables = Vec::new();
        for i in 0..count.min(64) {
            let rec = cmap + 4 + 8 * i;
            let (Some(platform), Some(encoding), Some(offset)) = (
                u16_at(data, rec),
                u16_at(data, rec + 2),
                u32_at(data, rec + 4),
            ) else {
                break;
            };
            if let Some(abs) = usize::try_from(offset)
                .ok()
                .and_then(|o| cmap.checked_add(o))
            {
                subtables.push((platform, encoding, abs));
            }
        }
        Some(TrueTypeCmap { data, subtables })
    }

    /// Whether the font has a subtable for (platform, encoding).
    pub fn has(&self, platform: u16, encoding: u16) -> bool {
        self.subtables
            .iter()
            .any(|&(p, e, _)| p == platform && e == encoding)
    }

    /// The (code, glyph id) pairs of the (platform, encoding) subtable.
    pub fn pairs(&self, platform: u16, encoding: u16) -> Option<Vec<(u32, u16)>> {
        let &(_, _, off) = self
            .subtables
            .iter()
            .find(|&&(p, e, _)| p == platform && e == encoding)?;
        let mut out = Vec::new();
        match u16_at(self.data, off)? {
            0 => format0(self.data, off, &mut out),
            4 => format4(self.data, off, &mut out),
            6 => format6(self.data, off, &mut out),
            12 => format12(self.data, off, &mut out),
            _ => return None,
        }
        Some(out)
    }

    /// Glyph id → Unicode text from the best Unicode subtable, keeping the
    /// lowest code point for a glyph reached by several.
    pub fn glyph_to_unicode(&self) -> Option<CodeMap<Text>> {
        let pairs = [(3, 10), (3, 1), (0, 4), (0, 3), (0, 1), (0, 0)]
            .iter()
            .find_map(|&(p, e)| self.pairs(p, e))?;
        let mut map = CodeMap::default();
        let mut sorted = pairs;
        sorted.sort_unstable();
        for (code, gid) in sorted {
            if gid != 0 {
                let text = Text::from_code_point(code);
                if !text.is_none() {
                    map.entry(u32::from(gid)).or_insert(text);
                }
            }
        }
        Some(map)
    }
}

/// Format 0: 256 one-byte glyph ids.
fn format0(data: &[u8], off: usize, out: &mut Vec<(u32, u16)>) {
    for code in 0..256u32 {
        match data.get(off + 6 + code as usize) {
            Some(&g) => out.push((code, u16::from(g))),
            None => break,
        }
    }
}

/// Format 4: segments of 16-bit codes with deltas or a glyph id array.
fn format4(data: &[u8], off: usize, out: &mut Vec<(u32, u16)>) {
    let Some(seg_x2) = u16_at(data, off + 6).map(usize::from) else {
        return;
    };
    let ends = off + 14;
    let starts = ends + seg_x2 + 2;
    let deltas = starts + seg_x2;
    let range_offsets = deltas + seg_x2;
    for seg in (0..seg_x2).step_by(2) {
        let (Some(end), Some(start), Some(delta), Some(ro)) = (
            u16_at(data, ends + seg),
            u16_at(data, starts + seg),
            u16_at(data, deltas + seg),
            u16_at(data, range_offsets + seg),
        ) else {
            return;
        };
        if start > end {
            continue;
        }
        for code in start..=end {
            if code == 0xFFFF || out.len() >= MAX_PAIRS {
                break;
            }
            let gid = if ro == 0 {
                code.wrapping_add(delta)
            } else {
                let pos = range_offsets + seg + usize::from(ro) + 2 * usize::from(code - start);
                match u16_at(data, pos) {
                    Some(0) => 0,
                    Some(g) => g.wrapping_add(delta),
                    None => break,
                }
            };
            if gid != 0 {
                out.push((u32::from(code), gid));
            }
        }
    }
}

/// Format 6: a dense run of 16-bit glyph ids.
fn format6(data: &[u8], off: usize, out: &mut Vec<(u32, u16)>) {
    let (Some(first), Some(count)) = (u16_at(data, off + 6), u16_at(data, off + 8)) else {
        return;
    };
    for i in 0..u32::from(count) {
        match u16_at(data, off + 10 + 2 * i as usize) {
            Some(g) => out.push((u32::from(first) + i, g)),
            None => break,
        }
    }
}

/// Format 12: groups of 32-bit codes mapped to consecutive glyph ids.
fn format12(data: &[u8], off: usize, out: &mut Vec<(u32, u16)>) {
    let Some(groups) = u32_at(data, off + 12) else {
        return;
    };
    for i in 0..groups as usize {
        let rec = off + 16 + 12 * i;
        let (Some(lo), Some(hi), Some(gid)) = (
            u32_at(data, rec),
            u32_at(data, rec + 4),
            u32_at(data, rec + 8),
        ) else {
            return;
        };
        if lo > hi || hi > 0x10_FFFF {
            continue;
        }
        for code in lo..=hi {
            if out.len() >= MAX_PAIRS {
                return;
            }
            if let Ok(g) = u16::try_from(gid.saturating_add(code - lo)) {
                out.push((code, g));
            }
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A minimal font program with only a cmap table holding the given
    /// subtables, for tests here and in the font loaders.
    pub(in super::super) fn font_with_cmaps(subtables: &[(u16, u16, Vec<u8>)]) -> Vec<u8> {
        let mut font = vec![0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0];
        font.extend_from_slice(b"cmap");
        font.extend_from_slice(&[0; 4]);
        font.extend_from_slice(&28u32.to_be_bytes());
        font.extend_from_slice(&[0; 4]);
        let mut cmap = vec![0, 0];
        cmap.extend_from_slice(&(subtables.len() as u16).to_be_bytes());
        let mut offset = 4 + 8 * subtables.len();
        let mut bodies = Vec::new();
        for (p, e, body) in subtables {
            cmap.extend_from_slice(&p.to_be_bytes());
            cmap.extend_from_slice(&e.to_be_bytes());
            cmap.extend_from_slice(&(offset as u32).to_be_bytes());
            offset += body.len();
            bodies.extend_from_slice(body);
        }
        font.extend_from_slice(&cmap);
        font.extend_from_slice(&bodies);
        font
    }

    /// A format 4 subtable mapping `start..=end` to glyphs from `first_gid`.
    pub(in super::super) fn format4_body(start: u16, end: u16, first_gid: u16) -> Vec<u8> {
        let mut b = vec![0, 4, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0];
        for v in [end, 0xFFFF, 0, start, 0xFFFF] {
            b.extend_from_slice(&v.to_be_bytes());
        }
        let delta = first_gid.wrapping_sub(start);
        for v in [delta, 1, 0, 0] {
            b.extend_from_slice(&v.to_be_bytes());
        }
        b
    }

    /// A format 12 subtable with one group.
    fn format12_body(lo: u32, hi: u32, gid: u32) -> Vec<u8> {
        let mut b = vec![0, 12, 0, 0, 0, 0, 0, 28, 0, 0, 0, 0, 0, 0, 0, 1];
        for v in [lo, hi, gid] {
            b.extend_from_slice(&v.to_be_bytes());
        }
        b
    }

    #[test]
    fn format4_inverts_to_unicode() {
        let font = font_with_cmaps(&[(3, 1, format4_body(0x0410, 0x044F, 3))]);
        let cmap = TrueTypeCmap::parse(&font).unwrap();
        let inv = cmap.glyph_to_unicode().unwrap();
        assert_eq!(inv.get(&3), Some(&Text::One('А')));
        assert_eq!(inv.get(&(3 + 0x3F)), Some(&Text::One('я')));
    }

    #[test]
    fn format12_and_symbol_cmap() {
        let font = font_with_cmaps(&[
            (3, 0, format4_body(0xF020, 0xF07E, 1)),
            (3, 10, format12_body(0x1F600, 0x1F601, 7)),
        ]);
        let cmap = TrueTypeCmap::parse(&font).unwrap();
        assert!(cmap.has(3, 0));
        let sym = cmap.pairs(3, 0).unwrap();
        assert_eq!(sym.first(), Some(&(0xF020, 1)));
        let inv = cmap.glyph_to_unicode().unwrap();
        assert_eq!(inv.get(&8), Some(&Text::One('😁')));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_fonts_do_not_panic(
            data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            flip in 0usize..120,
        ) {
            let mut font = font_with_cmaps(&[(3, 1, format4_body(0x20, 0x7E, 1))]);
            if let Some(b) = font.get_mut(flip) {
                *b ^= data.first().copied().unwrap_or(0xFF);
            }
            for bytes in [data, font] {
                if let Some(c) = TrueTypeCmap::parse(&bytes) {
                    let _ = c.glyph_to_unicode();
                    let _ = c.pairs(3, 0);
                }
            }
        }
    }

    #[test]
    fn truncated_fonts_do_not_panic() {
        let font = font_with_cmaps(&[(3, 1, format4_body(0x20, 0x7E, 1))]);
        for n in 0..font.len() {
            if let Some(c) = TrueTypeCmap::parse(&font[..n]) {
                let _ = c.glyph_to_unicode();
            }
        }
    }
}
