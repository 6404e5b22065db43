//! The detector: one snippet in, one language and a confidence out.
//!
//! Holds the allow-list and the whatlang detector for Latin-script
//! languages, built once, so detecting a snippet allocates nothing but the
//! scan's word buffer. The
//! same [`Detector::detect`] serves `vopis lang` and every block of
//! `extract` (through [`Detector::blocks`]).
//!
//! Invariant: the answer is always in the allow-list or [`Language::Und`].

use super::combine;
use super::ngram;
use super::orthography::{self, Evidence, Scores};
use crate::model::Language;

/// A language and how sure the detector is of it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// The language, or [`Language::Und`].
    pub lang: Language,
    /// 0.0–1.0.
    pub confidence: f64,
}

impl Detection {
    /// The answer when nothing can be told.
    pub const UNKNOWN: Detection = Detection {
        lang: Language::Und,
        confidence: 0.0,
    };
}

/// Detects languages among an allow-list.
///
/// ```
/// use vopis_parse::analysis::detection::Detector;
/// use vopis_parse::model::Language;
///
/// let detector = Detector::new(&[Language::Be, Language::Ru, Language::Uk, Language::En]);
/// let found = detector.detect("Аб навукова-тэхнічным супрацоўніцтве");
/// assert_eq!(found.lang, Language::Be);
/// assert!(found.confidence > 0.95);
/// assert_eq!(detector.detect("О научно-техническом сотрудничестве").lang, Language::Ru);
/// ```
#[derive(Debug, Clone)]
pub struct Detector {
    /// Whether be, ru, uk are allowed (indexed by `orthography::{BE, RU, UK}`).
    cyrillic: [bool; 3],
    /// Allowed languages written in Latin letters.
    latin: Vec<Language>,
    /// whatlang limited to `latin`, if it has more than one language.
    whatlang_latin: Option<whatlang::Detector>,
    /// Whether Chinese is allowed.
    han: bool,
}

/// What detection found about one snippet, kept for the document pass.
#[derive(Debug, Clone)]
pub(crate) struct Analysis {
    /// The answer.
    pub detection: Detection,
    /// Scores of be, ru, uk when the snippet is Cyrillic, else `None`.
    pub scores: Option<Scores>,
    /// Letters in the snippet.
    pub letters: usize,
}

/// The Cyrillic languages in score-index order.
const CYRILLIC: [Language; 3] = [Language::Be, Language::Ru, Language::Uk];

impl Detector {
    /// A detector answering only languages in `allowed`.
    pub fn new(allowed: &[Language]) -> Self {
        let cyrillic = CYRILLIC.map(|l| allowed.contains(&l));
        let latin: Vec<Language> = allowed
            .iter()
            .copied()
            .filter(|l| matches!(l, Language::En | Language::De | Language::Fr | Language::Pl))
            .collect();
        let lat_list: Vec<whatlang::Lang> = latin.iter().filter_map(|l| to_whatlang(*l)).collect();
        Detector {
            cyrillic,
            whatlang_latin: (lat_list.len() > 1)
                .then(|| whatlang::Detector::with_allowlist(lat_list)),
            latin,
            han: allowed.contains(&Language::Zh),
        }
    }

    /// The language of one snippet.
    pub fn detect(&self, text: &str) -> Detection {
        self.analyse(text).detection
    }

    /// Detects one snippet, keeping the scores for a second look in context.
    pub(crate) fn analyse(&self, text: &str) -> Analysis {
        let ev = orthography::scan(text);
        let counts = ev.counts;
        let letters = counts.letters();
        let unknown = Analysis {
            detection: Detection::UNKNOWN,
            scores: None,
            letters,
        };
        if letters == 0 {
            return unknown;
        }
        let cyrillic_first = counts.cyrillic > 0
            && counts.cyrillic * 2 >= counts.latin
            && counts.cyrillic >= counts.han;
        if cyrillic_first && self.cyrillic.iter().any(|a| *a) {
            let scores = self.cyrillic_scores(text, &ev);
            let (top, _, mut confidence) = combine::decide(&scores);
            // A letter only the winner writes (ў, ъ, ї/є/ґ), and none only another writes.
            let others = ev.unique.iter().enumerate().filter(|(k, _)| *k != top);
            if ev.unique.get(top).is_some_and(|n| *n > 0)
                && others.map(|(_, n)| n).sum::<usize>() == 0
            {
                confidence = confidence.max(0.98);
            }
            let share = counts.cyrillic as f64 / letters as f64;
            return Analysis {
                detection: Detection {
                    lang: CYRILLIC[top],
                    confidence: confidence * share.sqrt(),
                },
                scores: Some(scores),
                letters,
            };
        }
        if counts.latin >= counts.han && counts.latin > 0 {
            let share = counts.latin as f64 / letters as f64;
            let detection = match (self.latin.as_slice(), &self.whatlang_latin) {
                ([], _) => Detection::UNKNOWN,
                ([only], _) => Detection {
                    lang: *only,
                    confidence: share * (0.8 + 0.02 * counts.latin.min(10) as f64),
                },
                (_, Some(wl)) => wl
                    .detect(text)
                    .map_or(Detection::UNKNOWN, |info| Detection {
                        lang: from_whatlang(info.lang()),
                        confidence: info.confidence() * share,
                    }),
                (_, None) => Detection::UNKNOWN,
            };
            return Analysis {
                detection,
                scores: None,
                letters,
            };
        }
        if counts.han > 0 && self.han {
            return Analysis {
                detection: Detection {
                    lang: Language::Zh,
                    confidence: counts.han as f64 / letters as f64,
                },
                scores: None,
                letters,
            };
        }
        unknown
    }

