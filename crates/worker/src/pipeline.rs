//! The pipeline: discovery → parse slots → one writer thread.
//!
//! In a `std::thread::scope`, the caller's discovery offers candidates to a
//! [`Feeder`], which sends the ones to read into a bounded channel; N parse
//! slots (threads named `parse-N`, each driving its own [`Parser`]) read and
//! hash each file, parse it unless its hash is a known document, and send
//! the result into a second bounded channel; one writer thread owns the
//! index writer, applies each result with the file's record, and commits
//! by the [`CommitPolicy`](crate::CommitPolicy).
//!
//! Memory is bounded whatever the corpus: at most `2 × jobs` paths wait for
//! a slot, `jobs` parsed documents wait for the writer, one document is in
//! each slot, and the writer's indexing buffer is fixed.
//!
//! Shutdown: when discovery ends (or a stop is asked), the job channel is
//! closed, slots finish the file in hand and end, which closes the result
//! channel; the writer drains it and commits. If the writer fails, it marks
//! the run broken and drops its receiver: slots and discovery then stop at
//! their next send.

use std::fs::File;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, SendTimeoutError, Sender, bounded};
use vopis_index::{Added, FileRecord, FileStatus, Writer};
use vopis_parse::{Document, ErrorKind, FailureInfo};

use crate::catalog::{Catalog, Known, id_bytes};
use crate::child::Reply;
use crate::commit::Batch;
use crate::discover::{Candidate, Decision, decide};
use crate::error::{Error, Result};
use crate::isolate::Parser;
use crate::options::IngestOptions;
use crate::progress::Progress;
use crate::signals::Halt;
use crate::summary::{FailedFile, Stats};

/// What a parse slot found for one file.
#[derive(Debug)]
enum Done {
    /// Parsed into a document.
    Parsed(Candidate, Box<Document>),
    /// Its hash is a document the index has: no parse needed.
    Known(Candidate, String),
    /// It failed (hash empty when it could not be read).
    Failed(Candidate, String, FailureInfo),
    /// The bytes it failed with last time, read again because the recorded
    /// mtime was too recent to trust: the old failure stands, no parse.
    StillFailed(Candidate, String, FailureInfo),
}

/// The run's shared parts.
pub(crate) struct Context<'a> {
    /// Options of the run.
    pub opts: &'a IngestOptions,
    /// What the index knows.
    pub catalog: &'a Catalog,
    /// Stop flags.
    pub halt: &'a Halt,
    /// Progress display.
    pub progress: &'a Progress,
}

/// Discovery's handle: decides per file and queues the ones to read.
pub(crate) struct Feeder<'a> {
    cx: &'a Context<'a>,
    jobs: Sender<Candidate>,
    stats: std::sync::Mutex<Stats>,
}

impl Feeder<'_> {
    /// Offers one file; `false` when the run is stopping (stop offering).
    pub(crate) fn offer(&self, candidate: Candidate) -> bool {
        if self.cx.halt.stopping() {
            return false;
        }
        let decision = decide(
            &candidate,
            self.cx.catalog.record(&candidate.key),
            self.cx.opts.retry_failed,
        );
        match decision {
            Decision::Unchanged => self.count(|s| s.unchanged += 1),
            Decision::StillFailed => self.count(|s| s.failed_before += 1),
            Decision::Read => return self.queue(candidate),
        }
        true
    }

    /// Queues a file to read, unless it already is in flight.
    fn queue(&self, candidate: Candidate) -> bool {
        if !self.cx.catalog.start(&candidate.key) {
            return true;
        }
        self.cx.progress.found();
        let mut candidate = candidate;
        loop {
            match self
                .jobs
                .send_timeout(candidate, Duration::from_millis(200))
            {
                Ok(()) => return true,
                Err(SendTimeoutError::Timeout(c)) => {
                    if self.cx.halt.stopping() {
                        self.cx.catalog.finish(&c.key);
                        return false;
                    }
                    candidate = c;
                }
                Err(SendTimeoutError::Disconnected(c)) => {
                    self.cx.catalog.finish(&c.key);
                    return false;
                }
            }
        }
    }

    /// The record of a path, as the writer last left it.
    pub(crate) fn record(&self, key: &str) -> Option<Known> {
        self.cx.catalog.record(key)
    }

    /// Whether the run is stopping.
    pub(crate) fn stopping(&self) -> bool {
        self.cx.halt.stopping()
    }

    /// Updates the feeder's own counts.
    fn count(&self, f: impl FnOnce(&mut Stats)) {
        f(&mut self
            .stats
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner));
    }
}

