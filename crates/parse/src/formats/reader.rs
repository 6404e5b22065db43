//! What a format reader hands back, and which reader runs for a format.
//!
//! Invariant: `read` is the only way in from outside `formats`, so every
//! reader is reached with the file's `Limits`.

use super::{docx, eml, html, odt, pdf, rtf, text};
use crate::error::Result;
use crate::limits::Limits;
use crate::model::Format;

/// What a reader got out of one file, before hygiene and analysis.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct Extracted {
    /// The text in reading order.
    pub text: String,
    /// Title from the document's properties (or `<title>`, or Subject).
    pub title: Option<String>,
    /// Author from the properties (or From).
    pub author: Option<String>,
    /// Creation date-time, ISO 8601 (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]`).
    pub created: Option<String>,
    /// Modification date-time, ISO 8601.
    pub modified: Option<String>,
    /// Producing program.
    pub producer: Option<String>,
    /// Pages, for paged formats.
    pub page_count: Option<u32>,
    /// What went imperfectly.
    pub warnings: Vec<String>,
    /// The encoding the text was decoded from, when the format leaves it open.
    pub encoding: Option<String>,
    /// E-mail header fields, for messages.
    pub email: Option<EmailHeaders>,
    /// The document's own date where the format declares one apart from
    /// file times (Markdown front matter `date:`), ISO 8601.
    pub date: Option<String>,
    /// Attached files, to be extracted by the caller with the same readers.
    pub attachments: Vec<Attachment>,
}

/// The header fields of an e-mail message, decoded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct EmailHeaders {
    /// From, as `Name <address>` or the address.
    pub from: Option<String>,
    /// To (all recipients, comma-separated).
    pub to: Option<String>,
    /// Date, ISO 8601 date-time.
    pub date: Option<String>,
    /// Subject.
    pub subject: Option<String>,
}

/// A file carried inside another (an e-mail attachment).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Attachment {
    /// Its file name, or a made-up one (`part-3`) when it has none.
    pub name: String,
    /// Its decoded bytes.
    pub bytes: Vec<u8>,
}

/// Runs the reader for `format` over `bytes`.
pub(crate) fn read(format: Format, bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    match format {
        Format::Pdf => pdf::read(bytes, limits),
        Format::Docx => docx::read(bytes, limits),
        Format::Odt => odt::read(bytes, limits),
        Format::Rtf => rtf::read(bytes, limits),
        Format::Html => html::read(bytes, limits),
        Format::Eml => eml::read(bytes, limits),
        Format::Txt => text::read_plain(bytes, limits),
        Format::Md => text::read_markdown(bytes, limits),
    }
}
