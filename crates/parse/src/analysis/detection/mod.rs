//! Language detection for Belarusian, Russian, Ukrainian and English, per
//! snippet, per block and per document.
//!
//! General-purpose detectors confuse the three East Slavic languages on
//! short text, so detection goes script first (`script.rs`), then what the
//! spelling gives away (`orthography.rs`: ў, і, ї, є, ґ, и, щ, ъ, ы, э, ё,
//! the apostrophe, "дз"/"ць", no soft "т"/"р" in Belarusian, ...), then the
//! most frequent words of each language (`words.rs`, Belarusian in both
//! orthographies) and letter-trigram models counted from texts written for
//! this project (`ngram.rs`, `data/*.txt`), weighed together in
//! `combine.rs`; whatlang only tells Latin-script languages apart. A
//! document's short, ambiguous blocks lean towards their neighbours and the
//! document's main language (`document.rs`).

mod combine;
mod detector;
mod document;
mod ngram;
mod orthography;
mod script;
mod words;

pub use detector::{Detection, Detector};
pub use document::Block;
pub(crate) use document::shares_of;
