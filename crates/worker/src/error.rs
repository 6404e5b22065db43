//! Errors that stop a run of the worker.
//!
//! A file that cannot be parsed is not an error here: it becomes a failure
//! record and the run goes on. These are the errors after which the run
//! cannot go on: the index cannot be opened or written, or a root path
//! cannot be read at all.

use std::path::PathBuf;

/// Result of worker operations.
pub type Result<T> = std::result::Result<T, Error>;

/// Why a run stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Writing to the index failed; the last commit is intact.
    #[error("the index could not be written (its last commit is intact): {0}")]
    Index(#[from] vopis_index::Error),
    /// A path given to ingest or watch cannot be used.
    #[error("cannot read {}: {source}", path.display())]
    Root {
        /// The path as given.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// Watching the inbox for changes could not start.
    #[error("cannot watch {}: {detail}", path.display())]
    Watch {
        /// The inbox.
        path: PathBuf,
        /// What failed.
        detail: String,
    },
    /// Signal handlers could not be installed.
    #[error("cannot install signal handlers: {0}")]
    Signals(std::io::Error),
    /// A thread of the pipeline died.
    #[error("a worker thread stopped unexpectedly: {0}")]
    Thread(String),
}
