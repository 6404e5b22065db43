//! Glyphs of one writing direction → lines → segments with word spaces.
//!
//! Glyphs are grouped into lines by baseline: sorted from the top, a glyph
//! joins the current line when its vertical extent overlaps the extent of
//! the line's largest glyph by half of the smaller one (so superscripts and
//! subscripts stay on their line, while the next line, however tight the
//! leading, does not). Each line is sorted along the baseline and walked
//! once: a glyph printed twice at the same spot (fake bold) is dropped, a
//! gap wider than [`SPACE_EM`] becomes a word space unless a space glyph
//! is already there, and a gap much wider than a word space (a column
//! gutter, a table cell gap) ends the segment. Segments are what blocks are
//! built from.
//!
//! Invariant: `O(n log n)` in the number of glyphs; segments come out in
//! line order (top to bottom), left to right within a line.

use super::glyphs::{PageGlyphs, Placed};
use super::tables::Grid;

/// A gap wider than this many ems between two glyphs is a word space.
pub(crate) const SPACE_EM: f32 = 0.15;
/// A gap wider than this many ems always splits a line into segments.
const SPLIT_EM: f32 = 3.0;
/// A gap wider than this many ems splits a line when the two sides were
/// positioned separately (a different positioning run).
const SPLIT_LOOSE_EM: f32 = 1.2;
/// Two equal glyphs closer than this many ems are one glyph printed twice.
const DUPLICATE_EM: f32 = 0.1;

/// A piece of a line with no wide gap inside.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Segment {
    /// Index of the line it belongs to (lines are numbered top to bottom).
    pub line: u32,
    /// Left edge along the baseline.
    pub u0: f32,
    /// Right edge along the baseline.
    pub u1: f32,
    /// Baseline of its line.
    pub v: f32,
    /// Font size of its line's largest glyph.
    pub size: f32,
    /// Its text, words separated by single spaces.
    pub text: String,
}

/// The vertical extent of a glyph: a descent of a quarter em below the
/// baseline, an ascent of three quarters above.
fn extent(g: &Placed) -> (f32, f32) {
    (g.v - 0.25 * g.size, g.v + 0.75 * g.size)
}

/// Whether `g` starts a superscript after `p` (a footnote mark, as in
/// `№ 282¹`): smaller and raised. It is set off by a space so that the
/// word before it stays a word of its own (and so is a word after a
/// leading mark, as in `¹Номер`).
fn superscript(p: &Placed, g: &Placed) -> bool {
    g.size < 0.85 * p.size && g.v - p.v > 0.2 * p.size
}

/// Groups the glyphs `idx` of `page` (one writing direction) into lines,
/// returned as ranges of a reordered index vector.
fn group_lines(page: &PageGlyphs, idx: &mut [u32]) -> Vec<(usize, usize)> {
    let glyph = |i: u32| &page.glyphs[i as usize];
    idx.sort_unstable_by(|&a, &b| {
        let (ga, gb) = (glyph(a), glyph(b));
        gb.v.total_cmp(&ga.v).then(ga.seq.cmp(&gb.seq))
    });
    let mut lines = Vec::new();
    let mut start = 0;
    let mut dominant: Option<&Placed> = None;
    for (k, &i) in idx.iter().enumerate() {
        let g = glyph(i);
        match dominant {
            Some(d) => {
                let (db, dt) = extent(d);
                let (gb, gt) = extent(g);
                let overlap = dt.min(gt) - db.max(gb);
                if overlap >= 0.5 * d.size.min(g.size) {
                    if g.size > d.size && !g.space {
                        dominant = Some(g);
                    }
                } else {
                    lines.push((start, k));
                    start = k;
                    dominant = Some(g);
                }
            }
            None => dominant = Some(g),
        }
    }
    if start < idx.len() {
        lines.push((start, idx.len()));
    }
    lines
}

/// Most baseline clusters in one line that are checked for stacking.
const MAX_CLUSTERS: usize = 8;

