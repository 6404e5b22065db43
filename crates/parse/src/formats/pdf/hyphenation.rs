//! Joining words hyphenated at the end of a line.
//!
//! A line ending in letter + `-` (or a soft hyphen, or U+2010) followed by
//! a line starting with a lower-case letter is a candidate. The two parts
//! become one word without the hyphen (`сотрудни-` + `чество` →
//! `сотрудничество`), except for real compounds, which keep it
//! (`научно-` + `технический` → `научно-технический`):
//!
//! 1. the joined form occurs elsewhere in the document → join;
//! 2. the hyphenated form occurs elsewhere in the document → keep;
//! 3. the left part ends like a Russian or Belarusian compound stem
//!    (`научно`, `социально`, `белорусско`, `навукова`, `сацыяльна`) and
//!    the right part is a whole word → keep;
//! 4. otherwise → join.
//!
//! A soft hyphen always joins. The completed word moves up to the first
//! line; the rest of the second line stays where it was. A word broken
//! between one paragraph and the next in reading order (at a column or
//! page break) is joined the same way, as the lower-case start shows that
//! the paragraph goes on.
//!
//! Invariant: only the two lines around a candidate change, and no letter
//! is lost.

use std::collections::HashSet;

use super::layout::PageText;

/// Endings of compound stems (`научно-`, `белорусско-`, `навукова-`).
const STEM_ENDINGS: &[&str] = &[
    "но", "ско", "цко", "ико", "ово", "ево", "на", "ска", "цка", "іка", "ова", "ева",
];
/// Longest line (bytes) that still takes a word from the next line; real
/// lines are far shorter, and the cap keeps crafted input linear.
const MAX_JOINED_LINE: usize = 2000;
/// Shortest left part that can be a compound stem, in letters.
const MIN_STEM: usize = 6;
/// Shortest right part that counts as a whole word, in letters.
const MIN_RIGHT: usize = 5;

/// Lower-cased letters-and-hyphens core of a token (punctuation trimmed).
fn core(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .flat_map(char::to_lowercase)
        .collect()
}

/// The words of the document among `queries` (lower-cased forms), for the
/// attestation tests. Tokens whose length matches no query are skipped
/// before any lower-casing.
fn attested(pages: &[PageText], queries: &HashSet<String>) -> HashSet<String> {
    let lengths: HashSet<usize> = queries.iter().map(String::len).collect();
    let mut words = HashSet::new();
    for line in pages
        .iter()
        .flat_map(|p| &p.paragraphs)
        .flat_map(|p| &p.lines)
    {
        for token in line.text.split_whitespace() {
            let trimmed = token.trim_matches(|c: char| !c.is_alphanumeric());
            if !lengths.contains(&trimmed.len()) {
                continue;
            }
            let w = core(trimmed);
            if queries.contains(&w) {
                words.insert(w);
            }
        }
    }
    words
}

/// Whether `left` + `right` should keep the hyphen.
fn keep_hyphen(left: &str, right: &str, vocab: &HashSet<String>) -> bool {
    let (l, r) = (core(left), core(right));
    if vocab.contains(&format!("{l}{r}")) {
        return false;
    }
    if vocab.contains(&format!("{l}-{r}")) {
        return true;
    }
    l.chars().count() >= MIN_STEM
        && r.chars().filter(|c| c.is_alphabetic()).count() >= MIN_RIGHT
        && STEM_ENDINGS.iter().any(|e| l.ends_with(e))
}

/// If `line` ends in a hyphenated word part, its text before the hyphen
/// and whether the hyphen was a soft one.
fn hyphen_end(line: &str) -> Option<(&str, bool)> {
    let trimmed = line.trim_end();
    let mut chars = trimmed.char_indices().rev();
    let (at, hyphen) = chars.next()?;
    if !matches!(hyphen, '-' | '\u{ad}' | '\u{2010}') {
        return None;
    }
    let (_, before) = chars.next()?;
    if !before.is_alphabetic() {
        return None;
    }
    Some((trimmed.get(..at)?, hyphen == '\u{ad}'))
}

/// The parts of a hyphenated line break: the first line's text before the
/// hyphen, whether the hyphen is soft, the word part on the second line,
/// and the rest of the second line.
fn split_pair<'a>(first: &'a str, second: &'a str) -> Option<(&'a str, bool, &'a str, &'a str)> {
    let (head, soft) = hyphen_end(first)?;
    let rest = second.trim_start();
    if !rest.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let (right, tail) = rest.split_at(word_end);
    Some((head, soft, right, tail))
}

