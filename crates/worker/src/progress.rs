//! Progress while a run goes: a bar on a terminal, log lines otherwise.
//!
//! The bar (indicatif, on stderr) shows files done of files found, MB/s and
//! the ETA; the total grows while discovery walks. Without a terminal, a
//! `tracing` line every few seconds carries the same numbers.

use std::sync::Mutex;
use std::sync::PoisonError;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How progress is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgressMode {
    /// A progress bar on stderr.
    Bar,
    /// A log line every few seconds.
    Log,
    /// Nothing.
    Quiet,
}

/// Seconds between log lines.
const LOG_EVERY: Duration = Duration::from_secs(5);

/// The run's progress.
#[derive(Debug)]
pub(crate) struct Progress {
    mode: ProgressMode,
    bar: Option<ProgressBar>,
    started: Instant,
    last_log: Mutex<Instant>,
    found: AtomicU64,
    done: AtomicU64,
    bytes: AtomicU64,
}

impl Progress {
    /// Starts showing progress.
    pub(crate) fn new(mode: ProgressMode) -> Progress {
        let bar = (mode == ProgressMode::Bar).then(|| {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(
                "{elapsed_precise} [{wide_bar}] {pos}/{len} files, {msg}, ETA {eta}",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            mode,
            bar,
            started: Instant::now(),
            last_log: Mutex::new(Instant::now()),
            found: AtomicU64::new(0),
            done: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
        }
    }

    /// A file was queued for reading.
    pub(crate) fn found(&self) {
        self.found.fetch_add(1, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.inc_length(1);
        }
    }

    /// A file of `bytes` was handled by the writer.
    pub(crate) fn done(&self, bytes: u64) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let total = self.bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        let mbps = total as f64 / 1e6 / self.started.elapsed().as_secs_f64().max(1e-3);
        match (&self.bar, self.mode) {
            (Some(bar), _) => {
                bar.inc(1);
                bar.set_message(format!("{mbps:.2} MB/s"));
            }
            (None, ProgressMode::Log) => {
                let mut last = self.last_log.lock().unwrap_or_else(PoisonError::into_inner);
                if last.elapsed() >= LOG_EVERY {
                    *last = Instant::now();
                    let found = self.found.load(Ordering::Relaxed);
                    tracing::info!(done, found, mb_per_s = format!("{mbps:.2}"), "ingesting");
                }
            }
            _ => {}
        }
    }

    /// A commit happened.
    pub(crate) fn committed(&self) {
        if self.mode == ProgressMode::Log {
            tracing::debug!(done = self.done.load(Ordering::Relaxed), "committed");
        }
    }

    /// Removes the bar.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let p = Progress::new(ProgressMode::Quiet);
        p.found();
        p.done(10);
        assert_eq!(p.done.load(Ordering::Relaxed), 1);
        assert_eq!(p.bytes.load(Ordering::Relaxed), 10);
        p.finish();
    }
}
