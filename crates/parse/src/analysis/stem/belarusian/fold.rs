//! Folding the alternations of a stripped stem, so that the forms of one
//! word give one key.
//!
//! Belarusian spells what it hears, so the stem itself changes across a
//! paradigm. After stripping, three folds run:
//!
//! 1. **The final consonant** ([`fold_last`]), always, whatever the ending:
//!    - `ц` → `т` before a softening letter (`е ё і ю я ь`): hard `т`
//!      becomes soft `ц` there (`хата` / `хаце`, `брат` / `браце`,
//!      `радасць`); otherwise `ц` → `к`: `к` becomes hard `ц` before `-ы`/`-э`
//!      (`навука` / `навуцы`, `рука` / `руцэ`, `вёска` / `вёсцы`), and a
//!      native hard `ц` (`вуліца`) gets `к` in all its forms alike;
//!    - `дз` → `д` (`рада` / `радзе`, `вада` / `вадзе`, `горад` / `горадзе`);
//!    - `з` → `г` (`нага` / `назе`, `бераг` / `беразе`);
//!    - `с` → `х` (`муха` / `мусе`);
//!    - `ў` → `в` (`мова` / `моў`, `слова` / `слоў`);
//!    - the `л` after a labial (`б п в м ф`) goes: verbs insert it in the
//!      first person (`рабіць` / `раблю`, `любіць` / `люблю`), and nouns
//!      with one keep it in every form and so lose it in every form
//!      (`зямля`, `зямлі` → `зем`).
//!
//!    The rule cannot know whether a `з` came from `г` (that takes a
//!    dictionary), so it folds every final one: `база` and `баг` share a
//!    key, and so do `вусы` and `вуха`. Folding always, rather than only
//!    after a dative/locative ending, is what keeps each word's own forms
//!    together (`вуліца`, `вуліцы`, `вуліц` all end in `ц`).
//! 2. **A tail that adjectives share with nouns** ([`drop_tail`]): a vowel
//!    with `л` or `м`, or `аг`/`ог`/`яг`, at the end of the stem and inside
//!    the region. Nouns then lose them in every form, as adjectives and verbs
//!    lose them with their endings (`-ага`, `-аму`, `-ым`, past `-ла`):
//!    `дапамога`/`дапамогі` → `дапам` like `новага` → `нов`; `праграма`/
//!    `праграму` → `прагр`; `журнал`/`журнала` → `журн`; `рабіла` → `раб`
//!    like `рабіць`. Likewise `ав`/`ов`/`ев`/`ёв`/`яв`, which the
//!    genitive plural and the surname/place nominative `-аў`/`-оў` take off
//!    with their ending: `Шчарбакова` → `шчарбак` like `Шчарбакоў`,
//!    `Магілёва` like `Магілёў`, `дзяржава` like `дзяржаў`. After an
//!    adjective ending that already held an `м`/`г` tail (`-ага`, `-ым`)
//!    only the `в` tail may go (`Шчарбаковым`).
//! 3. **Vowels** ([`fold_vowels`]): akanne and yakanne change the stem's
//!    vowel with stress (`стол` / `стала`, `лес` / `ляса`, `сяло` / `сёлы`),
//!    so `о` → `а`, `ё` → `е`, `я` → `е`; and a word-initial `ў` (written
//!    after a vowel, `у ўрадзе`) → `у`.
//!
//! The result is an index key, not a root: `стол` gives `стал`, `вёска`
//! gives `веск`. This is deliberate; the query side uses the same function.
//!
//! Invariant: folds never lengthen a stem and never empty it.

use std::borrow::Cow;

use super::region::{is_softening, is_vowel};
use super::strip::may_cut;

/// A stem as a prefix of the word plus, optionally, a replacement for its
/// last character (so that folding the last letter needs no copy yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stem<'a> {
    /// The kept prefix of the word.
    pub head: &'a str,
    /// A letter appended after `head`, replacing the one cut off.
    pub last: Option<char>,
}

/// Folds the stem's final consonant; `next` is the letter of the word right
/// after the stem (the first letter of the stripped ending), if any.
pub(super) fn fold_last(stem: &str, next: Option<char>) -> Stem<'_> {
    let mut back = stem.char_indices().rev();
    let Some((at, last)) = back.next() else {
        return Stem {
            head: stem,
            last: None,
        };
    };
    let head = stem.get(..at).unwrap_or_default();
    if head.is_empty() {
        // A one-letter word (`з`, `ў`) is a preposition, not a stem.
        return Stem {
            head: stem,
            last: None,
        };
    }
    let with = |c: char| Stem {
        head,
        last: Some(c),
    };
    match last {
        'ц' if next.is_some_and(is_softening) => with('т'),
        'ц' => with('к'),
        'з' if back.next().is_some_and(|(_, c)| c == 'д') && head.chars().count() >= 2 => {
            Stem { head, last: None }
        }
        'з' => with('г'),
        'с' => with('х'),
        'ў' => with('в'),
        'л' if head.ends_with(['б', 'п', 'в', 'м', 'ф']) && head.chars().nth(1).is_some() => {
            Stem { head, last: None }
        }
        _ => Stem {
            head: stem,
            last: None,
        },
    }
}

