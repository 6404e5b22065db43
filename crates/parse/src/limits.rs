//! The running budget of one extraction: time spent and bytes decompressed.
//!
//! [`ParseOptions`] says what is allowed; a `Limits` tracks what has been
//! used while one file (with its attachments) is read. Readers call
//! [`Limits::check_time`] in their loops and [`Limits::charge`] for every
//! decompressed chunk, and propagate the error.
//!
//! Invariant: once a check has failed, every later check fails too, so a
//! reader that swallows one error still stops at the next.

use std::cell::Cell;
use std::time::Instant;

use crate::error::{Error, Result};
use crate::options::ParseOptions;

/// The budget of one extraction.
#[derive(Debug)]
pub(crate) struct Limits<'a> {
    /// The limits in force.
    pub opts: &'a ParseOptions,
    started: Instant,
    decompressed: Cell<u64>,
    /// Attachment nesting depth of the document being read (0 = the file).
    pub attachment_depth: u32,
}

impl<'a> Limits<'a> {
    /// A fresh budget starting now.
    pub fn new(opts: &'a ParseOptions) -> Self {
        Limits {
            opts,
            started: Instant::now(),
            decompressed: Cell::new(0),
            attachment_depth: 0,
        }
    }

    /// The budget for an attachment: same clock and byte count, one level deeper.
    pub fn nested(&self) -> Limits<'a> {
        Limits {
            opts: self.opts,
            started: self.started,
            decompressed: Cell::new(self.decompressed.get()),
            attachment_depth: self.attachment_depth + 1,
        }
    }

    /// Fails with [`Error::Timeout`] once the time limit has passed.
    pub fn check_time(&self) -> Result<()> {
        if self.started.elapsed() > self.opts.time_limit {
            Err(Error::Timeout {
                limit: self.opts.time_limit,
            })
        } else {
            Ok(())
        }
    }

    /// Records `bytes` more decompressed output; fails with
    /// [`Error::TooLarge`] once the total passes `max_decompressed_size`.
    pub fn charge(&self, bytes: u64) -> Result<()> {
        let total = self.decompressed.get().saturating_add(bytes);
        self.decompressed.set(total);
        if total > self.opts.max_decompressed_size {
            return Err(Error::TooLarge {
                what: "decompressed data",
                limit: self.opts.max_decompressed_size,
                actual: total,
            });
        }
        self.check_time()
    }

    /// Bytes decompressed so far.
    pub fn decompressed(&self) -> u64 {
        self.decompressed.get()
    }

    /// Fails with [`Error::TooLarge`] when `depth` passes `max_depth`.
    pub fn check_depth(&self, depth: u32) -> Result<()> {
        if depth > self.opts.max_depth {
            Err(Error::TooLarge {
                what: "nesting depth",
                limit: u64::from(self.opts.max_depth),
                actual: u64::from(depth),
            })
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn charge_fails_past_the_limit_and_stays_failed() {
        let opts = ParseOptions {
            max_decompressed_size: 10,
            ..ParseOptions::default()
        };
        let limits = Limits::new(&opts);
        assert!(limits.charge(10).is_ok());
        assert!(matches!(
            limits.charge(1),
            Err(Error::TooLarge { actual: 11, .. })
        ));
        assert!(limits.charge(0).is_err());
    }

    #[test]
    fn time_limit_zero_times_out() {
        let opts = ParseOptions {
            time_limit: Duration::ZERO,
            ..ParseOptions::default()
        };
        let limits = Limits::new(&opts);
        std::thread::sleep(Duration::from_millis(2));
        assert!(matches!(limits.check_time(), Err(Error::Timeout { .. })));
    }

    #[test]
    fn depth_is_bounded() {
        let opts = ParseOptions {
            max_depth: 3,
            ..ParseOptions::default()
        };
        let limits = Limits::new(&opts);
        assert!(limits.check_depth(3).is_ok());
        assert!(limits.check_depth(4).is_err());
    }
}