/// Splits a line that really holds stacked lines: large text beside two
/// smaller lines can pull both into its line. The line's glyphs (sorted
/// from the top) are cut into baseline clusters; if any two clusters lie
/// over each other horizontally, each cluster becomes a line of its own.
/// Superscripts and subscripts sit beside their text, not over it, and stay.
fn unstack(page: &PageGlyphs, idx: &[u32], (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let glyph = |k: usize| idx.get(k).and_then(|&i| page.glyphs.get(i as usize));
    let mut cuts = vec![start];
    for k in start + 1..end {
        if let (Some(a), Some(b)) = (glyph(k - 1), glyph(k))
            && a.v - b.v > 0.3 * a.size.min(b.size)
        {
            cuts.push(k);
        }
    }
    cuts.push(end);
    let clusters: Vec<(usize, usize)> = cuts.windows(2).map(|w| (w[0], w[1])).collect();
    if clusters.len() < 2 || clusters.len() > MAX_CLUSTERS {
        return vec![(start, end)];
    }
    // Each cluster's ink along the baseline, as sorted merged runs.
    let runs: Vec<Vec<(f32, f32)>> = clusters
        .iter()
        .map(|&(a, b)| {
            let mut spans: Vec<(f32, f32)> = (a..b)
                .filter_map(glyph)
                .filter(|g| !g.space)
                .map(|g| (g.u0, g.u1))
                .collect();
            spans.sort_by(|x, y| x.0.total_cmp(&y.0));
            let mut merged: Vec<(f32, f32)> = Vec::new();
            for (u0, u1) in spans {
                match merged.last_mut() {
                    Some(last) if u0 <= last.1 => last.1 = last.1.max(u1),
                    _ => merged.push((u0, u1)),
                }
            }
            merged
        })
        .collect();
    let size = (start..end)
        .filter_map(glyph)
        .map(|g| g.size)
        .fold(f32::MAX, f32::min);
    let stacked = runs.iter().enumerate().any(|(i, a)| {
        runs.iter()
            .skip(i + 1)
            .any(|b| overlapping(a, b, 0.5 * size))
    });
    if stacked {
        clusters
    } else {
        vec![(start, end)]
    }
}

/// Whether two sorted lists of disjoint spans overlap somewhere by more
/// than `min` (a linear merge).
fn overlapping(a: &[(f32, f32)], b: &[(f32, f32)], min: f32) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        if x.1.min(y.1) - x.0.max(y.0) > min {
            return true;
        }
        if x.1 < y.1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    false
}

/// Builds the segments of the glyphs `idx` (one writing direction); a
/// line inside a table grid is also cut at the grid's vertical rules.
pub(crate) fn segments(page: &PageGlyphs, idx: &mut [u32], grids: &[Grid]) -> Vec<Segment> {
    let lines: Vec<(usize, usize)> = group_lines(page, idx)
        .into_iter()
        .flat_map(|range| unstack(page, idx, range))
        .collect();
    let mut out = Vec::new();
    for (line_no, &(start, end)) in lines.iter().enumerate() {
        let Some(line) = idx.get_mut(start..end) else {
            continue;
        };
        line.sort_unstable_by(|&a, &b| {
            let (ga, gb) = (&page.glyphs[a as usize], &page.glyphs[b as usize]);
            ga.u0.total_cmp(&gb.u0).then(ga.seq.cmp(&gb.seq))
        });
        let dom = line
            .iter()
            .map(|&i| &page.glyphs[i as usize])
            .filter(|g| !g.space)
            .max_by(|a, b| a.size.total_cmp(&b.size));
        let Some(dom) = dom else { continue };
        let cuts: Vec<f32> = grids
            .iter()
            .filter(|g| g.spans(dom.v))
            .flat_map(|g| g.cuts(dom.v))
            .collect();
        walk_line(page, line, line_no as u32, dom, &cuts, &mut out);
    }
    out
}

