//! One page's glyphs → its paragraphs in reading order.
//!
//! Glyphs are split by writing direction. Upright text (0°) is the body:
//! lines, segments, blocks, reading order, paragraphs. Text in any other
//! direction (a rotated stamp, a vertical margin note, a diagonal
//! watermark) is laid out the same way in its own frame, so it reads as
//! whole lines, and is put after the body so it does not cut into it.
//!
//! Invariant: every glyph with text ends up in exactly one line of output
//! (duplicates of fake bold excepted).

use std::collections::BTreeMap;

use super::aligned::take_aligned;
use super::columns::blocks;
use super::glyphs::PageGlyphs;
use super::lines::segments;
use super::order::reading_order;
use super::paragraphs::{Paragraph, paragraphs};
use super::tables::{grids, take};

/// A page's text, ready for furniture removal and hyphen joining.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PageText {
    /// Paragraphs in reading order.
    pub paragraphs: Vec<Paragraph>,
    /// Displayed page height (for the header and footer zones).
    pub height: f32,
}

/// Lays out one page.
pub(crate) fn page(glyphs: &PageGlyphs) -> PageText {
    let mut by_angle: BTreeMap<u16, Vec<u32>> = BTreeMap::new();
    for (i, g) in glyphs.glyphs.iter().enumerate() {
        by_angle.entry(g.angle).or_default().push(i as u32);
    }
    // Upright first, then the other directions, the most text first.
    let mut groups: Vec<(u16, Vec<u32>)> = by_angle.into_iter().collect();
    groups.sort_by_key(|(angle, idx)| (*angle != 0, std::cmp::Reverse(idx.len())));
    let mut out = PageText {
        paragraphs: Vec::new(),
        height: glyphs.height,
    };
    // Ruled tables are read on upright text only.
    let grids = grids(&glyphs.rules);
    for (angle, mut idx) in groups {
        let grids = if angle == 0 { &grids[..] } else { &[] };
        let (mut tables, segs) = take(grids, segments(glyphs, &mut idx, grids));
        let segs = if angle == 0 {
            let (more, rest) = take_aligned(segs);
            tables.extend(more);
            rest
        } else {
            segs
        };
        let mut blocks = blocks(&segs);
        let text_blocks = blocks.len();
        blocks.extend(tables.iter().map(|t| t.block.clone()));
        for b in reading_order(&blocks) {
            match b.checked_sub(text_blocks) {
                None => {
                    if let Some(block) = blocks.get(b) {
                        out.paragraphs.extend(paragraphs(block, &segs, angle == 0));
                    }
                }
                Some(t) => out
                    .paragraphs
                    .extend(tables.get(t).map(|t| t.paragraph.clone())),
            }
        }
    }
    out
}

/// The page's text as paragraphs separated by blank lines.
#[cfg(test)]
pub(crate) fn plain(page: &PageText) -> String {
    page.paragraphs
        .iter()
        .map(|p| {
            p.lines
                .iter()
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::super::lines::tests::page_of;
    use super::*;

    #[test]
    fn letterhead_columns_do_not_interleave() {
        let glyphs = page_of(&[
            ("МІНІСТЭРСТВА АДУКАЦЫІ", 60.0, 780.0, 10.0, 1),
            ("РЭСПУБЛІКІ БЕЛАРУСЬ", 65.0, 768.0, 10.0, 2),
            ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ", 330.0, 780.0, 10.0, 3),
            ("РЕСПУБЛИКИ БЕЛАРУСЬ", 340.0, 768.0, 10.0, 4),
            ("Уважаемые коллеги!", 60.0, 720.0, 10.0, 5),
        ]);
        let text = plain(&page(&glyphs));
        assert_eq!(
            text,
            "МІНІСТЭРСТВА АДУКАЦЫІ\nРЭСПУБЛІКІ БЕЛАРУСЬ\n\n\
             МИНИСТЕРСТВО ОБРАЗОВАНИЯ\nРЕСПУБЛИКИ БЕЛАРУСЬ\n\nУважаемые коллеги!"
        );
    }

    #[test]
    fn rotated_text_comes_after_the_body_in_whole_lines() {
        let mut glyphs = page_of(&[
            ("Body text here", 60.0, 700.0, 10.0, 1),
            ("STAMP", 300.0, 20.0, 10.0, 2),
        ]);
        for g in glyphs.glyphs.iter_mut().skip(14) {
            g.angle = 90;
        }
        let text = plain(&page(&glyphs));
        assert_eq!(text, "Body text here\n\nSTAMP");
    }
}
