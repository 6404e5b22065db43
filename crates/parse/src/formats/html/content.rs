//! Where a page's own text is: per-subtree text statistics and the choice
//! of the main-content element.
//!
//! The page author usually says where the article is (`<article>`,
//! `[itemprop=articleBody]`, `<main>`, `[role=main]`); those are taken
//! first when they hold a fair share of the page's text. Otherwise the
//! block that gathers the most running text with the fewest links wins:
//! each stretch of text of at least [`MIN_RUN`] letters scores its length
//! for its container and half of it for the container's parent, and a
//! container's score is scaled down by its link density. Menus and link
//! lists score nothing; a news text scores its whole length.
//!
//! Invariant: the statistics count only text that would be rendered
//! (scripts, styles, `<head>` and hidden elements are excluded), in chars.

use super::dom::{Dom, Kind, Tag};

/// Shortest run of text (in chars) that counts as running text.
const MIN_RUN: u32 = 20;

/// Least score for a scored block to be taken as the content.
const MIN_SCORE: f64 = 200.0;

/// Node flag: inside a never-rendered element.
const HARD: u8 = 1;
/// Node flag: inside a link.
const LINK: u8 = 2;

/// Text counts per subtree, in chars.
#[derive(Debug)]
pub(crate) struct Stats {
    /// All rendered text.
    pub text: Vec<u32>,
    /// Text inside links.
    pub link: Vec<u32>,
    /// Whether the node is inside (or is) a never-rendered element.
    pub hard: Vec<bool>,
}

impl Stats {
    /// Text not inside links, for the subtree of `i`.
    pub fn own_text(&self, i: usize) -> u32 {
        let text = self.text.get(i).copied().unwrap_or(0);
        text.saturating_sub(self.link.get(i).copied().unwrap_or(0))
    }

    /// Share of the subtree's text that is link text, 0.0–1.0.
    pub fn link_density(&self, i: usize) -> f64 {
        let text = self.text.get(i).copied().unwrap_or(0);
        if text == 0 {
            return 1.0;
        }
        f64::from(self.link.get(i).copied().unwrap_or(0)) / f64::from(text)
    }

    /// Whether node `i` is never rendered.
    pub fn is_hard(&self, i: usize) -> bool {
        self.hard.get(i).copied().unwrap_or(true)
    }
}

