//! What a search is asked and what it answers: the types the command line,
//! the benchmark and the HTTP server share.
//!
//! Invariant: every type here serialises with serde to the names its fields
//! have; the command line adds the contract's keys on top of these.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use vopis_parse::{DocType, Language};

/// Order of the hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first (on each page, documents without a date after the dated ones).
    DateDesc,
    /// Oldest first (on each page, documents without a date after the dated ones).
    DateAsc,
}

/// A search: the query, which page of hits, and what to add to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchRequest {
    /// The query, in the syntax of [`crate::check_query`]; empty for every document.
    pub query: String,
    /// Most hits to return.
    pub limit: usize,
    /// Hits to skip (paging).
    pub offset: usize,
    /// Whether to count facets over the whole result set.
    pub facets: bool,
    /// Order of the hits.
    pub sort: Sort,
    /// Longest snippet, in characters.
    pub snippet_chars: usize,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            limit: 10,
            offset: 0,
            facets: false,
            sort: Sort::Relevance,
            snippet_chars: 200,
        }
    }
}

impl SearchRequest {
    /// A request for `query` with the default page, order and snippet length.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            ..SearchRequest::default()
        }
    }
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    /// Documents matching the query (all of them, not only this page).
    pub total: usize,
    /// This page of hits, in order.
    pub hits: Vec<Hit>,
    /// Facet counts over every matching document, when asked for.
    pub facets: Option<Facets>,
}

/// One matching document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Content hash.
    pub id: String,
    /// The first path it was found at.
    pub path: String,
    /// Every path holding these bytes, sorted.
    pub paths: Vec<String>,
    /// Title, if known.
    pub title: Option<String>,
    /// The document's own date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Main language.
    pub language: Language,
    /// Document type.
    pub doc_type: DocType,
    /// Who wrote it.
    pub sender: Option<String>,
    /// To whom.
    pub recipient: Option<String>,
    /// Relevance score (0 when sorted by date).
    pub score: f32,
    /// The matched words in context.
    pub snippet: Snippet,
}

/// A piece of a document's text with the matched words marked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Snippet {
    /// The text of the snippet.
    pub text: String,
    /// Byte ranges of `text` that matched, in order, not overlapping.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// The snippet with each match between `open` and `close`.
    ///
    /// ```
    /// let s = vopis_index::Snippet { text: "аб навуцы".into(), highlights: vec![5..17] };
    /// assert_eq!(s.to_marked("«", "»"), "аб «навуцы»");
    /// ```
    pub fn to_marked(&self, open: &str, close: &str) -> String {
        self.render(open, close, |s| s.to_owned())
    }

    /// The snippet as HTML: text escaped, each match in `<mark>`.
    ///
    /// ```
    /// let s = vopis_index::Snippet { text: "R&D <b> \"x\"".into(), highlights: vec![0..3] };
    /// assert_eq!(s.to_html(), "<mark>R&amp;D</mark> &lt;b&gt; &quot;x&quot;");
    /// ```
    pub fn to_html(&self) -> String {
        self.render("<mark>", "</mark>", escape_html)
    }

    /// Text pieces passed through `text`, matches wrapped in `open`/`close`.
    fn render(&self, open: &str, close: &str, text: impl Fn(&str) -> String) -> String {
        let mut out = String::with_capacity(self.text.len() + 16);
        let mut from = 0;
        for range in &self.highlights {
            let (Some(before), Some(mark)) = (
                self.text.get(from..range.start),
                self.text.get(range.clone()),
            ) else {
                continue;
            };
            out.push_str(&text(before));
            out.push_str(open);
            out.push_str(&text(mark));
            out.push_str(close);
            from = range.end;
        }
        out.push_str(&text(self.text.get(from..).unwrap_or_default()));
        out
    }
}

/// `text` with `& < > " '` escaped for HTML.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Counts of the matching documents by value, most frequent first.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Facets {
    /// By main language code.
    pub language: Vec<(String, u64)>,
    /// By document type.
    pub doc_type: Vec<(String, u64)>,
    /// By year of the document's date.
    pub year: Vec<(String, u64)>,
    /// By country mentioned (ISO code).
    pub country: Vec<(String, u64)>,
    /// By sender.
    pub sender: Vec<(String, u64)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marking_skips_bad_ranges_and_keeps_text() {
        let s = Snippet {
            text: "Мінск і Гродна".into(),
            highlights: vec![0..10, 3..4, 13..25],
        };
        assert_eq!(s.to_marked("[", "]"), "[Мінск] і Гродна");
        let empty = Snippet::default();
        assert_eq!(empty.to_html(), "");
    }

    #[test]
    fn request_defaults() {
        let r = SearchRequest::new("навука");
        assert_eq!(
            (r.limit, r.offset, r.facets, r.sort, r.snippet_chars),
            (10, 0, false, Sort::Relevance, 200)
        );
    }
}
