//! The entry points: a file or its bytes in, a [`Document`] out.
//!
//! `extract` checks the size limit, hashes the bytes (the id), sniffs the
//! format, runs the format's reader, cleans the text, fills the document's
//! fields from what the format itself says, and extracts attachments with
//! the same readers, one level deeper each time.

use std::path::Path;

use crate::error::{Error, Result};
use crate::formats::{self, Extracted};
use crate::hygiene::clean_text;
use crate::limits::Limits;
use crate::model::{Document, Failure, Format, Outcome};
use crate::options::ParseOptions;
use crate::sniff::sniff;

/// Reads and extracts one file.
///
/// ```no_run
/// let doc = vopis_parse::extract_file("corpus/documents/letter.pdf", &Default::default())?;
/// println!("{} pages: {}", doc.page_count.unwrap_or(0), doc.text);
/// # Ok::<(), vopis_parse::Error>(())
/// ```
pub fn extract_file(path: impl AsRef<Path>, opts: &ParseOptions) -> Result<Document> {
    let path = path.as_ref();
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(Error::unsupported("a directory, not a file"));
    }
    check_size(meta.len(), opts)?;
    let bytes = std::fs::read(path).map_err(io)?;
    extract_bytes(&path.to_string_lossy(), &bytes, opts)
}

/// Extracts one file, as the contract's success or failure object.
pub fn extract_outcome(path: impl AsRef<Path>, opts: &ParseOptions) -> Outcome {
    let path = path.as_ref();
    match extract_file(path, opts) {
        Ok(doc) => Outcome::Parsed(Box::new(doc)),
        Err(e) => Outcome::Failed(Failure::new(path.to_string_lossy(), &e)),
    }
}

/// Extracts a document from bytes already in memory; `path` is only recorded.
///
/// ```
/// use vopis_parse::{extract_bytes, ParseOptions};
/// let doc = extract_bytes("x.txt", b"Agreement\r\n\r\nbetween the parties", &ParseOptions::default())?;
/// assert_eq!(doc.text, "Agreement\n\nbetween the parties");
/// assert_eq!(doc.id.len(), 64);
/// # Ok::<(), vopis_parse::Error>(())
/// ```
pub fn extract_bytes(path: &str, bytes: &[u8], opts: &ParseOptions) -> Result<Document> {
    extract_with(path, bytes, &Limits::new(opts))
}

/// Extracts bytes as the given format, without sniffing: for a caller that
/// knows better than the bytes say, and for testing each reader on any input.
///
/// ```
/// use vopis_parse::{extract_bytes_as, Format, ParseOptions};
/// let doc = extract_bytes_as("x", b"# Title", Format::Txt, &ParseOptions::default())?;
/// assert_eq!(doc.text, "# Title");
/// # Ok::<(), vopis_parse::Error>(())
/// ```
pub fn extract_bytes_as(
    path: &str,
    bytes: &[u8],
    format: Format,
    opts: &ParseOptions,
) -> Result<Document> {
    let limits = Limits::new(opts);
    check_size(bytes.len() as u64, opts)?;
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    let extracted = formats::read(format, bytes, &limits)?;
    Ok(build(path, bytes, format, extracted, &limits))
}

fn check_size(len: u64, opts: &ParseOptions) -> Result<()> {
    if len > opts.max_file_size {
        return Err(Error::TooLarge {
            what: "file size",
            limit: opts.max_file_size,
            actual: len,
        });
    }
    Ok(())
}

fn extract_with(path: &str, bytes: &[u8], limits: &Limits) -> Result<Document> {
    check_size(bytes.len() as u64, limits.opts)?;
    let format = sniff(bytes)?;
    let extracted = formats::read(format, bytes, limits)?;
    Ok(build(path, bytes, format, extracted, limits))
}

fn build(
    path: &str,
    bytes: &[u8],
    format: Format,
    extracted: Extracted,
    limits: &Limits,
) -> Document {
    let mut doc = Document {
        path: path.to_owned(),
        id: blake3::hash(bytes).to_hex().to_string(),
        format,
        ..Document::default()
    };
    fill(&mut doc, extracted, limits);
    if limits.opts.metadata {
        crate::metadata::fill(&mut doc, limits.opts);
    }
    doc
}

