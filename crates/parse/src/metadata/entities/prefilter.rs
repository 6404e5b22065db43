//! Cheap checks that tell a big case-insensitive regex cannot match, so it
//! need not be compiled or run.
//!
//! Compiling the amount pattern and the country phrases costs tens of
//! millions of instructions (Unicode `\w` and case folding), most of a short
//! document's metadata time. Each such regex has a list of needles: every
//! match of the regex contains at least one of them, compared after
//! [`fold`]. Invariant: [`fold`] maps every character that `(?i)` treats as
//! equal to a needle's character onto that needle character, so a text
//! without any needle cannot match and the check never changes a result.

use std::sync::OnceLock;

/// The text with every character that `(?i)` equates with a lowercase
/// ASCII or Cyrillic letter mapped onto that letter: ASCII and Cyrillic
/// capitals, the Kelvin sign, long s and the old Cyrillic small-letter
/// variants U+1C80–U+1C88. Other characters stay as they are. Simple
/// arithmetic per character, much cheaper than `to_lowercase`.
pub(in crate::metadata) fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// One character of [`fold`].
fn fold_char(c: char) -> char {
    let shifted = |by: u32| char::from_u32(u32::from(c) + by).unwrap_or(c);
    match c {
        'A'..='Z' | 'А'..='Я' => shifted(32),
        'Ѐ'..='Џ' => shifted(80),
        '\u{212a}' => 'k',
        'ſ' => 's',
        '\u{1c80}' => 'в',
        '\u{1c81}' => 'д',
        '\u{1c82}' => 'о',
        '\u{1c83}' => 'с',
        '\u{1c84}' | '\u{1c85}' => 'т',
        '\u{1c86}' => 'ъ',
        '\u{1c87}' => 'ѣ',
        '\u{1c88}' => 'ꙋ',
        other => other,
    }
}

/// The value in `cell`, built on first use only when `may_match` says the
/// text may need it. Once built, the check is skipped: it saves compiling,
/// and in a long-running process the regex is compiled already.
pub(in crate::metadata) fn gated<T>(
    cell: &OnceLock<T>,
    build: impl FnOnce() -> T,
    may_match: impl FnOnce() -> bool,
) -> Option<&T> {
    if let Some(v) = cell.get() {
        return Some(v);
    }
    may_match().then(|| cell.get_or_init(build))
}

/// Whether the folded text contains any of `needles` (lowercase).
pub(in crate::metadata) fn any(folded: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| folded.contains(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_variants() {
        assert_eq!(fold("ДОЛЛАРОВ США"), "долларов сша");
        assert_eq!(fold("Еўра і ЁЛКА"), "еўра і ёлка");
        assert_eq!(fold("ſtates \u{1c82}"), "states о");
        assert_eq!(fold("ЎІЁЄЇ \u{212a}INGDOM"), "ўіёєї kingdom");
        assert_eq!(fold("\u{1c80}\u{1c81}\u{1c83}\u{1c85}"), "вдст");
    }

    #[test]
    fn finds_needles() {
        assert!(any(&fold("60 000 беларускіх РУБЛЁЎ"), &["рубл"]));
        assert!(!any(&fold("Службовая запіска"), &["рубл", "usd"]));
    }
}
