//! Ruled tables: a grid of ruling lines → one paragraph, a line per row.
//!
//! Ruling lines that touch each other form a component; a component with at
//! least two columns (three distinct vertical rule positions) and two rows
//! (three distinct horizontal rule positions), two of them split into
//! columns, is a table grid; a grid with a cell of more than
//! [`MAX_CELL_LINES`] lines frames a page region instead (a ruled frame
//! around a letterhead and the body) and is left alone. Lines are cut
//! at the grid's vertical rules (see `lines.rs`), so no segment crosses a
//! cell border. Every segment whose middle lies inside a grid goes to the
//! cell given by its baseline (the row band between two horizontal rules)
//! and its middle (the column between the vertical rules that cross that
//! band, so merged cells stay whole). A cell's lines are joined with
//! spaces, hyphenated line ends joined as elsewhere; a row's cells are
//! joined with tabs. The table then takes part in the reading order as one
//! block, so a table reads row by row, as from DOCX and ODT.
//!
//! Invariant: every segment goes either to exactly one table or back to the
//! caller; no text is lost. Cost: sorting plus, per vertical rule, the
//! horizontal rules in its height, capped at [`MAX_PAIRS`] tests per page.

use std::collections::HashSet;

use super::columns::Block;
use super::hyphenation::join_pair;
use super::lines::Segment;
use super::paragraphs::{Paragraph, TextLine};
use super::rules::Rule;

/// How close rules must come to count as touching, and rule positions to
/// count as one (points).
const TOUCH: f32 = 2.0;
/// A cell of more lines than this makes its grid a frame, not a table.
const MAX_CELL_LINES: usize = 30;
/// Most vertical × horizontal rule tests on one page.
const MAX_PAIRS: usize = 1 << 22;

/// A table grid found from ruling lines.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Grid {
    /// Vertical rules `(x, bottom, top)`, by `x`.
    pub verticals: Vec<(f32, f32, f32)>,
    /// Row borders, top first (distinct horizontal rule positions).
    pub rows: Vec<f32>,
    /// Left edge.
    pub left: f32,
    /// Right edge.
    pub right: f32,
}

impl Grid {
    /// Top edge.
    fn top(&self) -> f32 {
        self.rows.first().copied().unwrap_or(0.0)
    }

    /// Bottom edge.
    fn bottom(&self) -> f32 {
        self.rows.last().copied().unwrap_or(0.0)
    }

    /// Whether baseline `v` lies inside the grid's height.
    pub fn spans(&self, v: f32) -> bool {
        self.bottom() < v && v < self.top()
    }

    /// The column borders at height `v`: the vertical rules crossing it.
    pub fn cuts(&self, v: f32) -> impl Iterator<Item = f32> + '_ {
        self.verticals
            .iter()
            .filter(move |(_, b, t)| b - TOUCH <= v && v <= t + TOUCH)
            .map(|r| r.0)
    }
}

/// Finds union-find roots with path halving.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while let Some(&p) = parent.get(i) {
        if p == i {
            break;
        }
        let gp = parent.get(p).copied().unwrap_or(p);
        if let Some(slot) = parent.get_mut(i) {
            *slot = gp;
        }
        i = gp;
    }
    i
}

/// Sorted positions with near-equal ones merged.
fn distinct(mut at: Vec<f32>) -> Vec<f32> {
    at.sort_by(f32::total_cmp);
    let mut out: Vec<f32> = Vec::new();
    for a in at {
        match out.last() {
            Some(&l) if a - l <= TOUCH => {}
            _ => out.push(a),
        }
    }
    out
}

