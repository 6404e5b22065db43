//! The Belarusian inflectional endings, longest first.
//!
//! One table for every part of speech: a word's ending is looked up by
//! longest match, so `-авала` wins over `-а` and `-амі` over `-і`. The table
//! is written from the grammar (noun declensions I–III and the
//! indeclinable-adjective type, hard and soft adjectives and participles,
//! both verb conjugations with their `-ава-`/`-уй-` class, gerunds and
//! imperatives), in the spellings stress gives them (`-ой`/`-ай`,
//! `-ом`/`-ам`, `-ёў`/`-яў`).
//!
//! Left out on purpose:
//! - the past-tense `-ла`, `-ло`, `-лі`: they are stripped as `-а`, `-о`,
//!   `-і`, and the `л` with its vowel goes in a later step
//!   (`strip::strip_past_l`), which treats nouns in `-ал`, `-іл` alike;
//! - a bare `-ў`: after a vowel it comes with the vowel (`-аў`, `-іў`), and
//!   after the first vowel (`моў`, `быў`) it is folded to `в` instead;
//! - adjective endings that also end noun stems (`-ага` in `дапамога`,
//!   `-аму` in `праграму`, `-ым` in `рэжым`) are kept in the table; the
//!   nouns are brought in line by `fold::drop_tail`;
//! - `-й`: it would cut names (`Мікалай`) and adverbs;
//! - a bare `-ць`, `-ці`, `-чы` (infinitives after a consonant, `несці`,
//!   `пячы`) and the gerunds `-ачы`, `-ячы`, `-учы`, `-ючы`: they would cut
//!   the far more frequent nouns `ночы`, `задачы`, `справаздачы`; the
//!   `-аючы`, `-уючы`, `-яючы` gerunds stay, and `-ці`/`-ць` after `с`/`з`
//!   have their own table, [`AFTER_SIBILANT`].
//!
//! Invariant: [`ENDINGS`] is ordered by length in characters, longest first
//! (checked by a test).

use std::sync::LazyLock;

/// Inflectional endings of nouns, adjectives, participles and verbs,
/// longest first.
#[rustfmt::skip]
pub(super) const ENDINGS: &[&str] = &[
    // 6
    "аваўшы",
    // 5: the -аваць class and its past
    "аваць", "авала", "авалі", "авало",
    // 4
    "аваў", "уюць", "аюць", "яюць", "уеце", "аеце", "яеце", "айце", "уйце", "яйце", "аючы",
    "уючы", "яючы", "аўшы", "яўшы", "іўшы", "ыўшы", "еўшы", "оўшы", "уўшы",
    // 3: nouns and adjectives
    "іяй", "ыяй", "іям", "ыям", "іях", "ыях", "амі", "ямі", "імі", "ымі", "ага", "яга", "ога",
    "аму", "яму", "ому",
    // 3: verbs
    "аеш", "аем", "уеш", "уем", "яеш", "яем", "ыце", "іце", "еце", "эце", "юць", "уць", "аць",
    "яць", "ець", "іць", "ыць", "эць", "оць",
    // 2: nouns
    "ам", "ям", "ом", "ём", "ем", "эм", "ах", "ях", "аў", "яў", "оў", "ёў", "еў", "ой", "ёй",
    "ай", "яй", "ею", "ою", "ёю", "аю", "яю", "ей",
    // 2: nouns in -ія/-ыя
    "іі", "ыі", "ію", "ыю", "ій", "ый",
    // 2: adjectives
    "ая", "яя", "ое", "ае", "яе", "ую", "юю", "ыя", "ія", "ых", "іх", "ым", "ім",
    // 2: verbs
    "еш", "эш", "іш", "ыш", "уе", "уй", "іў", "ыў", "уў",
    // 1
    "а", "я", "о", "ё", "е", "э", "ы", "і", "у", "ю", "ь",
];

/// [`ENDINGS`] grouped by their last letter, each group longest first, so
/// that a word is compared only with the endings it could have.
static BY_LAST: LazyLock<Vec<(char, Vec<&'static str>)>> = LazyLock::new(|| {
    let mut groups: Vec<(char, Vec<&'static str>)> = Vec::new();
    for ending in ENDINGS {
        let Some(last) = ending.chars().next_back() else {
            continue;
        };
        match groups.iter_mut().find(|(c, _)| *c == last) {
            Some((_, group)) => group.push(ending),
            None => groups.push((last, vec![ending])),
        }
    }
    groups
});

/// The endings of [`ENDINGS`] that end in `last`, longest first.
pub(super) fn ending_in(last: char) -> &'static [&'static str] {
    BY_LAST
        .iter()
        .find(|(c, _)| *c == last)
        .map_or(&[], |(_, group)| group.as_slice())
}

/// Endings that begin with the soft `ц` (from `т`), stripped only after `с`
/// or `з`, longest first: the `-сці`/`-зці` infinitive (`несці`, `везці`)
/// and the `-сць` nouns (`радасць`, `радасці`, `радасцю`). Both then keep
/// the sibilant, as their other forms do (`нясу`, `радасная`).
pub(super) const AFTER_SIBILANT: &[&str] = &["цямі", "цям", "цях", "цю", "ці", "ць"];

/// Adjective endings that already hold the tail `fold::drop_tail` removes
/// from nouns (`-ага`: the `аг` of `дапамога`; `-аму`, `-ым`: the `ам`, `ым`
/// of `праграма`, `рэжым`); after one of these only a `в` tail is dropped.
pub(super) const TAILED: &[&str] = &[
    "ага", "яга", "ога", "аму", "яму", "ому", "ымі", "імі", "ым", "ім",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_keeps_every_ending_in_order() {
        let total: usize = "аеёіоуыэюяьўймхшцчвг"
            .chars()
            .map(|c| ending_in(c).len())
            .sum();
        assert_eq!(
            total,
            ENDINGS.len(),
            "an ending's last letter is missing from the test"
        );
        assert_eq!(ending_in('і').first(), Some(&"авалі"));
        assert!(ending_in('ж').is_empty());
    }

    #[test]
    fn endings_are_longest_first_and_unique() {
        let lens: Vec<usize> = ENDINGS.iter().map(|e| e.chars().count()).collect();
        assert!(
            lens.windows(2).all(|w| w[0] >= w[1]),
            "ENDINGS must be longest first"
        );
        let mut sorted = ENDINGS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), ENDINGS.len(), "an ending is listed twice");
        assert!(
            TAILED.iter().all(|t| ENDINGS.contains(t)),
            "TAILED must be endings"
        );
    }
}
