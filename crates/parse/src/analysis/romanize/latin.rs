//! Latin spellings of Belarusian, Russian and Ukrainian → sound classes.
//!
//! Reads the systems an archive meets, longest spelling first:
//! - ICAO Doc 9303 and BGN/PCGN: `shch zh kh ch sh ts y`;
//! - Belarusian national (2007/2023) and Łacinka: `š ž č ŭ ć ś ź ń ĺ ł`,
//!   `ch` = `х`, `c` = `ц`, `j` = `й`;
//! - ISO 9 / scientific: `š ž č ŝ ŭ ě`, `h` = `х`;
//! - German: `sch tsch tz w j`, `ch` = `х`;
//! - Polish: `sz cz szcz rz ł w`, `ch` = `х`.
//!
//! `ch` is the one real clash: `ч` in English-based systems
//! (`Chaykovskiy`), `х` in Belarusian, German, Polish and Czech ones
//! (`Chruščoŭ`, `Chruschtschow`). It reads as `х` when the word shows one
//! of those systems (a letter with a caron or acute, `ł`, `ŭ`, `w`, or `sz`,
//! `cz`, `sch`), else as `ч`; see [`ch_is_kh`]. (`shch`, `tch`, `tsch` are
//! read before `ch`, so `Shcharbakow` keeps its `щ`.) An unmarked Łacinka `ch`
//! (`Chojniki`) is therefore read as `ч`: a known gap.
//!
//! Other choices: `c` is always `ц` (→ `t`, see `key.rs`), also in `ck`
//! (`Słuck` = `Слуцк`; English `Jack` loses);
//! `h` alone is the `г`/`х` class; `x` is `ks`; `q` is `k`; `j` is `й` (so
//! English `John` does not meet `Джон`); German `z` (= `ц`) and `v` (= `ф`)
//! are read as everyone else reads them.

use unicode_normalization::char::decompose_canonical;

use super::symbol::Sym;

/// Whether `ch` spells `х` in this word (see the module docs).
pub(super) fn ch_is_kh(chars: &[char]) -> bool {
    chars.iter().any(|c| {
        matches!(
            c,
            'š' | 'ž' | 'č' | 'ć' | 'ś' | 'ź' | 'ŭ' | 'ł' | 'ń' | 'ĺ' | 'ř' | 'ŝ' | 'ż'
        )
    }) || chars.contains(&'w')
        || chars
            .windows(2)
            .any(|w| matches!(w, ['s', 'z'] | ['c', 'z']))
        || chars.windows(3).any(|w| w == ['s', 'c', 'h'])
}

/// Whether `c` is a Latin letter (ASCII or with diacritics) or one of the
/// Latin letters this module reads.
pub(super) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The ASCII base letter of an accented Latin letter (`é` → `e`), or `c`.
fn base(c: char) -> char {
    let mut first = None;
    decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    first.unwrap_or(c)
}

/// What one spelling reads as: one or two symbols and the characters used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Read {
    /// The first symbol.
    pub sym: Sym,
    /// A second symbol (`x` → `k` `s`), if any.
    pub then: Option<Sym>,
    /// How many characters the spelling took (at least 1).
    pub len: usize,
}

/// Reads the spelling at `chars[at..]` (lower case). `None` when the letter
/// there is not one a Slavic transliteration uses.
pub(super) fn read(chars: &[char], at: usize, kh: bool) -> Option<Read> {
    let rest = chars.get(at..).unwrap_or_default();
    let one = |sym: Sym, len: usize| {
        Some(Read {
            sym,
            then: None,
            len,
        })
    };
    let cons = |b: u8, len: usize| one(Sym::Cons(b), len);
    let starts = |s: &str| {
        let mut n = 0;
        for (i, want) in s.chars().enumerate() {
            if rest.get(i) != Some(&want) {
                return false;
            }
            n += 1;
        }
        n > 0
    };
    let c = *rest.first()?;
    if !matches!(c, 's' | 't' | 'z' | 'k' | 'c' | 'p' | 'g') {
        return single(c);
    }
    if starts("shch") || starts("szcz") {
        return cons(b'x', 4);
    }
    if starts("tsch") {
        return cons(b'q', 4);
    }
    if starts("sch") {
        return cons(b'x', 3);
    }
    if starts("tch") {
        return cons(b'q', 3);
    }
    for (spelling, class) in [
        ("zh", b'j'),
        ("kh", b'g'),
        ("sh", b'x'),
        ("sz", b'x'),
        ("cz", b'q'),
        ("ph", b'f'),
        ("th", b't'),
        ("gh", b'g'),
        ("tz", b't'),
    ] {
        if starts(spelling) {
            return cons(class, 2);
        }
    }
    if starts("ch") {
        return cons(if kh { b'g' } else { b'q' }, 2);
    }
    single(c)
}

