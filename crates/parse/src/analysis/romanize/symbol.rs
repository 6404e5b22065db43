//! The sound classes a letter falls into, shared by the Cyrillic and Latin
//! readers.
//!
//! Vowels are kept apart only as far as the key needs: an *open* vowel
//! (`а о е э я ё`, `a e o`) turns a following `u` into the consonant `v`
//! (`Shcharbakou` = `Шчарбакоў`, `Naumenko` = `Науменко`); a *close* vowel or
//! glide (`і ы и й ю`, `i y j`) does not (`Yuri`, `Iurii`).
//!
//! Consonant classes are one ASCII letter each (see [`Sym::Cons`]).

/// One letter (or multi-letter spelling) as the key sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Sym {
    /// An open vowel: `а о е э я ё є`, `a e o` and their accented forms.
    Open,
    /// A close vowel or glide: `і ы и ї й ю`, `i y j`.
    Close,
    /// `у` / `u`: a vowel, or `v` after an open vowel.
    U,
    /// A consonant class, one ASCII letter: `b v g d z j`(ж) `k l m n p r s
    /// t f q`(ч) `x`(ш, щ).
    Cons(u8),
    /// An ASCII digit, kept in the key.
    Digit(u8),
    /// A letter with no sound of its own (`ь ъ`), an apostrophe, a hyphen,
    /// a combining mark or other punctuation.
    Skip,
}

impl Sym {
    /// Whether this symbol is a letter (vowel or consonant).
    pub(super) fn is_letter(self) -> bool {
        matches!(self, Sym::Open | Sym::Close | Sym::U | Sym::Cons(_))
    }

    /// Whether this symbol is a vowel.
    pub(super) fn is_vowel(self) -> bool {
        matches!(self, Sym::Open | Sym::Close | Sym::U)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_vowels() {
        assert!(Sym::U.is_vowel());
        assert!(Sym::Cons(b'k').is_letter());
        assert!(!Sym::Digit(b'1').is_letter());
        assert!(!Sym::Skip.is_letter());
    }
}
