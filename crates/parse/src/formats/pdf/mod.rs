//! PDF reader on lopdf, with our own content-stream interpreter and text layout (not yet written).

mod font;

use super::Extracted;
use crate::error::{Error, Result};
use crate::limits::Limits;

/// Reads a PDF file.
pub(crate) fn read(_bytes: &[u8], _limits: &Limits) -> Result<Extracted> {
    Err(Error::unsupported("PDF reading is not implemented yet"))
}
