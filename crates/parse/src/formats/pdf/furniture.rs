//! Running headers, footers and page numbers, kept out of the body text.
//!
//! Candidates are the two highest and the two lowest upright lines of each
//! page, when they sit in the top or bottom [`ZONE`] of the page. A
//! candidate is furniture when its text, digits ignored, recurs among the
//! candidates of at least two thirds of the pages (and of two pages at
//! least), or when it is a page number: `3`, `- 3 -`, `Page 3 of 5`,
//! `Страница 3`, `Старонка 3`, `стр. 3`, `3/5`.
//!
//! Rows of a table longer than that are never candidates: data rows look
//! alike by nature.
//!
//! Invariant: only candidate lines are ever removed; paragraphs left empty
//! are dropped.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::layout::PageText;

/// Share of the page height, at the top and at the bottom, where running
/// headers and footers live.
const ZONE: f32 = 0.12;
/// Candidate lines taken from each end of a page.
const PER_END: usize = 2;

/// A page-number line in any of the usual forms.
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[-–—]\s*)?(?:(?:page|p\.|стр\.?|страница|старонка|бачына|с\.)\s*)?\d{1,4}(?:\s*(?:of|из|з|/)\s*\d{1,4})?(?:\s*[-–—])?$",
    )
    .expect("the page-number pattern is a valid regex")
});

/// The text of a line with digits removed, lower-cased, spaces collapsed.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let w: String = word
            .chars()
            .filter(|c| !c.is_ascii_digit())
            .flat_map(char::to_lowercase)
            .collect();
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&w);
        }
    }
    out
}

/// Whether a line is only a page number.
pub(crate) fn is_page_number(text: &str) -> bool {
    PAGE_NUMBER.is_match(text.trim())
}

/// The (paragraph, line) positions of a page's candidate lines.
fn candidates(page: &PageText) -> Vec<(usize, usize)> {
    let mut upright: Vec<(f32, usize, usize)> = Vec::new();
    for (p, para) in page.paragraphs.iter().enumerate() {
        // A table of more rows than are taken from a page end is body
        // text, however alike its rows look.
        if !para.upright || (para.table && para.lines.len() > PER_END) {
            continue;
        }
        for (l, line) in para.lines.iter().enumerate() {
            upright.push((line.v, p, l));
        }
    }
    upright.sort_by(|a, b| b.0.total_cmp(&a.0));
    let h = page.height.max(1.0);
    let mut out = Vec::new();
    for &(v, p, l) in upright.iter().take(PER_END) {
        if v > h * (1.0 - ZONE) {
            out.push((p, l));
        }
    }
    for &(v, p, l) in upright.iter().rev().take(PER_END) {
        if v < h * ZONE && !out.contains(&(p, l)) {
            out.push((p, l));
        }
    }
    out
}

/// Removes running headers, footers and page numbers from all pages.
pub(crate) fn remove(pages: &mut [PageText]) {
    let per_page: Vec<Vec<(usize, usize)>> = pages.iter().map(candidates).collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (page, cands) in pages.iter().zip(&per_page) {
        let keys: HashSet<String> = cands
            .iter()
            .filter_map(|&(p, l)| page.paragraphs.get(p)?.lines.get(l))
            .map(|line| key(&line.text))
            .filter(|k| !k.is_empty())
            .collect();
        for k in keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    let n = pages.len();
    let repeated = |k: &str| counts.get(k).is_some_and(|&c| c >= 2 && c * 3 >= n * 2);
    for (page, cands) in pages.iter_mut().zip(per_page) {
        let mut drop: Vec<(usize, usize)> = cands
            .into_iter()
            .filter(|&(p, l)| {
                page.paragraphs
                    .get(p)
                    .and_then(|para| para.lines.get(l))
                    .is_some_and(|line| {
                        let k = key(&line.text);
                        is_page_number(&line.text) || (!k.is_empty() && repeated(&k))
                    })
            })
            .collect();
        // Remove from the back so earlier positions stay valid.
        drop.sort_unstable_by(|a, b| b.cmp(a));
        for (p, l) in drop {
            if let Some(para) = page.paragraphs.get_mut(p)
                && l < para.lines.len()
            {
                para.lines.remove(l);
            }
        }
        page.paragraphs.retain(|p| !p.lines.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::super::paragraphs::{Paragraph, TextLine};
    use super::*;

    fn para(lines: &[(&str, f32)]) -> Paragraph {
        Paragraph {
            lines: lines
                .iter()
                .map(|&(t, v)| TextLine {
                    text: t.to_owned(),
                    v,
                    u0: 50.0,
                    size: 10.0,
                })
                .collect(),
            upright: true,
            table: false,
        }
    }

    fn page(n: usize, body: &str) -> PageText {
        PageText {
            paragraphs: vec![
                para(&[(&format!("Вестник БГУ, 2019, № {n}"), 820.0)]),
                para(&[(body, 700.0), ("and more body text", 688.0)]),
                para(&[(&format!("- {n} -"), 30.0)]),
            ],
            height: 842.0,
        }
    }

    #[test]
    fn running_header_and_page_numbers_go() {
        let mut pages: Vec<PageText> = (1..=3)
            .map(|n| page(n, "Навукова-тэхнічнае супрацоўніцтва"))
            .collect();
        remove(&mut pages);
        for p in &pages {
            assert_eq!(p.paragraphs.len(), 1, "{p:?}");
            assert_eq!(p.paragraphs[0].lines.len(), 2);
        }
    }

    #[test]
    fn a_single_page_keeps_its_top_line() {
        let mut pages = vec![page(1, "Body")];
        remove(&mut pages);
        assert_eq!(pages[0].paragraphs.len(), 2);
        assert!(pages[0].paragraphs[0].lines[0].text.starts_with("Вестник"));
    }

    #[test]
    fn page_number_forms() {
        for t in [
            "3",
            "- 3 -",
            "Page 3 of 5",
            "Страница 3",
            "Старонка 3",
            "3/5",
            "стр. 12",
            "— 7 —",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["3 апреля", "Глава 3", "№ 3", "2019 год"] {
            assert!(!is_page_number(t), "{t}");
        }
    }
}