/// The last word of `head`.
fn last_word(head: &str) -> &str {
    head.rsplit(char::is_whitespace).next().unwrap_or(head)
}

/// Joins the line pair `first`/`second` if they end and start a hyphenated
/// word; returns whether it did.
pub(crate) fn join_pair(first: &mut String, second: &mut String, vocab: &HashSet<String>) -> bool {
    let Some((head, soft, right, tail)) = split_pair(first, second) else {
        return false;
    };
    let keep = !soft && keep_hyphen(last_word(head), right, vocab);
    let mut joined = String::with_capacity(head.len() + right.len() + 1);
    joined.push_str(head);
    if keep {
        joined.push('-');
    }
    joined.push_str(right);
    let tail = tail.trim_start().to_owned();
    *first = joined;
    *second = tail;
    true
}

/// Joins hyphenated line ends inside every paragraph of every page.
pub(crate) fn join(pages: &mut [PageText]) {
    // Upright paragraphs in reading order, across pages: a word broken at
    // the end of a column or page continues in the next paragraph.
    let order: Vec<(usize, usize)> = pages
        .iter()
        .enumerate()
        .flat_map(|(p, page)| {
            page.paragraphs
                .iter()
                .enumerate()
                .filter(|(_, para)| para.upright)
                .map(move |(q, _)| (p, q))
        })
        .collect();
    let line_of = |pages: &[PageText], (p, q): (usize, usize), last: bool| -> Option<String> {
        let lines = &pages.get(p)?.paragraphs.get(q)?.lines;
        let line = if last { lines.last() } else { lines.first() };
        line.map(|l| l.text.clone())
    };
    // The joined and hyphenated forms of every candidate, to look for.
    let mut queries = HashSet::new();
    let mut add = |a: &str, b: &str| {
        if let Some((head, _, right, _)) = split_pair(a, b) {
            let (l, r) = (core(last_word(head)), core(right));
            queries.insert(format!("{l}{r}"));
            queries.insert(format!("{l}-{r}"));
        }
    };
    for para in pages.iter().flat_map(|p| &p.paragraphs) {
        if para.table {
            continue;
        }
        for pair in para.lines.windows(2) {
            if let [a, b] = pair {
                add(&a.text, &b.text);
            }
        }
    }
    for w in order.windows(2) {
        if let (Some(a), Some(b)) = (line_of(pages, w[0], true), line_of(pages, w[1], false)) {
            add(&a, &b);
        }
    }
    if queries.is_empty() {
        return;
    }
    let vocab = attested(pages, &queries);
    for page in pages.iter_mut() {
        for para in page.paragraphs.iter_mut().filter(|p| !p.table) {
            // The line a hyphenated word is completed on; lines emptied by
            // moving their only word up are dropped at the end.
            let mut target = 0;
            for i in 1..para.lines.len() {
                let (a, b) = para.lines.split_at_mut(i);
                let (Some(first), Some(second)) = (a.get_mut(target), b.first_mut()) else {
                    continue;
                };
                let joined = first.text.len() <= MAX_JOINED_LINE
                    && join_pair(&mut first.text, &mut second.text, &vocab);
                if !(joined && second.text.is_empty()) {
                    target = i;
                }
            }
            para.lines.retain(|l| !l.text.is_empty());
        }
    }
    join_across(pages, &order, &vocab);
}

