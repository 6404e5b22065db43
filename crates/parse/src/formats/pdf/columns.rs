//! Segments → blocks: runs of vertically adjacent lines in one column.
//!
//! Segments arrive top to bottom. A segment continues an open block when it
//! lies close enough below the block's last line and inside the block's
//! horizontal range (overlapping it, and not sticking out of it by more
//! than a fraction of its own width). A segment that would continue two
//! blocks at once (a full-width line under two columns) or none starts a
//! new block. So side-by-side columns, such as the Belarusian and Russian
//! halves of a bilingual letterhead, become separate blocks even when their
//! lines share baselines, and the reading order keeps them apart.
//!
//! Invariant: every segment lands in exactly one block; a block's segments
//! stay in input order (top to bottom, left to right). Cost is
//! `O(segments × open blocks)`, with at most [`MAX_OPEN`] blocks open;
//! blocks far above the current line close.

use std::collections::VecDeque;

use super::lines::Segment;

/// Most blocks kept open at once; keeps the cost linear on pages of
/// thousands of scattered fragments.
const MAX_OPEN: usize = 64;
/// How many of a block's last lines give its range for the next line (so
/// a heading spanning two columns stops mattering a few lines down).
const RECENT_LINES: usize = 3;

/// Largest baseline-to-baseline distance, in ems, inside one block.
const MAX_LINE_GAP_EM: f32 = 2.2;
/// How far a segment may stick out of a block's range, as a share of its width.
const MAX_OVERHANG: f32 = 0.5;
/// Below a block's only line, a line closer than this many ems may stick
/// out any amount (a short first line of a paragraph, a heading).
const TIGHT_EM: f32 = 1.6;

/// A block: segments and their bounding box.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Block {
    /// Indices into the segment list, in order.
    pub segs: Vec<usize>,
    /// Left edge.
    pub u0: f32,
    /// Right edge.
    pub u1: f32,
    /// Top (ascent of the first line).
    pub top: f32,
    /// Bottom (descent of the last line).
    pub bottom: f32,
    /// Font size of its largest line.
    pub size: f32,
}

/// An open block's state while segments are placed.
struct Open {
    block: usize,
    /// The ranges of the block's last few lines: `(line, u0, u1)`.
    recent: VecDeque<(u32, f32, f32)>,
    last_line: u32,
    last_v: f32,
    size: f32,
}

impl Open {
    /// The union of the recent lines' ranges, leaving out `line` (the
    /// line being placed).
    fn range_above(&self, line: u32) -> (f32, f32) {
        self.recent
            .iter()
            .filter(|r| r.0 != line)
            .fold((f32::MAX, f32::MIN), |(a, b), r| (a.min(r.1), b.max(r.2)))
    }

    /// Records a segment of `line` spanning `u0..u1`.
    fn add(&mut self, line: u32, u0: f32, u1: f32) {
        match self.recent.back_mut() {
            Some(r) if r.0 == line => {
                r.1 = r.1.min(u0);
                r.2 = r.2.max(u1);
            }
            _ => {
                if self.recent.len() == RECENT_LINES {
                    self.recent.pop_front();
                }
                self.recent.push_back((line, u0, u1));
            }
        }
    }
}

/// Builds blocks from segments in line order.
pub(crate) fn blocks(segs: &[Segment]) -> Vec<Block> {
    let gutters = gutters(segs);
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        open.retain(|o| o.last_v - s.v <= MAX_LINE_GAP_EM * o.size.max(s.size));
        if open.len() > MAX_OPEN {
            // A page of scattered fragments: forget the oldest blocks.
            open.drain(..open.len() - MAX_OPEN);
        }
        let width = (s.u1 - s.u0).max(s.size);
        let mut found: Option<usize> = None;
        let mut count = 0;
        for (k, o) in open.iter().enumerate() {
            let b = &blocks[o.block];
            // Against the block's last lines above this one; across a
            // gutter, never on the same line.
            if o.last_line == s.line && gutters.get(i).copied().unwrap_or(false) {
                continue;
            }
            let (b0, b1) = o.range_above(s.line);
            let overlap = s.u1.min(b1) - s.u0.max(b0);
            let overhang = (b0 - s.u0).max(0.0) + (s.u1 - b1).max(0.0);
            if overlap > 0.0 {
                count += 1;
                let single = b.segs.len() == 1 && o.last_line != s.line;
                let tight = single && o.last_v - s.v <= TIGHT_EM * o.size.max(s.size);
                if overhang <= MAX_OVERHANG * width || tight {
                    found = Some(k);
                }
            }
        }
        let (top, bottom) = (s.v + 0.75 * s.size, s.v - 0.25 * s.size);
        match found.filter(|_| count == 1) {
            Some(k) => {
                let o = &mut open[k];
                let b = &mut blocks[o.block];
                o.add(s.line, s.u0, s.u1);
                b.segs.push(i);
                b.u0 = b.u0.min(s.u0);
                b.u1 = b.u1.max(s.u1);
                b.top = b.top.max(top);
                b.bottom = b.bottom.min(bottom);
                b.size = b.size.max(s.size);
                o.last_line = s.line;
                o.last_v = s.v;
                o.size = s.size;
            }
            None => {
                // Blocks this segment straddles end here.
                if count > 1 {
                    open.retain(|o| {
                        let (b0, b1) = o.range_above(s.line);
                        s.u1.min(b1) - s.u0.max(b0) <= 0.0
                    });
                }
                open.push(Open {
                    block: blocks.len(),
                    recent: VecDeque::from([(s.line, s.u0, s.u1)]),
                    last_line: s.line,
                    last_v: s.v,
                    size: s.size,
                });
                blocks.push(Block {
                    segs: vec![i],
                    u0: s.u0,
                    u1: s.u1,
                    top,
                    bottom,
                    size: s.size,
                });
            }
        }
    }
    blocks
}

