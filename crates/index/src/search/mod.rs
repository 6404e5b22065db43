//! Searching: [`crate::Index::search`] runs a [`SearchRequest`] and answers
//! [`SearchResults`]: ranked hits with snippets, and facet counts.
//!
//! `types.rs` holds the request and result types (shared by the command
//! line, the benchmark and the HTTP server), `run.rs` the search itself,
//! `snippet.rs` the highlighted fragments, `facets.rs` the counts.

mod facets;
mod run;
mod snippet;
mod types;

pub use facets::MAX_VALUES as MAX_FACET_VALUES;
pub use run::{MAX_LIMIT, MAX_OFFSET};
pub use types::{Facets, Hit, SearchRequest, SearchResults, Snippet, Sort};