/// Joins words broken between one paragraph's last line and the next
/// paragraph's first line (a column or page break inside a paragraph).
fn join_across(pages: &mut [PageText], order: &[(usize, usize)], vocab: &HashSet<String>) {
    let is_table = |pages: &[PageText], (p, q): (usize, usize)| {
        pages
            .get(p)
            .and_then(|page| page.paragraphs.get(q))
            .is_some_and(|para| para.table)
    };
    for w in order.windows(2) {
        let ((p1, q1), (p2, q2)) = (w[0], w[1]);
        // A table's rows are not running text.
        if is_table(pages, w[0]) || is_table(pages, w[1]) {
            continue;
        }
        let Some(next) = pages
            .get_mut(p2)
            .and_then(|page| page.paragraphs.get_mut(q2))
            .and_then(|para| para.lines.first_mut())
        else {
            continue;
        };
        let mut second = std::mem::take(&mut next.text);
        if let Some(first) = pages
            .get_mut(p1)
            .and_then(|page| page.paragraphs.get_mut(q1))
            .and_then(|para| para.lines.last_mut())
            && first.text.len() <= MAX_JOINED_LINE
        {
            join_pair(&mut first.text, &mut second, vocab);
        }
        if let Some(next) = pages
            .get_mut(p2)
            .and_then(|page| page.paragraphs.get_mut(q2))
            .and_then(|para| para.lines.first_mut())
        {
            next.text = second;
        }
    }
    for page in pages.iter_mut() {
        for para in &mut page.paragraphs {
            para.lines.retain(|l| !l.text.is_empty());
        }
        page.paragraphs.retain(|p| !p.lines.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: &str, b: &str, vocab: &[&str]) -> (String, String) {
        let vocab: HashSet<String> = vocab.iter().map(|s| (*s).to_owned()).collect();
        let (mut a, mut b) = (a.to_owned(), b.to_owned());
        join_pair(&mut a, &mut b, &vocab);
        (a, b)
    }

    #[test]
    fn ordinary_hyphenation_is_joined() {
        assert_eq!(
            pair("о развитии сотрудни-", "чества между странами", &[]),
            (
                "о развитии сотрудничества".to_owned(),
                "между странами".to_owned()
            )
        );
        assert_eq!(pair("супрацоў-", "ніцтва.", &[]).0, "супрацоўніцтва.");
        assert_eq!(pair("co-", "operation", &[]).0, "cooperation");
        assert_eq!(pair("обра-", "зования", &[]).0, "образования");
        assert_eq!(pair("техно-", "логии", &[]).0, "технологии");
        assert_eq!(pair("сотрудниче-", "ство", &[]).0, "сотрудничество");
    }

    #[test]
    fn compounds_keep_their_hyphen() {
        assert_eq!(
            pair("О научно-", "техническом сотрудничестве", &[]),
            (
                "О научно-техническом".to_owned(),
                "сотрудничестве".to_owned()
            )
        );
        assert_eq!(
            pair("беларуска-", "расійскіх сувязей", &[]).0,
            "беларуска-расійскіх"
        );
        assert_eq!(
            pair("социально-", "экономического", &[]).0,
            "социально-экономического"
        );
        // Attested elsewhere, either way.
        assert_eq!(pair("well-", "known", &["well-known"]).0, "well-known");
        assert_eq!(pair("научно-", "стью", &["научностью"]).0, "научностью");
    }

    #[test]
    fn dashes_capitals_and_soft_hyphens() {
        assert_eq!(pair("Минск -", "столица", &[]).0, "Минск -");
        assert_eq!(pair("Москва-", "Минск", &[]).0, "Москва-");
        assert_eq!(
            pair("научно\u{ad}", "технический", &[]).0,
            "научнотехнический"
        );
        assert_eq!(pair("2019-", "2020", &[]).0, "2019-");
    }

    #[test]
    fn a_word_broken_across_a_page_is_joined() {
        use super::super::paragraphs::{Paragraph, TextLine};
        let page = |lines: &[&str]| PageText {
            paragraphs: vec![Paragraph {
                lines: lines
                    .iter()
                    .map(|t| TextLine {
                        text: (*t).to_owned(),
                        v: 0.0,
                        u0: 0.0,
                        size: 10.0,
                    })
                    .collect(),
                upright: true,
                table: false,
            }],
            height: 800.0,
        };
        let mut pages = vec![
            page(&["Стороны развивают сотрудни-"]),
            page(&["чество в науке."]),
        ];
        join(&mut pages);
        assert_eq!(
            pages[0].paragraphs[0].lines[0].text,
            "Стороны развивают сотрудничество"
        );
        assert_eq!(pages[1].paragraphs[0].lines[0].text, "в науке.");
    }

    #[test]
    fn the_emptied_line_is_removed() {
        use super::super::paragraphs::{Paragraph, TextLine};
        let line = |t: &str| TextLine {
            text: t.to_owned(),
            v: 0.0,
            u0: 0.0,
            size: 10.0,
        };
        let mut pages = vec![PageText {
            paragraphs: vec![Paragraph {
                lines: vec![line("Ёсць дамоўле-"), line("насць"), line("далей")],
                upright: true,
                table: false,
            }],
            height: 800.0,
        }];
        join(&mut pages);
        let texts: Vec<&str> = pages[0].paragraphs[0]
            .lines
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(texts, vec!["Ёсць дамоўленасць", "далей"]);
    }
}
