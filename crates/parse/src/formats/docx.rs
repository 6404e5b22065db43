//! DOCX (Office Open XML word-processing) reader: a zip package of XML parts,
//! read as a stream of XML events under the file's limits.
//!
//! See [`reader`] for what text comes out in which order, and [`body`] for
//! which WordprocessingML elements count as text.

mod body;
mod parts;
mod properties;
mod reader;
mod symbol;
#[cfg(test)]
mod tests;

pub(crate) use reader::read;
