//! ODT (OpenDocument text) reader: a zip package of XML parts, read as a
//! stream of XML events under the file's limits.
//!
//! See [`reader`] for what text comes out in which order, and [`body`] for
//! which ODF elements count as text.

mod body;
mod meta;
mod reader;
#[cfg(test)]
mod tests;

pub(crate) use reader::read;