/// Runs the pipeline with `feed` as discovery; returns the run's counts
/// after the writer's final commit.
pub(crate) fn run(
    writer: &mut Writer<'_>,
    cx: &Context<'_>,
    feed: impl FnOnce(&Feeder<'_>),
) -> Result<Stats> {
    let jobs_n = cx.opts.jobs.max(1);
    // Paths waiting for a slot: two per slot keeps every slot busy while
    // discovery stats the next files, and costs a few hundred bytes.
    let (job_tx, job_rx) = bounded::<Candidate>(2 * jobs_n);
    // Results waiting for the writer: one per slot. Each holds a whole
    // parsed document, so this is the capacity that bounds memory.
    let (done_tx, done_rx) = bounded::<Done>(jobs_n);
    std::thread::scope(|s| {
        let writer_thread = std::thread::Builder::new()
            .name("index-writer".into())
            .spawn_scoped(s, move || write_all(writer, cx, &done_rx))
            .map_err(|e| Error::Thread(e.to_string()))?;
        for n in 0..jobs_n {
            let jobs = job_rx.clone();
            let done = done_tx.clone();
            std::thread::Builder::new()
                .name(format!("parse-{n}"))
                .spawn_scoped(s, move || slot(cx, &jobs, &done))
                .map_err(|e| Error::Thread(e.to_string()))?;
        }
        drop((job_rx, done_tx));
        let feeder = Feeder {
            cx,
            jobs: job_tx,
            stats: std::sync::Mutex::new(Stats::default()),
        };
        feed(&feeder);
        let Feeder { jobs, stats, .. } = feeder;
        // Closing the job channel: the slots see the end of the work.
        drop(jobs);
        let mut stats = stats
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let written = writer_thread
            .join()
            .map_err(|_| Error::Thread("the index writer panicked".into()))??;
        stats.merge(written);
        Ok(stats)
    })
}

/// One parse slot: reads, hashes and parses files until the jobs end.
fn slot(cx: &Context<'_>, jobs: &Receiver<Candidate>, done: &Sender<Done>) {
    let mut parser = Parser::new(
        &cx.opts.isolation,
        &cx.opts.parse,
        cx.opts.memory_limit,
        cx.opts.hard_limit(),
    );
    for candidate in jobs {
        if cx.halt.stopping() {
            // Not started: left for the next run.
            cx.catalog.finish(&candidate.key);
            continue;
        }
        let result = work(cx, &mut parser, candidate);
        if let Err(e) = done.send(result) {
            let (Done::Parsed(c, _)
            | Done::Known(c, _)
            | Done::Failed(c, _, _)
            | Done::StillFailed(c, _, _)) = e.into_inner();
            cx.catalog.finish(&c.key);
            break;
        }
    }
}

/// Hashes `candidate`'s bytes and parses it unless its hash is known.
fn work(cx: &Context<'_>, parser: &mut Parser, candidate: Candidate) -> Done {
    let hash = match hash_file(&candidate) {
        Ok(hash) => hash,
        Err(e) => {
            let info = FailureInfo {
                kind: ErrorKind::Io,
                message: format!("cannot read {}: {e}", candidate.key),
            };
            return Done::Failed(candidate, String::new(), info);
        }
    };
    if let Some(id) = id_bytes(&hash) {
        if cx.catalog.has_id(&id) {
            return Done::Known(candidate, hash);
        }
        if !cx.opts.retry_failed
            && let Some(info) = cx.catalog.failure(&candidate.key, &id)
        {
            return Done::StillFailed(candidate, hash, info);
        }
    }
    match parser.parse(&candidate.path) {
        Reply::Parsed(doc) => Done::Parsed(candidate, doc),
        Reply::Failed(info) => Done::Failed(candidate, hash, info),
    }
}

/// The blake3 hex of a file's bytes (the document id `vopis_parse` gives it).
fn hash_file(candidate: &Candidate) -> std::io::Result<String> {
    let mut file = File::open(&candidate.path)?;
    let mut hasher = blake3::Hasher::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hasher.finalize().to_hex().to_string())
}

/// The writer thread: applies results and commits in batches.
fn write_all(writer: &mut Writer<'_>, cx: &Context<'_>, done: &Receiver<Done>) -> Result<Stats> {
    let result = write_loop(writer, cx, done);
    if result.is_err() {
        cx.halt.set_broken();
        // Anything uncommitted is dropped; the last commit stays as it was.
        let _ = writer.rollback();
    }
    result
}

