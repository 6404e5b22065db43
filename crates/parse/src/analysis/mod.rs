//! Text analysis: which language each part of a text is in.
//!
//! Follows the charabia order (detect → segment → normalise); detection is
//! here now, segmenters and normalisers come with the index.

pub mod detection;
pub mod normalizer;
pub mod romanize;
pub mod stem;
