//! Lower-cases a token.
//!
//! Search is case-insensitive in every language. Rust's `char::to_lowercase`
//! follows Unicode's default case mapping, so Cyrillic capitals (`Ў`, `І`,
//! `Ґ`, `Ё`) map to their own small letters and nothing is folded across
//! letters. Applies to every language.
//!
//! A lower-case letter may compose with a following mark where its capital
//! did not, so a rewritten token is recomposed (NFC).
//!
//! Invariant: the output has no character whose lower case differs from it.

use std::borrow::Cow;

use crate::model::Language;

use super::Normalizer;
use super::rewrite::{recompose, rewrite};

/// Lower-cases every letter that has a different lower case, in every language.
#[derive(Debug, Clone, Copy, Default)]
pub struct LowercaseNormalizer;

/// Whether lower-casing changes `c`.
fn has_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        let mut lower = c.to_lowercase();
        lower.next() != Some(c) || lower.next().is_some()
    }
}

impl Normalizer for LowercaseNormalizer {
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str> {
        recompose(rewrite(token, has_lower, |c, out| {
            out.extend(c.to_lowercase())
        }))
    }

    fn should_normalize(&self, _token: &str, _lang: Language) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_cases_cyrillic_and_latin() {
        let n = LowercaseNormalizer;
        assert_eq!(n.normalize(Cow::Borrowed("ЎРАД")), "ўрад");
        assert_eq!(n.normalize(Cow::Borrowed("ҐІЇЄ")), "ґіїє");
        assert_eq!(n.normalize(Cow::Borrowed("Ёлка")), "ёлка");
        assert_eq!(n.normalize(Cow::Borrowed("Minsk")), "minsk");
    }

    #[test]
    fn keeps_lower_case_tokens_borrowed() {
        let n = LowercaseNormalizer;
        assert!(matches!(
            n.normalize(Cow::Borrowed("мінск")),
            Cow::Borrowed(_)
        ));
    }
}
