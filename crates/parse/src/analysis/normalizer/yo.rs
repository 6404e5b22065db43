//! Folds `ё` to `е` in Russian, Ukrainian and undetermined text.
//!
//! Russian print mostly writes `е` for `ё` (`еще`, `елка`), so a Russian
//! word must match with either letter. In Belarusian `ё` is always written
//! and is a letter of its own (`вёска`, `мёд`), so it is never folded there;
//! other languages have no `ё` to fold. Ukrainian has no `ё` but Russian
//! words inside Ukrainian text do, and undetermined text is folded the
//! Russian way because Russian is the likelier source of a stray `ё`.
//!
//! Runs after lower-casing, so only the small letter is handled. An `е` left
//! before a combining mark is recomposed (`ё` + breve → `ӗ`), keeping the
//! pipeline idempotent.
//!
//! Invariant: for ru, uk and und the output has no `ё`.

use std::borrow::Cow;

use crate::model::Language;

use super::Normalizer;
use super::rewrite::{recompose, rewrite};

/// Replaces `ё` by `е` for Russian, Ukrainian and undetermined text only.
#[derive(Debug, Clone, Copy, Default)]
pub struct YoNormalizer;

impl Normalizer for YoNormalizer {
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str> {
        let mut out = token;
        // Recomposition can make a new `ё` (`ё` + U+0308 → `е` + U+0308 →
        // `ё`); each round merges two characters into one, so this ends.
        while out.contains('ё') {
            out = recompose(rewrite(out, |c| c == 'ё', |_, out| out.push('е')));
        }
        out
    }

    fn should_normalize(&self, token: &str, lang: Language) -> bool {
        matches!(lang, Language::Ru | Language::Uk | Language::Und) && !token.is_ascii()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_yo_for_russian_only() {
        let n = YoNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("ещё")), "еще");
        assert!(n.should_normalize("ещё", Language::Ru));
        assert!(n.should_normalize("ещё", Language::Und));
        assert!(!n.should_normalize("вёска", Language::Be));
        assert!(!n.should_normalize("yes", Language::Ru));
        assert_eq!(n.normalize(Cow::Borrowed("ё\u{306}")), "ӗ");
        assert_eq!(n.normalize(Cow::Borrowed("ё\u{308}\u{308}")), "е");
    }
}
