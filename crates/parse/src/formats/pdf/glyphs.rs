//! Glyphs placed on a page: the interpreter's output, the layout's input.
//!
//! Each glyph carries its position twice: in display space (`x`, `y`, for
//! the page-bounds test) and in the frame of its own writing direction
//! (`u0..u1` along the baseline, `v` across it, growing "up"), so that the
//! layout can treat rotated text exactly like horizontal text. The Unicode
//! text of all glyphs lives in one page-wide `String`; a glyph keeps a range
//! into it, so placing a glyph allocates nothing.
//!
//! Invariant: every `Placed::text` range lies inside `PageGlyphs::text` on
//! char boundaries; coordinates are finite; `size >= MIN_SIZE`.

use super::rules::Rule;

/// The smallest font size used in layout arithmetic (points).
pub(crate) const MIN_SIZE: f32 = 1.0;

/// One glyph on the page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Placed {
    /// Start along the baseline, in the direction's frame.
    pub u0: f32,
    /// End along the baseline (start + advance without spacing).
    pub u1: f32,
    /// Baseline position across the writing direction (larger is higher).
    pub v: f32,
    /// Font size in display units.
    pub size: f32,
    /// Writing direction in whole degrees, counter-clockwise, 0..360.
    pub angle: u16,
    /// Whether the glyph is white space.
    pub space: bool,
    /// Order in which the glyph was drawn on the page.
    pub seq: u32,
    /// The positioning run it belongs to: glyphs drawn without an explicit
    /// move between them (one `Tj`/`TJ`, or several without `Td`) share it.
    pub run: u32,
    /// Byte offset of its text in [`PageGlyphs::text`].
    pub start: u32,
    /// Byte length of its text.
    pub len: u16,
}

/// All glyphs of one page.
#[derive(Debug, Default, Clone)]
pub(crate) struct PageGlyphs {
    /// The glyphs in drawing order.
    pub glyphs: Vec<Placed>,
    /// Their text, back to back.
    pub text: String,
    /// Displayed page width.
    pub width: f32,
    /// Displayed page height.
    pub height: f32,
    /// Whether something was cut short (a reference cycle, the glyph cap).
    pub truncated: bool,
    /// Straight horizontal and vertical strokes (table borders).
    pub rules: Vec<Rule>,
}

impl PageGlyphs {
    /// The text of one glyph.
    pub fn text_of(&self, g: &Placed) -> &str {
        let start = g.start as usize;
        self.text
            .get(start..start + usize::from(g.len))
            .unwrap_or("")
    }

    /// Whether the page has any visible text at all.
    pub fn has_text(&self) -> bool {
        self.glyphs.iter().any(|g| !g.space && g.len > 0)
    }
}

/// A 2-D affine matrix `[a b c d e f]`, PDF's row-vector convention.
pub(crate) type Matrix = [f32; 6];

/// The identity matrix.
pub(crate) const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` followed by `n` (as `cm` and text matrices compose).
pub(crate) fn mul(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// Applies `m` to the point `(x, y)`.
pub(crate) fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// Applies the linear part of `m` to the vector `(x, y)`.
pub(crate) fn apply_vec(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y, m[1] * x + m[3] * y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matrices_compose_like_cm() {
        let scale = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        let shift = [1.0, 0.0, 0.0, 1.0, 10.0, 20.0];
        // Scale first, then shift.
        assert_eq!(apply(&mul(&scale, &shift), 1.0, 1.0), (12.0, 22.0));
        assert_eq!(apply(&mul(&shift, &scale), 1.0, 1.0), (22.0, 42.0));
        assert_eq!(mul(&IDENTITY, &shift), shift);
        assert_eq!(apply_vec(&shift, 1.0, 0.0), (1.0, 0.0));
    }

    #[test]
    fn text_of_out_of_range_is_empty() {
        let page = PageGlyphs {
            text: "Ўсё".to_owned(),
            ..PageGlyphs::default()
        };
        let g = Placed {
            u0: 0.0,
            u1: 1.0,
            v: 0.0,
            size: 10.0,
            angle: 0,
            space: false,
            seq: 0,
            run: 0,
            start: 0,
            len: 2,
        };
        assert_eq!(page.text_of(&g), "Ў");
        assert_eq!(page.text_of(&Placed { start: 1, ..g }), "");
        assert_eq!(page.text_of(&Placed { len: 40, ..g }), "");
    }
}