    /// Scores of be, ru, uk for a Cyrillic snippet: spelling, words,
    /// letter trigrams and the prior.
    fn cyrillic_scores(&self, text: &str, ev: &Evidence) -> Scores {
        let mut scores = combine::cyrillic_scores(ev, self.cyrillic);
        combine::add_ngram(&mut scores, ngram::score(text));
        scores
    }

    /// The Cyrillic language of score index `index`.
    pub(crate) fn cyrillic_language(index: usize) -> Language {
        CYRILLIC.get(index).copied().unwrap_or(Language::Und)
    }
}

/// whatlang's code for one of our languages.
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

/// Our language for one of whatlang's codes.
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn detector() -> Detector {
        Detector::new(&[Language::Be, Language::Ru, Language::Uk, Language::En])
    }

    fn check(lang: Language, lines: &[&str]) {
        let d = detector();
        for line in lines {
            let got = d.detect(line);
            assert_eq!(got.lang, lang, "{line:?} -> {got:?}");
        }
    }

    #[test]
    fn belarusian_letterheads_and_subjects() {
        check(
            Language::Be,
            &[
                "ДЗЯРЖАЎНЫ КАМІТЭТ ПА НАВУЦЫ І ТЭХНАЛОГІЯХ РЭСПУБЛІКІ БЕЛАРУСЬ",
                "пр. Незалежнасці, 66, 220072, г. Мінск",
                "Аб навукова-тэхнічным супрацоўніцтве",
                "Паважаны Іван Іванавіч!",
                "Намеснік Старшыні",
                "Просім разгледзець прапанову",
                "Новыя зьвесткі",
                "дзяржаўная ўстанова",
            ],
        );
    }

    #[test]
    fn belarusian_taraskievica() {
        check(
            Language::Be,
            &[
                "Беларуская Народная Рэспубліка",
                "Сёньня ў Менску ішоў сьнег",
                "зьвесткі пра сьвята",
                "Жыцьцё ў Эўропе",
            ],
        );
    }

    #[test]
    fn russian_letterheads_and_subjects() {
        check(
            Language::Ru,
            &[
                "ГОСУДАРСТВЕННЫЙ КОМИТЕТ ПО НАУКЕ И ТЕХНОЛОГИЯМ РЕСПУБЛИКИ БЕЛАРУСЬ",
                "О научно-техническом сотрудничестве",
                "Уважаемый Сергей Сергеевич!",
                "Заместитель Председателя",
                "Ещё раз благодарим за сотрудничество",
                "Открыть файл",
                "слишком длинная строка",
                "Исх. № 06-09/398 от 15.08.2019",
            ],
        );
    }

    #[test]
    fn ukrainian_lines() {
        check(
            Language::Uk,
            &[
                "Міністерство освіти і науки України",
                "Про науково-технічне співробітництво",
                "Шановний пане Іване!",
                "не вдалося створити каталог",
                "Їхня відповідь",
                "Повідомляємо, що засідання перенесено",
            ],
        );
    }

    #[test]
    fn english_lines() {
        check(
            Language::En,
            &[
                "State Committee on Science and Technology",
                "Re: Summer school 2019",
                "Deputy Chairman",
                "Dear colleagues,",
            ],
        );
    }

    #[test]
    fn deciding_letters_make_confidence_high() {
        let d = detector();
        assert!(d.detect("Праўда").confidence > 0.95);
        assert!(d.detect("Їжак").confidence > 0.95);
        assert!(d.detect("объявление").confidence > 0.9);
    }

    #[test]
    fn nothing_to_tell_is_und() {
        let d = detector();
        assert_eq!(d.detect(""), Detection::UNKNOWN);
        assert_eq!(d.detect("12.08.2019 — № 5"), Detection::UNKNOWN);
        assert_eq!(d.detect("   "), Detection::UNKNOWN);
    }

    #[test]
    fn answers_stay_in_the_allow_list() {
        let only_ru = Detector::new(&[Language::Ru]);
        assert_eq!(only_ru.detect("Праўда, што сёння?").lang, Language::Ru);
        assert_eq!(only_ru.detect("Hello world").lang, Language::Und);
        let no_en = Detector::new(&[Language::Be, Language::Ru]);
        assert_eq!(no_en.detect("Hello world").lang, Language::Und);
    }

    proptest! {
        #[test]
        fn never_panics(s in "\\PC*") {
            let d = detector();
            let got = d.detect(&s);
            prop_assert!((0.0..=1.0).contains(&got.confidence));
        }

        #[test]
        fn never_panics_on_lossy_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let text = String::from_utf8_lossy(&bytes);
            let d = detector();
            let _ = d.detect(&text);
            let _ = d.shares(&text);
        }
    }
}
