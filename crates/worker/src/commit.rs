//! When the writer commits: after so many changes or so much time.
//!
//! A commit makes a batch of documents and their file records durable
//! together; committing per file would spend most of the time in fsync,
//! committing rarely would redo more work after a crash. The time bound
//! also makes a quiet inbox's last files durable within seconds.

use std::time::{Duration, Instant};

/// Commit after `max_changes` files handled or `max_interval` since the
/// first uncommitted change, whichever comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitPolicy {
    /// Files (documents or failure records) per batch.
    pub max_changes: usize,
    /// Longest time a change waits for its commit.
    pub max_interval: Duration,
}

impl Default for CommitPolicy {
    fn default() -> Self {
        CommitPolicy {
            max_changes: 256,
            max_interval: Duration::from_secs(2),
        }
    }
}

/// The uncommitted batch's size and age.
#[derive(Debug, Default)]
pub(crate) struct Batch {
    changes: usize,
    since: Option<Instant>,
}

impl Batch {
    /// Counts one change.
    pub(crate) fn record(&mut self) {
        self.changes += 1;
        self.since.get_or_insert_with(Instant::now);
    }

    /// Whether there is anything to commit.
    pub(crate) fn is_empty(&self) -> bool {
        self.changes == 0
    }

    /// Whether the policy says commit now.
    pub(crate) fn due(&self, policy: &CommitPolicy) -> bool {
        self.changes >= policy.max_changes.max(1)
            || self
                .since
                .is_some_and(|t| t.elapsed() >= policy.max_interval)
    }

    /// How long the writer may wait for the next file before the batch is due.
    pub(crate) fn wait(&self, policy: &CommitPolicy) -> Duration {
        match self.since {
            Some(t) => policy.max_interval.saturating_sub(t.elapsed()),
            None => Duration::from_millis(500),
        }
    }

    /// Starts a new batch after a commit.
    pub(crate) fn clear(&mut self) {
        *self = Batch::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_by_count() {
        let policy = CommitPolicy {
            max_changes: 3,
            max_interval: Duration::from_secs(3600),
        };
        let mut batch = Batch::default();
        assert!(batch.is_empty() && !batch.due(&policy));
        batch.record();
        batch.record();
        assert!(!batch.due(&policy));
        batch.record();
        assert!(batch.due(&policy));
        batch.clear();
        assert!(batch.is_empty());
    }

    #[test]
    fn due_by_time() {
        let policy = CommitPolicy {
            max_changes: 1000,
            max_interval: Duration::from_millis(20),
        };
        let mut batch = Batch::default();
        batch.record();
        assert!(batch.wait(&policy) <= Duration::from_millis(20));
        std::thread::sleep(Duration::from_millis(30));
        assert!(batch.due(&policy));
        assert_eq!(batch.wait(&policy), Duration::ZERO);
    }
}
