//! Stable names of the registered analyzers.
//!
//! Stored in the index's schema, so renaming one is a schema change.

/// Belarusian: normalise, our Belarusian stemmer.
pub const BE: &str = "vopis_be";
/// Russian: normalise with ё→е, Snowball Russian.
pub const RU: &str = "vopis_ru";
/// English: normalise, possessives, Snowball English.
pub const EN: &str = "vopis_en";
/// Ukrainian and the rest: normalise only.
pub const PLAIN: &str = "vopis_plain";
/// Every language: lower-case and apostrophes only, for precise words and phrases.
pub const EXACT: &str = "vopis_exact";
/// Romanised cross-script key of each word.
pub const TRANSLIT: &str = "vopis_translit";
