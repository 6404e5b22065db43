//! Registers vopis' analyzers with a tantivy index under their stable names.

use tantivy::Index;
use tantivy::tokenizer::{PreTokenizedString, RemoveLongFilter, TextAnalyzer, TokenStream};

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

/// One analyzer of each kind, for analysing text before it reaches tantivy.
///
/// The writer analyses every field value in its own thread and hands
/// tantivy pre-tokenized values, so tantivy's indexing thread only builds
/// postings: on two cores, analysis and indexing run side by side.
pub(crate) struct Analyzers {
    analyzers: [TextAnalyzer; 6],
}

impl Analyzers {
    /// A fresh set.
    pub(crate) fn new() -> Self {
        Analyzers {
            analyzers: ANALYZERS.map(|(_, analysis)| analyzer(analysis)),
        }
    }

    /// `text` analysed by `analysis`; the text itself is kept only if `keep_text`
    /// (stored fields need it; tantivy stores a pre-tokenized value's text).
    pub(crate) fn tokens(
        &mut self,
        analysis: Analysis,
        text: &str,
        keep_text: bool,
    ) -> PreTokenizedString {
        let slot = ANALYZERS
            .iter()
            .position(|(_, a)| *a == analysis)
            .unwrap_or(0);
        let mut tokens = Vec::new();
        if let Some(analyzer) = self.analyzers.get_mut(slot) {
            let mut stream = analyzer.token_stream(text);
            while stream.advance() {
                tokens.push(stream.token().clone());
            }
        }
        PreTokenizedString {
            text: if keep_text {
                text.to_owned()
            } else {
                String::new()
            },
            tokens,
        }
    }
}

/// Registers every vopis analyzer on `index`; call before writing or searching.
pub fn register(index: &Index) {
    let manager = index.tokenizers();
    for (name, analysis) in ANALYZERS {
        manager.register(name, analyzer(analysis));
    }
}
