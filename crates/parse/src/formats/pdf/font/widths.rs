//! Glyph widths: simple fonts' /Widths, CID fonts' /W and /DW.
//!
//! Widths are in thousandths of text space. For a simple font a code's width
//! is its /Widths entry; failing that the descriptor's /MissingWidth, the
//! standard 14 AFM width of its glyph name, /AvgWidth, or 500. For a CID font
//! it is the /W entry of its CID, else /DW (default 1000).
//!
//! Invariant: tables are built once at load; `CidWidths::width` is a binary
//! search over sorted runs, with no allocation.

use lopdf::{Dictionary, Document, Object};

use super::base14::Standard14;
use super::encoding::NameTable;
use super::objects::{deref, get_array, get_number, number};

/// The width used when nothing at all is known.
const DEFAULT_WIDTH: f32 = 500.0;
/// Most CID width runs kept from one /W array.
const MAX_RUNS: usize = 1 << 16;

/// The 256 widths of a simple font.
///
/// `scale` converts /Widths units to thousandths of text space (1 for most
/// fonts; FontMatrix[0] × 1000 for Type3).
pub(super) fn simple_widths(
    doc: &Document,
    font: &Dictionary,
    descriptor: Option<&Dictionary>,
    names: &NameTable,
    std14: Option<Standard14>,
    scale: f32,
) -> Vec<f32> {
    let desc_number = |key: &[u8]| descriptor.and_then(|d| get_number(doc, d, key));
    let missing = desc_number(b"MissingWidth").filter(|w| *w > 0.0);
    let fallback = desc_number(b"AvgWidth")
        .filter(|w| *w > 0.0)
        .unwrap_or(DEFAULT_WIDTH);
    let mut widths: Vec<f32> = names
        .iter()
        .map(|name| {
            missing
                .map(|w| w * scale)
                .or_else(|| std14.and_then(|s| s.width(name)))
                .unwrap_or(fallback)
        })
        .collect();
    widths.resize(256, fallback);
    if let Some(list) = get_array(doc, font, b"Widths") {
        let first = get_number(doc, font, b"FirstChar").unwrap_or(0.0);
        let first = if (0.0..256.0).contains(&first) {
            first as usize
        } else {
            0
        };
        for (i, w) in list.iter().enumerate() {
            let Some(slot) = widths.get_mut(first + i) else {
                break;
            };
            if let Some(w) = deref(doc, w).and_then(number) {
                *slot = w * scale;
            }
        }
    }
    widths
}

/// One run of /W: CIDs `lo..=hi` with either one width or a list.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    /// First CID.
    lo: u32,
    /// Last CID.
    hi: u32,
    /// The width for all (`Some`), or `None` when `values[start + cid - lo]` holds it.
    width: Option<f32>,
    /// Index into `values` of `lo`'s width, for list runs.
    start: usize,
}

/// The widths of a CIDFont.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CidWidths {
    /// /DW.
    default: f32,
    /// Runs sorted by `lo`.
    runs: Vec<Run>,
    /// Widths of list runs.
    values: Vec<f32>,
}

impl CidWidths {
    /// Reads /W and /DW of a descendant CIDFont dictionary.
    pub fn load(doc: &Document, cid_font: &Dictionary) -> CidWidths {
        let default = get_number(doc, cid_font, b"DW").unwrap_or(1000.0);
        let mut out = CidWidths {
            default,
            runs: Vec::new(),
            values: Vec::new(),
        };
        if let Some(w) = get_array(doc, cid_font, b"W") {
            out.read_w(doc, w);
        }
        out.runs.sort_by_key(|r| r.lo);
        out
    }