/// Walks one line's glyphs, left to right, into segments; a segment also
/// ends where one of `cuts` (table rules) lies between two glyphs.
fn walk_line(
    page: &PageGlyphs,
    line: &[u32],
    line_no: u32,
    dom: &Placed,
    cuts: &[f32],
    out: &mut Vec<Segment>,
) {
    let mut seg: Option<Segment> = None;
    let mut prev: Option<&Placed> = None;
    let mut max_u1 = f32::MIN;
    let mut pending_space = false;
    for &i in line {
        let g = &page.glyphs[i as usize];
        if g.space {
            pending_space = seg.is_some();
            continue;
        }
        let text = page.text_of(g);
        if let Some(p) = prev {
            let em = 0.5 * (p.size + g.size);
            let duplicate = (g.u0 - p.u0).abs() < DUPLICATE_EM * em
                && (g.v - p.v).abs() < DUPLICATE_EM * em
                && text == page.text_of(p);
            if duplicate {
                continue;
            }
            let gap = g.u0 - max_u1;
            let (pm, gm) = (0.5 * (p.u0 + p.u1), 0.5 * (g.u0 + g.u1));
            let split = gap > SPLIT_EM * em
                || (gap > SPLIT_LOOSE_EM * em && g.run != p.run)
                || cuts.iter().any(|&x| pm < x && x <= gm);
            if split {
                out.extend(seg.take());
            } else if let Some(s) = seg.as_mut()
                && (pending_space
                    || gap > SPACE_EM * em
                    || superscript(p, g)
                    || (superscript(g, p) && text.starts_with(char::is_alphanumeric)))
            {
                s.text.push(' ');
            }
        }
        match seg.as_mut() {
            Some(s) => s.text.push_str(text),
            None => {
                seg = Some(Segment {
                    line: line_no,
                    u0: g.u0,
                    u1: g.u1,
                    v: dom.v,
                    size: dom.size,
                    text: text.to_owned(),
                });
                max_u1 = f32::MIN;
            }
        }
        max_u1 = max_u1.max(g.u1);
        if let Some(s) = seg.as_mut() {
            s.u1 = max_u1;
        }
        prev = Some(g);
        pending_space = false;
    }
    out.extend(seg);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A page of glyphs from `(text, x, baseline, size, run)` pieces, each
    /// laid out with fixed advance `0.5 * size` per char.
    pub(crate) fn page_of(pieces: &[(&str, f32, f32, f32, u32)]) -> PageGlyphs {
        let mut page = PageGlyphs {
            width: 600.0,
            height: 800.0,
            ..PageGlyphs::default()
        };
        let mut seq = 0;
        for &(text, x, v, size, run) in pieces {
            let mut u = x;
            for ch in text.chars() {
                let start = page.text.len() as u32;
                let space = ch == ' ';
                if !space {
                    page.text.push(ch);
                }
                let len = (page.text.len() as u32 - start) as u16;
                seq += 1;
                page.glyphs.push(Placed {
                    u0: u,
                    u1: u + 0.5 * size,
                    v,
                    size,
                    angle: 0,
                    space,
                    seq,
                    run,
                    start,
                    len,
                });
                u += 0.5 * size;
            }
        }
        page
    }

    fn texts(page: &PageGlyphs) -> Vec<(u32, String)> {
        let mut idx: Vec<u32> = (0..page.glyphs.len() as u32).collect();
        segments(page, &mut idx, &[])
            .into_iter()
            .map(|s| (s.line, s.text))
            .collect()
    }

    #[test]
    fn words_get_spaces_from_gaps_and_space_glyphs() {
        // "Добры" then a 3-point gap, "дзень" drawn separately, then " сябры" with a space glyph.
        let page = page_of(&[
            ("Добры", 100.0, 700.0, 10.0, 1),
            ("дзень,", 128.0, 700.0, 10.0, 2),
            (" сябры!", 158.0, 700.0, 10.0, 2),
        ]);
        assert_eq!(texts(&page), vec![(0, "Добры дзень, сябры!".to_owned())]);
    }

    #[test]
    fn kerning_gaps_do_not_split_words() {
        let page = page_of(&[
            ("Сотруд", 100.0, 700.0, 10.0, 1),
            ("ничество", 131.0, 700.0, 10.0, 1),
        ]);
        assert_eq!(texts(&page)[0].1, "Сотрудничество");
    }

    #[test]
    fn superscript_stays_on_its_line_and_next_line_does_not() {
        let page = page_of(&[
            ("Note", 100.0, 700.0, 10.0, 1),
            ("1", 120.0, 703.5, 6.0, 2),
            ("Next line", 100.0, 690.0, 10.0, 3),
        ]);
        let t = texts(&page);
        assert_eq!(
            t,
            vec![(0, "Note 1".to_owned()), (1, "Next line".to_owned())]
        );
    }

    #[test]
    fn large_text_beside_two_small_lines_does_not_merge_them() {
        let page = page_of(&[
            ("КРЫНІЦА", 50.0, 700.0, 24.0, 1),
            ("тэл. 318-22-40", 330.0, 712.0, 10.0, 2),
            ("факс 318-22-41", 330.0, 700.0, 10.0, 3),
        ]);
        let t = texts(&page);
        assert!(t.iter().any(|(_, s)| s == "тэл. 318-22-40"), "{t:?}");
        assert!(t.iter().any(|(_, s)| s == "факс 318-22-41"), "{t:?}");
    }

    #[test]
    fn fake_bold_is_printed_once() {
        let page = page_of(&[
            ("Ўвага", 100.0, 700.0, 10.0, 1),
            ("Ўвага", 100.3, 700.0, 10.0, 2),
        ]);
        assert_eq!(texts(&page)[0].1, "Ўвага");
    }

    #[test]
    fn gutter_splits_a_line_into_segments() {
        let page = page_of(&[
            ("Міністэрства адукацыі", 50.0, 700.0, 10.0, 1),
            ("Министерство образования", 330.0, 700.0, 10.0, 2),
        ]);
        let t = texts(&page);
        assert_eq!(t.len(), 2, "{t:?}");
        assert_eq!(t[0].1, "Міністэрства адукацыі");
        assert_eq!(t[1].1, "Министерство образования");
    }
}
