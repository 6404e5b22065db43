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
//! `O(segments × open blocks)`; blocks far above the current line close.

use super::lines::Segment;

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
}

/// An open block's state while segments are placed.
struct Open {
    block: usize,
    /// The block's range before its last line was added.
    prev: (f32, f32),
    last_line: u32,
    last_v: f32,
    size: f32,
}

/// Builds blocks from segments in line order.
pub(crate) fn blocks(segs: &[Segment]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        open.retain(|o| o.last_v - s.v <= MAX_LINE_GAP_EM * o.size.max(s.size));
        let width = (s.u1 - s.u0).max(s.size);
        let mut found: Option<usize> = None;
        let mut count = 0;
        for (k, o) in open.iter().enumerate() {
            let b = &blocks[o.block];
            // Against the lines above: on the block's own last line, its
            // range before that line.
            let (b0, b1) = if o.last_line == s.line {
                o.prev
            } else {
                (b.u0, b.u1)
            };
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
                if o.last_line != s.line {
                    o.prev = (b.u0, b.u1);
                }
                b.segs.push(i);
                b.u0 = b.u0.min(s.u0);
                b.u1 = b.u1.max(s.u1);
                b.top = b.top.max(top);
                b.bottom = b.bottom.min(bottom);
                o.last_line = s.line;
                o.last_v = s.v;
                o.size = s.size;
            }
            None => {
                // Blocks this segment straddles end here.
                if count > 1 {
                    open.retain(|o| {
                        let b = &blocks[o.block];
                        s.u1.min(b.u1) - s.u0.max(b.u0) <= 0.0
                    });
                }
                open.push(Open {
                    block: blocks.len(),
                    prev: (f32::MAX, f32::MIN),
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
                });
            }
        }
    }
    blocks
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
