//! Text hygiene shared by every format.
//!
//! Readers hand over text as the format gave it; this module makes it
//! uniform so that language detection, metadata and search see one kind of
//! text, whatever the source:
//! - line breaks unified to `\n`, paragraphs separated by exactly one blank line;
//! - Unicode NFC; soft hyphens, zero-width characters, BOMs and other
//!   control characters removed; exotic spaces made plain spaces;
//! - typographic ligatures (`ﬁ`, `ﬂ`, ...) expanded;
//! - the Belarusian apostrophe kept as a letter: `'`, `ʼ`, `‘`, `’` between
//!   two letters become `’` (U+2019);
//! - a Latin `i`/`I` inside an otherwise Cyrillic word becomes `і`/`І` (TeX's
//!   T2A fonts and some OCR write Belarusian `і` as Latin).
//!
//! Invariant: `clean_text(clean_text(s)) == clean_text(s)`.

use unicode_normalization::UnicodeNormalization;

/// Cleans extracted text (see the module documentation for what it does).
///
/// ```
/// use vopis_parse::clean_text;
/// assert_eq!(clean_text("Аб\u{00ad}'ём  ﬁnal\r\n\r\n\r\nз'езд"), "Аб’ём final\n\nз’езд");
/// ```
pub fn clean_text(raw: &str) -> String {
    let mut chars = String::with_capacity(raw.len());
    let mut prev_cr = false;
    for c in raw.chars() {
        match c {
            '\r' => chars.push('\n'),
            '\n' if prev_cr => {}
            '\u{0c}' => chars.push_str("\n\n"),
            '\u{2028}' => chars.push('\n'),
            '\u{2029}' => chars.push_str("\n\n"),
            '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            '\u{00a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
                chars.push(' ')
            }
            '\u{fb00}' => chars.push_str("ff"),
            '\u{fb01}' => chars.push_str("fi"),
            '\u{fb02}' => chars.push_str("fl"),
            '\u{fb03}' => chars.push_str("ffi"),
            '\u{fb04}' => chars.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => chars.push_str("st"),
            '\u{fffd}' => chars.push('\u{fffd}'),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => chars.push(c),
        }
        prev_cr = c == '\r';
    }
    let nfc: String = chars.nfc().collect();
    let fixed = fix_words(&nfc);
    layout_whitespace(&fixed)
}

/// Apostrophes between letters first, then Latin `i` in Cyrillic words (on
/// the unified apostrophes, so that a second run finds the same words).
fn fix_words(text: &str) -> String {
    let chars: Vec<char> = unify_apostrophes(text).chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut word_start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if !is_word_char(c) {
            word_start = i + 1;
        }
        match c {
            'i' | 'I' if cyrillic_word_around(&chars, word_start, i) => {
                out.push(if c == 'i' { 'і' } else { 'І' })
            }
            c => out.push(c),
        }
    }
    out
}

/// `'`, `ʼ`, `‘`, `’`, `` ` `` and `´` between two letters become `’`.
fn unify_apostrophes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        let between_letters =
            prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
        match c {
            '\'' | '\u{2bc}' | '\u{2018}' | '\u{2019}' | '\u{60}' | '\u{b4}' if between_letters => {
                out.push('\u{2019}')
            }
            c => out.push(c),
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '\u{2bc}' | '\u{2018}' | '\u{2019}')
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04ff}' | '\u{0500}'..='\u{052f}')
}

/// Whether the word around position `at` has Cyrillic letters and no Latin
/// letters other than `i`/`I`.
fn cyrillic_word_around(chars: &[char], start: usize, at: usize) -> bool {
    let end = chars[at..]
        .iter()
        .position(|&c| !is_word_char(c))
        .map_or(chars.len(), |p| at + p);
    let word = &chars[start..end];
    let mut cyrillic = false;
    for &c in word {
        if is_cyrillic(c) {
            cyrillic = true;
        } else if c.is_ascii_alphabetic() && c != 'i' && c != 'I' {
            return false;
        }
    }
    cyrillic
}

/// Trims lines, collapses runs of spaces, keeps at most one blank line
/// between paragraphs, trims the whole text.
fn layout_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.split('\n') {
        // Leading tabs stay: they are a table row's empty first cells.
        let line = line.trim_end_matches([' ', '\t']).trim_start_matches(' ');
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        let mut prev_space = false;
        for c in line.chars() {
            if c == ' ' {
                if !prev_space {
                    out.push(' ');
                }
                prev_space = true;
            } else {
                out.push(c);
                prev_space = false;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        assert_eq!(clean_text("  a\r\nb\r\n\r\n\r\n\r\nc  \n"), "a\nb\n\nc");
        assert_eq!(clean_text("a\u{0c}b"), "a\n\nb");
    }

    #[test]
    fn a_row_starting_with_empty_cells_keeps_its_tabs() {
        assert_eq!(
            clean_text("Этап\tТэрмін\n\t\tда 15 кастрычніка\t\n\t\t"),
            "Этап\tТэрмін\n\t\tда 15 кастрычніка"
        );
    }

    #[test]
    fn belarusian_apostrophe_is_unified() {
        assert_eq!(
            clean_text("з'ява, сям\u{2bc}я, п‘еса"),
            "з’ява, сям’я, п’еса"
        );
        // Quotes around words stay quotes.
        assert_eq!(clean_text("'Звязда'"), "'Звязда'");
    }

    #[test]
    fn latin_i_in_cyrillic_words_becomes_cyrillic() {
        assert_eq!(
            clean_text("Мiнiстэрства iнфармацыi"),
            "Міністэрства інфармацыі"
        );
        assert_eq!(clean_text("IT i Мiнск"), "IT i Мінск");
    }

    #[test]
    fn regression_latin_i_before_a_backtick_apostrophe_is_stable() {
        // proptest found "I`Ѐ": the backtick became ’ and only a second run
        // saw the word "I’Ѐ" as Cyrillic. Both runs must agree.
        let once = clean_text("I`Ѐ ");
        assert_eq!(once, "І’Ѐ");
        assert_eq!(clean_text(&once), once);
    }

    #[test]
    fn nfc_and_invisible_characters() {
        // е + combining diaeresis -> ё; soft hyphen and zero-width space removed
        assert_eq!(
            clean_text("е\u{308}лка сотруд\u{ad}ниче\u{200b}ство"),
            "ёлка сотрудничество"
        );
        assert_eq!(clean_text("a\u{a0}\u{a0}b"), "a b");
        assert_eq!(clean_text("ﬁle ﬂow"), "file flow");
    }

    proptest! {
        #[test]
        fn cleaning_is_idempotent(s in "\\PC{0,200}") {
            let once = clean_text(&s);
            prop_assert_eq!(clean_text(&once), once.clone());
        }

        #[test]
        fn cleaning_is_idempotent_on_mixed_scripts(s in "[a-zA-Zа-яіўё'’ʼ \n\r\t\u{ad}\u{a0}-]{0,80}") {
            let once = clean_text(&s);
            prop_assert_eq!(clean_text(&once), once.clone());
        }
    }
}
