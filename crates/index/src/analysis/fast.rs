//! The normaliser pipeline's answer for plain words, without the pipeline.
//!
//! Nearly every word of an archive is plain ASCII or plain Cyrillic letters
//! and digits, for which `vopis_parse`'s full pipeline (control characters,
//! apostrophes, compatibility decomposition, lower case, stress marks, ё)
//! comes down to lower-casing and, for Russian, Ukrainian and undetermined
//! text, ё→е. Indexing runs
//! it on every word of every field, so those words take this path: one scan,
//! no Unicode tables, no copy when nothing changes. Anything else (another
//! script, an apostrophe, a combining mark, a letter with a grave accent)
//! returns `None` and goes through the full pipeline.
//!
//! Invariant (tested over every character it accepts and sample words):
//! `plain(w, l) == Some(x)` implies `normalizer::normalize(w, l) == x`.

use std::borrow::Cow;

use vopis_parse::Language;

/// What a character needs on the fast path.
enum Class {
    /// Kept as it is.
    Keep,
    /// Lower-cased by adding this to its code point.
    Lower(u32),
    /// ё or Ё: folded to е where the language folds it, else lower-cased.
    Yo,
    /// Not for the fast path.
    Other,
}

/// The fast-path class of `c`.
fn class(c: char) -> Class {
    match c {
        'a'..='z' | '0'..='9' => Class::Keep,
        'A'..='Z' => Class::Lower(0x20),
        'ё' | 'Ё' => Class::Yo,
        // Letters with a grave accent (Ѐ Ѝ ѐ ѝ) lose it in the pipeline.
        '\u{0400}' | '\u{040D}' | '\u{0450}' | '\u{045D}' => Class::Other,
        '\u{0401}'..='\u{040F}' => Class::Lower(0x50),
        '\u{0410}'..='\u{042F}' => Class::Lower(0x20),
        '\u{0430}'..='\u{045F}' => Class::Keep,
        'Ґ' => Class::Lower(1),
        'ґ' => Class::Keep,
        _ => Class::Other,
    }
}

/// The normalised form of a plain word, or `None` if it is not plain.
pub(crate) fn plain(word: &str, lang: Language) -> Option<Cow<'_, str>> {
    let fold_yo = matches!(lang, Language::Ru | Language::Uk | Language::Und);
    let mut changes = false;
    for c in word.chars() {
        match class(c) {
            Class::Keep => {}
            Class::Lower(_) => changes = true,
            Class::Yo => changes |= fold_yo || c == 'Ё',
            Class::Other => return None,
        }
    }
    if !changes {
        return Some(Cow::Borrowed(word));
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        out.push(match class(c) {
            Class::Lower(d) => char::from_u32(c as u32 + d).unwrap_or(c),
            Class::Yo if fold_yo => 'е',
            Class::Yo => 'ё',
            _ => c,
        });
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use vopis_parse::analysis::normalizer::normalize;

    const LANGS: [Language; 5] = [
        Language::Be,
        Language::Ru,
        Language::Uk,
        Language::En,
        Language::Und,
    ];

    #[test]
    fn agrees_with_the_pipeline_on_every_accepted_character() {
        for c in '\0'..='\u{07FF}' {
            let word = format!("а{c}b");
            for lang in LANGS {
                if let Some(fast) = plain(&word, lang) {
                    assert_eq!(fast, normalize(&word, lang), "{c:?} {lang:?}");
                }
            }
        }
    }

    #[test]
    fn agrees_with_the_pipeline_on_words() {
        for word in [
            "Сотрудничество",
            "ЁЛКА",
            "ёлка",
            "Ўрад",
            "ІНСТЫТУТ",
            "Ґанок",
            "Їжак",
            "Programme",
            "COVID19",
            "Мінск",
            "ЗАЎВАГА",
            "Ѓ",
            "ЀѐЍѝ",
        ] {
            for lang in LANGS {
                if let Some(fast) = plain(word, lang) {
                    assert_eq!(fast, normalize(word, lang), "{word} {lang:?}");
                }
            }
        }
    }

    #[test]
    fn other_words_take_the_pipeline() {
        assert!(plain("з’яўленне", Language::Be).is_none());
        assert!(plain("ﬁnal", Language::En).is_none());
        assert!(plain("зна\u{301}чит", Language::Ru).is_none());
    }

    #[test]
    fn unchanged_words_are_borrowed() {
        assert!(matches!(
            plain("сотрудничество", Language::Ru),
            Some(Cow::Borrowed(_))
        ));
        assert!(matches!(
            plain("ёлка", Language::Be),
            Some(Cow::Borrowed(_))
        ));
    }
}
