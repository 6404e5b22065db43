//! Errors of the index crate.
//!
//! Every failure of opening, writing or searching an index is one variant of
//! [`Error`], with structured fields; messages are plain words, lower case,
//! no final period, and say what to do where there is something to do.

use std::path::PathBuf;

/// Result of index operations.
pub type Result<T> = std::result::Result<T, Error>;

/// What went wrong with an index.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The directory holds an index of another schema version.
    #[error(
        "the index at {path} has schema version {found}, this vopis reads version {expected}; \
         re-ingest into a new index directory"
    )]
    SchemaVersion {
        /// The index directory.
        path: PathBuf,
        /// Version written in the index.
        found: u32,
        /// Version this build reads and writes.
        expected: u32,
    },
    /// The directory is not empty but holds no vopis index.
    #[error("{path} is not a vopis index (no vopis-index.json in it) and not empty")]
    NotAnIndex {
        /// The directory.
        path: PathBuf,
    },
    /// There is no index at the path yet.
    #[error("no index at {path}; run `vopis ingest` first")]
    Missing {
        /// The directory.
        path: PathBuf,
    },
    /// A query that could not be understood.
    #[error("malformed query: {message} (at character {position})")]
    Query {
        /// What is wrong.
        message: String,
        /// Character offset in the query where it went wrong.
        position: usize,
    },
    /// A document id prefix that more than one document starts with.
    #[error("id {prefix} is ambiguous: {count} documents start with it; give more characters")]
    AmbiguousId {
        /// The prefix given.
        prefix: String,
        /// How many documents start with it.
        count: usize,
    },
    /// A file system operation on the index failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A stored record could not be read back.
    #[error("stored record of {id} is unreadable: {detail}")]
    Record {
        /// The document id.
        id: String,
        /// What failed.
        detail: String,
    },
    /// tantivy failed.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

impl Error {
    /// A query error at a character position.
    pub fn query(message: impl Into<String>, position: usize) -> Self {
        Error::Query {
            message: message.into(),
            position,
        }
    }
}

impl From<tantivy::directory::error::OpenDirectoryError> for Error {
    fn from(e: tantivy::directory::error::OpenDirectoryError) -> Self {
        Error::Tantivy(e.into())
    }
}
