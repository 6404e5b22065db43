//! Stopping a run: on SIGINT/SIGTERM, and when the index cannot be written.
//!
//! The first SIGINT or SIGTERM sets the stop flag: discovery stops, parse
//! slots take no new file, the files in flight are finished and committed,
//! and the run ends normally (exit 0). A second one exits at once with
//! status 130; the last commit stays valid because tantivy only ever
//! replaces `meta.json` by rename. SIGXFSZ (a file-size limit reached) is
//! caught so that writing past it is an ordinary write error, not death.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::error::{Error, Result};

/// Exit status of the second signal (128 + SIGINT, as shells report Ctrl-C).
const SECOND_SIGNAL_EXIT: i32 = 130;

/// The run's stop flags, shared by every thread.
#[derive(Debug, Clone, Default)]
pub struct Halt {
    stop: Arc<AtomicBool>,
    broken: Arc<AtomicBool>,
}

impl Halt {
    /// Flags set by SIGINT and SIGTERM (the second one exits at once).
    pub fn on_signals() -> Result<Halt> {
        let halt = Halt::default();
        for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
            // Registered first, so that it sees the flag the first signal set.
            signal_hook::flag::register_conditional_shutdown(
                signal,
                SECOND_SIGNAL_EXIT,
                Arc::clone(&halt.stop),
            )
            .map_err(Error::Signals)?;
            signal_hook::flag::register(signal, Arc::clone(&halt.stop)).map_err(Error::Signals)?;
        }
        let ignored = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(signal_hook::consts::SIGXFSZ, ignored)
            .map_err(Error::Signals)?;
        Ok(halt)
    }

    /// Asks the run to stop (as the first signal does).
    pub fn stop(&self) {
        self.stop.store(true, Ordering::SeqCst);
    }

    /// Whether the run was asked to stop.
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    /// Marks the run as failed (the index cannot be written).
    pub(crate) fn set_broken(&self) {
        self.broken.store(true, Ordering::SeqCst);
    }

    /// Whether anything should stop taking files.
    pub(crate) fn stopping(&self) -> bool {
        self.stop_requested() || self.broken.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_is_shared_by_clones() {
        let halt = Halt::default();
        let other = halt.clone();
        assert!(!other.stopping());
        halt.stop();
        assert!(other.stop_requested() && other.stopping());
        let broken = Halt::default();
        broken.set_broken();
        assert!(broken.stopping() && !broken.stop_requested());
    }
}
