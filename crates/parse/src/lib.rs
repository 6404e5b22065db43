//! vopis-parse: turns the bytes of an archive document into one [`Document`].
//!
//! The crate reads PDF, DOCX, ODT, RTF, HTML, e-mail (EML), plain text and
//! Markdown, written in Belarusian, Russian or English, in any of the Cyrillic
//! code pages of the last thirty years. The format is sniffed from the bytes,
//! never from the file name. Every reader returns either text with what the
//! format says about itself (title, author, dates, pages) or a typed
//! [`Error`] whose [`ErrorKind`] is one of the contract's failure kinds.
//!
//! Invariants kept for every input:
//! - no panic, whatever the bytes (property-tested);
//! - every decompression, recursion and loop is bounded by [`ParseOptions`];
//! - the text is clean: Unicode NFC, no soft hyphens or zero-width characters,
//!   ligatures expanded, Belarusian apostrophes unified to `’`, paragraphs
//!   separated by one blank line (see [`clean_text`]).
//!
//! ```
//! use vopis_parse::{extract_bytes, Format, ParseOptions};
//!
//! let doc = extract_bytes("note.txt", "Добры дзень, сябры!".as_bytes(), &ParseOptions::default())?;
//! assert_eq!(doc.format, Format::Txt);
//! assert_eq!(doc.text, "Добры дзень, сябры!");
//! # Ok::<(), vopis_parse::Error>(())
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used)]

pub mod analysis;
pub mod decode;
mod error;
mod extract;
mod formats;
mod hygiene;
mod limits;
mod metadata;
pub mod model;
mod options;
mod sniff;

pub use error::{Error, ErrorKind, Result};
pub use extract::{extract_bytes, extract_bytes_as, extract_file, extract_outcome};
pub use hygiene::clean_text;
pub use metadata::country_code;
pub use model::{
    Amount, DateMention, DateRole, DocType, Document, Failure, FailureInfo, Format, Language,
    LanguageShare, LanguageSpan, Outcome, Period, Reference, Signatory,
};
pub use options::ParseOptions;
pub use sniff::sniff;
