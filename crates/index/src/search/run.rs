//! [`Index::search`]: one query in, a page of ranked hits with snippets
//! (and facet counts) out.
//!
//! One pass over the matching documents counts them, keeps the best page
//! (by score or by date) and, when asked, counts facets; then only the
//! page's documents are read back for their records and snippets.
//!
//! Invariant: `limit` and `offset` are capped ([`MAX_LIMIT`],
//! [`MAX_OFFSET`]) so a request cannot make the collector allocate without
//! bound.

use tantivy::collector::{Collector, Count, FacetCounts, TopDocs};
use tantivy::query::Query;
use tantivy::{DateTime, DocAddress, Order, Searcher, TantivyDocument};

use super::facets;
use super::snippet::Highlighter;
use super::types::{Hit, SearchRequest, SearchResults, Sort};
use crate::error::Result;
use crate::index::Index;
use crate::query;
use crate::read::stored_document;

/// Most hits on one page.
pub const MAX_LIMIT: usize = 1_000;
/// Most hits skipped.
pub const MAX_OFFSET: usize = 100_000;

impl Index {
    /// Runs `request` over the last commit.
    ///
    /// ```
    /// use vopis_index::{Index, SearchRequest};
    /// use vopis_parse::{extract_bytes, ParseOptions};
    ///
    /// let dir = tempfile::tempdir()?;
    /// let index = Index::create_or_open(dir.path())?;
    /// let text = "Аб навукова-тэхнічным супрацоўніцтве з Кітаем.\n\nНавукоўцы правялі сумесны семінар.";
    /// let doc = extract_bytes("a.txt", text.as_bytes(), &ParseOptions::default())?;
    /// let mut writer = index.writer()?;
    /// writer.add(&doc, "a.txt")?;
    /// writer.commit()?;
    /// let found = index.search(&SearchRequest::new("семінар"))?;
    /// assert_eq!(found.total, 1);
    /// assert!(found.hits[0].snippet.to_marked("[", "]").contains("[семінар]"));
    /// assert!(index.search(&SearchRequest::new("(семінар")).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let built = query::compile(self.fields(), &request.query)?;
        let searcher = self.searcher()?;
        let limit = request.limit.min(MAX_LIMIT);
        let offset = request.offset.min(MAX_OFFSET);
        let q = built.query.as_ref();
        let (total, page, counts) = if limit == 0 {
            let (total, counts) = collect(&searcher, q, Count, request.facets)?;
            (total, Vec::new(), counts)
        } else {
            let top = TopDocs::with_limit(limit).and_offset(offset);
            match request.sort {
                Sort::Relevance => {
                    let ((total, page), counts) =
                        collect(&searcher, q, (Count, top.order_by_score()), request.facets)?;
                    (total, page, counts)
                }
                Sort::DateDesc | Sort::DateAsc => {
                    let order = if request.sort == Sort::DateDesc {
                        Order::Desc
                    } else {
                        Order::Asc
                    };
                    let by_date = top.order_by_fast_field::<DateTime>("date", order);
                    let ((total, page), counts) =
                        collect(&searcher, q, (Count, by_date), request.facets)?;
                    let page = dated_last(page);
                    (total, page, counts)
                }
            }
        };
        let highlighter = Highlighter::new(
            &searcher,
            self.fields(),
            &built.terms,
            request.snippet_chars,
        )?;
        let mut hits = Vec::with_capacity(page.len());
        for (score, address) in page {
            let entry: TantivyDocument = searcher.doc(address)?;
            let stored = stored_document(&entry, self.fields())?;
            let snippet = highlighter.snippet(self.fields(), &stored.document);
            let d = stored.document;
            hits.push(Hit {
                id: d.id,
                path: d.path,
                paths: stored.paths,
                title: d.title,
                date: d.date,
                language: d.language,
                doc_type: d.doc_type,
                sender: d.sender,
                recipient: d.recipient,
                score,
                snippet,
            });
        }
        Ok(SearchResults {
            total,
            hits,
            facets: counts.as_ref().map(facets::facets),
        })
    }
}

/// Runs `collector` (and, if `with_facets`, the facet collector) in one pass.
fn collect<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: C,
    with_facets: bool,
) -> Result<(C::Fruit, Option<FacetCounts>)> {
    if with_facets {
        let (fruit, counts) = searcher.search(query, &(collector, facets::collector()))?;
        Ok((fruit, Some(counts)))
    } else {
        Ok((searcher.search(query, &collector)?, None))
    }
}

/// A page sorted by date as (score 0, address), documents without a date after the dated ones.
fn dated_last(page: Vec<(Option<DateTime>, DocAddress)>) -> Vec<(f32, DocAddress)> {
    let (dated, undated): (Vec<_>, Vec<_>) = page.into_iter().partition(|(d, _)| d.is_some());
    dated
        .into_iter()
        .chain(undated)
        .map(|(_, a)| (0.0, a))
        .collect()
}
