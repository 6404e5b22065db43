//! The [`Normalizer`] trait and the two ordered lists that make the pipeline.
//!
//! [`normalize`] runs the [`LOSSLESS`] list, then the [`LOSSY`] list, on one
//! token. The order matters and is part of the contract:
//! - control characters go first, so that a zero-width joiner cannot hide an
//!   apostrophe or block a composition;
//! - apostrophes come before NFKC, because NFKC turns `´` into a space and a
//!   combining accent;
//! - stress marks are removed after lower-casing and recompose what they
//!   separated (`е` + U+0301 + U+0308 → `ё`), so that `ё` → `е` comes last
//!   and sees every `ё`.
//!
//! A fast path skips the lists for the common token made only of plain
//! small letters (and lower-cases one with plain capitals directly); it is
//! tested to agree with the lists.
//!
//! Invariants: `normalize(normalize(t, l), l) == normalize(t, l)`; the
//! result borrows `t` when nothing changes.

use std::borrow::Cow;

use crate::model::Language;

use super::{
    ApostropheNormalizer, CompatibilityNormalizer, ControlCharNormalizer, LowercaseNormalizer,
    StressMarkNormalizer, YoNormalizer,
};

/// One normalisation step applied to a token.
///
/// `normalize` must return its input unchanged (and still borrowed when it
/// was borrowed) when no character needs folding, and must be idempotent.
///
/// ```
/// use std::borrow::Cow;
/// use vopis_parse::Language;
/// use vopis_parse::analysis::normalizer::{Normalizer, YoNormalizer};
///
/// let yo = YoNormalizer;
/// assert!(yo.should_normalize("ёлка", Language::Ru));
/// assert!(!yo.should_normalize("ёлка", Language::Be));
/// assert_eq!(yo.normalize(Cow::Borrowed("ёлка")), "елка");
/// ```
pub trait Normalizer {
    /// Folds the characters this normaliser is about; copies only on change.
    fn normalize<'a>(&self, token: Cow<'a, str>) -> Cow<'a, str>;
    /// Whether this normaliser applies to `token` in `lang` (a cheap gate by
    /// script or language; `normalize` must still be safe on any token).
    fn should_normalize(&self, token: &str, lang: Language) -> bool;
}

/// Normalisers that lose nothing a reader would call a difference, in order.
pub static LOSSLESS: &[&(dyn Normalizer + Sync)] = &[
    &ControlCharNormalizer,
    &ApostropheNormalizer,
    &CompatibilityNormalizer,
];

/// Normalisers that fold real differences for the sake of matching, in order.
pub static LOSSY: &[&(dyn Normalizer + Sync)] =
    &[&LowercaseNormalizer, &StressMarkNormalizer, &YoNormalizer];

/// Full pipeline for one token (a word as the tokenizer cut it) in a language:
/// lossless list first (compatibility decomposition of letters/ligatures, control
/// and zero-width characters removed, apostrophe variants `' ʼ ` ´ ‘ ’` → `’`
/// U+2019), then the lossy list (lower case; `ё` → `е` only for Russian,
/// Ukrainian and undetermined text, never for Belarusian, where `ё` is a letter
/// of its own; combining stress marks U+0301/U+0300 removed).
///
/// Copies only when a character changes. Idempotent.
///
/// ```
/// use vopis_parse::Language;
/// use vopis_parse::analysis::normalizer::normalize;
///
/// assert_eq!(normalize("Аб'ём", Language::Be), "аб’ём");
/// assert_eq!(normalize("Объём", Language::Ru), "объем");
/// assert_eq!(normalize("зна\u{301}чит", Language::Ru), "значит");
/// assert_eq!(normalize("ﬁnal", Language::En), "final");
/// ```
pub fn normalize(token: &str, lang: Language) -> Cow<'_, str> {
    match plain(token, lang) {
        Some(Plain::Clean) => return Cow::Borrowed(token),
        Some(Plain::Capitals) => return Cow::Owned(token.chars().map(simple_lower).collect()),
        None => {}
    }
    let mut out = Cow::Borrowed(token);
    for step in LOSSLESS.iter().chain(LOSSY) {
        if step.should_normalize(&out, lang) {
            out = step.normalize(out);
        }
    }
    out
}

/// What the fast path found in a token (see [`plain`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plain {
    /// Nothing for any normaliser to do.
    Clean,
    /// Only capitals of the plain letters to lower-case.
    Capitals,
}

