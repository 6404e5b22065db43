//! Function words left out of the stemmed fields.
//!
//! Prepositions, conjunctions and particles make a fifth of running text
//! and tell no document from another. The stemmed fields (`body_*`,
//! `head_*` of be, ru and en) skip them, keeping the other words'
//! positions, so a phrase with a stop word in it still matches there with
//! a gap of one word; the exact field keeps every word, so a query made of
//! stop words alone (`"и"`, `the`) still finds them.
//!
//! Invariant: each list is sorted (a test checks it) and holds normalised
//! forms (lower case; Belarusian with ’, Russian with е for ё).

use vopis_parse::Language;

/// Belarusian function words.
const BE: &[&str] = &[
    "а",
    "аб",
    "або",
    "ад",
    "але",
    "без",
    "бы",
    "да",
    "для",
    "ды",
    "ж",
    "жа",
    "з",
    "за",
    "й",
    "каб",
    "на",
    "над",
    "не",
    "ні",
    "па",
    "пад",
    "пра",
    "пры",
    "са",
    "та",
    "таксама",
    "у",
    "ці",
    "што",
    "і",
    "ў",
];

/// Russian function words.
const RU: &[&str] = &[
    "а",
    "без",
    "бы",
    "в",
    "во",
    "да",
    "для",
    "до",
    "же",
    "за",
    "и",
    "из",
    "или",
    "к",
    "ко",
    "ли",
    "на",
    "над",
    "не",
    "ни",
    "но",
    "о",
    "об",
    "обо",
    "от",
    "по",
    "под",
    "при",
    "про",
    "с",
    "со",
    "также",
    "то",
    "у",
    "что",
];

/// English function words.
const EN: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "of", "on",
    "or", "the", "to", "was", "were", "with",
];

/// Whether `word` (normalised for `lang`) is a function word of `lang`.
///
/// ```
/// use vopis_index::analysis::is_stop_word;
/// use vopis_parse::Language;
/// assert!(is_stop_word(Language::Ru, "и"));
/// assert!(is_stop_word(Language::Be, "ў"));
/// assert!(!is_stop_word(Language::Ru, "сотрудничество"));
/// assert!(!is_stop_word(Language::Uk, "і"));
/// ```
pub fn is_stop_word(lang: Language, word: &str) -> bool {
    let list = match lang {
        Language::Be => BE,
        Language::Ru => RU,
        Language::En => EN,
        _ => return false,
    };
    word.len() <= 14 && list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_normalised() {
        for (lang, list) in [(Language::Be, BE), (Language::Ru, RU), (Language::En, EN)] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{lang:?} not sorted");
            for word in list {
                let normal = vopis_parse::analysis::normalizer::normalize(word, lang);
                assert_eq!(normal, *word, "{lang:?}: {word} is not normalised");
            }
        }
    }

    #[test]
    fn content_words_are_kept() {
        for (lang, word) in [
            (Language::Be, "навука"),
            (Language::Be, "супрацоўніцтва"),
            (Language::Ru, "договор"),
            (Language::En, "agreement"),
            (Language::En, "us"),
        ] {
            assert!(!is_stop_word(lang, word), "{word}");
        }
    }
}
