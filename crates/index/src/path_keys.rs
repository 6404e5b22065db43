//! File paths as the index records them.
//!
//! Index keys are strings, and a file name need not be UTF-8: an archive
//! copied from an old system may hold names in KOI8-R or cp866 bytes. Such a
//! name is recorded losslessly: each byte that is not part of valid UTF-8 is
//! written `%XX` (and a `%` of the name `%25`), the rest as it is, so the
//! file can be found again for `--sync` and for downloading the original.
//! A UTF-8 name is recorded as it is.
//!
//! Trade-off: a recorded key does not say whether it was escaped; [`key_path`]
//! takes the key as a path when that exists, and only otherwise decodes it.
//! A wrong guess needs two files whose names differ only by such escapes,
//! and readers of the original check its hash anyway.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The key `path` is recorded under.
///
/// ```
/// use std::path::Path;
/// use vopis_index::path_key;
///
/// assert_eq!(path_key(Path::new("/inbox/ліст 50%.txt")), "/inbox/ліст 50%.txt");
/// # #[cfg(unix)] {
/// use std::os::unix::ffi::OsStrExt;
/// // "Письмо" in KOI8-R, then "%.txt".
/// let koi8 = std::ffi::OsStr::from_bytes(b"/inbox/\xf0\xc9\xd3\xd8\xcd\xcf%.txt");
/// assert_eq!(path_key(Path::new(koi8)), "/inbox/%F0%C9%D3%D8%CD%CF%25.txt");
/// # }
/// ```
pub fn path_key(path: &Path) -> String {
    if let Some(s) = path.to_str() {
        return s.to_owned();
    }
    escape(path)
}

#[cfg(unix)]
fn escape(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let bytes = path.as_os_str().as_bytes();
    let mut out = String::with_capacity(bytes.len() * 2);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '%' {
                out.push_str("%25");
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(not(unix))]
fn escape(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// The file a recorded key stands for: the key itself when such a path
/// exists, else the key with its `%XX` escapes decoded when that exists,
/// else the key itself.
pub fn key_path(key: &str) -> PathBuf {
    let plain = PathBuf::from(key);
    if !key.contains('%') || plain.symlink_metadata().is_ok() {
        return plain;
    }
    match unescape(key) {
        Some(decoded) if decoded.symlink_metadata().is_ok() => decoded,
        _ => plain,
    }
}

/// `key` with its `%XX` escapes turned back into bytes.
#[cfg(unix)]
fn unescape(key: &str) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    let bytes = key.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(std::ffi::OsString::from_vec(out)))
}

#[cfg(not(unix))]
fn unescape(_key: &str) -> Option<PathBuf> {
    None
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn non_utf8_names_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        for name in [
            &b"\xf0\xc9\xd3\xd8\xcd\xcf.txt"[..],
            b"\xcf\xe8\xf1\xfc\xec\xee 100%.txt",
            b"half \xd0.txt",
            b"%41 literal.txt",
        ] {
            let path = dir.path().join(OsStr::from_bytes(name));
            std::fs::write(&path, "x").unwrap();
            let key = path_key(&path);
            assert_eq!(key_path(&key), path, "{key}");
        }
        // A UTF-8 name with a `%` is its own key, found as it is.
        let plain = dir.path().join("ліст 50%41.txt");
        std::fs::write(&plain, "x").unwrap();
        assert_eq!(path_key(&plain), plain.to_str().unwrap());
        assert_eq!(key_path(&path_key(&plain)), plain);
        // A key of nothing on disk stays as it is.
        assert_eq!(
            key_path("/nowhere/%F0.txt"),
            PathBuf::from("/nowhere/%F0.txt")
        );
    }
}
