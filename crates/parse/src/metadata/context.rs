//! The pass over one document: language first, then each reader in order.
//!
//! Invariant: the text is taken out of the document while the readers run
//! and put back unchanged; every reader fills only its own fields.

use super::{entities, letter, requisites};
use crate::analysis::detection::{Block, Detector, shares_of};
use crate::model::{Document, Language, LanguageSpan};
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
        doc.languages = shares_of(&blocks);
        doc.language = doc.languages.first().map_or(Language::Und, |s| s.lang);
        doc.language_spans = spans(&blocks, doc.language);
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

/// The blocks in another language than `main`, neighbours of one language
/// merged (the gap between them, blank lines, goes with them).
fn spans(blocks: &[Block<'_>], main: Language) -> Vec<LanguageSpan> {
    let mut out: Vec<LanguageSpan> = Vec::new();
    let mut previous: Option<Language> = None;
    for block in blocks {
        let lang = block.detection.lang;
        let end = block.start + block.text.len();
        if lang != main && lang != Language::Und {
            match out.last_mut() {
                Some(last) if previous == Some(lang) && last.lang == lang => last.end = end,
                _ => out.push(LanguageSpan {
                    lang,
                    start: block.start,
                    end,
                }),
            }
        }
        previous = Some(lang);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_russian_letter_with_a_belarusian_letterhead_has_one_span() {
        let text = "Нацыянальная акадэмія навук Беларусі\nвул. Акадэмічная, 1, 220072, г. Мінск\n\n\
                    Национальная академия наук Беларуси\nул. Академическая, 1, 220072, г. Минск\n\n\
                    О научно-техническом сотрудничестве\n\n\
                    Направляем вам предложения по совместным проектам на следующий год и просим рассмотреть их.";
        let mut doc = Document {
            text: text.to_owned(),
            ..Document::default()
        };
        fill(&mut doc, &ParseOptions::default());
        assert_eq!(doc.language, Language::Ru);
        assert_eq!(doc.language_spans.len(), 1, "{:?}", doc.language_spans);
        let span = &doc.language_spans[0];
        assert_eq!(span.lang, Language::Be);
        assert!(text[span.start..span.end].starts_with("Нацыянальная"));
        assert!(text[span.start..span.end].ends_with("Мінск"));
    }
}
