//! Finding files and deciding what each one needs.
//!
//! The walk is recursive, in sorted order (reproducible runs), skips hidden
//! names (editors' and copy tools' temporary files start with a dot) and the
//! index directory itself, does not follow symbolic links to directories
//! (no loops) and stops at [`MAX_DEPTH`]. Each file found is a [`Candidate`]
//! with the size and mtime read before its bytes are: if the file changes
//! while it is read, its mtime will differ next time and it is read again.
//!
//! [`decide`] compares a candidate with the file's record: same size and
//! mtime is unchanged (or an unchanged failure, not retried unless asked;
//! an indexed file whose mtime was too recent to trust when it was read is
//! recorded with one that matches nothing, so it is read again once);
//! anything else is read and hashed, and a known hash is a move or copy,
//! recognised without parsing (in the parse slot).

use std::fs::{self, Metadata};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::catalog::Known;

/// Deepest directory nesting followed.
pub(crate) const MAX_DEPTH: usize = 64;

/// A file found, with what was known of it before reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// Where it is.
    pub path: PathBuf,
    /// The path as stored in the index ([`vopis_index::path_key`]: `%XX`
    /// escapes for the bytes of a non-UTF-8 name).
    pub key: String,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, ns since the epoch.
    pub mtime_ns: i64,
}

impl Candidate {
    /// The candidate for `path` from its metadata.
    pub(crate) fn new(path: PathBuf, meta: &Metadata) -> Candidate {
        Candidate {
            key: vopis_index::path_key(&path),
            size: meta.len(),
            mtime_ns: mtime_ns(meta),
            path,
        }
    }

    /// The candidate for `path` now, if it is a regular file.
    pub(crate) fn stat(path: &Path) -> Option<Candidate> {
        let meta = fs::metadata(path).ok()?;
        meta.is_file()
            .then(|| Candidate::new(path.to_owned(), &meta))
    }
}

/// Modification time in ns since the epoch (0 if the system has none).
pub(crate) fn mtime_ns(meta: &Metadata) -> i64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

/// What a candidate needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Same size and mtime as its record: nothing to do.
    Unchanged,
    /// Failed before and did not change: not retried.
    StillFailed,
    /// Read it (new, changed, or a retried failure).
    Read,
}

/// What `candidate` needs, given its record.
pub(crate) fn decide(candidate: &Candidate, known: Option<Known>, retry_failed: bool) -> Decision {
    let Some(known) = known else {
        return Decision::Read;
    };
    let same = known.size == candidate.size && known.mtime_ns == candidate.mtime_ns;
    match (same, known.failed) {
        (true, false) => Decision::Unchanged,
        (true, true) if !retry_failed => Decision::StillFailed,
        _ => Decision::Read,
    }
}

/// Whether a file or directory name is hidden (skipped).
fn hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// Walks `root` (a file or a directory), calling `found` for every file in
/// sorted order, skipping `exclude` (the index); stops early when `found`
/// returns `false`. Unreadable directories below the root are skipped with
/// a log line.
pub(crate) fn walk(
    root: &Path,
    exclude: Option<&Path>,
    found: &mut dyn FnMut(Candidate) -> bool,
) -> std::io::Result<()> {
    let meta = fs::metadata(root)?;
    if meta.is_file() {
        found(Candidate::new(root.to_owned(), &meta));
        return Ok(());
    }
    walk_dir(root, exclude, 0, found)?;
    Ok(())
}

/// Walks one directory; `Ok(false)` when `found` asked to stop.
fn walk_dir(
    dir: &Path,
    exclude: Option<&Path>,
    depth: usize,
    found: &mut dyn FnMut(Candidate) -> bool,
) -> std::io::Result<bool> {
    if depth > MAX_DEPTH {
        tracing::warn!(dir = %dir.display(), "directories nested deeper than {MAX_DEPTH} levels: skipped");
        return Ok(true);
    }
    let mut entries: Vec<(PathBuf, fs::FileType)> = fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.path(), e.file_type().ok()?)))
        .filter(|(p, _)| !hidden(p))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        if exclude.is_some_and(|x| x == path) {
            continue;
        }
        if kind.is_dir() {
            match walk_dir(&path, exclude, depth + 1, found) {
                Ok(true) => {}
                Ok(false) => return Ok(false),
                Err(e) => tracing::warn!(dir = %path.display(), "cannot list directory: {e}"),
            }
        } else if let Ok(meta) = fs::metadata(&path)
            && meta.is_file()
            && !found(Candidate::new(path, &meta))
        {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether `path` (an index key) lies under `root` (a key too).
pub(crate) fn under(path: &str, root: &str) -> bool {
    Path::new(path).starts_with(root)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(size: u64, mtime_ns: i64) -> Candidate {
        Candidate {
            path: "/inbox/ліст.txt".into(),
            key: "/inbox/ліст.txt".into(),
            size,
            mtime_ns,
        }
    }

    #[test]
    fn decisions_follow_the_record() {
        let ok = Known {
            size: 10,
            mtime_ns: 5,
            failed: false,
        };
        let bad = Known { failed: true, ..ok };
        assert_eq!(decide(&cand(10, 5), None, false), Decision::Read);
        assert_eq!(decide(&cand(10, 5), Some(ok), false), Decision::Unchanged);
        assert_eq!(decide(&cand(11, 5), Some(ok), false), Decision::Read);
        assert_eq!(decide(&cand(10, 6), Some(ok), false), Decision::Read);
        assert_eq!(
            decide(&cand(10, 5), Some(bad), false),
            Decision::StillFailed
        );
        assert_eq!(decide(&cand(10, 5), Some(bad), true), Decision::Read);
        assert_eq!(decide(&cand(12, 5), Some(bad), false), Decision::Read);
    }

    #[test]
    fn walk_is_sorted_and_skips_hidden_and_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("б/index")).unwrap();
        fs::write(root.join("б/лист.txt"), "Уважаемый Сергей Сергеевич!").unwrap();
        fs::write(root.join("a.txt"), "Dear colleagues").unwrap();
        fs::write(root.join(".part.txt"), "half-copied").unwrap();
        fs::write(root.join("б/index/meta.json"), "{}").unwrap();
        let mut seen = Vec::new();
        walk(root, Some(&root.join("б/index")), &mut |c| {
            seen.push(
                c.path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
            );
            true
        })
        .unwrap();
        assert_eq!(seen, ["a.txt", "б/лист.txt"]);
    }

    #[test]
    fn under_is_by_component() {
        assert!(under("/inbox/a/b.txt", "/inbox"));
        assert!(!under("/inbox2/b.txt", "/inbox"));
    }
}
