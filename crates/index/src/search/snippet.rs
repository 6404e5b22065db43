//! Snippets: the part of a hit's text where the query's words are, with
//! those words marked.
//!
//! The query's terms are grouped by the analysis that produced them: a
//! Russian stem is looked for in the Russian paragraphs (the text that went
//! to `body_ru`, split again from the stored record, re-analysed by
//! tantivy's snippet generator with the same analyzer), a heading match in the body of the same language, an exact
//! word or a romanised key in the whole text with the exact or cross-script
//! analyzer. Each group gives a candidate fragment; the one showing most
//! distinct query words wins. With no match in the text (a hit by title or
//! filter only), the snippet is the text's first sentence.
//!
//! Invariant: highlights are byte ranges at char boundaries of the snippet
//! text, sorted and not overlapping. A [`Highlighter`] is built once per
//! search (it looks up document frequencies) and used for every hit.

use std::collections::BTreeMap;

use tantivy::schema::Field;
use tantivy::snippet::SnippetGenerator;
use tantivy::{Searcher, Term};
use vopis_parse::Document;

use super::types::Snippet;
use crate::convert::body_parts;
use crate::schema::Fields;

/// Where a group's fragment comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The text that went to a body field.
    Body(Field),
    /// The document's whole text.
    Text,
}

/// Snippet generators for the terms of one query.
pub(crate) struct Highlighter {
    groups: Vec<(Source, SnippetGenerator)>,
    chars: usize,
}

impl Highlighter {
    /// Generators for `terms` (those of the query's non-excluded clauses).
    pub(crate) fn new(
        searcher: &Searcher,
        f: &Fields,
        terms: &[Term],
        chars: usize,
    ) -> tantivy::Result<Self> {
        // (analyzer field, source, terms' fields)
        let plan = [
            (
                f.body_be,
                Source::Body(f.body_be),
                vec![f.body_be, f.head_be],
            ),
            (
                f.body_ru,
                Source::Body(f.body_ru),
                vec![f.body_ru, f.head_ru],
            ),
            (
                f.body_en,
                Source::Body(f.body_en),
                vec![f.body_en, f.head_en],
            ),
            (f.body_other, Source::Body(f.body_other), vec![f.body_other]),
            (
                f.exact,
                Source::Text,
                vec![f.exact, f.head_exact, f.sender, f.recipient],
            ),
            (f.translit, Source::Text, vec![f.translit]),
        ];
        let mut groups = Vec::new();
        for (analyzer_field, source, term_fields) in plan {
            let mut weights: BTreeMap<String, f32> = BTreeMap::new();
            for term in terms.iter().filter(|t| term_fields.contains(&t.field())) {
                let value = term.value();
                let Some(text) = value.as_str() else {
                    continue;
                };
                if weights.contains_key(text) {
                    continue;
                }
                let frequency = searcher.doc_freq(&Term::from_field_text(analyzer_field, text))?;
                let in_field = searcher.doc_freq(term)?;
                let frequency = frequency.max(in_field);
                if frequency > 0 {
                    weights.insert(text.to_owned(), 1.0 / (1.0 + frequency as f32));
                }
            }
            if weights.is_empty() {
                continue;
            }
            let tokenizer = searcher.index().tokenizer_for_field(analyzer_field)?;
            let generator =
                SnippetGenerator::new(weights, tokenizer, analyzer_field, chars.max(20));
            groups.push((source, generator));
        }
        Ok(Highlighter { groups, chars })
    }

    /// The snippet of one hit, from its stored record.
    pub(crate) fn snippet(&self, f: &Fields, doc: &Document) -> Snippet {
        let text = doc.text.as_str();
        let needs_parts = self
            .groups
            .iter()
            .any(|(s, _)| matches!(s, Source::Body(_)));
        let parts = if needs_parts {
            body_parts(f, doc)
        } else {
            Vec::new()
        };
        let mut best: Option<(usize, Snippet)> = None;
        for (source, generator) in &self.groups {
            let candidate = match source {
                Source::Body(field) => match parts.iter().find(|(pf, _)| pf == field) {
                    Some((_, part)) => generator.snippet(part),
                    None => continue,
                },
                Source::Text => generator.snippet(text),
            };
            if candidate.highlighted().is_empty() {
                continue;
            }
            let snippet = Snippet {
                text: candidate.fragment().to_owned(),
                highlights: clean(candidate.fragment(), candidate.highlighted()),
            };
            let score = distinct_words(&snippet) * 1_000 + snippet.highlights.len();
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, snippet));
            }
        }
        best.map_or_else(|| first_sentence(text, self.chars), |(_, s)| s)
    }
}

/// Highlight ranges sorted, merged where they overlap, at char boundaries.
fn clean(text: &str, ranges: &[std::ops::Range<usize>]) -> Vec<std::ops::Range<usize>> {
    let mut sorted: Vec<std::ops::Range<usize>> = ranges
        .iter()
        .filter(|r| r.start < r.end && text.get(r.start..r.end).is_some())
        .cloned()
        .collect();
    sorted.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<std::ops::Range<usize>> = Vec::with_capacity(sorted.len());
    for r in sorted {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// How many different words (lower-cased) a snippet marks.
fn distinct_words(snippet: &Snippet) -> usize {
    let mut seen: Vec<String> = Vec::new();
    for r in &snippet.highlights {
        if let Some(w) = snippet.text.get(r.clone()).map(str::to_lowercase)
            && !seen.contains(&w)
        {
            seen.push(w);
        }
    }
    seen.len()
}

/// The first sentence of `text` (at most `chars` characters), unmarked.
pub(crate) fn first_sentence(text: &str, chars: usize) -> Snippet {
    let text = text.trim_start();
    let mut end = text.len();
    let mut previous = ' ';
    let mut by_length = false;
    for (count, (i, c)) in text.char_indices().enumerate() {
        if count >= chars.max(1) {
            end = i;
            by_length = true;
            break;
        }
        if (c.is_whitespace() && matches!(previous, '.' | '!' | '?') && count > 20)
            || (c == '\n' && previous == '\n')
        {
            end = i;
            break;
        }
        previous = c;
    }
    let mut cut = text.get(..end).unwrap_or_default().trim_end().to_owned();
    if by_length {
        cut.push('…');
    }
    Snippet {
        text: cut.replace('\n', " "),
        highlights: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_sentence_stops_at_the_end_of_a_sentence_or_the_length() {
        let s = first_sentence("  Аб удзеле ў конкурсе сумесных праектаў. Другі сказ.", 200);
        assert_eq!(s.text, "Аб удзеле ў конкурсе сумесных праектаў.");
        let s = first_sentence("Паважаны Іван Іванавіч, просім вас", 10);
        assert_eq!(s.text, "Паважаны І…");
        assert!(first_sentence("", 10).text.is_empty());
        let s = first_sentence("Загаловак\n\nТэкст", 100);
        assert_eq!(s.text, "Загаловак");
    }

    #[test]
    fn ranges_are_merged_and_checked() {
        let text = "Мінск";
        assert_eq!(clean(text, &[4..6, 0..4, 1..3, 0..0, 2..99]), vec![0..6]);
        assert_eq!(
            clean(text, &[1..2, 3..5]),
            Vec::<std::ops::Range<usize>>::new()
        );
    }
}
