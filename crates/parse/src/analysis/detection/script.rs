//! Scripts: which alphabet a character belongs to, and letters folded to
//! lower case cheaply.
//!
//! Detection looks at the script first: a snippet with no Cyrillic cannot be
//! Belarusian, Russian or Ukrainian, and one with no Latin cannot be English.
//! Classifying by code point range is much cheaper than a language model.
//!
//! Invariant: [`fold`] maps every Cyrillic capital of be/ru/uk to its small
//! letter and never changes a letter's identity (і stays і, ў stays ў).

use crate::analysis::letters::is_letter;

/// The script of one character, as far as detection cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// A Cyrillic letter.
    Cyrillic,
    /// A Latin letter (ASCII or with diacritics).
    Latin,
    /// A Han ideograph.
    Han,
    /// Any other letter.
    OtherLetter,
    /// An apostrophe (', ’, ʼ, ‘, `), which may sit inside a word.
    Apostrophe,
    /// Not a letter: digit, space, punctuation.
    None,
}

/// The script of `c`.
pub(crate) fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\'' | '’' | 'ʼ' | '‘' | '`' => Script::Apostrophe,
        '\u{0400}'..='\u{04FF}' if is_letter(c) => Script::Cyrillic,
        '\u{00C0}'..='\u{024F}' if c.is_alphabetic() => Script::Latin,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => Script::Han,
        _ if c.is_alphabetic() => Script::OtherLetter,
        _ => Script::None,
    }
}

/// `c` in lower case, for Cyrillic and ASCII without table lookups.
pub(crate) fn fold(c: char) -> char {
    match c {
        'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        'Ґ' => 'ґ',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if c.is_ascii() => c,
        'а'..='џ' => c,
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Letters of each script in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ScriptCounts {
    /// Cyrillic letters.
    pub cyrillic: usize,
    /// Latin letters.
    pub latin: usize,
    /// Han ideographs.
    pub han: usize,
    /// Other letters.
    pub other: usize,
}

impl ScriptCounts {
    /// All letters.
    pub(crate) fn letters(&self) -> usize {
        self.cyrillic + self.latin + self.han + self.other
    }

    /// Counts one character.
    pub(crate) fn add(&mut self, script: Script) {
        match script {
            Script::Cyrillic => self.cyrillic += 1,
            Script::Latin => self.latin += 1,
            Script::Han => self.han += 1,
            Script::OtherLetter => self.other += 1,
            Script::Apostrophe | Script::None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_letters_that_tell_languages_apart() {
        assert_eq!(fold('Ў'), 'ў');
        assert_eq!(fold('І'), 'і');
        assert_eq!(fold('Ї'), 'ї');
        assert_eq!(fold('Є'), 'є');
        assert_eq!(fold('Ґ'), 'ґ');
        assert_eq!(fold('Ё'), 'ё');
        assert_eq!(fold('Я'), 'я');
        assert_eq!(fold('Щ'), 'щ');
        assert_eq!(fold('Q'), 'q');
        assert_eq!(fold('ў'), 'ў');
    }

    #[test]
    fn scripts_by_range() {
        assert_eq!(script('ў'), Script::Cyrillic);
        assert_eq!(script('ё'), Script::Cyrillic);
        assert_eq!(script('é'), Script::Latin);
        assert_eq!(script('’'), Script::Apostrophe);
        assert_eq!(script('中'), Script::Han);
        assert_eq!(script('7'), Script::None);
        assert_eq!(script('№'), Script::None);
    }
}
