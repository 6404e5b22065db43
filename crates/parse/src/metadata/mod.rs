//! Reading a document the way a registry clerk does: language, type,
//! requisites (dates, numbers, references, stamp), parties and entities.
//!
//! Runs after text extraction on the clean text. Each module fills its own
//! fields of the [`Document`], in this order: language (everything else may
//! depend on it), structure (`letter`: doc_type, sender, recipient, subject,
//! signatories, ...), requisites (`requisites`: dates with roles, number,
//! in_reply_to, incoming, period), entities (`entities`: contacts,
//! countries, organisations, people, amounts).

mod entities;
mod letter;
mod requisites;

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
