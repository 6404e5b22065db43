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

use crate::analysis::letters::is_letter;

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
    let nfc = if chars.chars().all(surely_nfc) {
        chars
    } else {
        match unicode_normalization::is_nfc_quick(chars.chars()) {
            unicode_normalization::IsNormalized::Yes => chars,
            _ => chars.nfc().collect(),
        }
    };
    let fixed = fix_words(&nfc);
    layout_whitespace(&fixed)
}

/// Whether `c` is NFC whatever surrounds it (its NFC quick-check property is
/// Yes), answered from ranges: below U+0300 (ASCII, Latin-1, Latin
/// Extended-A/B), Cyrillic but its combining marks, dashes, quotes and
/// the ellipsis. Most texts in our archive are all such characters, so
/// the table lookup of the quick check is skipped for them.
fn surely_nfc(c: char) -> bool {
    matches!(c,
        '\0'..='\u{02FF}'
        | '\u{0400}'..='\u{0482}'
        | '\u{048A}'..='\u{04FF}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2116}')
}

/// The apostrophe-like characters unified between letters.
const APOSTROPHES: [char; 6] = ['\'', '\u{2bc}', '\u{2018}', '\u{2019}', '\u{60}', '\u{b4}'];

/// Apostrophes between letters first, then Latin `i` in Cyrillic words (on
/// the unified apostrophes, so that a second run finds the same words).
fn fix_words(text: &str) -> String {
    let unified = if text.contains(APOSTROPHES) {
        unify_apostrophes(text)
    } else {
        text.to_owned()
    };
    if !unified.contains(['i', 'I']) {
        return unified;
    }
    let mut out = String::with_capacity(unified.len());
    let mut run_start = 0;
    let mut in_word = false;
    for (at, c) in unified
        .char_indices()
        .chain(std::iter::once((unified.len(), ' ')))
    {
        let word_char = at < unified.len() && is_word_char(c);
        if word_char != in_word {
            let run = &unified[run_start..at];
            if in_word && is_cyrillic_word_with_latin_i(run) {
                out.extend(run.chars().map(|c| match c {
                    'i' => 'і',
                    'I' => 'І',
                    c => c,
                }));
            } else {
                out.push_str(run);
            }
            run_start = at;
            in_word = word_char;
        }
    }
    out.push_str(&unified[run_start..]);
    out
}

/// `'`, `ʼ`, `‘`, `’`, `` ` `` and `´` between two letters become `’`.
fn unify_apostrophes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let between_letters =
            prev.is_some_and(is_letter) && chars.peek().is_some_and(|&n| is_letter(n));
        if between_letters && APOSTROPHES.contains(&c) {
            out.push('\u{2019}');
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// A word with Latin `i`/`I`, Cyrillic letters, and no other Latin letters.
fn is_cyrillic_word_with_latin_i(word: &str) -> bool {
    let mut cyrillic = false;
    let mut latin_i = false;
    for c in word.chars() {
        if is_cyrillic(c) {
            cyrillic = true;
        } else if c == 'i' || c == 'I' {
            latin_i = true;
        } else if c.is_ascii_alphabetic() {
            return false;
        }
    }
    cyrillic && latin_i
}

fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric() || c == '\'',
        _ => is_letter(c) || c.is_numeric() || matches!(c, '\u{2bc}' | '\u{2018}' | '\u{2019}'),
    }
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04ff}' | '\u{0500}'..='\u{052f}')
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
    fn surely_nfc_characters_are_nfc() {
        for c in ('\0'..='\u{FFFF}').filter(|&c| surely_nfc(c)) {
            assert_eq!(
                unicode_normalization::is_nfc_quick(std::iter::once(c)),
                unicode_normalization::IsNormalized::Yes,
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

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
