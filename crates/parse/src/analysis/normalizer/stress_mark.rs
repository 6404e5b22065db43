//! Removes stress marks.
//!
//! Dictionaries, textbooks and some official texts mark stress with a
//! combining acute (U+0301) or grave (U+0300) over a Cyrillic vowel
//! (`зна́чыць`), and Russian uses the precomposed `ѐ`/`ѝ`. A stressed word
//! must match the same word unstressed. NFKC has already composed Latin
//! letters with accents (`á`, `è`), which are letters of their own and are
//! not touched; only marks that stayed combining are removed.
//!
//! A mark may sit between a letter and another mark (`е` + U+0301 + U+0308);
//! removing it lets the rest compose, so the result is recomposed (NFC) when
//! it is not already normal.
//!
//! Invariant: the output has no U+0301, U+0300, `ѐ` or `ѝ`, and is NFC.

use std::borrow::Cow;

use crate::model::Language;

use super::Normalizer;
use super::rewrite::{recompose, rewrite};

/// Removes combining acute and grave accents and unstresses `ѐ` and `ѝ`, in
/// every language.
#[derive(Debug, Clone, Copy, Default)]
pub struct StressMarkNormalizer;

/// Whether `c` is a stress mark or a precomposed stressed Cyrillic vowel.
fn is_stress(c: char) -> bool {
    matches!(c, '\u{300}' | '\u{301}' | 'ѐ' | 'ѝ' | 'Ѐ' | 'Ѝ')
}

impl Normalizer for StressMarkNormalizer {
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str> {
        recompose(rewrite(token, is_stress, |c, out| match c {
            'ѐ' => out.push('е'),
            'ѝ' => out.push('и'),
            'Ѐ' => out.push('Е'),
            'Ѝ' => out.push('И'),
            _ => {}
        }))
    }

    fn should_normalize(&self, token: &str, _lang: Language) -> bool {
        !token.is_ascii()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_combining_stress() {
        let n = StressMarkNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("зна\u{301}чыць")), "значыць");
        assert_eq!(n.normalize(Cow::Borrowed("му\u{300}ка")), "мука");
        assert_eq!(n.normalize(Cow::Borrowed("вс\u{450}")), "все");
    }

    #[test]
    fn recomposes_what_the_mark_separated() {
        let n = StressMarkNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("е\u{301}\u{308}")), "ё");
    }

    #[test]
    fn keeps_composed_latin_accents() {
        let n = StressMarkNormalizer;
        assert!(matches!(
            n.normalize(Cow::Borrowed("café")),
            Cow::Borrowed(_)
        ));
    }
}
