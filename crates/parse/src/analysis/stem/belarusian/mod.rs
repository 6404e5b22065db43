//! The Belarusian stemmer: one word in, one index key out.
//!
//! The key is not a linguistic root: it is the word with its inflectional
//! ending stripped (`strip.rs`, endings in `endings.rs`, region rule in
//! `region.rs`) and its alternating letters folded (`fold.rs`), so that
//! `навука`, `навуцы` and `навукамі` all give `навук`, and `стол`, `стала`
//! give `стал`. The same function is applied to the words of a query, so an
//! over-folded key costs a little precision and never a match.

mod endings;
mod fold;
mod region;
mod stemmer;
mod strip;

#[cfg(test)]
mod paradigms;

pub use stemmer::belarusian;
