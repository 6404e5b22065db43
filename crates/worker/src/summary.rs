//! The end-of-run summary: what was indexed, skipped and failed, and how fast.

use std::time::Duration;

use serde::Serialize;
use vopis_parse::ErrorKind;

/// A file that failed in this run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FailedFile {
    /// The file.
    pub path: String,
    /// The contract's failure kind.
    pub kind: ErrorKind,
    /// Plain words on what is wrong.
    pub message: String,
}

/// Counts of one run (serialised as the `--json` summary object).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    /// New documents indexed.
    pub indexed: u64,
    /// Known documents found at a new path (moved, renamed or copied), not parsed again.
    pub moved: u64,
    /// Files already indexed as they are.
    pub unchanged: u64,
    /// Files that failed in this run.
    pub failed: u64,
    /// Files that failed before, did not change, and were not retried.
    pub failed_before: u64,
    /// Paths removed because their files are gone (`--sync`).
    pub removed: u64,
    /// Bytes of the files read in this run.
    pub bytes: u64,
    /// Wall-clock time of the run, in seconds.
    pub seconds: f64,
    /// Files read per second (indexed, moved and failed).
    pub files_per_second: f64,
    /// Megabytes (10^6 bytes) read per second.
    pub mb_per_second: f64,
    /// Whether the run stopped early on a signal.
    pub interrupted: bool,
    /// Each failure of this run, with its reason.
    pub failures: Vec<FailedFile>,
}

impl Stats {
    /// Fills the time and the rates.
    pub(crate) fn finish(&mut self, elapsed: Duration) {
        self.seconds = elapsed.as_secs_f64();
        let secs = self.seconds.max(1e-9);
        let read = self.indexed + self.moved + self.failed;
        self.files_per_second = read as f64 / secs;
        self.mb_per_second = self.bytes as f64 / 1e6 / secs;
    }

    /// Adds another part's counts (the feeder's and the writer's).
    pub(crate) fn merge(&mut self, other: Stats) {
        self.indexed += other.indexed;
        self.moved += other.moved;
        self.unchanged += other.unchanged;
        self.failed += other.failed;
        self.failed_before += other.failed_before;
        self.removed += other.removed;
        self.bytes += other.bytes;
        self.failures.extend(other.failures);
    }

    /// The summary for a person: one line of counts, then one line per failure.
    pub fn human(&self) -> String {
        let mut out = format!(
            "{} indexed, {} moved or copied, {} unchanged, {} failed{}{}; {:.1} files/s, {:.2} MB/s in {:.1} s{}\n",
            self.indexed,
            self.moved,
            self.unchanged,
            self.failed,
            if self.failed_before > 0 {
                format!(" ({} earlier failures not retried)", self.failed_before)
            } else {
                String::new()
            },
            if self.removed > 0 {
                format!(", {} removed", self.removed)
            } else {
                String::new()
            },
            self.files_per_second,
            self.mb_per_second,
            self.seconds,
            if self.interrupted {
                " (interrupted)"
            } else {
                ""
            },
        );
        for f in &self.failures {
            out.push_str(&format!(
                "failed: {}: {} ({})\n",
                f.path,
                f.message,
                f.kind.as_str()
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_summary_lists_failures() {
        let mut stats = Stats {
            indexed: 3,
            failed: 1,
            bytes: 2_000_000,
            failures: vec![FailedFile {
                path: "/inbox/ліст.pdf".into(),
                kind: ErrorKind::Encrypted,
                message: "the file is encrypted with a password".into(),
            }],
            ..Stats::default()
        };
        stats.finish(Duration::from_secs(2));
        assert_eq!(stats.files_per_second, 2.0);
        assert_eq!(stats.mb_per_second, 1.0);
        let text = stats.human();
        assert!(
            text.starts_with("3 indexed, 0 moved or copied, 0 unchanged, 1 failed;"),
            "{text}"
        );
        assert!(text.contains(
            "failed: /inbox/ліст.pdf: the file is encrypted with a password (encrypted)"
        ));
        let json = serde_json::to_value(&stats).unwrap();
        assert_eq!(json["failures"][0]["kind"], "encrypted");
    }
}
