//! Letter tests and lower-casing with fast paths for our archive's scripts.
//!
//! `char::is_alphabetic` and `char::to_lowercase` search Unicode tables for
//! every character outside ASCII, and the metadata readers ask them of every
//! letter of every document. ASCII and the basic Cyrillic block (where
//! Belarusian, Russian and Ukrainian letters live) are answered from their
//! ranges here; anything else falls back to the standard library.
//!
//! Invariant (tested over the whole range they answer): same results as
//! `char::is_alphabetic` and the first char of `char::to_lowercase` for
//! characters whose lower case is one character.

/// Whether `c` is alphabetic, as `char::is_alphabetic`.
///
/// ```
/// use vopis_parse::analysis::letters::is_letter;
/// assert!(is_letter('ў') && is_letter('Q') && is_letter('é'));
/// assert!(!is_letter('7') && !is_letter('’') && !is_letter('№'));
/// ```
#[inline]
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Appends the lower case of `c` to `out`, as `char::to_lowercase`.
///
/// ```
/// use vopis_parse::analysis::letters::push_lower;
/// let mut s = String::new();
/// for c in "ЎЁЖ Qé".chars() {
///     push_lower(&mut s, c);
/// }
/// assert_eq!(s, "ўёж qé");
/// ```
#[inline]
pub fn push_lower(out: &mut String, c: char) {
    let lower = match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\0'..='\x7f' | '\u{0430}'..='\u{045F}' => c,
        '\u{0410}'..='\u{042F}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{0400}'..='\u{040F}' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(lower);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_standard_library() {
        for c in ('\0'..='\u{3000}').chain(['𝔸', '😀']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            let mut ours = String::new();
            push_lower(&mut ours, c);
            assert_eq!(ours, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }
}
