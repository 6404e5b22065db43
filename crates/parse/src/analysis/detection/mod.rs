//! Language detection for Belarusian, Russian, Ukrainian and English (placeholder: whatlang only).

use crate::model::{Language, LanguageShare};

/// A language and how sure the detector is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// The language, or [`Language::Und`].
    pub lang: Language,
    /// 0.0–1.0.
    pub confidence: f64,
}

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

/// Detects languages among an allow-list.
#[derive(Debug, Clone)]
pub struct Detector {
    allowed: Vec<Language>,
}

impl Detector {
    /// A detector answering only languages in `allowed`.
    pub fn new(allowed: &[Language]) -> Self {
        Detector {
            allowed: allowed.to_vec(),
        }
    }

    /// The language of one snippet.
    pub fn detect(&self, text: &str) -> Detection {
        let list: Vec<whatlang::Lang> = self
            .allowed
            .iter()
            .filter_map(|l| to_whatlang(*l))
            .collect();
        let detector = whatlang::Detector::with_allowlist(list);
        match detector.detect(text) {
            Some(info) => Detection {
                lang: from_whatlang(info.lang()),
                confidence: info.confidence(),
            },
            None => Detection {
                lang: Language::Und,
                confidence: 0.0,
            },
        }
    }

    /// Each paragraph (blank-line separated) with its language.
    pub fn blocks<'t>(&self, text: &'t str) -> Vec<Block<'t>> {
        let mut out = Vec::new();
        let mut start = 0;
        for part in text.split("\n\n") {
            if !part.trim().is_empty() {
                out.push(Block {
                    text: part,
                    start,
                    detection: self.detect(part),
                });
            }
            start += part.len() + 2;
        }
        out
    }

    /// Languages of a whole text by share of letters, descending.
    pub fn shares(&self, text: &str) -> Vec<LanguageShare> {
        let mut letters: Vec<(Language, usize)> = Vec::new();
        for block in self.blocks(text) {
            let n = block.text.chars().filter(|c| c.is_alphabetic()).count();
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
}

fn to_whatlang(lang: Language) -> Option<whatlang::Lang> {
    Some(match lang {
        Language::Be => whatlang::Lang::Bel,
        Language::Ru => whatlang::Lang::Rus,
        Language::Uk => whatlang::Lang::Ukr,
        Language::En => whatlang::Lang::Eng,
        Language::De => whatlang::Lang::Deu,
        Language::Fr => whatlang::Lang::Fra,
        Language::Pl => whatlang::Lang::Pol,
        Language::Zh => whatlang::Lang::Cmn,
        Language::Und => return None,
    })
}

fn from_whatlang(lang: whatlang::Lang) -> Language {
    match lang {
        whatlang::Lang::Bel => Language::Be,
        whatlang::Lang::Rus => Language::Ru,
        whatlang::Lang::Ukr => Language::Uk,
        whatlang::Lang::Eng => Language::En,
        whatlang::Lang::Deu => Language::De,
        whatlang::Lang::Fra => Language::Fr,
        whatlang::Lang::Pol => Language::Pl,
        whatlang::Lang::Cmn => Language::Zh,
        _ => Language::Und,
    }
}
