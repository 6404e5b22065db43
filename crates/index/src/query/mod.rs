//! The query language: Lucene-style syntax parsed by our own parser and
//! expanded over the per-language fields.
//!
//! tantivy's `QueryParser` cannot analyse one query word by several
//! analyzers and look for each result in its own field, nor check our
//! filters' values, so `lex.rs` cuts the query, `syntax.rs` parses it into a
//! tree (with `fields.rs` checking each `name:value`), and `build.rs` turns
//! the tree into a tantivy query.

mod build;
mod fields;
mod lex;
mod syntax;

pub(crate) use build::{Built, build};
pub use syntax::{MAX_CLAUSES, MAX_DEPTH, MAX_QUERY_CHARS};

use crate::error::Result;
use crate::schema::Fields;

/// Checks that `query` is well-formed; the error says what is wrong and where.
///
/// ```
/// assert!(vopis_index::check_query("навука lang:be date:[2019 TO *]").is_ok());
/// assert!(vopis_index::check_query("(навука").is_err());
/// ```
pub fn check_query(query: &str) -> Result<()> {
    syntax::parse(query).map(|_| ())
}

/// Parses and builds `query` over the fields `f`.
pub(crate) fn compile(f: &Fields, query: &str) -> Result<Built> {
    let node = syntax::parse(query)?;
    Ok(build(f, node.as_ref()))
}
