//! The pass over one document: language first, then each reader in order.
//!
//! Invariant: the text is taken out of the document while the readers run
//! and put back unchanged; every reader fills only its own fields.

use super::{entities, letter, requisites};
use crate::analysis::detection::{Block, Detector};
use crate::model::{Document, Language};
use crate::options::ParseOptions;

/// What the metadata readers share about a document.
pub(crate) struct Context<'t> {
    /// The document's main language.
    pub lang: Language,
    /// Its paragraphs with their languages.
    pub blocks: Vec<Block<'t>>,
}

/// Fills the document's language and metadata fields from its text.
pub(crate) fn fill(doc: &mut Document, opts: &ParseOptions) {
    let detector = Detector::new(&opts.languages);
    let text = std::mem::take(&mut doc.text);
    {
        let blocks = detector.blocks(&text);
        doc.languages = detector.shares(&text);
        doc.language = doc.languages.first().map_or(Language::Und, |s| s.lang);
        let ctx = Context {
            lang: doc.language,
            blocks,
        };
        letter::fill(doc, &text, &ctx);
        requisites::fill(doc, &text, &ctx);
        entities::fill(doc, &text, &ctx);
    }
    doc.text = text;
}
