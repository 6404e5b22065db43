//! DOCX reader (not yet written).

use super::Extracted;
use crate::error::{Error, Result};
use crate::limits::Limits;

/// Reads a DOCX file.
pub(crate) fn read(_bytes: &[u8], _limits: &Limits) -> Result<Extracted> {
    Err(Error::unsupported("DOCX reading is not implemented yet"))
}
