//! [`Index::stats`]: what the index holds, by language, type and year, and
//! which files failed — the object of `vopis stats --json`.
//!
//! Counts come from one facet pass over every document (`kind:doc`);
//! failures from the file records whose last attempt failed.
//!
//! Invariant: `documents` counts distinct documents (content hashes), not
//! paths; `failed == failures.len()`.

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, FacetCounts};

use crate::error::Result;
use crate::files::FileStatus;
use crate::index::Index;
use crate::read::kind_query;
use crate::schema::KIND_DOC;

/// What the index holds.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Stats {
    /// Distinct documents.
    pub documents: u64,
    /// Files whose last attempt failed.
    pub failed: u64,
    /// Documents by main language code.
    pub by_language: BTreeMap<String, u64>,
    /// Documents by type.
    pub by_type: BTreeMap<String, u64>,
    /// Documents by year of their date (undated ones are not counted here).
    pub by_year: BTreeMap<String, u64>,
    /// The failed files, sorted by path.
    pub failures: Vec<FailedFile>,
}

/// A file whose last attempt failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FailedFile {
    /// The file's path.
    pub path: String,
    /// The contract's failure kind (`corrupt`, `encrypted`, …).
    pub kind: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Index {
    /// Counts of the last commit.
    ///
    /// ```
    /// let dir = tempfile::tempdir()?;
    /// let index = vopis_index::Index::create_or_open(dir.path())?;
    /// let stats = index.stats()?;
    /// assert_eq!((stats.documents, stats.failed), (0, 0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stats(&self) -> Result<Stats> {
        let searcher = self.searcher()?;
        let mut facets = FacetCollector::for_field("facet");
        for root in ["/lang", "/type", "/year"] {
            facets.add_facet(root);
        }
        let query = kind_query(self.fields(), KIND_DOC);
        let (documents, counts) = searcher.search(&query, &(Count, facets))?;
        let failures: Vec<FailedFile> = self
            .file_records()?
            .into_iter()
            .filter(|r| r.status == FileStatus::Failed)
            .map(|r| {
                let (kind, message) = match r.error {
                    Some(e) => (e.kind.as_str().to_owned(), e.message),
                    None => ("unknown".to_owned(), "the last attempt failed".to_owned()),
                };
                FailedFile {
                    path: r.path,
                    kind,
                    message,
                }
            })
            .collect();
        Ok(Stats {
            documents: documents as u64,
            failed: failures.len() as u64,
            by_language: all_children(&counts, "/lang"),
            by_type: all_children(&counts, "/type"),
            by_year: all_children(&counts, "/year"),
            failures,
        })
    }
}

/// Every child of `root` with its count.
fn all_children(counts: &FacetCounts, root: &str) -> BTreeMap<String, u64> {
    counts
        .get(root)
        .filter_map(|(facet, count)| {
            facet
                .to_path()
                .last()
                .map(|name| ((*name).to_owned(), count))
        })
        .collect()
}