/// The writer's loop (see [`write_all`]).
fn write_loop(writer: &mut Writer<'_>, cx: &Context<'_>, done: &Receiver<Done>) -> Result<Stats> {
    let mut stats = Stats::default();
    let mut batch = Batch::default();
    let mut fallback: Option<Parser> = None;
    loop {
        match done.recv_timeout(batch.wait(&cx.opts.commit)) {
            Ok(result) => {
                let key = match &result {
                    Done::Parsed(c, _)
                    | Done::Known(c, _)
                    | Done::Failed(c, _, _)
                    | Done::StillFailed(c, _, _) => c.key.clone(),
                };
                let applied = apply(writer, cx, &mut fallback, &mut stats, result);
                cx.catalog.finish(&key);
                applied?;
                batch.record();
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        if !batch.is_empty() && batch.due(&cx.opts.commit) {
            writer.commit()?;
            cx.progress.committed();
            batch.clear();
        }
    }
    writer.commit()?;
    cx.progress.committed();
    Ok(stats)
}

/// Applies one file's result to the index, with its record.
fn apply(
    writer: &mut Writer<'_>,
    cx: &Context<'_>,
    fallback: &mut Option<Parser>,
    stats: &mut Stats,
    result: Done,
) -> Result<()> {
    let mut again = false;
    let (candidate, outcome) = match result {
        Done::Parsed(c, doc) => (c, Ok(doc)),
        Done::Failed(c, hash, info) => (c, Err((hash, info))),
        Done::StillFailed(c, hash, info) => {
            again = true;
            (c, Err((hash, info)))
        }
        Done::Known(c, hash) => match writer.current(&hash)? {
            Some(stored) => (c, Ok(Box::new(stored.document))),
            None => {
                // The document was deleted earlier in this batch (its last
                // path now holds other bytes): parse this copy after all.
                let parser = fallback.get_or_insert_with(|| {
                    Parser::new(
                        &cx.opts.isolation,
                        &cx.opts.parse,
                        cx.opts.memory_limit,
                        cx.opts.hard_limit(),
                    )
                });
                match parser.parse(&c.path) {
                    Reply::Parsed(doc) => (c, Ok(doc)),
                    Reply::Failed(info) => (c, Err((hash, info))),
                }
            }
        },
    };
    let mut record = FileRecord {
        path: candidate.key.clone(),
        size: candidate.size,
        mtime_ns: candidate.mtime_ns,
        hash: String::new(),
        status: FileStatus::Indexed,
        error: None,
    };
    match outcome {
        Ok(doc) => {
            match writer.add(&doc, &candidate.key)? {
                Added::New => stats.indexed += 1,
                Added::NewPath => stats.moved += 1,
                Added::Unchanged => stats.unchanged += 1,
            }
            cx.catalog.add_id(&doc.id);
            cx.catalog.set_failure(&candidate.key, None);
            record.hash = doc.id;
        }
        Err((hash, info)) => {
            if again {
                stats.failed_before += 1;
            } else {
                // The path no longer holds the bytes of any document it held.
                writer.remove_path(&candidate.key)?;
                stats.failed += 1;
                stats.failures.push(FailedFile {
                    path: candidate.key.clone(),
                    kind: info.kind,
                    message: info.message.clone(),
                });
                tracing::warn!(path = %candidate.key, kind = info.kind.as_str(), "{}", info.message);
            }
            cx.catalog.set_failure(&candidate.key, Some((&hash, &info)));
            record.hash = hash;
            record.status = FileStatus::Failed;
            record.error = Some(info);
        }
    }
    // An mtime too recent to trust is not recorded, so the next scan reads
    // the file again; the same bytes are then only hashed (a known document,
    // or the failure they gave), not parsed.
    record.mtime_ns = settled_mtime(candidate.mtime_ns);
    writer.put_file(&record)?;
    cx.catalog.set_record(
        &candidate.key,
        Known {
            size: record.size,
            mtime_ns: record.mtime_ns,
            failed: record.status == FileStatus::Failed,
        },
    );
    stats.bytes += candidate.size;
    cx.progress.done(candidate.size);
    Ok(())
}

/// How recent an mtime may be and still not be trusted: a file written
/// again within the filesystem's timestamp tick (a few ms on ext4, 2 s on
/// FAT) after we read it keeps the mtime we recorded.
const RACY_WINDOW_NS: i64 = 3_000_000_000;

/// An mtime recorded instead of one too recent to trust: it matches no
/// file's, so the next scan reads the file again. Unchanged bytes are then
/// only hashed (the document is known), not parsed.
pub(crate) const UNSETTLED_MTIME: i64 = i64::MIN;

/// The mtime to record for a file read now: its own, or [`UNSETTLED_MTIME`]
/// if it changed within [`RACY_WINDOW_NS`] of now (or is in the future).
fn settled_mtime(mtime_ns: i64) -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(i64::MAX, |d| {
            i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
        });
    if now.saturating_sub(mtime_ns) < RACY_WINDOW_NS {
        UNSETTLED_MTIME
    } else {
        mtime_ns
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_mtimes_are_not_trusted() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as i64;
        assert_eq!(settled_mtime(now), UNSETTLED_MTIME);
        assert_eq!(settled_mtime(now - 1_000_000), UNSETTLED_MTIME);
        // A future mtime (a skewed clock) is not trusted either.
        assert_eq!(settled_mtime(now + 60_000_000_000), UNSETTLED_MTIME);
        let old = now - 60_000_000_000;
        assert_eq!(settled_mtime(old), old);
    }
}
