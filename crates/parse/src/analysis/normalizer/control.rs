//! Removes control and invisible formatting characters from a token.
//!
//! Text from PDFs and word processors carries zero-width spaces and joiners,
//! soft hyphens, byte-order marks, bidi controls and variation selectors
//! inside words (`Мін\u{200b}ск`). They are invisible to a reader, so a word
//! with one must match the same word without it. Applies to every language.
//!
//! Invariant: only characters for which [`is_invisible`] holds are removed.

use std::borrow::Cow;

use crate::model::Language;

use super::Normalizer;
use super::rewrite::rewrite;

/// Removes control characters (Cc), soft hyphens, zero-width characters,
/// bidi controls, BOMs and variation selectors, in every language.
#[derive(Debug, Clone, Copy, Default)]
pub struct ControlCharNormalizer;

/// Whether `c` is invisible in running text and should not be in a token.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206f}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
        )
}

impl Normalizer for ControlCharNormalizer {
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str> {
        rewrite(token, is_invisible, |_, _| {})
    }

    fn should_normalize(&self, _token: &str, _lang: Language) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_invisible_characters() {
        let n = ControlCharNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("Мін\u{200b}ск")), "Мінск");
        assert_eq!(
            n.normalize(Cow::Borrowed("\u{feff}супра\u{ad}цоўніцтва")),
            "супрацоўніцтва"
        );
        assert_eq!(n.normalize(Cow::Borrowed("a\u{0}b\u{7}c\u{202e}")), "abc");
        assert_eq!(n.normalize(Cow::Borrowed("з\u{200d}’ява")), "з’ява");
    }

    #[test]
    fn keeps_clean_tokens_borrowed() {
        let n = ControlCharNormalizer;
        assert!(matches!(
            n.normalize(Cow::Borrowed("Шчарбакоў")),
            Cow::Borrowed(_)
        ));
    }
}