/// Drops a final vowel + `л`/`м`, `аг`/`ог`/`яг`, or `ав`/`ов`/`ев`/`ёв`/`яв`
/// (only the last kind when `tailed`: the ending held an `м`/`г` tail),
/// when it lies in the region (`rv`, a byte offset into `word`) and leaves a
/// long enough stem, then folds the new final consonant; returns `stem`
/// unchanged otherwise.
pub(super) fn drop_tail<'a>(word: &'a str, stem: Stem<'a>, rv: usize, tailed: bool) -> Stem<'a> {
    let consonant = match stem.last {
        Some(c) => c,
        None => match stem.head.chars().next_back() {
            Some(c) => c,
            None => return stem,
        },
    };
    let body = match stem.last {
        Some(_) => stem.head,
        None => stem
            .head
            .get(..stem.head.len() - consonant.len_utf8())
            .unwrap_or_default(),
    };
    let Some(vowel) = body.chars().next_back() else {
        return stem;
    };
    let fits = match consonant {
        'л' | 'м' => !tailed && is_vowel(vowel),
        'г' => !tailed && matches!(vowel, 'а' | 'о' | 'я'),
        'в' => matches!(vowel, 'а' | 'о' | 'е' | 'ё' | 'я'),
        _ => false,
    };
    let cut = body.len() - vowel.len_utf8();
    if !fits || !may_cut(word, cut, rv) {
        return stem;
    }
    fold_last(body.get(..cut).unwrap_or_default(), Some(vowel))
}

/// Whether [`fold_vowels`] would change `c` at position `first` (true for
/// the first letter).
fn folds(c: char, first: bool) -> bool {
    matches!(c, 'о' | 'ё' | 'я') || (first && c == 'ў')
}

/// The folded form of `c` (see [`folds`]).
fn folded(c: char) -> char {
    match c {
        'о' => 'а',
        'ё' | 'я' => 'е',
        'ў' => 'у',
        other => other,
    }
}

/// Writes out the key: the stem with `о` → `а`, `ё`/`я` → `е` and an
/// initial `ў` → `у`. Borrows the word's prefix when nothing changes.
pub(super) fn fold_vowels(stem: Stem<'_>) -> Cow<'_, str> {
    let needs = stem.last.is_some_and(|c| folds(c, stem.head.is_empty()))
        || stem.head.chars().enumerate().any(|(i, c)| folds(c, i == 0));
    match (needs, stem.last) {
        (false, None) => Cow::Borrowed(stem.head),
        _ => {
            let mut out = String::with_capacity(stem.head.len() + 2);
            let chars = stem.head.chars().chain(stem.last);
            for (i, c) in chars.enumerate() {
                out.push(if folds(c, i == 0) { folded(c) } else { c });
            }
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::region::rv_start;
    use super::*;

    fn key<'a>(word: &'a str, stem: &'a str, next: Option<char>) -> String {
        let folded = fold_last(stem, next);
        let dropped = drop_tail(word, folded, rv_start(word), false);
        fold_vowels(dropped).into_owned()
    }

    #[test]
    fn final_consonant_alternations() {
        assert_eq!(key("навуцы", "навуц", Some('ы')), "навук");
        assert_eq!(key("хаце", "хац", Some('е')), "хат");
        assert_eq!(key("назе", "наз", Some('е')), "наг");
        assert_eq!(key("мусе", "мус", Some('е')), "мух");
        assert_eq!(key("радзе", "радз", Some('е')), "рад");
        assert_eq!(key("моў", "моў", None), "мав");
        assert_eq!(key("раблю", "рабл", Some('ю')), "раб");
    }

    #[test]
    fn tails_shared_with_adjectives() {
        assert_eq!(key("дапамогі", "дапамог", Some('і')), "дапам");
        assert_eq!(key("беразе", "бераз", Some('е')), "бер");
        assert_eq!(key("журнал", "журнал", None), "журн");
        assert_eq!(
            key("стала", "стал", Some('а')),
            "стал",
            "first syllable stays"
        );
    }

    #[test]
    fn vowels_and_initial_u_short() {
        assert_eq!(key("ўрад", "ўрад", None), "урад");
        assert_eq!(key("сёлы", "сёл", Some('ы')), "сел");
        assert_eq!(key("сяло", "сял", Some('о')), "сел");
        assert!(matches!(
            fold_vowels(Stem {
                head: "навук",
                last: None
            }),
            Cow::Borrowed(_)
        ));
    }
}
