//! What a character is to the plausibility model: a letter of which
//! script, and what a letter or a symbol scores on its own.
//!
//! Our archive's letters (Russian, Belarusian, Ukrainian Cyrillic; Latin
//! with the accents of Western languages) score; letters of other languages
//! that the same bytes make in a wrong code page (Serbian `ђ`, Icelandic
//! `ð`), controls, U+FFFD and rare symbols cost. Common punctuation is free,
//! except glued inside a word, where a wrong code page puts it.
//!
//! Invariant: every function is total and allocation-free.

/// A letter for the model: alphabetic, less the ordinal and micro signs.
pub(super) fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !matches!(c, 'ª' | 'º' | 'µ')
}

/// A letter of the Cyrillic block.
pub(super) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04ff}')
}

/// A non-ASCII Latin letter (Latin-1 Supplement, Extended-A and -B).
pub(super) fn is_latin(c: char) -> bool {
    matches!(c, '\u{00c0}'..='\u{024f}')
}

/// A box-drawing or block character (DOS tables, KOI8 pseudographics).
pub(super) fn is_box(c: char) -> bool {
    matches!(c, '\u{2500}'..='\u{259f}')
}

/// An apostrophe, which Belarusian and Ukrainian write inside words.
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2bc}')
}

/// A non-ASCII letter's own score.
pub(super) fn letter_value(c: char) -> i64 {
    match c {
        'А'..='я' | 'Ё' | 'ё' | 'І' | 'і' | 'Ў' | 'ў' | 'Є' | 'є' | 'Ї' | 'ї' | 'Ґ' | 'ґ' => {
            1
        }
        // Serbian and Macedonian letters, old Cyrillic: not our archive's.
        c if is_cyrillic(c) => -4,
        'ð' | 'Ð' | 'þ' | 'Þ' | 'ƒ' => -3,
        c if is_latin(c) => 1,
        _ => -2,
    }
}

/// A non-ASCII character that is not a letter.
pub(super) fn symbol_value(c: char, prev: char, next: char) -> i64 {
    let inside_word = is_letter(prev) && is_letter(next);
    match c {
        '\u{fffd}' => -10,
        c if c.is_control() => -10,
        c if is_box(c) => {
            if is_letter(prev) || is_letter(next) {
                -5
            } else {
                0
            }
        }
        '\u{a0}' | '«' | '»' | '„' | '“' | '”' | '‘' | '’' | '–' | '—' | '…' | '№' | '€' | '°'
        | '§' | '©' | '®' | '™' | '•' | '±' => {
            if inside_word {
                -4
            } else {
                0
            }
        }
        _ => -3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_symbols() {
        assert!(is_letter('ў') && is_letter('é') && !is_letter('º'));
        assert_eq!(letter_value('ё'), 1);
        assert!(letter_value('ђ') < 0 && letter_value('ð') < 0);
        assert_eq!(symbol_value('«', ' ', 'а'), 0);
        assert!(symbol_value('«', 'б', 'а') < 0);
        assert!(symbol_value('\u{fffd}', ' ', ' ') < symbol_value('¤', ' ', ' '));
        assert_eq!(symbol_value('═', '═', ' '), 0);
        assert!(symbol_value('═', 'а', ' ') < 0);
    }
}
