//! Languages of a whole document: each block's language, in context, and
//! the shares of the document's letters.
//!
//! A block is a paragraph (blank-line separated). Long blocks decide for
//! themselves; a short or ambiguous one ("Новая папка", a signature line)
//! leans towards the languages of the blocks next to it and the document's
//! main language, so a Russian letter's one-line subject is not called
//! Belarusian on a coin toss. A bilingual letterhead keeps both languages:
//! each half has letters that decide it.
//!
//! Invariant: blocks come in text order, `start` is a char boundary and
//! `text == whole[start..start + text.len()]`; shares sum to at most 1.

use super::combine;
use super::detector::{Analysis, Detection, Detector};
use crate::analysis::letters::is_letter;
use crate::model::{Language, LanguageShare};

/// A block of text (a paragraph) and its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Block<'t> {
    /// The block's text.
    pub text: &'t str,
    /// Byte offset of the block in the whole text.
    pub start: usize,
    /// Its language.
    pub detection: Detection,
}

/// Confidence at or above which a block is sure enough to vote for others.
const SURE: f64 = 0.9;
/// Blocks with fewer letters than this always take their context into account.
const SHORT: usize = 30;
/// Log-units a sure neighbouring block lends to its language.
const NEIGHBOUR_WEIGHT: f64 = 1.5;
/// Log-units the document's main language lends, scaled by its share.
const DOCUMENT_WEIGHT: f64 = 2.0;

impl Detector {
    /// Each paragraph (blank-line separated) with its language, short and
    /// ambiguous ones decided in the light of their neighbours.
    pub fn blocks<'t>(&self, text: &'t str) -> Vec<Block<'t>> {
        let mut parts: Vec<(&'t str, usize, Analysis)> = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            if !part.trim().is_empty() {
                parts.push((part, start, self.analyse(part)));
            }
            start += part.len() + 2;
        }
        let sure: Vec<Option<Language>> = parts
            .iter()
            .map(|(_, _, a)| {
                (a.detection.confidence >= SURE && a.letters >= SHORT).then_some(a.detection.lang)
            })
            .collect();
        let document = cyrillic_shares(&parts);
        parts
            .iter()
            .enumerate()
            .map(|(i, (part, start, analysis))| {
                let mut detection = analysis.detection;
                if let Some(scores) = analysis.scores
                    && (detection.confidence < SURE || analysis.letters < SHORT)
                {
                    let mut scores = scores;
                    let neighbours = [i.checked_sub(1).and_then(|j| sure.get(j)), sure.get(i + 1)];
                    for lang in neighbours.into_iter().flatten().flatten() {
                        if let Some(k) = cyrillic_index(*lang) {
                            scores[k] += NEIGHBOUR_WEIGHT;
                        }
                    }
                    for (score, share) in scores.iter_mut().zip(document) {
                        *score += DOCUMENT_WEIGHT * share;
                    }
                    let (top, _, confidence) = combine::decide(&scores);
                    detection = Detection {
                        lang: Detector::cyrillic_language(top),
                        confidence,
                    };
                }
                Block {
                    text: part,
                    start: *start,
                    detection,
                }
            })
            .collect()
    }

    /// Languages of a whole text by share of letters, descending.
    pub fn shares(&self, text: &str) -> Vec<LanguageShare> {
        shares_of(&self.blocks(text))
    }
}

