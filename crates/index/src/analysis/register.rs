//! Registers vopis' analyzers with a tantivy index under their stable names.

use tantivy::Index;
use tantivy::tokenizer::{RemoveLongFilter, TextAnalyzer};

use super::filter::Analysis;
use super::names;
use super::tokenizer::WordTokenizer;

/// Longest token kept after analysis, in bytes.
const MAX_TOKEN_BYTES: usize = 100;

/// Every analyzer with its name.
const ANALYZERS: [(&str, Analysis); 6] = [
    (names::BE, Analysis::Be),
    (names::RU, Analysis::Ru),
    (names::EN, Analysis::En),
    (names::PLAIN, Analysis::Plain),
    (names::EXACT, Analysis::Exact),
    (names::TRANSLIT, Analysis::Translit),
];

/// The analyzer for `analysis`.
pub(crate) fn analyzer(analysis: Analysis) -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer)
        .filter(analysis)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build()
}

/// Registers every vopis analyzer on `index`; call before writing or searching.
pub fn register(index: &Index) {
    let manager = index.tokenizers();
    for (name, analysis) in ANALYZERS {
        manager.register(name, analyzer(analysis));
    }
}
