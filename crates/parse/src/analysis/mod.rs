//! Text analysis: which language each part of a text is in, and what a word
//! becomes for search.
//!
//! Follows the charabia order (detect → segment → normalise): `detection`
//! tells the language of a snippet, a block and a document; `normalizer`
//! folds one word (apostrophes, compatibility forms, case, stress marks,
//! ё where the language allows); `stem` is our Belarusian stemmer (Snowball
//! has none); `romanize` gives a word's cross-script key, so names meet
//! across Cyrillic and the Latin transliterations. The index crate wraps
//! these as tantivy analyzers; word segmentation lives there, beside them.

pub mod detection;
pub mod letters;
pub mod normalizer;
pub mod romanize;
pub mod stem;
