//! Reading order of the blocks on a page.
//!
//! First recursive cuts: where a horizontal gap runs across all blocks,
//! the band above is read first; else, where a vertical gutter runs
//! between the blocks from top to bottom, everything left of it is read
//! before everything right of it (columns, the halves of a bilingual
//! letterhead: a block holds a column's consecutive lines, so the halves
//! never interleave line by line). A group that no cut divides is ordered by two rules
//! (after T. Breuel's reading-order rules for page layout):
//! a block comes before another it overlaps horizontally and sits above;
//! and a block comes before another that lies entirely to its right,
//! unless some third block between them vertically spans both (a
//! full-width heading between two column stretches). The order is a
//! topological sort of these relations, taking the highest (then leftmost)
//! ready block first; a cycle, which odd layouts can make, is broken the
//! same way. So a left column is read to its end before the right column,
//! and text under both columns comes after both.
//!
//! Invariant: returns a permutation of `0..n`. Cost is `O(n³)` for up to
//! [`FULL_RULES_MAX`] blocks and `O(n²)` beyond (the between-test is then
//! skipped for blocks that do not share a height).

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::columns::Block;

/// Most blocks for which the between-test of the second rule is run in full.
const FULL_RULES_MAX: usize = 150;
/// Beyond this many blocks, plain top-to-bottom, left-to-right order.
const ANY_RULES_MAX: usize = 3000;

/// Whether two ranges overlap by more than a hair.
fn overlaps(a0: f32, a1: f32, b0: f32, b1: f32) -> bool {
    a1.min(b1) - a0.max(b0) > 0.5
}

/// Whether `a` is horizontally entirely left of `b` (small tolerance).
fn left_of(a: &Block, b: &Block) -> bool {
    a.u1 <= b.u0 + 1.0
}

/// The vertical gap between `a` and `b`, if they do not share a height.
fn gap_between(a: &Block, b: &Block) -> Option<(f32, f32)> {
    if a.bottom >= b.top {
        Some((b.top, a.bottom))
    } else if b.bottom >= a.top {
        Some((a.top, b.bottom))
    } else {
        None
    }
}

/// Whether `a` must be read before `b`.
fn before(blocks: &[Block], a: usize, b: usize, full: bool) -> bool {
    let (ba, bb) = (&blocks[a], &blocks[b]);
    if overlaps(ba.u0, ba.u1, bb.u0, bb.u1) {
        let (ca, cb) = (ba.top + ba.bottom, bb.top + bb.bottom);
        return ca > cb || (ca == cb && a < b);
    }
    if !left_of(ba, bb) {
        return false;
    }
    let Some((lo, hi)) = gap_between(ba, bb) else {
        return true;
    };
    if !full {
        return false;
    }
    !blocks.iter().enumerate().any(|(c, bc)| {
        c != a
            && c != b
            && bc.top > lo
            && bc.bottom < hi
            && overlaps(bc.u0, bc.u1, ba.u0, ba.u1)
            && overlaps(bc.u0, bc.u1, bb.u0, bb.u1)
    })
}

/// A ready block in the heap: highest top first, then leftmost.
struct Ready {
    top: f32,
    left: f32,
    index: usize,
}

