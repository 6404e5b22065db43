//! Limits and choices for one extraction.
//!
//! Every reader that decompresses, recurses or loops over input-controlled
//! counts takes its bounds from here, so a hostile or broken file costs at
//! most these amounts of memory and time. Exceeding a size limit is
//! [`crate::Error::TooLarge`]; running out of time is [`crate::Error::Timeout`].

use std::time::Duration;

use crate::model::Language;

/// Limits for one extraction. `Default` suits an archive workstation.
///
/// ```
/// use vopis_parse::ParseOptions;
/// let small = ParseOptions { max_file_size: 1 << 20, ..ParseOptions::default() };
/// assert!(small.max_file_size < ParseOptions::default().max_file_size);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// Largest file read at all, in bytes.
    pub max_file_size: u64,
    /// Most bytes produced by decompression (PDF streams, zip entries,
    /// transfer encodings) for one file, in total.
    pub max_decompressed_size: u64,
    /// Most pages read from a PDF.
    pub max_pages: u32,
    /// Most objects in a PDF, or entries in a zip archive.
    pub max_objects: u64,
    /// Deepest nesting followed: XML elements, RTF groups, PDF form
    /// XObjects, MIME parts.
    pub max_depth: u32,
    /// Deepest chain of attachments (a message attached to a message ...).
    pub max_attachment_depth: u32,
    /// Longest extracted text kept, in bytes; the rest is dropped with a warning.
    pub max_text_size: u64,
    /// Wall-clock time for one file, attachments included.
    pub time_limit: Duration,
    /// Whether to read language and metadata (requisites, entities) from
    /// the text; off gives the bare text extraction.
    pub metadata: bool,
    /// The languages the detector may answer (the document's languages
    /// are among these, or "und").
    pub languages: Vec<Language>,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_file_size: 256 << 20,
            max_decompressed_size: 1 << 30,
            max_pages: 5_000,
            max_objects: 2_000_000,
            max_depth: 64,
            max_attachment_depth: 3,
            max_text_size: 64 << 20,
            time_limit: Duration::from_secs(120),
            metadata: true,
            languages: vec![Language::Be, Language::Ru, Language::Uk, Language::En],
        }
    }
}
