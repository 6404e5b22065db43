//! The Belarusian stemmer's entry point: strip, then fold.
//!
//! Steps, each described in its module:
//! 1. `strip::strip_reflexive` (`-ся`, `-цца`);
//! 2. `strip::strip_ending`, the longest ending of `endings::ENDINGS` in
//!    the region after the first vowel;
//! 3. `strip::collapse_double` (`сувяззю`, `пагадненне`);
//! 4. `fold::fold_last` (`ц`→`к`/`т`, `дз`→`д`, `з`→`г`, `с`→`х`, `ў`→`в`);
//! 5. `fold::drop_tail` (vowel + `л`/`м`, `аг`/`ог`/`яг`, `ав`/`ов`/…),
//!    only the `в` kind after an adjective ending that holds an `м`/`г`
//!    tail (`-ага`, `-ым`);
//! 6. `fold::fold_vowels` (`о`→`а`, `ё`/`я`→`е`, initial `ў`→`у`).
//!
//! Invariants: never panics; the key of a non-empty word is non-empty; no
//! allocation when the key is a prefix of the word; the region is measured
//! once, on the whole word.

use std::borrow::Cow;

use super::fold::{drop_tail, fold_last, fold_vowels};
use super::region::rv_start;
use super::strip::{collapse_double, strip_ending, strip_reflexive};

/// Belarusian stemmer (Snowball has none). Input: a token already
/// normalised (lower case, see [`crate::analysis::normalizer::normalize`]).
/// Returns the stem, an index key in which the forms of one word meet:
/// endings stripped, the stem's vowel and consonant alternations folded.
/// Apply the same function to query words.
///
/// ```
/// use vopis_parse::analysis::stem::belarusian;
///
/// assert_eq!(belarusian("навуцы"), belarusian("навука"));
/// assert_eq!(belarusian("стала"), belarusian("стол"));
/// assert_eq!(belarusian("беларускага"), "беларуск");
/// assert_ne!(belarusian("дом"), belarusian("дым"));
/// ```
pub fn belarusian(word: &str) -> Cow<'_, str> {
    if word.is_empty() {
        return Cow::Borrowed(word);
    }
    let rv = rv_start(word);
    let verb = strip_reflexive(word, rv);
    let stripped = strip_ending(verb, rv);
    let next = word
        .get(stripped.stem.len()..)
        .and_then(|rest| rest.chars().next());
    let stem = collapse_double(stripped.stem);
    let folded = fold_last(stem, next);
    fold_vowels(drop_tail(word, folded, rv, stripped.tailed))
}

#[cfg(test)]
mod tests {
    use super::super::paradigms::{DISTINCT, PARADIGMS};
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_paradigm_gives_one_stem() {
        let mut failures = Vec::new();
        for (lemma, forms) in PARADIGMS {
            let want = belarusian(lemma);
            for form in *forms {
                let got = belarusian(form);
                if got != want {
                    failures.push(format!("{form} → {got}, but {lemma} → {want}"));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "paradigms.rs forms split:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn distinct_words_stay_distinct() {
        for (a, b) in DISTINCT {
            assert_ne!(
                belarusian(a),
                belarusian(b),
                "{a} and {b} must not share a stem"
            );
        }
    }

    #[test]
    fn required_examples() {
        let one = |forms: &[&str]| {
            let first = belarusian(forms[0]);
            for f in forms {
                assert_eq!(belarusian(f), first, "{f} vs {}", forms[0]);
            }
        };
        one(&[
            "навука",
            "навукі",
            "навуцы",
            "навуку",
            "навукай",
            "навук",
            "навукамі",
        ]);
        one(&[
            "супрацоўніцтва",
            "супрацоўніцтве",
            "супрацоўніцтвам",
            "супрацоўніцтву",
        ]);
        one(&["дагавор", "дагавора", "дагаворы", "дагавораў", "дагаворам"]);
        one(&[
            "пагадненне",
            "пагаднення",
            "пагадненні",
            "пагадненнем",
            "пагадненняў",
        ]);
        one(&["рэспубліка", "рэспублікі", "рэспубліцы", "рэспубліку"]);
        one(&[
            "беларускі",
            "беларуская",
            "беларускае",
            "беларускага",
            "беларускім",
            "беларускіх",
        ]);
        one(&["працаваць", "працуе", "працуюць", "працаваў", "працавала"]);
        one(&["стол", "стала", "сталы", "стале"]);
        one(&["вада", "вады", "ваду", "воды"]);
        one(&["горад", "горада", "гарады", "гарадоў"]);
    }

    #[test]
    fn stems_are_never_empty_and_short_words_stay() {
        for w in ["а", "і", "у", "ў", "на", "як", "ся", "цца", "ь"] {
            assert!(!belarusian(w).is_empty(), "{w}");
        }
        assert_eq!(belarusian("на"), "на");
    }

    #[test]
    fn no_copy_when_the_stem_is_a_prefix() {
        for w in [
            "навука",
            "беларускі",
            "пагадненне",
            "рэспубліку",
            "рэспублікамі",
        ] {
            assert!(matches!(belarusian(w), Cow::Borrowed(_)), "{w} was copied");
        }
    }

    /// Stemming a stem again mostly changes nothing, but not always: a key
    /// may end like an ending (`дапамога` → `дапам`, which looks like an
    /// instrumental). The known unstable keys are listed; any other is a
    /// regression.
    #[test]
    fn stems_of_stems_are_mostly_stable() {
        let mut unstable = Vec::new();
        for (_, forms) in PARADIGMS {
            for form in *forms {
                let once = belarusian(form).into_owned();
                if belarusian(&once) != once && !unstable.contains(&once) {
                    unstable.push(once);
                }
            }
        }
        assert_eq!(unstable, KNOWN_UNSTABLE, "keys whose stem differs");
    }

    /// A quick run over every table form many times; asserts nothing about
    /// time (the lead benches with criterion), only that it runs.
    #[test]
    fn quick_throughput_run() {
        let mut chars = 0usize;
        for _ in 0..200 {
            for (_, forms) in PARADIGMS {
                for form in *forms {
                    chars += belarusian(form).chars().count();
                }
            }
        }
        assert!(chars > 0);
    }

    /// Table keys that a second stemming changes (see the test above).
    const KNOWN_UNSTABLE: &[&str] = &["дапам", "барых", "адказнах", "радах", "падпіх"];

    proptest! {
        #[test]
        fn never_panics_on_any_string(s in any::<String>()) {
            let _ = belarusian(&s);
        }

        #[test]
        fn never_empty_for_belarusian_words(s in "[абвгдеёжзійклмнопрстуўфхцчшыьэюя’]{1,14}") {
            prop_assert!(!belarusian(&s).is_empty());
        }

        #[test]
        fn never_longer_than_the_word(s in "[абвгдзеёжіклмнорсуўцчшыьэюя]{1,14}") {
            prop_assert!(belarusian(&s).chars().count() <= s.chars().count());
        }
    }
}
