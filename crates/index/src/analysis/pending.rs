//! Interim word normalisation, romanisation and Belarusian stemming until
//! `vopis_parse::analysis` provides them (same signatures).
//!
//! This file goes away when those land; nothing else imports it.

use std::borrow::Cow;

use vopis_parse::Language;

/// Normalisation: lower-case, apostrophes unified, ё→е except in Belarusian.
pub mod normalizer {
    use super::*;

    /// Normalises one word for `lang`.
    pub fn normalize(word: &str, lang: Language) -> Cow<'_, str> {
        let fold_yo = lang != Language::Be;
        let needs = word.chars().any(|c| {
            c.is_uppercase() || matches!(c, '\'' | 'ʼ' | '`' | '‘' | '´') || (fold_yo && c == 'ё')
        });
        if !needs {
            return Cow::Borrowed(word);
        }
        let mut out = String::with_capacity(word.len());
        for c in word.chars().flat_map(char::to_lowercase) {
            out.push(match c {
                '\'' | 'ʼ' | '`' | '‘' | '´' => '’',
                'ё' if fold_yo => 'е',
                c => c,
            });
        }
        Cow::Owned(out)
    }
}

/// Belarusian stemming (interim: none).
pub mod stem {
    use super::*;

    /// Returns the word unchanged.
    pub fn belarusian(word: &str) -> Cow<'_, str> {
        Cow::Borrowed(word)
    }
}

/// Romanised keys (interim: none).
pub mod romanize {
    /// No key yet.
    pub fn key(_word: &str) -> Option<String> {
        None
    }
}
