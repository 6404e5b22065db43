//! What this run knows of the index: file records, document ids, files in flight.
//!
//! Loaded once from the last commit, then kept up to date by the writer
//! thread as it handles each file (before the commit: within this process
//! the writer's view is the truth; after a crash the next run reloads from
//! the commit). Discovery reads it to decide per file; parse slots read the
//! ids to recognise a moved or copied file by its hash.
//!
//! Memory: one entry per known file path and one 32-byte hash per document,
//! the only part of the worker that grows with the size of the index; plus
//! the hash and error of each failed file, so that a failed file read again
//! (its mtime was too recent to trust) is recognised without a parse.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError, RwLock};

use vopis_index::{FileRecord, FileStatus, Index};
use vopis_parse::FailureInfo;

use crate::error::Result;

/// The facts about one file path that decisions need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Known {
    /// Size when last read.
    pub size: u64,
    /// Modification time when last read (ns since the epoch).
    pub mtime_ns: i64,
    /// Whether the last attempt failed.
    pub failed: bool,
}

impl From<&FileRecord> for Known {
    fn from(r: &FileRecord) -> Self {
        Known {
            size: r.size,
            mtime_ns: r.mtime_ns,
            failed: r.status == FileStatus::Failed,
        }
    }
}

/// Shared knowledge of the run.
#[derive(Debug, Default)]
pub(crate) struct Catalog {
    records: Mutex<HashMap<String, Known>>,
    failures: Mutex<HashMap<String, ([u8; 32], FailureInfo)>>,
    ids: RwLock<HashSet<[u8; 32]>>,
    in_flight: Mutex<HashSet<String>>,
}

/// A document id (blake3 hex) as bytes; `None` if it is not one.
pub(crate) fn id_bytes(hex: &str) -> Option<[u8; 32]> {
    blake3::Hash::from_hex(hex).ok().map(|h| *h.as_bytes())
}

impl Catalog {
    /// The catalog of `index`'s last commit.
    pub(crate) fn load(index: &Index) -> Result<Catalog> {
        let all = index.file_records()?;
        let records = all
            .iter()
            .map(|r| (r.path.clone(), Known::from(r)))
            .collect();
        let failures = all
            .into_iter()
            .filter(|r| r.status == FileStatus::Failed)
            .filter_map(|r| Some((r.path, (id_bytes(&r.hash)?, r.error?))))
            .collect();
        let ids = index
            .document_ids()?
            .iter()
            .filter_map(|id| id_bytes(id))
            .collect();
        Ok(Catalog {
            records: Mutex::new(records),
            failures: Mutex::new(failures),
            ids: RwLock::new(ids),
            in_flight: Mutex::new(HashSet::new()),
        })
    }

    /// The record of `path`, if any.
    pub(crate) fn record(&self, path: &str) -> Option<Known> {
        let records = self.records.lock().unwrap_or_else(PoisonError::into_inner);
        records.get(path).copied()
    }

    /// Every recorded path (for `--sync`).
    pub(crate) fn paths(&self) -> Vec<String> {
        let records = self.records.lock().unwrap_or_else(PoisonError::into_inner);
        records.keys().cloned().collect()
    }

    /// Notes the record just written for `path`.
    pub(crate) fn set_record(&self, path: &str, known: Known) {
        let mut records = self.records.lock().unwrap_or_else(PoisonError::into_inner);
        records.insert(path.to_owned(), known);
    }

    /// Notes how `path` ended: failed with these bytes (`hash`, blake3
    /// hex, empty if unread) and this error, or not failed (`None`).
    pub(crate) fn set_failure(&self, path: &str, failure: Option<(&str, &FailureInfo)>) {
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        match failure.and_then(|(hash, info)| Some((id_bytes(hash)?, info))) {
            Some((id, info)) => {
                failures.insert(path.to_owned(), (id, info.clone()));
            }
            None => {
                failures.remove(path);
            }
        }
    }

    /// The error `path` failed with last, if it failed holding the bytes
    /// with hash `id`.
    pub(crate) fn failure(&self, path: &str, id: &[u8; 32]) -> Option<FailureInfo> {
        let failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures
            .get(path)
            .filter(|(failed, _)| failed == id)
            .map(|(_, info)| info.clone())
    }

    /// Forgets `path` (removed by `--sync`).
    pub(crate) fn remove_record(&self, path: &str) {
        let mut records = self.records.lock().unwrap_or_else(PoisonError::into_inner);
        records.remove(path);
        drop(records);
        self.set_failure(path, None);
    }

    /// Whether a document with this hash is (believed to be) in the index.
    pub(crate) fn has_id(&self, id: &[u8; 32]) -> bool {
        self.ids
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .contains(id)
    }

    /// Notes a document now in the index.
    pub(crate) fn add_id(&self, hex: &str) {
        if let Some(id) = id_bytes(hex) {
            self.ids
                .write()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(id);
        }
    }

    /// Marks `path` as queued; `false` if it already was.
    pub(crate) fn start(&self, path: &str) -> bool {
        let mut set = self
            .in_flight
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        set.insert(path.to_owned())
    }

    /// Marks `path` as done (handled by the writer, or dropped at shutdown).
    pub(crate) fn finish(&self, path: &str) {
        let mut set = self
            .in_flight
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        set.remove(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_blake3_hex() {
        let hex = blake3::hash("Аб навукова-тэхнічным супрацоўніцтве".as_bytes())
            .to_hex()
            .to_string();
        let catalog = Catalog::default();
        let id = id_bytes(&hex).unwrap();
        assert!(!catalog.has_id(&id));
        catalog.add_id(&hex);
        assert!(catalog.has_id(&id));
        assert_eq!(id_bytes("not hex"), None);
    }

    #[test]
    fn in_flight_once() {
        let catalog = Catalog::default();
        assert!(catalog.start("/inbox/ліст.txt"));
        assert!(!catalog.start("/inbox/ліст.txt"));
        catalog.finish("/inbox/ліст.txt");
        assert!(catalog.start("/inbox/ліст.txt"));
    }
}
