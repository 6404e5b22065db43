//! Copy-on-change rewriting of a token, character by character.
//!
//! Every normaliser folds some characters and leaves the rest alone. This
//! helper finds the first character to fold; if there is none the token is
//! returned as it came (still borrowed when it was borrowed), otherwise one
//! `String` is built: the untouched prefix copied once, the rest rewritten.
//!
//! Invariant: the result equals the input whenever `touches` is false for
//! every character, and no allocation happens in that case.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Rewrites `token`, passing every character for which `touches` is true to
/// `emit` (which pushes its replacement, possibly nothing) and copying the
/// others unchanged.
pub(super) fn rewrite<'a>(
    token: Cow<'a, str>,
    touches: impl Fn(char) -> bool,
    mut emit: impl FnMut(char, &mut String),
) -> Cow<'a, str> {
    let Some(first) = token
        .char_indices()
        .find(|&(_, c)| touches(c))
        .map(|(at, _)| at)
    else {
        return token;
    };
    let mut out = String::with_capacity(token.len() + 4);
    out.push_str(token.get(..first).unwrap_or_default());
    for c in token.get(first..).unwrap_or_default().chars() {
        if touches(c) {
            emit(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Recomposes (NFC) a rewritten token when the rewrite let a letter and a
/// following combining mark compose (`ё` + breve folded to `е` + breve).
/// Borrowed tokens were not rewritten and are returned as they are.
pub(super) fn recompose(token: Cow<'_, str>) -> Cow<'_, str> {
    match token {
        Cow::Owned(s) if is_nfc_quick(s.chars()) != IsNormalized::Yes => {
            Cow::Owned(s.nfc().collect())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untouched_token_stays_borrowed() {
        let out = rewrite(Cow::Borrowed("сьлёзы"), |c| c == 'x', |_, _| {});
        assert!(matches!(out, Cow::Borrowed("сьлёзы")));
    }

    #[test]
    fn touched_characters_are_rewritten_after_the_copied_prefix() {
        let out = rewrite(Cow::Borrowed("з'езд"), |c| c == '\'', |_, o| o.push('’'));
        assert_eq!(out, "з’езд");
        let dropped = rewrite(Cow::Borrowed("a-b-c"), |c| c == '-', |_, _| {});
        assert_eq!(dropped, "abc");
    }

    #[test]
    fn recomposes_only_owned_tokens() {
        assert_eq!(recompose(Cow::Owned("е\u{306}".to_owned())), "ӗ");
        assert!(matches!(
            recompose(Cow::Borrowed("е\u{306}")),
            Cow::Borrowed(_)
        ));
    }
}
