//! Continuous ingestion of an inbox: `vopis watch`.
//!
//! Filesystem notifications (the `notify` crate) say which paths to look
//! at; a full rescan every `rescan_interval` is the safety net for missed
//! or dropped events (and for file systems without notifications). A file
//! is read only once it is stable: its size and mtime unchanged for
//! `settle`, so a file still being copied in is not read half-written.
//! Then it goes through the same decisions and pipeline as `ingest`.
//!
//! Memory: the set of files waiting to settle is bounded by the inbox; the
//! notification channel is bounded and, when full, events are dropped and
//! a rescan is done instead.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossbeam_channel::{RecvTimeoutError, bounded};
use notify::{RecursiveMode, Watcher};
use vopis_index::Index;

use crate::catalog::Catalog;
use crate::discover::{Candidate, Decision, decide, walk};
use crate::error::{Error, Result};
use crate::ingest::absolute;
use crate::options::IngestOptions;
use crate::pipeline::{self, Context, Feeder};
use crate::progress::Progress;
use crate::signals::Halt;
use crate::summary::Stats;

/// How the inbox is watched.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// Full rescan period.
    pub rescan_interval: Duration,
    /// How long a file's size and mtime must stay the same before it is read.
    pub settle: Duration,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            rescan_interval: Duration::from_secs(30),
            settle: Duration::from_secs(1),
        }
    }
}

/// How often waiting files are looked at again.
const TICK: Duration = Duration::from_millis(100);

/// Notification events held before they are dropped for a rescan.
const EVENT_CAPACITY: usize = 4096;

/// A file waiting to settle.
#[derive(Debug)]
struct Settling {
    size: u64,
    mtime_ns: i64,
    since: Instant,
}

/// Watches `inbox` until `halt` is stopped; returns the counts of the run.
pub fn watch(
    index: &Index,
    inbox: &Path,
    opts: &IngestOptions,
    wopts: &WatchOptions,
    halt: &Halt,
) -> Result<Stats> {
    let started = Instant::now();
    let inbox = absolute(&[inbox.to_owned()])?.remove(0);
    let exclude = std::fs::canonicalize(index.dir()).ok();
    let catalog = Catalog::load(index)?;
    let progress = Progress::new(opts.progress);
    let cx = Context {
        opts,
        catalog: &catalog,
        halt,
        progress: &progress,
    };
    // Events go to a bounded channel; when it is full, `overflow` asks for a rescan.
    let (tx, events) = bounded::<PathBuf>(EVENT_CAPACITY);
    let overflow = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&overflow);
    let mut watcher =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
            Ok(event) => {
                for path in event.paths {
                    if tx.try_send(path).is_err() {
                        flag.store(true, Ordering::Relaxed);
                    }
                }
            }
            Err(_) => flag.store(true, Ordering::Relaxed),
        })
        .map_err(|e| Error::Watch {
            path: inbox.clone(),
            detail: e.to_string(),
        })?;
    watcher
        .watch(&inbox, RecursiveMode::Recursive)
        .map_err(|e| Error::Watch {
            path: inbox.clone(),
            detail: e.to_string(),
        })?;
    tracing::info!(inbox = %inbox.display(), "watching");
    let mut writer = index.writer_with(&opts.writer)?;
    let result = pipeline::run(&mut writer, &cx, |feeder| {
        let mut settling: HashMap<PathBuf, Settling> = HashMap::new();
        let mut last_scan: Option<Instant> = None;
        while !feeder.stopping() {
            let rescan = overflow.swap(false, Ordering::Relaxed)
                || last_scan.is_none_or(|t| t.elapsed() >= wopts.rescan_interval);
            if rescan {
                let _ = walk(&inbox, exclude.as_deref(), &mut |c| {
                    note(&mut settling, feeder, &c, opts.retry_failed);
                    !feeder.stopping()
                });
                last_scan = Some(Instant::now());
            }
            match events.recv_timeout(TICK) {
                Ok(path) => {
                    look_at(
                        &path,
                        exclude.as_deref(),
                        &mut settling,
                        feeder,
                        opts.retry_failed,
                    );
                    for path in events.try_iter().take(EVENT_CAPACITY) {
                        look_at(
                            &path,
                            exclude.as_deref(),
                            &mut settling,
                            feeder,
                            opts.retry_failed,
                        );
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => break,
            }
            if !release(&mut settling, feeder, wopts.settle) {
                break;
            }
        }
    });
    drop(watcher);
    progress.finish();
    let mut stats = result?;
    stats.interrupted = halt.stop_requested();
    stats.finish(started.elapsed());
    Ok(stats)
}

/// Handles one notified path: a file starts settling, a directory is walked.
fn look_at(
    path: &Path,
    exclude: Option<&Path>,
    settling: &mut HashMap<PathBuf, Settling>,
    feeder: &Feeder<'_>,
    retry_failed: bool,
) {
    if exclude.is_some_and(|x| path.starts_with(x))
        || path
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return;
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            let _ = walk(path, exclude, &mut |c| {
                note(settling, feeder, &c, retry_failed);
                true
            });
        }
        Ok(meta) if meta.is_file() => {
            let c = Candidate::new(path.to_owned(), &meta);
            note(settling, feeder, &c, retry_failed);
        }
        _ => {}
    }
}

/// Starts (or restarts) the settling clock of a file that needs reading.
fn note(
    settling: &mut HashMap<PathBuf, Settling>,
    feeder: &Feeder<'_>,
    c: &Candidate,
    retry_failed: bool,
) {
    if let Some(s) = settling.get(&c.path)
        && s.size == c.size
        && s.mtime_ns == c.mtime_ns
    {
        return;
    }
    // Only files that need reading wait; unchanged ones are not counted
    // again at every rescan.
    if decide(c, feeder.record(&c.key), retry_failed) != Decision::Read {
        return;
    }
    settling.insert(
        c.path.clone(),
        Settling {
            size: c.size,
            mtime_ns: c.mtime_ns,
            since: Instant::now(),
        },
    );
}

/// Offers the files that stayed the same for `settle`; `false` when the
/// pipeline no longer takes files.
fn release(
    settling: &mut HashMap<PathBuf, Settling>,
    feeder: &Feeder<'_>,
    settle: Duration,
) -> bool {
    let mut ready = Vec::new();
    settling.retain(|path, s| {
        let Some(now) = Candidate::stat(path) else {
            return false; // gone
        };
        if now.size != s.size || now.mtime_ns != s.mtime_ns {
            *s = Settling {
                size: now.size,
                mtime_ns: now.mtime_ns,
                since: Instant::now(),
            };
            return true;
        }
        if s.since.elapsed() >= settle {
            ready.push(now);
            return false;
        }
        true
    });
    ready.sort_by(|a, b| a.path.cmp(&b.path));
    ready.into_iter().all(|c| feeder.offer(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_sane() {
        let w = WatchOptions::default();
        assert!(w.settle < w.rescan_interval);
    }
}
