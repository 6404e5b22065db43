//! What this run knows of the index: file records, document ids, files in flight.
//!
//! Loaded once from the last commit, then kept up to date by the writer
//! thread as it handles each file (before the commit: within this process
//! the writer's view is the truth; after a crash the next run reloads from
//! the commit). Discovery reads it to decide per file; parse slots read the
//! ids to recognise a moved or copied file by its hash.
//!
//! Memory: one entry per known file path and one 32-byte hash per document,
//! the only part of the worker that grows with the size of the index.

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, PoisonError, RwLock};

use vopis_index::{FileRecord, FileStatus, Index};

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
        let records = index
            .file_records()?
            .iter()
            .map(|r| (r.path.clone(), Known::from(r)))
            .collect();
        let ids = index
            .document_ids()?
            .iter()
            .filter_map(|id| id_bytes(id))
            .collect();
        Ok(Catalog {
            records: Mutex::new(records),
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

    /// Forgets `path` (removed by `--sync`).
    pub(crate) fn remove_record(&self, path: &str) {
        let mut records = self.records.lock().unwrap_or_else(PoisonError::into_inner);
        records.remove(path);
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
