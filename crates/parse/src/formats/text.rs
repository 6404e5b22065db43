//! Plain text and Markdown.
//!
//! Decodes the bytes with [`crate::decode`] (BOMs, UTF-8, then a Cyrillic-aware
//! guess among the legacy code pages) and records the encoding used.

use super::Extracted;
use crate::decode;
use crate::error::Result;
use crate::limits::Limits;

/// Reads plain text.
pub(crate) fn read_plain(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    limits.check_time()?;
    let decoded = decode::decode(bytes);
    Ok(Extracted {
        text: decoded.text,
        encoding: Some(decoded.encoding.to_string()),
        ..Extracted::default()
    })
}

/// Reads Markdown (markup not yet stripped).
pub(crate) fn read_markdown(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    read_plain(bytes, limits)
}