/// Shares of letters per language over `blocks`, descending; "und" left out.
pub(crate) fn shares_of(blocks: &[Block<'_>]) -> Vec<LanguageShare> {
    let mut letters: Vec<(Language, usize)> = Vec::new();
    for block in blocks {
        let n = block.text.chars().filter(|&c| is_letter(c)).count();
        match letters.iter_mut().find(|(l, _)| *l == block.detection.lang) {
            Some((_, count)) => *count += n,
            None => letters.push((block.detection.lang, n)),
        }
    }
    let total: usize = letters.iter().map(|(_, n)| n).sum();
    let mut shares: Vec<LanguageShare> = letters
        .into_iter()
        .filter(|(l, n)| *l != Language::Und && *n > 0)
        .map(|(lang, n)| LanguageShare {
            lang,
            share: n as f64 / total.max(1) as f64,
        })
        .collect();
    shares.sort_by(|a, b| b.share.total_cmp(&a.share));
    shares
}

/// Index of a Cyrillic language in the score arrays.
fn cyrillic_index(lang: Language) -> Option<usize> {
    match lang {
        Language::Be => Some(0),
        Language::Ru => Some(1),
        Language::Uk => Some(2),
        _ => None,
    }
}

/// Shares of be, ru, uk among the letters of the sure blocks.
fn cyrillic_shares(parts: &[(&str, usize, Analysis)]) -> [f64; 3] {
    let mut letters = [0usize; 3];
    for (_, _, a) in parts {
        if a.detection.confidence >= SURE
            && a.letters >= SHORT
            && let Some(k) = cyrillic_index(a.detection.lang)
        {
            letters[k] += a.letters;
        }
    }
    let total: usize = letters.iter().sum();
    letters.map(|n| n as f64 / total.max(1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> Detector {
        Detector::new(&[Language::Be, Language::Ru, Language::Uk, Language::En])
    }

    #[test]
    fn bilingual_letterhead_keeps_both_languages() {
        let text = "ДЗЯРЖАЎНЫ КАМІТЭТ ПА НАВУЦЫ І ТЭХНАЛОГІЯХ РЭСПУБЛІКІ БЕЛАРУСЬ\n\
                    пр. Незалежнасці, 66, 220072, г. Мінск\n\n\
                    ГОСУДАРСТВЕННЫЙ КОМИТЕТ ПО НАУКЕ И ТЕХНОЛОГИЯМ РЕСПУБЛИКИ БЕЛАРУСЬ\n\
                    пр. Независимости, 66, 220072, г. Минск\n\n\
                    О научно-техническом сотрудничестве\n\n\
                    Уважаемый Сергей Сергеевич! Сообщаем, что заседание совместной комиссии \
                    перенесено на 18 июля 2019 г. Просим подтвердить участие вашей делегации.";
        let blocks = detector().blocks(text);
        let langs: Vec<Language> = blocks.iter().map(|b| b.detection.lang).collect();
        assert_eq!(
            langs,
            [Language::Be, Language::Ru, Language::Ru, Language::Ru]
        );
        for b in &blocks {
            assert_eq!(text.get(b.start..b.start + b.text.len()), Some(b.text));
        }
        let shares = detector().shares(text);
        assert_eq!(shares.first().map(|s| s.lang), Some(Language::Ru));
        assert_eq!(shares.get(1).map(|s| s.lang), Some(Language::Be));
        let sum: f64 = shares.iter().map(|s| s.share).sum();
        assert!(sum <= 1.0 + 1e-9);
    }

    #[test]
    fn a_short_ambiguous_block_follows_its_document() {
        // "Сервер" is Belarusian, Russian and Ukrainian alike; here the document is Russian.
        let text = "Сообщаем, что в Минске состоялась встреча сотрудников.\n\n\
                    Сервер\n\n\
                    Благодарим за внимание и сотрудничество.";
        let blocks = detector().blocks(text);
        assert_eq!(blocks.get(1).map(|b| b.detection.lang), Some(Language::Ru));
        let shares = detector().shares(text);
        assert_eq!(shares.len(), 1);
        assert_eq!(shares.first().map(|s| s.lang), Some(Language::Ru));
    }

    #[test]
    fn english_and_russian_document() {
        let text = "MEMORANDUM OF UNDERSTANDING between the parties\n\n\
                    МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ между сторонами\n\n\
                    The Parties agree to cooperate in science and technology.";
        let shares = detector().shares(text);
        let langs: Vec<Language> = shares.iter().map(|s| s.lang).collect();
        assert_eq!(langs, [Language::En, Language::Ru]);
    }

    #[test]
    fn empty_and_blank_text() {
        assert!(detector().blocks("").is_empty());
        assert!(detector().shares("\n\n \n\n").is_empty());
        assert!(detector().shares("123 456").is_empty());
    }
}
