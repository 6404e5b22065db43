//! The format readers: bytes of one format in, `Extracted` out.
//!
//! Each reader knows one format and nothing of the others; `extract.rs`
//! picks the reader by the sniffed `Format`, then cleans the text and
//! fills the [`crate::Document`]. Readers emit paragraphs separated by a
//! blank line (`"\n\n"`), lines within a paragraph by `"\n"`, table cells by
//! `"\t"`; the shared text hygiene (`hygiene.rs`) runs afterwards, so readers
//! need not normalise Unicode themselves.

mod docx;
mod eml;
mod html;
mod odt;
mod pdf;
mod reader;
mod rtf;
mod text;
mod zipped;

pub(crate) use reader::{Attachment, EmailHeaders, Extracted, read};
