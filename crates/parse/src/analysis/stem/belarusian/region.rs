//! Vowels and the stripping region (RV) of a Belarusian word.
//!
//! As in the Snowball stemmers for Slavic languages, an ending may only be
//! removed from the part of the word after its first vowel (RV): the first
//! syllable's vowel always stays, so `стала` loses `а` but never `ала`, and
//! one-syllable words (`стол`, `дом`, `дым`) keep their whole body.
//!
//! Invariant: [`rv_start`] is a char boundary of the word (or its length).

/// Whether `c` is a Belarusian (or stray Russian/Ukrainian) vowel letter.
/// `ў` is a consonant here; `й` is not a vowel.
pub(super) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'і' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'и' | 'є' | 'ї'
    )
}

/// Whether `c` marks the consonant before it as soft (so that a `ц` before
/// it comes from `т`).
pub(super) fn is_softening(c: char) -> bool {
    matches!(c, 'е' | 'ё' | 'і' | 'ю' | 'я' | 'ь' | 'и' | 'є' | 'ї')
}

/// Byte offset where RV begins: just after the first vowel, or the word's
/// length if it has none. A word-initial `ў` counts as the vowel `у` it
/// stands for (`ўвага` = `увага`), so both spellings get the same region.
pub(super) fn rv_start(word: &str) -> usize {
    word.char_indices()
        .find(|&(at, c)| is_vowel(c) || (at == 0 && c == 'ў'))
        .map_or(word.len(), |(at, c)| at + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_starts_after_the_first_vowel() {
        assert_eq!(rv_start("стала"), "ста".len());
        assert_eq!(rv_start("ўрад"), "ў".len());
        assert_eq!(rv_start("урад"), "у".len());
        assert_eq!(rv_start("дзв"), "дзв".len());
        assert_eq!(rv_start(""), 0);
    }

    #[test]
    fn u_short_is_a_consonant() {
        assert!(!is_vowel('ў'));
        assert!(is_vowel('і'));
        assert!(is_softening('ь'));
        assert!(!is_softening('ы'));
    }
}
