//! vopis-worker: parallel, crash-safe ingestion of files into a vopis index.
//!
//! Both `vopis ingest` (one pass over some paths) and `vopis watch` (an inbox,
//! until stopped) run the same pipeline: discovery decides per file, from the
//! index's own file records, whether it is new, changed, moved, unchanged or
//! failed; N parse slots each drive a child process that parses one file at a
//! time under time and memory limits; one writer thread owns the index writer
//! and commits documents together with their file records in batches.
//!
//! ## Exactly once, across crashes
//!
//! Documents are keyed by the blake3 hash of their bytes, so a document can
//! be in the index at most once whatever happens. A file's record (path,
//! size, mtime, hash, status) is an entry of the same tantivy index as the
//! documents (see `vopis_index::FileRecord`), and the writer puts a file's
//! record in the same batch as its document: one tantivy commit makes both
//! durable, atomically (tantivy writes new segment files, then replaces
//! `meta.json` by rename). After a `kill -9` at any moment a restart sees
//! either the document and its record, and skips the file as unchanged, or
//! neither, and does the file again. No separate journal is needed: a
//! journal beside the index could disagree with it after a crash, the
//! records inside it cannot.
//!
//! ## Untrusted parsing
//!
//! See [`Isolation`]: by default every parse slot owns a long-lived child
//! process, so a parser that spins, panics, aborts or eats memory costs one
//! file (recorded as `timeout` or `crashed`), never the run.
//!
//! ```no_run
//! use vopis_worker::{IngestOptions, ingest};
//! let index = vopis_index::Index::create_or_open("index".as_ref())?;
//! let stats = ingest(&index, &["inbox".into()], &IngestOptions::default(), &Default::default())?;
//! println!("{} indexed, {} failed", stats.indexed, stats.failures.len());
//! # Ok::<(), vopis_worker::Error>(())
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used)]

mod catalog;
mod child;
mod commit;
mod discover;
mod error;
mod faults;
mod ingest;
mod isolate;
mod options;
mod pipeline;
mod progress;
mod signals;
mod summary;
mod watch;

pub use child::serve as serve_child;
pub use commit::CommitPolicy;
pub use error::{Error, Result};
pub use faults::FAULTS_VAR;
pub use ingest::ingest;
pub use isolate::Isolation;
pub use options::IngestOptions;
pub use progress::ProgressMode;
pub use signals::Halt;
pub use summary::{FailedFile, Stats};
pub use watch::{WatchOptions, watch};