/// A line's number, baseline, size and the gaps between its segments.
type LineGaps = (u32, f32, f32, Vec<(f32, f32)>);

/// For each segment, whether the gap before it on its line is part of a
/// gutter: a gap that an adjacent line (close enough to share a block) also
/// has at an overlapping place. Segments across a gutter never share a
/// block, even when the line above spans both (a heading over columns).
fn gutters(segs: &[Segment]) -> Vec<bool> {
    // Per line: (line, baseline, size, gaps), in order.
    let mut lines: Vec<LineGaps> = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        match lines.last_mut() {
            Some(l) if l.0 == s.line => {
                if let Some(prev) = i.checked_sub(1).and_then(|p| segs.get(p)) {
                    l.3.push((prev.u1, s.u0));
                }
            }
            _ => lines.push((s.line, s.v, s.size, Vec::new())),
        }
    }
    let shares_gap = |k: usize, gap: (f32, f32), v: f32, size: f32| {
        lines.get(k).is_some_and(|(_, lv, lsize, gaps)| {
            (lv - v).abs() <= MAX_LINE_GAP_EM * lsize.max(size) && {
                // Gaps are in left-to-right order: the first one ending
                // after this gap starts is the only one to test.
                let k = gaps.partition_point(|g| g.1 <= gap.0);
                gaps.get(k)
                    .is_some_and(|g| g.1.min(gap.1) - g.0.max(gap.0) > 0.0)
            }
        })
    };
    let mut out = vec![false; segs.len()];
    let mut k = 0;
    let mut first_of_line = true;
    for (i, s) in segs.iter().enumerate() {
        if i > 0 && segs.get(i - 1).is_some_and(|p| p.line != s.line) {
            k += 1;
            first_of_line = true;
        }
        if !first_of_line && let Some(prev) = segs.get(i - 1) {
            let gap = (prev.u1, s.u0);
            out[i] = (k > 0 && shares_gap(k - 1, gap, s.v, s.size))
                || shares_gap(k + 1, gap, s.v, s.size);
        }
        first_of_line = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(line: u32, u0: f32, u1: f32, v: f32, text: &str) -> Segment {
        Segment {
            line,
            u0,
            u1,
            v,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    #[test]
    fn two_columns_on_shared_baselines_are_two_blocks() {
        let segs = vec![
            seg(0, 50.0, 250.0, 700.0, "Міністэрства замежных спраў"),
            seg(0, 330.0, 540.0, 700.0, "Министерство иностранных дел"),
            seg(1, 60.0, 240.0, 688.0, "Рэспублікі Беларусь"),
            seg(1, 340.0, 530.0, 688.0, "Республики Беларусь"),
            seg(2, 50.0, 540.0, 660.0, "Уважаемый коллега!"),
        ];
        let b = blocks(&segs);
        let groups: Vec<Vec<usize>> = b.iter().map(|b| b.segs.clone()).collect();
        assert_eq!(groups, vec![vec![0, 2], vec![1, 3], vec![4]]);
    }

    #[test]
    fn a_paragraph_is_one_block_and_a_far_line_starts_another() {
        let segs = vec![
            seg(0, 50.0, 540.0, 700.0, "The parties agree"),
            seg(1, 50.0, 500.0, 688.0, "to cooperate in"),
            seg(2, 50.0, 200.0, 676.0, "science."),
            seg(3, 50.0, 540.0, 600.0, "Far below"),
        ];
        let b = blocks(&segs);
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].segs, vec![0, 1, 2]);
        assert!(b[0].top > b[0].bottom);
    }

    #[test]
    fn columns_under_a_heading_stay_apart() {
        let segs = vec![
            seg(0, 50.0, 400.0, 720.0, "Научно-техническое сотрудничество"),
            seg(1, 50.0, 280.0, 700.0, "Стороны содействуют"),
            seg(1, 310.0, 540.0, 700.0, "the reporting period"),
            seg(2, 50.0, 280.0, 688.0, "развитию сотрудничества"),
            seg(2, 310.0, 540.0, 688.0, "and reviewed"),
        ];
        let b = blocks(&segs);
        let groups: Vec<Vec<usize>> = b.iter().map(|b| b.segs.clone()).collect();
        assert_eq!(groups, vec![vec![0, 1, 3], vec![2, 4]]);
    }

    #[test]
    fn a_line_split_by_a_wide_gap_stays_in_its_paragraph() {
        let segs = vec![
            seg(0, 50.0, 540.0, 700.0, "Заместитель Председателя"),
            seg(1, 50.0, 200.0, 688.0, "Государственного"),
            seg(1, 300.0, 540.0, 688.0, "комитета"),
            seg(2, 50.0, 540.0, 676.0, "по науке"),
        ];
        let b = blocks(&segs);
        assert_eq!(b.len(), 1, "{b:?}");
        assert_eq!(b[0].segs, vec![0, 1, 2, 3]);
    }
}
