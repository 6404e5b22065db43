//! Stemmers for languages Snowball does not cover.
//!
//! Snowball (and so tantivy) stems Russian and English but not Belarusian.
//! [`belarusian()`] is our own: suffix stripping from Belarusian noun,
//! adjective and verb paradigms, then a fold of the stem's vowel and
//! consonant alternations, so that the forms of one word meet in one index
//! key. Pure Rust, no tantivy: `vopis-index` wraps it in a token filter.

mod belarusian;

pub use belarusian::belarusian;
