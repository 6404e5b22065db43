//! Per-file records: what the index knows of each file path it was fed.
//!
//! The worker decides from these whether a file is new, changed, moved,
//! unchanged or failed. They are entries of the index itself (`kind:file`),
//! so a record and the document it describes are committed together: a
//! crash leaves both or neither, never a record without its document.
//!
//! Invariant: at most one record per path in a committed index.

use serde::{Deserialize, Serialize};
use tantivy::schema::Value;
use tantivy::{TantivyDocument, doc};
use vopis_parse::FailureInfo;

use crate::schema::{Fields, KIND_FILE};

/// What became of a file's last attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    /// Parsed and indexed (its document has this file's hash as id).
    Indexed,
    /// Failed; `error` says why.
    Failed,
}

impl FileStatus {
    /// The stored string.
    pub fn as_str(self) -> &'static str {
        match self {
            FileStatus::Indexed => "indexed",
            FileStatus::Failed => "failed",
        }
    }
}

/// The record of one file path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileRecord {
    /// The path as discovered.
    pub path: String,
    /// Size in bytes when read.
    pub size: u64,
    /// Modification time when read, nanoseconds since the Unix epoch.
    pub mtime_ns: i64,
    /// Content hash of the bytes read (the document id when indexed).
    pub hash: String,
    /// Indexed or failed.
    pub status: FileStatus,
    /// Why it failed, when it did.
    pub error: Option<FailureInfo>,
}

impl FileRecord {
    /// The index entry of this record.
    pub(crate) fn to_entry(&self, f: &Fields) -> TantivyDocument {
        let mut entry = doc!(
            f.kind => KIND_FILE,
            f.file_path => self.path.as_str(),
            f.file_hash => self.hash.as_str(),
            f.file_size => self.size,
            f.file_mtime => self.mtime_ns,
            f.file_status => self.status.as_str(),
        );
        if let Some(error) = &self.error
            && let Ok(json) = serde_json::to_string(error)
        {
            entry.add_text(f.file_error, json);
        }
        entry
    }

    /// The record stored in an index entry; `None` if it is not a file record.
    pub(crate) fn from_entry(entry: &TantivyDocument, f: &Fields) -> Option<FileRecord> {
        let text = |field| {
            entry
                .get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let status = match text(f.file_status)?.as_str() {
            "indexed" => FileStatus::Indexed,
            _ => FileStatus::Failed,
        };
        Some(FileRecord {
            path: text(f.file_path)?,
            size: entry
                .get_first(f.file_size)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            mtime_ns: entry
                .get_first(f.file_mtime)
                .and_then(|v| v.as_i64())
                .unwrap_or(0),
            hash: text(f.file_hash).unwrap_or_default(),
            status,
            error: text(f.file_error).and_then(|j| serde_json::from_str(&j).ok()),
        })
    }
}
