//! Compatibility decomposition (NFKC) of letters, ligatures and width forms.
//!
//! Typographic ligatures (`ﬁ`), fullwidth letters (`Ａ`), long s, superscript
//! digits and decomposed letters (`у` + combining breve) come out of PDFs and
//! OCR. NFKC (compatibility decomposition followed by canonical composition)
//! turns them into the plain letters a reader sees, and composes the
//! Cyrillic letters with diacritics (`й`, `ё`, `ў`, `ї`) so that they stay
//! one letter each. Applies to every language; skipped for ASCII tokens,
//! which are always NFKC.
//!
//! Invariant: the output is NFKC; an NFKC input is returned unchanged.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::model::Language;

use super::Normalizer;

/// Applies Unicode NFKC to non-ASCII tokens, in every language.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompatibilityNormalizer;

impl Normalizer for CompatibilityNormalizer {
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str> {
        if is_nfkc_quick(token.chars()) == IsNormalized::Yes {
            return token;
        }
        let nfkc: String = token.nfkc().collect();
        if nfkc == *token {
            token
        } else {
            Cow::Owned(nfkc)
        }
    }

    fn should_normalize(&self, token: &str, _lang: Language) -> bool {
        !token.is_ascii()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_ligatures_and_width_forms() {
        let n = CompatibilityNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("ﬁnal")), "final");
        assert_eq!(n.normalize(Cow::Borrowed("ＶＯＰＩＳ")), "VOPIS");
        assert_eq!(n.normalize(Cow::Borrowed("м²")), "м2");
    }

    #[test]
    fn composes_cyrillic_letters_with_diacritics() {
        let n = CompatibilityNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("у\u{306}рад")), "ўрад");
        assert_eq!(n.normalize(Cow::Borrowed("е\u{308}лка")), "ёлка");
        assert_eq!(n.normalize(Cow::Borrowed("и\u{306}")), "й");
    }

    #[test]
    fn keeps_normal_tokens_borrowed() {
        let n = CompatibilityNormalizer;
        assert!(matches!(
            n.normalize(Cow::Borrowed("Ґанак")),
            Cow::Borrowed(_)
        ));
        assert!(!n.should_normalize("ascii", Language::En));
    }
}