/// Moves what the reader found into the document.
fn fill(doc: &mut Document, ex: Extracted, limits: &Limits) {
    let mut text = clean_text(&ex.text);
    let max = usize::try_from(limits.opts.max_text_size).unwrap_or(usize::MAX);
    if text.len() > max {
        let mut cut = max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
        doc.warnings
            .push(format!("text cut at the limit of {max} bytes"));
    }
    doc.text = text;
    doc.title = tidy(ex.title);
    doc.author = tidy(ex.author);
    doc.created = ex.created;
    doc.modified = ex.modified;
    doc.producer = tidy(ex.producer);
    doc.page_count = ex.page_count;
    doc.encoding = ex.encoding;
    doc.warnings.extend(ex.warnings);
    // A date the author declared (front matter) is the document's own date.
    doc.date = ex.date.as_deref().and_then(date_part);
    if let Some(mail) = ex.email {
        doc.sender = tidy(mail.from);
        doc.recipient = tidy(mail.to);
        doc.subject = tidy(mail.subject);
        if doc.title.is_none() {
            doc.title = doc.subject.clone();
        }
        // A message's Date is its own date. (A file's creation date is not the
        // document's: a 2019 letter saved today would be dated today. It stays
        // in `created` until the text's own date is read.)
        doc.date = mail.date.as_deref().and_then(date_part);
    }
    if doc.text.is_empty() && doc.warnings.is_empty() {
        doc.warnings
            .push("no text found in the document".to_owned());
    }
    for attachment in ex.attachments {
        let path = format!("{}#{}", doc.path, attachment.name);
        if limits.attachment_depth >= limits.opts.max_attachment_depth {
            doc.warnings.push(format!(
                "attachment {} not read: attachments nested deeper than {} levels",
                attachment.name, limits.opts.max_attachment_depth
            ));
            continue;
        }
        let nested = limits.nested();
        let outcome = match extract_with(&path, &attachment.bytes, &nested) {
            Ok(inner) => Outcome::Parsed(Box::new(inner)),
            Err(e) => Outcome::Failed(Failure::new(path, &e)),
        };
        // The nested budget shares the clock; carry its byte count back up.
        let _ = limits.charge(nested.decompressed().saturating_sub(limits.decompressed()));
        doc.attachments.push(outcome);
    }
}

/// A property value cleaned to one line, or `None` when blank.
fn tidy(value: Option<String>) -> Option<String> {
    let value = clean_text(&value?)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!value.is_empty()).then_some(value)
}

/// `YYYY-MM-DD` from the start of an ISO 8601 date-time, if it is a real date.
fn date_part(iso: &str) -> Option<String> {
    let date = iso.get(..10)?;
    let bytes = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| bytes[r].iter().all(u8::is_ascii_digit);
    if bytes[4] != b'-' || bytes[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return None;
    }
    let month: u32 = date[5..7].parse().ok()?;
    let day: u32 = date[8..10].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_part_takes_real_dates_only() {
        assert_eq!(
            date_part("2019-07-18T10:00:00Z").as_deref(),
            Some("2019-07-18")
        );
        assert_eq!(date_part("2019-13-18"), None);
        assert_eq!(date_part("18.07.2019"), None);
        assert_eq!(date_part("2019"), None);
    }

    #[test]
    fn too_large_is_refused_before_reading() {
        let opts = ParseOptions {
            max_file_size: 4,
            ..ParseOptions::default()
        };
        let err = extract_bytes("x.txt", b"hello", &opts).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::TooLarge);
    }

    #[test]
    fn same_bytes_same_id() {
        let opts = ParseOptions::default();
        let a = extract_bytes("a.txt", b"same", &opts).unwrap();
        let b = extract_bytes("b.txt", b"same", &opts).unwrap();
        assert_eq!(a.id, b.id);
    }
}