/// The table grids among a page's ruling lines.
pub(crate) fn grids(rules: &[Rule]) -> Vec<Grid> {
    let mut horizontal: Vec<&Rule> = rules.iter().filter(|r| !r.vertical).collect();
    let vertical: Vec<&Rule> = rules.iter().filter(|r| r.vertical).collect();
    if horizontal.len() < 3 || vertical.len() < 3 {
        return Vec::new();
    }
    horizontal.sort_by(|a, b| a.at.total_cmp(&b.at));
    // Union-find over all rules: verticals first, then horizontals.
    let nv = vertical.len();
    let mut parent: Vec<usize> = (0..nv + horizontal.len()).collect();
    let mut pairs = 0usize;
    for (i, v) in vertical.iter().enumerate() {
        let lo = horizontal.partition_point(|h| h.at < v.from - TOUCH);
        for (k, h) in horizontal.iter().enumerate().skip(lo) {
            if h.at > v.to + TOUCH || pairs >= MAX_PAIRS {
                break;
            }
            pairs += 1;
            if h.from - TOUCH <= v.at && v.at <= h.to + TOUCH {
                let (a, b) = (root(&mut parent, i), root(&mut parent, nv + k));
                if let Some(slot) = parent.get_mut(a) {
                    *slot = b;
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..parent.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out = Vec::new();
    for members in groups.values() {
        let mut verticals: Vec<(f32, f32, f32)> = Vec::new();
        let mut ys = Vec::new();
        for &m in members {
            if let Some(v) = vertical.get(m) {
                verticals.push((v.at, v.from, v.to));
            } else if let Some(h) = m.checked_sub(nv).and_then(|k| horizontal.get(k)) {
                ys.push(h.at);
            }
        }
        let xs = distinct(verticals.iter().map(|v| v.0).collect());
        let mut rows = distinct(ys);
        if xs.len() < 3 || rows.len() < 3 {
            continue;
        }
        rows.reverse();
        verticals.sort_by(|a, b| a.0.total_cmp(&b.0));
        let grid = Grid {
            left: xs.first().copied().unwrap_or(0.0),
            right: xs.last().copied().unwrap_or(0.0),
            verticals,
            rows,
        };
        // At least two row bands must be split into columns (a page frame
        // with one rule between the letterhead halves is not a table).
        let split_rows = grid
            .rows
            .windows(2)
            .filter(|w| distinct(grid.cuts(0.5 * (w[0] + w[1])).collect()).len() >= 3)
            .count();
        if split_rows >= 2 {
            out.push(grid);
        }
    }
    out
}

/// A table ready for the reading order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    /// Its place on the page, for the reading order (no segments).
    pub block: Block,
    /// Its text: one line per row, cells separated by tabs.
    pub paragraph: Paragraph,
}

/// One row band of a grid while segments are placed: its column borders,
/// and per cell the text so far and the line that text last came from.
type Band = (Vec<f32>, Vec<(String, Option<u32>)>);

/// Appends one line of a cell to the cell's text.
fn push_line(cell: &mut String, line: &str) {
    if cell.is_empty() {
        cell.push_str(line);
        return;
    }
    let mut next = line.to_owned();
    if join_pair(cell, &mut next, &HashSet::new()) {
        if !next.is_empty() {
            cell.push(' ');
            cell.push_str(&next);
        }
    } else {
        cell.push(' ');
        cell.push_str(line);
    }
}

/// Takes the segments inside `grids` out of `segs` and builds their tables;
/// returns the tables and the remaining segments (in their order).
pub(crate) fn take(grids: &[Grid], segs: Vec<Segment>) -> (Vec<Table>, Vec<Segment>) {
    if grids.is_empty() {
        return (Vec::new(), segs);
    }
    let mut cells: Vec<Vec<Band>> = grids
        .iter()
        .map(|g| {
            g.rows
                .windows(2)
                .map(|w| {
                    let mid = 0.5 * (w[0] + w[1]);
                    let mut cuts: Vec<f32> = g.cuts(mid).collect();
                    cuts.dedup_by(|a, b| (*a - *b).abs() <= TOUCH);
                    let n = cuts.len().saturating_sub(1).max(1);
                    (cuts, vec![(String::new(), None); n])
                })
                .collect()
        })
        .collect();
    // Each segment's cell, if it is inside a grid.
    let places: Vec<Option<(usize, usize, usize)>> = segs
        .iter()
        .map(|s| {
            let mid = 0.5 * (s.u0 + s.u1);
            let gi = grids
                .iter()
                .position(|g| g.spans(s.v) && g.left < mid && mid < g.right)?;
            let row = grids
                .get(gi)?
                .rows
                .partition_point(|&y| y > s.v)
                .saturating_sub(1);
            let (cuts, row_cells) = cells.get(gi)?.get(row)?;
            let col = cuts.partition_point(|&x| x < mid).saturating_sub(1);
            Some((gi, row, col.min(row_cells.len().saturating_sub(1))))
        })
        .collect();
    // A grid with a cell of many lines frames a page region (a letterhead
    // over the body), not a table: its text is left to the usual layout.
    let mut framed = vec![false; grids.len()];
    let mut counts: std::collections::HashMap<(usize, usize, usize), (u32, usize)> =
        Default::default();
    for (s, place) in segs.iter().zip(&places) {
        if let Some(p) = place {
            let c = counts.entry(*p).or_insert((s.line, 0));
            if c.1 == 0 || c.0 != s.line {
                *c = (s.line, c.1 + 1);
            }
            if c.1 > MAX_CELL_LINES
                && let Some(f) = framed.get_mut(p.0)
            {
                *f = true;
            }
        }
    }
    let mut sizes = vec![0.0f32; grids.len()];
    let mut rest = Vec::with_capacity(segs.len());
    for (s, place) in segs.into_iter().zip(places) {
        let Some((gi, row, col)) = place.filter(|p| !framed.get(p.0).copied().unwrap_or(true))
        else {
            rest.push(s);
            continue;
        };
        let Some((text, line)) = cells
            .get_mut(gi)
            .and_then(|bands| bands.get_mut(row))
            .and_then(|band| band.1.get_mut(col))
        else {
            rest.push(s);
            continue;
        };
        if *line == Some(s.line) {
            text.push(' ');
            text.push_str(&s.text);
        } else {
            push_line(text, &s.text);
        }
        *line = Some(s.line);
        if let Some(size) = sizes.get_mut(gi) {
            *size = size.max(s.size);
        }
    }
    let mut tables = Vec::new();
    for ((g, bands), size) in grids.iter().zip(cells).zip(sizes) {
        let mut lines = Vec::new();
        for ((_, row_cells), top) in bands.into_iter().zip(&g.rows) {
            if row_cells.iter().all(|(t, _)| t.is_empty()) {
                continue;
            }
            let texts: Vec<String> = row_cells.into_iter().map(|(t, _)| t).collect();
            lines.push(TextLine {
                text: texts.join("\t"),
                v: *top - size,
                u0: g.left,
                size,
            });
        }
        if lines.is_empty() {
            continue;
        }
        tables.push(Table {
            block: Block {
                segs: Vec::new(),
                u0: g.left,
                u1: g.right,
                top: g.top(),
                bottom: g.bottom(),
                size,
            },
            paragraph: Paragraph {
                lines,
                upright: true,
                table: true,
            },
        });
    }
    (tables, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(vertical: bool, at: f32, from: f32, to: f32) -> Rule {
        Rule {
            vertical,
            at,
            from,
            to,
        }
    }

    fn seg(line: u32, u0: f32, v: f32, text: &str) -> Segment {
        Segment {
            line,
            u0,
            u1: u0 + 5.0 * text.chars().count() as f32,
            v,
            size: 10.0,
            text: text.to_owned(),
        }
    }

    /// A 2 × 2 grid (rows 700..680..650, columns 50..200..400) and an
    /// unrelated underline far below.
    fn rules() -> Vec<Rule> {
        let mut r: Vec<Rule> = [700.0, 680.0, 650.0]
            .iter()
            .map(|&y| rule(false, y, 50.0, 400.0))
            .collect();
        r.extend(
            [50.0, 200.0, 400.0]
                .iter()
                .map(|&x| rule(true, x, 650.0, 700.0)),
        );
        r.push(rule(false, 300.0, 50.0, 200.0));
        r
    }

    #[test]
    fn a_grid_is_found_and_a_lone_line_is_not() {
        let g = grids(&rules());
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].rows, vec![700.0, 680.0, 650.0]);
        assert_eq!(
            g[0].cuts(690.0).collect::<Vec<_>>(),
            vec![50.0, 200.0, 400.0]
        );
        assert!(grids(&rules()[..4]).is_empty());
    }

    #[test]
    fn cells_are_joined_per_row_and_the_rest_is_kept() {
        let g = grids(&rules());
        let segs = vec![
            seg(0, 60.0, 720.0, "Асноўныя тэрміны"),
            seg(1, 60.0, 686.0, "Этап"),
            seg(1, 210.0, 686.0, "Тэрмін"),
            seg(2, 60.0, 668.0, "Дзяржаўная экс-"),
            seg(2, 210.0, 668.0, "кастрычнік — лістапад"),
            seg(3, 60.0, 656.0, "пертыза"),
            seg(4, 60.0, 600.0, "Намеснік Старшыні"),
        ];
        let (tables, rest) = take(&g, segs);
        let texts: Vec<&str> = rest.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, vec!["Асноўныя тэрміны", "Намеснік Старшыні"]);
        let rows: Vec<&str> = tables[0]
            .paragraph
            .lines
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(
            rows,
            vec![
                "Этап\tТэрмін",
                "Дзяржаўная экспертыза\tкастрычнік — лістапад"
            ]
        );
    }

    #[test]
    fn a_grid_with_a_long_cell_is_a_frame_and_keeps_its_text() {
        let g = grids(&rules());
        let mut segs = vec![seg(0, 60.0, 686.0, "Этап"), seg(0, 210.0, 686.0, "Тэрмін")];
        for k in 0..=MAX_CELL_LINES as u32 {
            segs.push(seg(k + 1, 60.0, 678.0 - 0.5 * k as f32, "радок"));
        }
        let n = segs.len();
        let (tables, rest) = take(&g, segs);
        assert!(tables.is_empty());
        assert_eq!(rest.len(), n);
    }
}
