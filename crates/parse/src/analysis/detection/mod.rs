//! Language detection for Belarusian, Russian, Ukrainian and English, per
//! snippet, per block and per document.
//!
//! General-purpose detectors confuse the three East Slavic languages on
//! short text, so detection goes script first ([`script`]), then what the
//! spelling gives away ([`orthography`]: ў, і, ї, є, ґ, и, щ, ъ, ы, э, ё,
//! the apostrophe, "дз"/"ць", no soft "т"/"р" in Belarusian, ...), then the
//! most frequent words of each language ([`words`], Belarusian in both
//! orthographies), and asks whatlang only when those leave it open
//! ([`combine`]). A document's short, ambiguous blocks lean towards their
//! neighbours and the document's main language ([`document`]).

mod combine;
mod detector;
mod document;
mod orthography;
mod script;
mod words;

pub use detector::{Detection, Detector};
pub use document::Block;