impl PartialEq for Ready {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Ready {}
impl PartialOrd for Ready {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ready {
    fn cmp(&self, other: &Self) -> Ordering {
        self.top
            .total_cmp(&other.top)
            .then(other.left.total_cmp(&self.left))
            .then(other.index.cmp(&self.index))
    }
}

/// Largest gap, in ems, between two bands read as one pair of columns.
const MAX_BAND_GAP_EM: f32 = 3.0;
/// Deepest recursion of the cuts; deeper groups are ordered by the rules.
const MAX_CUT_DEPTH: u32 = 200;

/// The blocks' indices in reading order.
pub(crate) fn reading_order(blocks: &[Block]) -> Vec<usize> {
    let all: Vec<usize> = (0..blocks.len()).collect();
    if blocks.len() > ANY_RULES_MAX {
        // Too many fragments for cuts to pay: top to bottom, left to right.
        return topological(blocks, &all);
    }
    let mut out = Vec::with_capacity(blocks.len());
    cut(blocks, all, 0, &mut out);
    out
}

/// Orders `idx`: split at a horizontal gap (bands, top to bottom) if there
/// is one, else at a vertical gutter (columns, left to right), else by the
/// precedence rules.
fn cut(blocks: &[Block], idx: Vec<usize>, depth: u32, out: &mut Vec<usize>) {
    if idx.len() <= 1 {
        out.extend(idx);
        return;
    }
    if depth < MAX_CUT_DEPTH {
        if let Some(bands) = split(blocks, &idx, false) {
            read_bands(blocks, bands, depth, out);
            return;
        }
        if let Some(columns) = split(blocks, &idx, true) {
            for g in columns {
                cut(blocks, g, depth + 1, out);
            }
            return;
        }
    }
    out.extend(topological(blocks, &idx));
}

/// Reads bands top to bottom. A run of close bands that are each split in
/// two by one shared gutter (a letterhead whose Belarusian and Russian
/// halves have a gap between the name and the address) is read as two
/// columns: all of the left parts, then all of the right parts.
fn read_bands(blocks: &[Block], bands: Vec<Vec<usize>>, depth: u32, out: &mut Vec<usize>) {
    let mut k = 0;
    while let Some(first) = bands.get(k) {
        let mut end = k;
        let mut gutter = sole_gutter(blocks, first);
        while let (Some(g), Some(cur), Some(next)) = (gutter, bands.get(end), bands.get(end + 1)) {
            let size = cur
                .iter()
                .chain(next)
                .map(|&i| blocks[i].size)
                .fold(0.0, f32::max);
            let low = cur
                .iter()
                .map(|&i| blocks[i].bottom)
                .fold(f32::MAX, f32::min);
            let high = next.iter().map(|&i| blocks[i].top).fold(f32::MIN, f32::max);
            match sole_gutter(blocks, next) {
                Some(h) if low - high <= MAX_BAND_GAP_EM * size && h.0.max(g.0) < h.1.min(g.1) => {
                    gutter = Some((h.0.max(g.0), h.1.min(g.1)));
                    end += 1;
                }
                _ => break,
            }
        }
        match gutter.filter(|_| end > k) {
            Some((g0, g1)) => {
                let mid = 0.5 * (g0 + g1);
                let (left, right): (Vec<usize>, Vec<usize>) = bands[k..=end]
                    .iter()
                    .flatten()
                    .partition(|&&i| blocks[i].u0 + blocks[i].u1 < 2.0 * mid);
                cut(blocks, left, depth + 1, out);
                cut(blocks, right, depth + 1, out);
            }
            None => cut(blocks, first.clone(), depth + 1, out),
        }
        k = end + 1;
    }
}

/// The one vertical gutter splitting `idx` in two, if there is exactly one.
fn sole_gutter(blocks: &[Block], idx: &[usize]) -> Option<(f32, f32)> {
    let columns = split(blocks, idx, true)?;
    let [left, right] = columns.as_slice() else {
        return None;
    };
    let g0 = left.iter().map(|&i| blocks[i].u1).fold(f32::MIN, f32::max);
    let g1 = right.iter().map(|&i| blocks[i].u0).fold(f32::MAX, f32::min);
    Some((g0, g1))
}

/// Splits `idx` where the blocks' projections on one axis leave a gap:
/// on the x axis (`vertical` gutters) or the y axis (horizontal gaps).
fn split(blocks: &[Block], idx: &[usize], vertical: bool) -> Option<Vec<Vec<usize>>> {
    // Intervals as (start, end) with start increasing in reading direction.
    let span = |i: usize| {
        let b = &blocks[i];
        if vertical {
            (b.u0, b.u1)
        } else {
            (-b.top, -b.bottom)
        }
    };
    let mut sorted = idx.to_vec();
    sorted.sort_by(|&a, &b| span(a).0.total_cmp(&span(b).0).then(a.cmp(&b)));
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut end = f32::MIN;
    for i in sorted {
        let (s, e) = span(i);
        match groups.last_mut() {
            Some(g) if s < end => g.push(i),
            _ => groups.push(vec![i]),
        }
        end = end.max(e);
    }
    (groups.len() >= 2).then_some(groups)
}

/// Orders the blocks `idx` by the precedence rules (topological sort).
fn topological(blocks: &[Block], idx: &[usize]) -> Vec<usize> {
    let n = idx.len();
    let sub: Vec<Block> = idx.iter().map(|&i| blocks[i].clone()).collect();
    let blocks = &sub[..];
    let ready = |i: usize| Ready {
        top: blocks[i].top,
        left: blocks[i].u0,
        index: i,
    };
    if n > ANY_RULES_MAX {
        let mut all: Vec<Ready> = (0..n).map(ready).collect();
        all.sort_by(|a, b| b.cmp(a));
        return all.into_iter().map(|r| idx[r.index]).collect();
    }
    let full = n <= FULL_RULES_MAX;
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut indegree = vec![0usize; n];
    for (a, next) in succ.iter_mut().enumerate() {
        for (b, degree) in indegree.iter_mut().enumerate() {
            if a != b && before(blocks, a, b, full) {
                next.push(b);
                *degree += 1;
            }
        }
    }
    let mut heap: BinaryHeap<Ready> = (0..n).filter(|&i| indegree[i] == 0).map(ready).collect();
    let mut done = vec![false; n];
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let next = match heap.pop() {
            Some(r) if !done[r.index] => r.index,
            Some(_) => continue,
            // A cycle: take the highest unread block.
            None => match (0..n).filter(|&i| !done[i]).map(ready).max() {
                Some(r) => r.index,
                None => break,
            },
        };
        done[next] = true;
        out.push(idx[next]);
        for &s in &succ[next] {
            indegree[s] = indegree[s].saturating_sub(1);
            if indegree[s] == 0 && !done[s] {
                heap.push(ready(s));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(u0: f32, u1: f32, top: f32, bottom: f32) -> Block {
        Block {
            segs: Vec::new(),
            u0,
            u1,
            top,
            bottom,
            size: 10.0,
        }
    }

    #[test]
    fn letterhead_columns_then_body() {
        let blocks = vec![
            block(50.0, 540.0, 600.0, 300.0),  // body
            block(330.0, 540.0, 780.0, 700.0), // Russian column
            block(50.0, 260.0, 780.0, 690.0),  // Belarusian column
        ];
        assert_eq!(reading_order(&blocks), vec![2, 1, 0]);
    }

    #[test]
    fn heading_columns_footer() {
        let blocks = vec![
            block(50.0, 540.0, 800.0, 780.0),  // heading
            block(300.0, 540.0, 770.0, 500.0), // right column, top part
            block(50.0, 280.0, 770.0, 600.0),  // left column, part 1
            block(50.0, 280.0, 590.0, 100.0),  // left column, part 2
            block(300.0, 540.0, 490.0, 100.0), // right column, bottom part
            block(50.0, 540.0, 80.0, 60.0),    // footer
        ];
        assert_eq!(reading_order(&blocks), vec![0, 2, 3, 1, 4, 5]);
    }

    #[test]
    fn a_spanning_block_between_stops_left_before_right() {
        let blocks = vec![
            block(300.0, 540.0, 800.0, 700.0), // right, upper section
            block(50.0, 540.0, 690.0, 650.0),  // full-width divider
            block(50.0, 280.0, 640.0, 500.0),  // left, lower section
        ];
        assert_eq!(reading_order(&blocks), vec![0, 1, 2]);
    }

    #[test]
    fn letterhead_halves_with_a_gap_are_read_as_two_columns() {
        let blocks = vec![
            block(50.0, 260.0, 800.0, 776.0),  // Belarusian name
            block(330.0, 540.0, 800.0, 776.0), // Russian name
            block(50.0, 260.0, 760.0, 736.0),  // Belarusian address
            block(330.0, 540.0, 760.0, 736.0), // Russian address
            block(50.0, 540.0, 700.0, 600.0),  // body
        ];
        assert_eq!(reading_order(&blocks), vec![0, 2, 1, 3, 4]);
    }

    #[test]
    fn many_blocks_are_still_a_permutation() {
        let blocks: Vec<Block> = (0..400)
            .map(|i| {
                let (col, row) = ((i % 4) as f32, (i / 4) as f32);
                block(
                    col * 150.0,
                    col * 150.0 + 140.0,
                    800.0 - row * 7.0,
                    795.0 - row * 7.0,
                )
            })
            .collect();
        let mut order = reading_order(&blocks);
        order.sort_unstable();
        assert_eq!(order, (0..400).collect::<Vec<_>>());
    }
}
