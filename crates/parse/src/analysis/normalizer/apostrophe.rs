//! Unifies apostrophe variants to the typographic apostrophe `’` (U+2019).
//!
//! Belarusian and Ukrainian write the apostrophe as a letter (`сям’я`,
//! `п’ять`), and every keyboard, OCR engine and word processor picks a
//! different character for it: ASCII `'`, the modifier letter `ʼ`, a grave
//! `` ` ``, an acute `´`, a left quote `‘`, a turned comma `ʻ`, fullwidth
//! forms. (The prime `′` is left alone: it marks minutes and feet, and NFKC
//! makes primes of `″`, `‴`, so folding it would not be idempotent.)
//! All become `’`, in every language (English `don't` then matches `don’t`).
//!
//! The fullwidth and Greek spacing accents are listed too because NFKC (which
//! runs after this step) would turn them into `'`, `` ` `` or `´`; catching
//! them here keeps the pipeline idempotent, and so is `ŉ` (Afrikaans), which
//! NFKC splits into `ʼn`: it becomes `’n` here.
//!
//! Invariant: the output contains none of [`VARIANTS`].

use std::borrow::Cow;

use crate::model::Language;

use super::Normalizer;
use super::rewrite::rewrite;

/// The apostrophe-like characters replaced by `’` (U+2019).
pub(crate) const VARIANTS: [char; 10] = [
    '\'', '\u{2bc}', '\u{60}', '\u{b4}', '\u{2018}', '\u{2bb}', '\u{ff07}', '\u{ff40}', '\u{1fef}',
    '\u{1ffd}',
];

/// Replaces every apostrophe variant (`' ʼ ` ´ ‘ ʻ` and fullwidth forms) by
/// `’`, and `ŉ` by `’n`, in every language.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApostropheNormalizer;

impl Normalizer for ApostropheNormalizer {
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str> {
        rewrite(
            token,
            |c| c == 'ŉ' || VARIANTS.contains(&c),
            |c, out| {
                out.push('’');
                if c == 'ŉ' {
                    out.push('n');
                }
            },
        )
    }

    fn should_normalize(&self, _token: &str, _lang: Language) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_every_variant() {
        let n = ApostropheNormalizer;
        for v in VARIANTS {
            let word = format!("сям{v}я");
            assert_eq!(
                n.normalize(Cow::Owned(word.clone())),
                "сям’я",
                "variant {v:?} in {word}"
            );
        }
        assert_eq!(n.normalize(Cow::Borrowed("don't")), "don’t");
        assert_eq!(n.normalize(Cow::Borrowed("ŉ")), "’n");
        assert_eq!(n.normalize(Cow::Borrowed("5′")), "5′");
    }

    #[test]
    fn keeps_the_typographic_apostrophe_borrowed() {
        let n = ApostropheNormalizer;
        assert!(matches!(
            n.normalize(Cow::Borrowed("аб’ём")),
            Cow::Borrowed(_)
        ));
    }
}
