//! A block's lines → paragraphs.
//!
//! The segments of a block that share a line are joined left to right
//! (with a tab when a wide gap separates them, as between table cells).
//! A paragraph ends where the gap to the next line is clearly larger than
//! the block's usual line spacing, where the font size changes markedly
//! (a heading), or where the next line starts with a first-line indent (indented against the block's left edge while the
//! line before and the line after are not).
//!
//! Invariant: every line of the block lands in exactly one paragraph, in
//! order; no paragraph is empty.

use super::columns::Block;
use super::lines::Segment;

/// A gap between two segments of one line wider than this many ems
/// becomes a tab rather than a space.
const TAB_EM: f32 = 3.0;
/// A line spacing this many times the usual one starts a paragraph.
const PARA_GAP: f32 = 1.45;
/// A change of font size by more than this share starts a paragraph
/// (a heading and the text under it).
const RESIZE: f32 = 0.2;
/// An indent of at least this many ems is a first-line indent.
const INDENT_EM: f32 = 0.9;
/// Lines within this many ems of the block's left edge are not indented.
const FLUSH_EM: f32 = 0.4;

/// One line of output text with where it sat on the page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TextLine {
    /// The text.
    pub text: String,
    /// Baseline, in the writing direction's frame.
    pub v: f32,
    /// Left edge.
    pub u0: f32,
    /// Font size of its largest glyph.
    pub size: f32,
}

/// Lines that belong together.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Paragraph {
    /// Its lines, top to bottom.
    pub lines: Vec<TextLine>,
    /// Whether it is horizontal body text (not rotated).
    pub upright: bool,
    /// Whether it is a table: a line per row, cells separated by tabs.
    pub table: bool,
}

/// Joins the segments of a block into lines.
fn block_lines(block: &Block, segs: &[Segment]) -> Vec<TextLine> {
    let mut lines: Vec<TextLine> = Vec::new();
    let mut last_line = None;
    let mut last_u1 = 0.0f32;
    for s in block.segs.iter().filter_map(|&i| segs.get(i)) {
        match lines.last_mut() {
            Some(l) if last_line == Some(s.line) => {
                let sep = if s.u0 - last_u1 > TAB_EM * s.size {
                    '\t'
                } else {
                    ' '
                };
                l.text.push(sep);
                l.text.push_str(&s.text);
                l.size = l.size.max(s.size);
            }
            _ => lines.push(TextLine {
                text: s.text.clone(),
                v: s.v,
                u0: s.u0,
                size: s.size,
            }),
        }
        last_line = Some(s.line);
        last_u1 = s.u1;
    }
    lines
}

/// The block's paragraphs.
pub(crate) fn paragraphs(block: &Block, segs: &[Segment], upright: bool) -> Vec<Paragraph> {
    let lines = block_lines(block, segs);
    let mut gaps: Vec<f32> = lines.windows(2).map(|w| w[0].v - w[1].v).collect();
    gaps.sort_unstable_by(f32::total_cmp);
    // The lower median, so that one wide gap among two is seen as wide.
    let usual = gaps.get(gaps.len().saturating_sub(1) / 2).copied();
    let left = block.u0;
    let flush = |l: &TextLine| l.u0 - left < FLUSH_EM * l.size;
    let mut out: Vec<Paragraph> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let starts = match i.checked_sub(1).and_then(|p| lines.get(p)) {
            None => true,
            Some(prev) => {
                let gap = prev.v - line.v;
                let wide = usual.is_some_and(|u| gap > u * PARA_GAP && gap - u > 0.25 * line.size);
                let indented = line.u0 - left >= INDENT_EM * line.size
                    && flush(prev)
                    && lines.get(i + 1).is_some_and(flush);
                let resized = (prev.size - line.size).abs() > RESIZE * prev.size.max(line.size);
                wide || indented || resized
            }
        };
        if starts || out.is_empty() {
            out.push(Paragraph {
                lines: Vec::new(),
                upright,
                table: false,
            });
        }
        if let Some(p) = out.last_mut() {
            p.lines.push(line.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn run(segs: &[Segment]) -> Vec<Vec<String>> {
        let block = Block {
            segs: (0..segs.len()).collect(),
            u0: segs.iter().map(|s| s.u0).fold(f32::MAX, f32::min),
            u1: 500.0,
            top: 800.0,
            bottom: 0.0,
            size: 10.0,
        };
        paragraphs(&block, segs, true)
            .into_iter()
            .map(|p| p.lines.into_iter().map(|l| l.text).collect())
            .collect()
    }

    #[test]
    fn indent_starts_a_paragraph() {
        let segs = [
            seg(0, 50.0, 700.0, "Паважаныя калегі, дзякуем"),
            seg(1, 50.0, 688.0, "за ліст."),
            seg(2, 70.0, 676.0, "Прапануем сустрэцца"),
            seg(3, 50.0, 664.0, "у верасні."),
        ];
        assert_eq!(
            run(&segs),
            vec![
                vec!["Паважаныя калегі, дзякуем", "за ліст."],
                vec!["Прапануем сустрэцца", "у верасні."]
            ]
        );
    }

    #[test]
    fn a_wider_gap_starts_a_paragraph() {
        let segs = [
            seg(0, 50.0, 700.0, "First line"),
            seg(1, 50.0, 688.0, "second line."),
            seg(2, 50.0, 668.0, "New paragraph"),
            seg(3, 50.0, 656.0, "goes on."),
        ];
        assert_eq!(run(&segs).len(), 2);
    }

    #[test]
    fn a_heading_in_a_larger_size_is_its_own_paragraph() {
        let mut segs = vec![
            seg(0, 50.0, 720.0, "СОГЛАШЕНИЕ"),
            seg(1, 50.0, 700.0, "Стороны договорились"),
            seg(2, 50.0, 688.0, "о нижеследующем."),
        ];
        segs[0].size = 14.0;
        assert_eq!(run(&segs).len(), 2);
    }

    #[test]
    fn segments_of_one_line_are_joined() {
        let segs = [
            seg(0, 50.0, 700.0, "Дата"),
            seg(0, 300.0, 700.0, "18.07.2019"),
        ];
        assert_eq!(run(&segs), vec![vec!["Дата\t18.07.2019"]]);
    }
}
