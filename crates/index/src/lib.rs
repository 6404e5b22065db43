//! vopis-index: the three-language full-text index of archive documents.
//!
//! Built on tantivy. Each paragraph of a document is indexed in the field of
//! its language with that language's analyzer (our Belarusian stemmer,
//! Snowball Russian and English), beside an exact field for phrases and a
//! cross-script field where `Shcherbakov` meets `Щербаков`. Documents are
//! keyed by content hash; the index records its schema version.
//!
//! ```
//! use vopis_parse::{extract_bytes, ParseOptions};
//! use vopis_index::Index;
//!
//! let dir = tempfile::tempdir()?;
//! let index = Index::create_or_open(dir.path())?;
//! let doc = extract_bytes("a.txt", "О научно-техническом сотрудничестве".as_bytes(), &ParseOptions::default())?;
//! let mut writer = index.writer()?;
//! writer.add(&doc, "a.txt")?;
//! writer.commit()?;
//! assert_eq!(index.document_count()?, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used)]

pub mod analysis;
mod convert;
mod error;
mod files;
mod index;
mod keys;
mod path_keys;
mod query;
mod read;
pub mod schema;
mod search;
mod stats;
mod thread;
mod writer;

pub use error::{Error, Result};
pub use files::{FileRecord, FileStatus};
pub use index::{Index, VERSION_FILE};
pub use keys::number_key;
pub use path_keys::{key_path, path_key};
pub use query::{MAX_CLAUSES, MAX_DEPTH, MAX_QUERY_CHARS, check_query};
pub use read::StoredDocument;
pub use search::{
    Facets, Hit, MAX_FACET_VALUES, MAX_LIMIT, MAX_OFFSET, SearchRequest, SearchResults, Snippet,
    Sort,
};
pub use stats::{FailedFile, Stats};
pub use thread::{MAX_LINKS, Thread, ThreadLink};
pub use writer::{Added, Writer, WriterOptions};
