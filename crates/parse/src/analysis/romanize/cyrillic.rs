//! Cyrillic letters of Belarusian, Russian and Ukrainian → sound classes.
//!
//! The classes fold what differs between the three orthographies and the
//! Latin systems: `г ґ х` are one class (`g`: Belarusian and Ukrainian `г`
//! is `h`, Latin `h` is `г` or `х` depending on the system), `ц` is `t`
//! (Belarusian `ц` is Russian `т` before soft vowels: `Цімафей` /
//! `Тимофей`), `щ` is `ш` (the key drops the `ч` of `шч`), `ў` is `v`.
//!
//! Invariant: [`sym`] returns `None` only for letters outside be/ru/uk.

use super::symbol::Sym;

/// The class of one lower-case Cyrillic character, or `None` when it is a
/// letter of no be/ru/uk alphabet (the key is then refused).
pub(super) fn sym(c: char) -> Option<Sym> {
    let cons = |b: u8| Some(Sym::Cons(b));
    match c {
        'а' | 'о' | 'е' | 'э' | 'я' | 'ё' | 'є' => Some(Sym::Open),
        'і' | 'ы' | 'и' | 'ї' | 'й' | 'ю' => Some(Sym::Close),
        'у' => Some(Sym::U),
        'б' => cons(b'b'),
        'в' | 'ў' => cons(b'v'),
        'г' | 'ґ' | 'х' => cons(b'g'),
        'д' => cons(b'd'),
        'ж' => cons(b'j'),
        'з' => cons(b'z'),
        'к' => cons(b'k'),
        'л' => cons(b'l'),
        'м' => cons(b'm'),
        'н' => cons(b'n'),
        'п' => cons(b'p'),
        'р' => cons(b'r'),
        'с' => cons(b's'),
        'т' | 'ц' => cons(b't'),
        'ф' => cons(b'f'),
        'ч' => cons(b'q'),
        'ш' | 'щ' => cons(b'x'),
        'ь' | 'ъ' => Some(Sym::Skip),
        _ => None,
    }
}

/// Whether `c` is in the Cyrillic blocks this module reads.
pub(super) fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belarusian_and_ukrainian_letters_have_classes() {
        for c in "абвгдеёжзійклмнопрстуўфхцчшыьэюяґїєщъи".chars()
        {
            assert!(sym(c).is_some(), "no class for {c}");
        }
        assert_eq!(sym('ў'), sym('в'));
        assert_eq!(sym('ц'), sym('т'));
        assert_eq!(sym('щ'), sym('ш'));
        assert_eq!(sym('ђ'), None);
    }
}