    /// Widths with only a default, for fonts without a descendant.
    pub fn with_default(default: f32) -> CidWidths {
        CidWidths {
            default,
            runs: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Parses the /W array: `c [w1 w2 …]` and `cfirst clast w` items.
    fn read_w(&mut self, doc: &Document, w: &[Object]) {
        let cid = |o: &Object| {
            deref(doc, o)
                .and_then(number)
                .filter(|v| *v >= 0.0)
                .map(|v| v as u32)
        };
        let mut i = 0;
        while let Some(first) = w.get(i) {
            if self.runs.len() >= MAX_RUNS {
                return;
            }
            let Some(lo) = cid(first) else {
                i += 1;
                continue;
            };
            match w.get(i + 1).and_then(|o| deref(doc, o)) {
                Some(Object::Array(list)) => {
                    let start = self.values.len();
                    self.values.extend(
                        list.iter()
                            .map(|o| deref(doc, o).and_then(number).unwrap_or(self.default)),
                    );
                    if let Some(n) = u32::try_from(list.len()).ok().filter(|n| *n > 0) {
                        self.runs.push(Run {
                            lo,
                            hi: lo.saturating_add(n - 1),
                            width: None,
                            start,
                        });
                    }
                    i += 2;
                }
                Some(other) => {
                    let hi = cid(other);
                    let width = w.get(i + 2).and_then(|o| deref(doc, o)).and_then(number);
                    if let (Some(hi), Some(width)) = (hi, width)
                        && lo <= hi
                    {
                        self.runs.push(Run {
                            lo,
                            hi,
                            width: Some(width),
                            start: 0,
                        });
                    }
                    i += 3;
                }
                None => return,
            }
        }
    }

    /// The width of `cid`.
    pub fn width(&self, cid: u32) -> f32 {
        let i = self.runs.partition_point(|r| r.lo <= cid);
        let Some(run) = i.checked_sub(1).and_then(|i| self.runs.get(i)) else {
            return self.default;
        };
        if cid > run.hi {
            return self.default;
        }
        match run.width {
            Some(w) => w,
            None => self
                .values
                .get(run.start + (cid - run.lo) as usize)
                .copied()
                .unwrap_or(self.default),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn cid_w_both_forms_and_dw() {
        let doc = Document::with_version("1.5");
        let font = dictionary! {
            "DW" => 900,
            "W" => vec![
                3.into(), vec![250.into(), 333.into(), Object::Real(408.5)].into(),
                100.into(), 200.into(), 600.into(),
                Object::Real(-1.0),
            ],
        };
        let w = CidWidths::load(&doc, &font);
        assert_eq!(w.width(3), 250.0);
        assert_eq!(w.width(5), 408.5);
        assert_eq!(w.width(6), 900.0);
        assert_eq!(w.width(150), 600.0);
        assert_eq!(w.width(201), 900.0);
        assert_eq!(w.width(0), 900.0);
        let none = CidWidths::load(&doc, &Dictionary::new());
        assert_eq!(none.width(7), 1000.0);
    }

    #[test]
    fn simple_widths_fall_back_in_order() {
        let doc = Document::with_version("1.5");
        let names = super::super::encoding::table_of(&super::super::base_encodings::WIN_ANSI);
        let font = dictionary! { "FirstChar" => 97, "Widths" => vec![500.into(), 510.into()] };
        let helv = Standard14::from_name("Helvetica");
        let w = simple_widths(&doc, &font, None, &names, helv, 1.0);
        assert_eq!((w[97], w[98], w[99], w[32]), (500.0, 510.0, 500.0, 278.0));
        let desc = dictionary! { "MissingWidth" => 250, "AvgWidth" => 480 };
        let w = simple_widths(&doc, &font, Some(&desc), &names, None, 1.0);
        assert_eq!((w[97], w[200]), (500.0, 250.0));
        let desc = dictionary! { "AvgWidth" => 480 };
        let w = simple_widths(&doc, &Dictionary::new(), Some(&desc), &names, None, 1.0);
        assert_eq!(w[65], 480.0);
        let w = simple_widths(&doc, &font, None, &names, None, 0.1);
        assert_eq!(w[97], 50.0);
    }
}
