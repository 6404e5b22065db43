//! British and American spellings of one English word meet.
//!
//! Snowball English stems `programme` to `programm` and `programs` to
//! `program`, `organisation` to `organis` and `organization` to `organ`, so
//! the two spellings of one word would never meet. Before stemming, the
//! British endings are rewritten to the American ones: `-mme` → `-m`,
//! `-isation`/`-ise`/`-ised`/`-ising`/`-iser` → `-iz…`, `-yse` → `-yze`,
//! `-our` → `-or` (not `four`, `hour`, `tour`…), `-tre` → `-ter`, `-ogue`
//! → `-og`, and `defence`, `licence`, `offence`, `pretence` → `-ense`. The
//! same rewrite runs on query words, so over-folding (`promise` →
//! `promize`) only ever merges both sides alike.
//!
//! Invariant: the input is lower-case; the output is never empty.

use std::borrow::Cow;

/// Endings rewritten, longest first within each family: (british, american).
const ENDINGS: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("isers", "izers"),
    ("iser", "izer"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("yse", "yze"),
    ("mmes", "ms"),
    ("mme", "m"),
    ("ourable", "orable"),
    ("ouring", "oring"),
    ("oured", "ored"),
    ("ours", "ors"),
    ("our", "or"),
    ("tres", "ters"),
    ("tre", "ter"),
    ("ogues", "ogs"),
    ("ogue", "og"),
    ("ences", "enses"),
    ("ence", "ense"),
];

/// Words whose `-our`, `-ise` or `-ence` is not the British variant.
const KEEP: &[&str] = &[
    "four",
    "hour",
    "tour",
    "pour",
    "flour",
    "sour",
    "your",
    "our",
    "dour",
    "yours",
    "ours",
    "hours",
    "tours",
    "fours",
    "detour",
    "contour",
    "devour",
    "amour",
    "troubadour",
    "rise",
    "wise",
    "else",
    "noise",
    "raise",
    "praise",
    "poise",
    "guise",
    "sense",
    "vise",
];

/// Endings of words whose `-our` is not British: `hour`, `detour`, `flours`…
const OUR_WORDS: &[&str] = &[
    "four", "hour", "tour", "pour", "flour", "sour", "dour", "fours", "hours", "tours", "pours",
    "flours", "devour", "amour",
];

/// `-ence` words with a British `-ence`/American `-ense` pair.
const ENCE: &[&str] = &["defence", "licence", "offence", "pretence"];

/// The American spelling of a lower-case English word.
pub(crate) fn american(word: &str) -> Cow<'_, str> {
    if word.len() < 5 || !word.is_ascii() || KEEP.contains(&word) {
        return Cow::Borrowed(word);
    }
    for (british, american) in ENDINGS {
        let Some(stem) = word.strip_suffix(british) else {
            continue;
        };
        if british.starts_with("ence")
            && !ENCE
                .iter()
                .any(|w| w.starts_with(stem) && w.len() == stem.len() + 4)
        {
            return Cow::Borrowed(word);
        }
        if british.starts_with("our") && OUR_WORDS.iter().any(|k| word.ends_with(k)) {
            return Cow::Borrowed(word);
        }
        if stem.len() < 2 {
            return Cow::Borrowed(word);
        }
        return Cow::Owned(format!("{stem}{american}"));
    }
    Cow::Borrowed(word)
}

#[cfg(test)]
mod tests {
    use super::american;

    #[test]
    fn british_spellings_become_american() {
        for (gb, us) in [
            ("programme", "program"),
            ("programmes", "programs"),
            ("organisation", "organization"),
            ("organised", "organized"),
            ("analyse", "analyze"),
            ("colour", "color"),
            ("labours", "labors"),
            ("centre", "center"),
            ("catalogue", "catalog"),
            ("defence", "defense"),
            ("licence", "license"),
        ] {
            assert_eq!(american(gb), us, "{gb}");
            assert_eq!(american(us), us, "{us} must stay");
        }
    }

    #[test]
    fn look_alikes_stay() {
        for w in [
            "hour",
            "four",
            "detour",
            "science",
            "evidence",
            "reference",
            "raise",
            "sense",
        ] {
            assert_eq!(american(w), w);
        }
    }
}
