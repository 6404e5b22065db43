//! Marks the query's words in a document's full text, for the document page.
//!
//! The index's snippets mark exactly the word forms its analyzers matched,
//! but only within a window of the text. The document page shows the whole
//! text, so it marks every occurrence of those forms (gathered from a long
//! snippet of the same query restricted to this document), plus words that
//! share a stem-sized beginning with a plain word of the query, so
//! `сотрудничество` also marks `сотрудничества`.
//!
//! Invariant: ranges are byte ranges at char boundaries, sorted and not
//! overlapping; text past [`MAX_HIGHLIGHT_BYTES`] is left unmarked.

use std::collections::HashSet;
use std::ops::Range;

use crate::limits::MAX_HIGHLIGHT_BYTES;

/// What to mark: exact lower-cased forms and lower-cased beginnings.
#[derive(Debug, Default, Clone)]
pub(crate) struct Marker {
    forms: HashSet<String>,
    prefixes: Vec<String>,
}

impl Marker {
    /// A marker for the plain words of `query` (filters, operators and
    /// excluded words left out).
    pub(crate) fn from_query(query: &str) -> Marker {
        let mut marker = Marker::default();
        for chunk in query.split_whitespace() {
            if chunk.contains(':') || chunk.starts_with('-') || chunk.starts_with('!') {
                continue;
            }
            for word in words(chunk) {
                if matches!(word.1, "AND" | "OR" | "NOT") {
                    continue;
                }
                marker.add_word(word.1);
            }
        }
        marker
    }

    /// Adds a word of the query: its form and, if long, its beginning.
    fn add_word(&mut self, word: &str) {
        let lower = word.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        if chars.len() >= 5 {
            let keep = (chars.len() - 2).max(4);
            self.prefixes.push(chars.iter().take(keep).collect());
        }
        self.forms.insert(lower);
    }

    /// Adds forms the index marked in a snippet.
    pub(crate) fn add_forms<'a>(&mut self, forms: impl IntoIterator<Item = &'a str>) {
        for form in forms {
            for (_, w) in words(form) {
                self.forms.insert(w.to_lowercase());
            }
        }
    }

    /// Whether there is nothing to mark.
    pub(crate) fn is_empty(&self) -> bool {
        self.forms.is_empty() && self.prefixes.is_empty()
    }

    /// The ranges of `text` to mark.
    pub(crate) fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for (start, word) in words(text) {
            if start >= MAX_HIGHLIGHT_BYTES {
                break;
            }
            let lower = word.to_lowercase();
            if self.forms.contains(&lower)
                || self.prefixes.iter().any(|p| lower.starts_with(p.as_str()))
            {
                out.push(start..start + word.len());
            }
        }
        out
    }
}

/// Pieces of `text`: `(piece, marked)`, covering the whole text in order.
pub(crate) fn pieces<'t>(text: &'t str, ranges: &[Range<usize>]) -> Vec<(&'t str, bool)> {
    let mut out = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut from = 0;
    for r in ranges {
        let (Some(before), Some(mark)) = (text.get(from..r.start), text.get(r.clone())) else {
            continue;
        };
        if !before.is_empty() {
            out.push((before, false));
        }
        out.push((mark, true));
        from = r.end;
    }
    if let Some(rest) = text.get(from..)
        && !rest.is_empty()
    {
        out.push((rest, false));
    }
    out
}

/// Words of `text` with their byte offsets: runs of letters and digits,
/// with apostrophes and hyphens inside a word kept.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    for (i, c) in text.char_indices() {
        let inner = matches!(c, '\'' | '’' | 'ʼ' | '-');
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
            last_end = i + c.len_utf8();
        } else if inner && start.is_some() {
            continue;
        } else if let Some(s) = start.take() {
            out.push((s, text.get(s..last_end).unwrap_or_default()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.get(s..last_end).unwrap_or_default()));
    }
    out.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_mark_their_forms_but_not_filters_or_exclusions() {
        let m = Marker::from_query("сотрудничество AND lang:ru -Китай \"навукова-тэхнічнага\"");
        let text =
            "О сотрудничестве и сотрудничества с Китаем; lang не выделяется. Навукова-тэхнічнага!";
        let marked: Vec<&str> = m.ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            marked,
            ["сотрудничестве", "сотрудничества", "Навукова-тэхнічнага"]
        );
    }

    #[test]
    fn snippet_forms_are_marked_everywhere() {
        let mut m = Marker::default();
        m.add_forms(["супрацоўніцтве"]);
        let text = "Аб супрацоўніцтве. Зноў супрацоўніцтве, і Супрацоўніцтве.";
        assert_eq!(m.ranges(text).len(), 3);
    }

    #[test]
    fn pieces_cover_the_text_and_skip_bad_ranges() {
        let text = "Мінск і Гродна";
        let p = pieces(text, &[0..10, 3..4, 13..99]);
        assert_eq!(p, vec![("Мінск", true), (" і Гродна", false)]);
        let joined: String = p.iter().map(|(s, _)| *s).collect();
        assert_eq!(joined, text);
        assert!(Marker::from_query("").ranges(text).is_empty());
    }
}
