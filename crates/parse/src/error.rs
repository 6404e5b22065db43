//! The one error type of vopis-parse and its mapping onto the contract's kinds.
//!
//! Every reader returns [`Result`]. A variant carries structured fields, and
//! its message is written for an archivist: it says in plain words what is
//! wrong with the file. [`Error::kind`] maps each variant onto the contract's
//! failure kinds (`encrypted`, `corrupt`, `unsupported`, `too_large`, `empty`,
//! `io`, plus `timeout`, and `crashed` which only the worker sets).

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

/// The result type of vopis-parse.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a document could not be extracted.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file is protected by a password we do not have.
    #[error("the file is encrypted with a password; it cannot be read without it")]
    Encrypted,
    /// The bytes claim a format but break its rules.
    #[error("the {format} file is damaged: {detail}")]
    Corrupt {
        /// The format the file claims to be ("PDF", "DOCX", ...).
        format: &'static str,
        /// What exactly is broken.
        detail: String,
    },
    /// The format (or a feature of it) is not one vopis reads.
    #[error("unsupported file: {what}")]
    Unsupported {
        /// What the file is, as far as we can tell.
        what: String,
    },
    /// A size limit of [`crate::ParseOptions`] was exceeded.
    #[error("{what} is too large: {actual} exceeds the limit of {limit}")]
    TooLarge {
        /// What was too large ("file size", "decompressed data", "pages", ...).
        what: &'static str,
        /// The limit in force.
        limit: u64,
        /// The size found (or reached before we stopped reading).
        actual: u64,
    },
    /// The file has no content at all.
    #[error("the file is empty")]
    Empty,
    /// Extraction ran past the time limit of [`crate::ParseOptions`].
    #[error("extraction took longer than the limit of {} s and was stopped", limit.as_secs_f32())]
    Timeout {
        /// The limit in force.
        limit: Duration,
    },
    /// The file could not be read from disk.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file as given.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// The contract's failure kind for this error.
    ///
    /// ```
    /// use vopis_parse::{Error, ErrorKind};
    /// assert_eq!(Error::Empty.kind(), ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Encrypted => ErrorKind::Encrypted,
            Error::Corrupt { .. } => ErrorKind::Corrupt,
            Error::Unsupported { .. } => ErrorKind::Unsupported,
            Error::TooLarge { .. } => ErrorKind::TooLarge,
            Error::Empty => ErrorKind::Empty,
            Error::Timeout { .. } => ErrorKind::Timeout,
            Error::Io { .. } => ErrorKind::Io,
        }
    }

    /// Shorthand for [`Error::Corrupt`].
    pub(crate) fn corrupt(format: &'static str, detail: impl Into<String>) -> Self {
        Error::Corrupt {
            format,
            detail: detail.into(),
        }
    }

    /// Shorthand for [`Error::Unsupported`].
    pub(crate) fn unsupported(what: impl Into<String>) -> Self {
        Error::Unsupported { what: what.into() }
    }
}

/// The failure kinds of the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Password-protected.
    Encrypted,
    /// Damaged or truncated.
    Corrupt,
    /// Not a format vopis reads.
    Unsupported,
    /// Over a size limit.
    TooLarge,
    /// No content.
    Empty,
    /// Over the time limit.
    Timeout,
    /// Could not be read from disk.
    Io,
    /// The parser died on the file (a panic, an abort, or more memory than
    /// the worker's limit); set by the worker, which parses in a child process.
    Crashed,
}

impl ErrorKind {
    /// The contract's string for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Encrypted => "encrypted",
            ErrorKind::Corrupt => "corrupt",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::Empty => "empty",
            ErrorKind::Timeout => "timeout",
            ErrorKind::Io => "io",
            ErrorKind::Crashed => "crashed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variant_maps_to_its_contract_kind() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let cases = [
            (Error::Encrypted, "encrypted"),
            (Error::corrupt("PDF", "no trailer"), "corrupt"),
            (Error::unsupported("a PNG image"), "unsupported"),
            (
                Error::TooLarge {
                    what: "file size",
                    limit: 1,
                    actual: 2,
                },
                "too_large",
            ),
            (Error::Empty, "empty"),
            (
                Error::Timeout {
                    limit: Duration::from_secs(1),
                },
                "timeout",
            ),
            (
                Error::Io {
                    path: "x".into(),
                    source: io,
                },
                "io",
            ),
        ];
        for (error, kind) in cases {
            assert_eq!(error.kind().as_str(), kind, "{error}");
            let json = serde_json::to_string(&error.kind()).unwrap();
            assert_eq!(json, format!("\"{kind}\""));
        }
    }

    #[test]
    fn messages_are_plain_words() {
        let e = Error::corrupt("PDF", "the cross-reference table is missing");
        assert_eq!(
            e.to_string(),
            "the PDF file is damaged: the cross-reference table is missing"
        );
    }
}
