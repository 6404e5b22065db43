//! Ending stripping: the reflexive particle, then one inflectional ending,
//! then a doubled final consonant.
//!
//! Every step returns a prefix of the word (a `&str` slice, no copy) and
//! respects the region rule: nothing is cut at or before the first vowel
//! (see `region.rs`), and at least [`MIN_STEM`] characters stay.
//!
//! Invariant: each function returns a prefix of its input that ends on a
//! char boundary and is never shorter than `MIN_STEM` characters unless the
//! input already was.

use super::endings::{AFTER_SIBILANT, TAILED, ending_in};
use super::region::is_vowel;

/// The fewest characters a stem keeps.
pub(super) const MIN_STEM: usize = 2;

/// Whether cutting `word` at byte `at` keeps the region rule and the
/// minimum stem length.
pub(super) fn may_cut(word: &str, at: usize, rv: usize) -> bool {
    at >= rv
        && word
            .get(..at)
            .is_some_and(|stem| stem.chars().nth(MIN_STEM - 1).is_some())
}

/// Removes the reflexive `-ся` / `-цца` of a verb form.
///
/// `-цца` is the infinitive or third person (`займацца`, `займаецца`);
/// `-ся` follows a vowel, `ў`, `ш` or `м` (`займаўся`, `займаешся`,
/// `займаемся`), which keeps nouns like `вёска` and words like `ўся` whole.
pub(super) fn strip_reflexive(word: &str, rv: usize) -> &str {
    if let Some(stem) = word.strip_suffix("цца")
        && may_cut(word, stem.len(), rv)
    {
        return stem;
    }
    if let Some(stem) = word.strip_suffix("ся")
        && stem
            .chars()
            .next_back()
            .is_some_and(|c| is_vowel(c) || matches!(c, 'ў' | 'ш' | 'м'))
        && may_cut(word, stem.len(), rv)
    {
        return stem;
    }
    word
}

/// The result of [`strip_ending`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stripped<'a> {
    /// The word without its ending.
    pub stem: &'a str,
    /// Whether the ending was one of `TAILED` (no tail to drop after it).
    pub tailed: bool,
}

/// Removes the longest inflectional ending (`endings::ENDINGS`) that lies in the
/// region and leaves a long enough stem (an [`AFTER_SIBILANT`] ending after
/// `с`/`з` first); returns the word when none does.
pub(super) fn strip_ending(word: &str, rv: usize) -> Stripped<'_> {
    let after_sibilant = AFTER_SIBILANT
        .iter()
        .filter_map(|ending| word.strip_suffix(ending))
        .find(|stem| stem.ends_with(['с', 'з']) && may_cut(word, stem.len(), rv));
    if let Some(stem) = after_sibilant {
        return Stripped {
            stem,
            tailed: false,
        };
    }
    let last = word.chars().next_back().unwrap_or_default();
    ending_in(last)
        .iter()
        .filter_map(|ending| word.strip_suffix(ending).map(|stem| (stem, ending)))
        .find(|(stem, _)| may_cut(word, stem.len(), rv))
        .map_or(
            Stripped {
                stem: word,
                tailed: false,
            },
            |(stem, ending)| Stripped {
                stem,
                tailed: TAILED.contains(ending),
            },
        )
}

/// Drops one of two equal final consonants: the instrumental of the third
/// declension doubles it (`сувяззю`, `мадэллю`), and `-нн-`/`-цц-` nouns
/// (`пагадненне`) then need no special case.
pub(super) fn collapse_double(stem: &str) -> &str {
    let mut back = stem.char_indices().rev();
    match (back.next(), back.next()) {
        (Some((at, last)), Some((_, before)))
            if last == before && !is_vowel(last) && stem.chars().nth(MIN_STEM).is_some() =>
        {
            stem.get(..at).unwrap_or(stem)
        }
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::super::region::rv_start;
    use super::*;

    fn ending(word: &str) -> &str {
        strip_ending(word, rv_start(word)).stem
    }

    #[test]
    fn longest_ending_in_the_region_wins() {
        assert_eq!(ending("навукамі"), "навук");
        assert_eq!(ending("працавала"), "прац");
        assert_eq!(ending("беларускага"), "беларуск");
        assert_eq!(
            ending("стала"),
            "стал",
            "-ала would cut into the first syllable"
        );
        assert_eq!(ending("стол"), "стол");
        assert_eq!(ending("нага"), "наг");
        assert_eq!(ending("радасцямі"), "радас");
        assert_eq!(ending("несці"), "нес");
        assert_eq!(ending("хаце"), "хац");
    }

    #[test]
    fn reflexive_particle() {
        fn strip(w: &str) -> &str {
            strip_reflexive(w, rv_start(w))
        }
        assert_eq!(strip("займацца"), "займа");
        assert_eq!(strip("займаўся"), "займаў");
        assert_eq!(strip("займаемся"), "займаем");
        assert_eq!(strip("ўся"), "ўся");
        assert_eq!(strip("вёска"), "вёска");
    }

    #[test]
    fn doubled_consonant() {
        assert_eq!(collapse_double("пагадненн"), "пагаднен");
        assert_eq!(collapse_double("сувязз"), "сувяз");
        assert_eq!(collapse_double("сс"), "сс");
        assert_eq!(collapse_double("ваа"), "ваа");
    }
}
