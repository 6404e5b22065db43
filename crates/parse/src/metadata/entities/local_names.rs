//! The name of a gazetteer organisation in a document's language.
//!
//! A gazetteer entry has one canonical name (English in the built-in file)
//! and aliases in Belarusian, Russian and English, not labelled by
//! language. When the gazetteer is built, the language of every full-name
//! alias (no abbreviation in it: `ГКНТ`, `НАН Беларуси` are left out) is
//! told by the language detector, and the longest one per language is kept
//! as the organisation's name in that language. A Russian letter then lists
//! `Государственный комитет по науке и технологиям Республики Беларусь`, a
//! Belarusian one `Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі
//! Беларусь`, an English one the canonical name.
//!
//! Invariant: the canonical name always stands for its own language; a
//! language without a full alias falls back to the canonical name.

use crate::analysis::detection::Detector;
use crate::model::Language;

/// Languages an alias may be written in.
const LANGUAGES: [Language; 4] = [Language::Be, Language::Ru, Language::Uk, Language::En];

/// How sure the detector must be of an alias's language.
const SURE: f64 = 0.5;

/// Tells the language of aliases; built once per gazetteer.
pub(super) struct AliasLanguage(Detector);

impl AliasLanguage {
    /// A detector limited to the gazetteer's languages.
    pub(super) fn new() -> Self {
        AliasLanguage(Detector::new(&LANGUAGES))
    }

    /// The language `alias` is written in, if the detector is sure of it.
    pub(super) fn of(&self, alias: &str) -> Option<Language> {
        let d = self.0.detect(alias);
        (d.lang != Language::Und && d.confidence >= SURE).then_some(d.lang)
    }
}

/// One organisation's fullest name per language.
#[derive(Debug, Clone, Default)]
pub(super) struct LocalNames {
    /// Language, name, and whether it is the canonical name.
    names: Vec<(Language, String, bool)>,
}

impl LocalNames {
    /// Offers `name`, written in `lang`: kept when it is the canonical name
    /// or longer than the name kept for `lang` so far (which is not the
    /// canonical one).
    pub(super) fn offer(&mut self, lang: Language, name: &str, canonical: bool) {
        let len = name.chars().count();
        match self.names.iter_mut().find(|(l, _, _)| *l == lang) {
            Some(kept) => {
                if !kept.2 && (canonical || len > kept.1.chars().count()) {
                    *kept = (lang, name.to_string(), canonical);
                }
            }
            None => self.names.push((lang, name.to_string(), canonical)),
        }
    }

    /// The name in `lang`, if there is one.
    pub(super) fn get(&self, lang: Language) -> Option<&str> {
        self.names
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, n, _)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_told_apart_by_language() {
        let of = AliasLanguage::new();
        assert_eq!(
            of.of("Дзяржаўны камітэт па навуцы і тэхналогіях"),
            Some(Language::Be)
        );
        assert_eq!(
            of.of("Государственный комитет по науке и технологиям"),
            Some(Language::Ru)
        );
        assert_eq!(of.of("Институт новых материалов"), Some(Language::Ru));
        assert_eq!(of.of("Інстытут новых матэрыялаў"), Some(Language::Be));
        assert_eq!(of.of("Institute of Powder Metallurgy"), Some(Language::En));
        assert_eq!(of.of("Інститут агроекології"), Some(Language::Uk));
        assert_eq!(of.of("2024"), None);
    }

    #[test]
    fn the_longest_name_wins_but_never_over_the_canonical_one() {
        let mut names = LocalNames::default();
        names.offer(
            Language::En,
            "Institute of Physics of the NAS of Belarus",
            true,
        );
        names.offer(Language::Ru, "Институт физики", false);
        names.offer(Language::Ru, "Институт физики имени Б.И.Степанова", false);
        names.offer(Language::Ru, "Институт", false);
        names.offer(
            Language::En,
            "B. I. Stepanov Institute of Physics of the National Academy",
            false,
        );
        assert_eq!(
            names.get(Language::Ru),
            Some("Институт физики имени Б.И.Степанова")
        );
        assert_eq!(
            names.get(Language::En),
            Some("Institute of Physics of the NAS of Belarus")
        );
        assert_eq!(names.get(Language::Be), None);
    }
}
