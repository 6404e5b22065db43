//! EML reader (not yet written).

use super::Extracted;
use crate::error::{Error, Result};
use crate::limits::Limits;

/// Reads a EML file.
pub(crate) fn read(_bytes: &[u8], _limits: &Limits) -> Result<Extracted> {
    Err(Error::unsupported("EML reading is not implemented yet"))
}
