//! Ruling lines: the straight horizontal and vertical strokes of a page.
//!
//! Table borders are drawn as paths: `m`/`l` lines that are stroked, or
//! `re` rectangles (thin filled bars, or cell frames). The interpreter feeds
//! every path construction operator here in user space with the current
//! matrix; when the path is painted, each of its axis-aligned pieces at
//! least [`MIN_RULE`] long becomes a [`Rule`] in display space. Curves and
//! slanted lines are ignored; `n` (no paint, a clipping path) drops the path.
//!
//! Invariant: at most [`MAX_PATH`] pieces per path and [`MAX_RULES`] rules
//! per page are kept, so a page of vector art stays cheap.

use super::glyphs::{Matrix, apply};

/// Shortest piece kept as a rule (points).
const MIN_RULE: f32 = 4.0;
/// How far a piece may lean and still count as straight (points).
const STRAIGHT: f32 = 0.5;
/// Most pieces kept from one path.
const MAX_PATH: usize = 4096;
/// Most rules kept from one page.
pub(crate) const MAX_RULES: usize = 8192;

/// A horizontal or vertical line on the page, in display space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rule {
    /// Whether it runs up and down (else left to right).
    pub vertical: bool,
    /// Its position across its direction (x of a vertical, y of a horizontal).
    pub at: f32,
    /// Where it starts along its direction (the smaller end).
    pub from: f32,
    /// Where it ends along its direction (the larger end).
    pub to: f32,
}

/// A path under construction: its straight pieces in display space.
#[derive(Debug, Default)]
pub(crate) struct Path {
    pieces: Vec<[f32; 4]>,
    current: Option<(f32, f32)>,
    start: Option<(f32, f32)>,
}

impl Path {
    /// `m`: starts a subpath at `(x, y)` (user space).
    pub fn move_to(&mut self, ctm: &Matrix, x: f32, y: f32) {
        let p = apply(ctm, x, y);
        self.current = Some(p);
        self.start = Some(p);
    }

    /// `l`: a straight piece from the current point to `(x, y)`.
    pub fn line_to(&mut self, ctm: &Matrix, x: f32, y: f32) {
        let p = apply(ctm, x, y);
        if let Some(c) = self.current {
            self.piece(c, p);
        }
        self.current = Some(p);
    }

    /// `c`, `v`, `y`: a curve; only its end point matters here.
    pub fn curve_to(&mut self, ctm: &Matrix, x: f32, y: f32) {
        self.current = Some(apply(ctm, x, y));
    }

    /// `h`: closes the subpath with a straight piece back to its start.
    pub fn close(&mut self) {
        if let (Some(c), Some(s)) = (self.current, self.start) {
            self.piece(c, s);
            self.current = Some(s);
        }
    }

    /// `re`: a rectangle, as its four sides.
    pub fn rect(&mut self, ctm: &Matrix, x: f32, y: f32, w: f32, h: f32) {
        let corners = [
            apply(ctm, x, y),
            apply(ctm, x + w, y),
            apply(ctm, x + w, y + h),
            apply(ctm, x, y + h),
        ];
        for k in 0..4 {
            self.piece(corners[k], corners[(k + 1) % 4]);
        }
        self.current = Some(corners[0]);
        self.start = Some(corners[0]);
    }

    /// Records one straight piece.
    fn piece(&mut self, a: (f32, f32), b: (f32, f32)) {
        if self.pieces.len() < MAX_PATH {
            self.pieces.push([a.0, a.1, b.0, b.1]);
        }
    }

    /// The path is painted (stroked or filled): its straight pieces become
    /// rules in `out`, and the path is cleared.
    pub fn paint(&mut self, out: &mut Vec<Rule>) {
        for [x0, y0, x1, y1] in self.pieces.drain(..) {
            if out.len() >= MAX_RULES {
                break;
            }
            let rule = if (x0 - x1).abs() <= STRAIGHT {
                Rule {
                    vertical: true,
                    at: 0.5 * (x0 + x1),
                    from: y0.min(y1),
                    to: y0.max(y1),
                }
            } else if (y0 - y1).abs() <= STRAIGHT {
                Rule {
                    vertical: false,
                    at: 0.5 * (y0 + y1),
                    from: x0.min(x1),
                    to: x0.max(x1),
                }
            } else {
                continue;
            };
            if rule.to - rule.from >= MIN_RULE
                && [rule.at, rule.from, rule.to].iter().all(|v| v.is_finite())
            {
                out.push(rule);
            }
        }
        self.clear();
    }

    /// `n` or a new page: forgets the path.
    pub fn clear(&mut self) {
        self.pieces.clear();
        self.current = None;
        self.start = None;
    }
}

#[cfg(test)]
mod tests {
    use super::super::glyphs::IDENTITY;
    use super::*;

    #[test]
    fn stroked_lines_and_rectangles_become_rules() {
        let mut path = Path::default();
        let mut rules = Vec::new();
        path.move_to(&IDENTITY, 70.0, 700.0);
        path.line_to(&IDENTITY, 550.0, 700.0);
        path.paint(&mut rules);
        path.rect(&IDENTITY, 100.0, 500.0, 0.5, 200.0);
        path.paint(&mut rules);
        // A slanted line and a clipping path leave nothing.
        path.move_to(&IDENTITY, 0.0, 0.0);
        path.line_to(&IDENTITY, 100.0, 100.0);
        path.paint(&mut rules);
        path.rect(&IDENTITY, 0.0, 0.0, 600.0, 800.0);
        path.clear();
        assert_eq!(rules.len(), 3, "{rules:?}");
        assert_eq!(
            rules[0],
            Rule {
                vertical: false,
                at: 700.0,
                from: 70.0,
                to: 550.0
            }
        );
        assert!(
            rules[1..]
                .iter()
                .all(|r| r.vertical && (r.to - r.from - 200.0).abs() < 0.01)
        );
    }
}