/// The fast path: `Some` when every character is printable ASCII other than
/// `'` and `` ` ``, a small Cyrillic letter `а`–`џ` or `ґ`, `’`, or a
/// capital of one of those (other than `Ѐ` and `Ѝ`), and `ё` is kept in
/// `lang`. Such characters are NFKC, never compose with each other, and no
/// normaliser but lower-casing touches them, so the lists would return the
/// token unchanged (or just lower-cased). Checked by a test against the
/// lists.
fn plain(token: &str, lang: Language) -> Option<Plain> {
    let folds_yo = matches!(lang, Language::Ru | Language::Uk | Language::Und);
    let mut capitals = false;
    for c in token.chars() {
        match c {
            '\'' | '`' => return None,
            'A'..='Z' => capitals = true,
            ' '..='~' | '’' | 'ґ' => {}
            'ё' | 'Ё' if folds_yo => return None,
            'ѐ' | 'ѝ' | 'Ѐ' | 'Ѝ' => return None,
            'а'..='џ' => {}
            'Ѐ'..='Я' | 'Ґ' => capitals = true,
            _ => return None,
        }
    }
    Some(if capitals {
        Plain::Capitals
    } else {
        Plain::Clean
    })
}

/// Lower case of a character [`plain`] accepted (one character each).
fn simple_lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 0x50).unwrap_or(c),
        'А'..='Я' => char::from_u32(u32::from(c) + 0x20).unwrap_or(c),
        'Ґ' => 'ґ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Checks one pipeline case; the message names the token and language.
    macro_rules! pipeline_case {
        ($name:ident, $input:expr, $lang:expr, $want:expr) => {
            #[test]
            fn $name() {
                let got = normalize($input, $lang);
                assert_eq!(got, $want, "pipeline: {:?} in {:?}", $input, $lang);
                let again = normalize(&got, $lang);
                assert_eq!(again, got, "pipeline not idempotent on {:?}", $input);
            }
        };
    }

    /// Tests one normaliser alone, in the pipeline, and for never panicking:
    /// `normalizer_case!(test_module, Normalizer, lang, input, alone, piped)`.
    macro_rules! normalizer_case {
        ($module:ident, $normalizer:expr, $lang:expr, $input:expr, $alone:expr, $piped:expr) => {
            mod $module {
                use super::*;

                #[test]
                fn alone() {
                    let n = $normalizer;
                    assert!(n.should_normalize($input, $lang), "gate of {}", stringify!($module));
                    let got = n.normalize(Cow::Borrowed($input));
                    assert_eq!(got, $alone, "normaliser {}.rs alone", stringify!($module));
                }

                #[test]
                fn in_the_pipeline() {
                    let got = normalize($input, $lang);
                    assert_eq!(got, $piped, "{}.rs in the pipeline", stringify!($module));
                }

                proptest! {
                    #[test]
                    fn never_panics(s in any::<String>()) {
                        let n = $normalizer;
                        let once = n.normalize(Cow::Borrowed(&s)).into_owned();
                        let twice = n.normalize(Cow::Borrowed(&once)).into_owned();
                        prop_assert_eq!(twice, once, "{}.rs is not idempotent", stringify!($module));
                    }
                }
            }
        };
    }

    normalizer_case!(
        control,
        ControlCharNormalizer,
        Language::Be,
        "Мін\u{200b}ск",
        "Мінск",
        "мінск"
    );
    normalizer_case!(
        apostrophe,
        ApostropheNormalizer,
        Language::Be,
        "Сям'я",
        "Сям’я",
        "сям’я"
    );
    normalizer_case!(
        compatibility,
        CompatibilityNormalizer,
        Language::Ru,
        "ﬁнал",
        "fiнал",
        "fiнал"
    );
    normalizer_case!(
        lowercase,
        LowercaseNormalizer,
        Language::Uk,
        "ҐАНОК",
        "ґанок",
        "ґанок"
    );
    normalizer_case!(
        stress_mark,
        StressMarkNormalizer,
        Language::Ru,
        "за\u{301}мок",
        "замок",
        "замок"
    );
    normalizer_case!(yo, YoNormalizer, Language::Ru, "ещё", "еще", "еще");

    pipeline_case!(belarusian_keeps_yo, "Вёска", Language::Be, "вёска");
    pipeline_case!(russian_folds_yo, "ЁЛКА", Language::Ru, "елка");
    pipeline_case!(undetermined_folds_yo, "Пётр", Language::Und, "петр");
    pipeline_case!(english_keeps_yo, "Пётр", Language::En, "пётр");
    pipeline_case!(apostrophe_ascii, "з'ява", Language::Be, "з’ява");
    pipeline_case!(apostrophe_modifier, "сям\u{2bc}я", Language::Be, "сям’я");
    pipeline_case!(apostrophe_grave_acute, "п`ять´", Language::Uk, "п’ять’");
    pipeline_case!(
        zero_width_removed,
        "Мін\u{200b}ск\u{feff}",
        Language::Be,
        "мінск"
    );
    pipeline_case!(
        soft_hyphen_removed,
        "па\u{ad}гадненне",
        Language::Be,
        "пагадненне"
    );
    pipeline_case!(stress_removed, "мука\u{301}", Language::Ru, "мука");
    pipeline_case!(stress_over_yo, "е\u{301}\u{308}ж", Language::Ru, "еж");
    pipeline_case!(stress_over_yo_be, "е\u{301}\u{308}ж", Language::Be, "ёж");
    pipeline_case!(quadruple_prime, "⁗", Language::Be, "′′′′");
    pipeline_case!(yo_with_breve, "ё\u{306}", Language::Ru, "ӗ");
    pipeline_case!(grave_precomposed, "вс\u{450}", Language::Ru, "все");
    pipeline_case!(ligature, "ﬂow", Language::En, "flow");
    pipeline_case!(fullwidth, "ＡＢＣ", Language::En, "abc");
    pipeline_case!(decomposed_short_u, "у\u{306}рад", Language::Be, "ўрад");
    pipeline_case!(latin_accents_kept, "Łukašenka", Language::Pl, "łukašenka");
    pipeline_case!(ukrainian_letters_kept, "ҐІЇЄ", Language::Uk, "ґіїє");

    #[test]
    fn unchanged_token_is_borrowed() {
        for (token, lang) in [
            ("супрацоўніцтва", Language::Be),
            ("ёлка", Language::Be),
            ("сотрудничество", Language::Ru),
            ("programme", Language::En),
            ("", Language::Und),
        ] {
            assert!(
                matches!(normalize(token, lang), Cow::Borrowed(_)),
                "pipeline copied the clean token {token:?}"
            );
        }
    }

    /// The lists, without the fast path.
    fn slow(token: &str, lang: Language) -> String {
        let mut out = Cow::Borrowed(token);
        for step in LOSSLESS.iter().chain(LOSSY) {
            if step.should_normalize(&out, lang) {
                out = step.normalize(out);
            }
        }
        out.into_owned()
    }

    #[test]
    fn fast_path_agrees_with_the_lists_on_every_plain_character() {
        let plain_chars = (' '..='~')
            .chain('Ѐ'..='џ')
            .chain(['Ґ', 'ґ', '’', 'ё', 'Ё']);
        for lang in [Language::Be, Language::Ru, Language::En] {
            for c in plain_chars.clone() {
                let token = format!("{c}а{c}");
                assert_eq!(
                    normalize(&token, lang),
                    slow(&token, lang),
                    "{c:?} in {lang:?}"
                );
            }
        }
    }

    fn any_lang() -> impl Strategy<Value = Language> {
        prop_oneof![
            Just(Language::Be),
            Just(Language::Ru),
            Just(Language::Uk),
            Just(Language::En),
            Just(Language::Und),
        ]
    }

    proptest! {
        #[test]
        fn idempotent_on_any_string(s in any::<String>(), lang in any_lang()) {
            let once = normalize(&s, lang).into_owned();
            let twice = normalize(&once, lang).into_owned();
            prop_assert_eq!(twice, once);
        }

        #[test]
        fn fast_path_agrees_with_the_lists(
            s in "[а-яА-ЯЁёЎўІіҐґЀѐ'’`a-zA-Z0-9 \u{301}ʼ-]{0,10}",
            lang in any_lang(),
        ) {
            prop_assert_eq!(normalize(&s, lang).into_owned(), slow(&s, lang));
        }

        #[test]
        fn idempotent_on_slavic_letters(
            s in "[аеёіоуўыэюяйґїєЁЎІA-Za-z'ʼ`´‘’\u{300}\u{301}\u{306}\u{308}\u{200b}\u{ad}ﬁ]{0,12}",
            lang in any_lang(),
        ) {
            let once = normalize(&s, lang).into_owned();
            let twice = normalize(&once, lang).into_owned();
            prop_assert_eq!(twice, once);
        }
    }
}
