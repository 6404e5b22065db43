#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used)]

pub use vopis_parse as parse;
pub use vopis_parse::{Document, Error, ParseOptions, Result, extract_bytes, extract_file};