/// Whether an element is never rendered, whatever the mode.
pub(crate) fn never_rendered(kind: &Kind<'_>) -> bool {
    let Kind::Element(tag, attrs) = kind else {
        return false;
    };
    if matches!(
        tag,
        Tag::Script | Tag::Hidden | Tag::Head | Tag::Title | Tag::Meta
    ) {
        return true;
    }
    if attrs.hidden || attrs.aria_hidden.is_some_and(|v| v.trim() == "true") {
        return true;
    }
    // LibreOffice's footnote marks ("гады<sup>1</sup>") would glue digits to words.
    if *tag == Tag::A
        && attrs.class.is_some_and(|c| {
            matches!(
                c.trim(),
                "sdfootnoteanc" | "sdendnoteanc" | "sdfootnotesym" | "sdendnotesym"
            )
        })
    {
        return true;
    }
    attrs.style.is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Counts text per subtree (two linear passes, no recursion).
pub(crate) fn stats(dom: &Dom<'_>) -> Stats {
    let n = dom.len();
    let mut flags = vec![0u8; n];
    for i in 0..n {
        let Some(node) = dom.get(i) else { break };
        let mut f = if i == 0 {
            0
        } else {
            flags.get(node.parent).copied().unwrap_or(0)
        };
        if never_rendered(&node.kind) {
            f |= HARD;
        }
        if node.tag() == Some(Tag::A) {
            f |= LINK;
        }
        if let Some(slot) = flags.get_mut(i) {
            *slot = f;
        }
    }
    let mut text = vec![0u32; n];
    let mut link = vec![0u32; n];
    for i in (0..n).rev() {
        let Some(node) = dom.get(i) else { continue };
        let f = flags.get(i).copied().unwrap_or(HARD);
        if let Kind::Text(t) = node.kind
            && f & HARD == 0
        {
            let len = count_letters(t);
            add(&mut text, i, len);
            if f & LINK != 0 {
                add(&mut link, i, len);
            }
        }
        if i > 0 {
            let p = node.parent;
            let (t, l) = (at(&text, i), at(&link, i));
            add(&mut text, p, t);
            add(&mut link, p, l);
        }
    }
    Stats {
        text,
        link,
        hard: flags.iter().map(|f| f & HARD != 0).collect(),
    }
}

/// The count at `i`, 0 when out of range.
fn at(v: &[u32], i: usize) -> u32 {
    v.get(i).copied().unwrap_or(0)
}

/// Adds to the count at `i`, saturating.
fn add(v: &mut [u32], i: usize, by: u32) {
    if let Some(slot) = v.get_mut(i) {
        *slot = slot.saturating_add(by);
    }
}

/// Chars of a text run, whitespace runs counted as one.
fn count_letters(t: &str) -> u32 {
    let mut n = 0u32;
    let mut space = true;
    for c in t.chars() {
        if c.is_whitespace() {
            if !space {
                n = n.saturating_add(1);
            }
            space = true;
        } else {
            n = n.saturating_add(1);
            space = false;
        }
    }
    n
}

/// The element holding the page's own text, if one stands out.
pub(crate) fn anchor(dom: &Dom<'_>, stats: &Stats) -> Option<usize> {
    let body = dom.find(Tag::Body).unwrap_or(0);
    let total = stats.own_text(body);
    let fair = (total / 4).max(140);
    let best = |pick: &dyn Fn(usize) -> bool, outermost: bool| -> Option<usize> {
        let mut best: Option<(usize, u32)> = None;
        let mut skip_until = 0;
        for i in 0..dom.len() {
            if i < skip_until || stats.is_hard(i) || !pick(i) {
                continue;
            }
            if outermost {
                skip_until = dom.end(i);
            }
            let own = stats.own_text(i);
            if best.is_none_or(|(_, b)| own > b) {
                best = Some((i, own));
            }
        }
        best.filter(|&(_, own)| own >= fair).map(|(i, _)| i)
    };
    let tag_is = |t: Tag| move |i: usize| dom.tag(i) == Some(t);
    let attr_is = |pick: fn(&super::dom::Attrs<'_>) -> bool| {
        move |i: usize| dom.get(i).and_then(|n| n.attrs()).is_some_and(pick)
    };
    best(&tag_is(Tag::Article), true)
        .or_else(|| {
            best(
                &attr_is(|a| a.itemprop.is_some_and(|v| has_word(v, "articleBody"))),
                true,
            )
        })
        .or_else(|| best(&tag_is(Tag::Main), true))
        .or_else(|| {
            best(
                &attr_is(|a| a.role.is_some_and(|v| has_word(v, "main"))),
                true,
            )
        })
        .or_else(|| scored(dom, stats))
}

/// Whether a space-separated attribute value holds `word` (ASCII case-insensitive).
pub(crate) fn has_word(value: &str, word: &str) -> bool {
    value
        .split_ascii_whitespace()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The block gathering the most running text with the fewest links.
fn scored(dom: &Dom<'_>, stats: &Stats) -> Option<usize> {
    let n = dom.len();
    let mut score = vec![0f64; n];
    for i in 0..n {
        let Some(node) = dom.get(i) else { break };
        let Kind::Text(t) = node.kind else { continue };
        if stats.is_hard(i) {
            continue;
        }
        let len = count_letters(t.trim());
        if len < MIN_RUN {
            continue;
        }
        let mut block = node.parent;
        while block > 0 && !is_block(dom.tag(block)) {
            block = dom.get(block).map_or(0, |b| b.parent);
        }
        if matches!(
            dom.tag(block),
            Some(Tag::P | Tag::Pre | Tag::H1 | Tag::Heading | Tag::LineBlock)
        ) {
            block = dom.get(block).map_or(0, |b| b.parent);
        }
        let parent = dom.get(block).map_or(0, |b| b.parent);
        if let Some(s) = score.get_mut(block) {
            *s += f64::from(len);
        }
        if parent != block
            && let Some(s) = score.get_mut(parent)
        {
            *s += f64::from(len) / 2.0;
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for (i, s) in score.iter().enumerate() {
        if *s <= 0.0 {
            continue;
        }
        let s = s * (1.0 - stats.link_density(i));
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.filter(|&(_, s)| s >= MIN_SCORE).map(|(i, _)| i)
}

/// Elements that hold running text as blocks.
fn is_block(tag: Option<Tag>) -> bool {
    matches!(
        tag,
        Some(
            Tag::P
                | Tag::Pre
                | Tag::Block
                | Tag::LineBlock
                | Tag::Cell
                | Tag::Article
                | Tag::Main
                | Tag::Body
                | Tag::H1
                | Tag::Heading
                | Tag::Header
                | Tag::Footer
                | Tag::Aside
                | Tag::Nav
                | Tag::Form
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::limits::Limits;
    use crate::options::ParseOptions;
    use scraper::Html;

    #[test]
    fn the_text_block_beats_the_menu() {
        let para = "Міністэрства замежных спраў Рэспублікі Беларусь паведамляе аб сустрэчы. ";
        let page = format!(
            "<body><div id=menu><a href=1>Галоўная</a> <a href=2>Навіны</a></div>\
             <div id=text><p>{}</p><p>{}</p><p>{}</p></div><script>var x = 'Скрыпт';</script></body>",
            para.repeat(2),
            para.repeat(2),
            para
        );
        let html = Html::parse_document(&page);
        let opts = ParseOptions::default();
        let dom = Dom::build(&html, &Limits::new(&opts)).unwrap();
        let st = stats(&dom);
        let chosen = anchor(&dom, &st).unwrap();
        assert_eq!(dom.get(chosen).unwrap().attrs().unwrap().id, Some("text"));
        let body = dom.find(Tag::Body).unwrap();
        assert!(st.link.get(body).copied().unwrap() > 0);
        assert!(st.text.get(body).copied().unwrap() > st.text.get(chosen).copied().unwrap());
        // The script's Cyrillic string is not counted.
        assert!(st.own_text(body) < 6 * para.chars().count() as u32);
    }
}
