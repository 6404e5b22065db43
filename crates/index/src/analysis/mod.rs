//! tantivy analyzers built from vopis' own text analysis.
//!
//! Each language field gets an analyzer registered under a stable name
//! (`vopis_be`, `vopis_ru`, …): our word tokenizer (`tokenizer.rs`), then
//! one filter (`filter.rs`) that runs `vopis_parse`'s normalisers and the
//! language's stemmer. The same analyzers analyse query words, so a query
//! form meets every form of the word in the text.

mod fast;
mod filter;
pub mod names;
mod register;
mod spelling;
mod stopwords;
mod tokenizer;

pub use filter::{Analysis, analyze};
pub use register::register;
pub use stopwords::is_stop_word;
pub use tokenizer::WordTokenizer;
pub(crate) use tokenizer::is_letter;