/// Reads one letter that starts no multi-letter spelling.
fn single(c: char) -> Option<Read> {
    let one = |sym: Sym, len: usize| {
        Some(Read {
            sym,
            then: None,
            len,
        })
    };
    let cons = |b: u8, len: usize| one(Sym::Cons(b), len);
    let c = match c {
        c if c.is_ascii() => c,
        'š' | 'ŝ' => return cons(b'x', 1),
        'ž' | 'ż' => return cons(b'j', 1),
        'č' => return cons(b'q', 1),
        'ć' => return cons(b't', 1),
        'ŭ' => return cons(b'v', 1),
        'ł' => return cons(b'l', 1),
        'ß' => {
            return Some(Read {
                sym: Sym::Cons(b's'),
                then: Some(Sym::Cons(b's')),
                len: 1,
            });
        }
        'đ' => return cons(b'd', 1),
        'ı' => return one(Sym::Close, 1),
        'ø' | 'æ' | 'œ' => return one(Sym::Open, 1),
        other => base(other),
    };
    match c {
        'a' | 'e' | 'o' => one(Sym::Open, 1),
        'i' | 'y' | 'j' => one(Sym::Close, 1),
        'u' => one(Sym::U, 1),
        'b' => cons(b'b', 1),
        'c' | 't' => cons(b't', 1),
        'd' => cons(b'd', 1),
        'f' => cons(b'f', 1),
        'g' | 'h' => cons(b'g', 1),
        'k' | 'q' => cons(b'k', 1),
        'l' => cons(b'l', 1),
        'm' => cons(b'm', 1),
        'n' => cons(b'n', 1),
        'p' => cons(b'p', 1),
        'r' => cons(b'r', 1),
        's' => cons(b's', 1),
        'v' | 'w' => cons(b'v', 1),
        'x' => Some(Read {
            sym: Sym::Cons(b'k'),
            then: Some(Sym::Cons(b's')),
            len: 1,
        }),
        'z' => cons(b'z', 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(s: &str) -> Option<Read> {
        let chars: Vec<char> = s.chars().collect();
        read(&chars, 0, ch_is_kh(&chars))
    }

    #[test]
    fn longest_spelling_first() {
        assert_eq!(
            first("shch").map(|r| (r.sym, r.len)),
            Some((Sym::Cons(b'x'), 4))
        );
        assert_eq!(
            first("tschai").map(|r| (r.sym, r.len)),
            Some((Sym::Cons(b'q'), 4))
        );
        assert_eq!(
            first("sche").map(|r| (r.sym, r.len)),
            Some((Sym::Cons(b'x'), 3))
        );
        assert_eq!(
            first("zhu").map(|r| (r.sym, r.len)),
            Some((Sym::Cons(b'j'), 2))
        );
    }

    #[test]
    fn ch_depends_on_the_system() {
        assert_eq!(first("chaykovskiy").map(|r| r.sym), Some(Sym::Cons(b'q')));
        assert_eq!(first("chruščoŭ").map(|r| r.sym), Some(Sym::Cons(b'g')));
        assert_eq!(first("chruschtschow").map(|r| r.sym), Some(Sym::Cons(b'g')));
    }

    #[test]
    fn accented_letters_read_as_their_base() {
        assert_eq!(first("é").map(|r| r.sym), Some(Sym::Open));
        assert_eq!(first("ř").map(|r| r.sym), Some(Sym::Cons(b'r')));
        assert_eq!(first("ŭ").map(|r| r.sym), Some(Sym::Cons(b'v')));
        assert_eq!(first("þ"), None);
    }
}
