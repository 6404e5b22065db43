//! Facet counts: how many matching documents have each language, type,
//! year, country and sender.
//!
//! Documents carry facet paths `/lang/xx`, `/type/x`, `/year/yyyy`,
//! `/country/XX`, `/sender/<name>` (see `convert.rs`); one
//! `FacetCollector` pass over the result set counts the children of each
//! root.
//!
//! Invariant: every list is sorted by count, descending, then by value, and
//! holds at most [`MAX_VALUES`] entries.

use tantivy::collector::{FacetCollector, FacetCounts};

use super::types::Facets;

/// Most values listed per facet.
pub const MAX_VALUES: usize = 50;

/// The facet roots counted, in the order of [`Facets`]' fields.
pub(crate) const ROOTS: [&str; 5] = ["/lang", "/type", "/year", "/country", "/sender"];

/// A collector counting every root of [`ROOTS`].
pub(crate) fn collector() -> FacetCollector {
    let mut collector = FacetCollector::for_field("facet");
    for root in ROOTS {
        collector.add_facet(root);
    }
    collector
}

/// The children of `root` with their counts, most frequent first.
pub(crate) fn children(counts: &FacetCounts, root: &str) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = counts
        .get(root)
        .filter_map(|(facet, count)| {
            facet
                .to_path()
                .last()
                .map(|name| ((*name).to_owned(), count))
        })
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.truncate(MAX_VALUES);
    out
}

/// Every facet of the counts.
pub(crate) fn facets(counts: &FacetCounts) -> Facets {
    let [lang, doc_type, year, country, sender] = ROOTS;
    Facets {
        language: children(counts, lang),
        doc_type: children(counts, doc_type),
        year: children(counts, year),
        country: children(counts, country),
        sender: children(counts, sender),
    }
}
