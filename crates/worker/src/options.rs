//! What a run of the worker may use: parse slots, limits, commit policy.

use std::time::Duration;

use vopis_index::WriterOptions;
use vopis_parse::ParseOptions;

use crate::commit::CommitPolicy;
use crate::isolate::Isolation;
use crate::progress::ProgressMode;

/// Options of an ingest or watch run. `Default` suits a 2-core workstation.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Parse slots (each one child process when isolated).
    pub jobs: usize,
    /// Parse files whose last attempt failed even if they did not change.
    pub retry_failed: bool,
    /// Remove the paths (and documents left without a path) that are gone.
    pub sync: bool,
    /// Limits of one extraction; `time_limit` is also the hard limit after
    /// which a child is killed (plus a grace period).
    pub parse: ParseOptions,
    /// Address-space limit of each parse child, in bytes (0: none).
    pub memory_limit: u64,
    /// How files are parsed.
    pub isolation: Isolation,
    /// When to commit.
    pub commit: CommitPolicy,
    /// The index writer's memory and threads.
    pub writer: WriterOptions,
    /// Progress bar, log lines or nothing.
    pub progress: ProgressMode,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
            retry_failed: false,
            sync: false,
            parse: ParseOptions::default(),
            memory_limit: 2 << 30,
            isolation: Isolation::InProcess,
            commit: CommitPolicy::default(),
            // 64 MiB of indexing buffer keeps the whole worker well under
            // 512 MB; tantivy flushes a segment when it is full.
            writer: WriterOptions {
                heap_bytes: 64 << 20,
                threads: 1,
            },
            progress: ProgressMode::Quiet,
        }
    }
}

impl IngestOptions {
    /// The parent's hard limit for one file: the parser's own limit plus a
    /// grace period, after which the child is killed.
    pub(crate) fn hard_limit(&self) -> Duration {
        let limit = self.parse.time_limit;
        limit + (limit / 4).max(Duration::from_secs(2))
    }
}
