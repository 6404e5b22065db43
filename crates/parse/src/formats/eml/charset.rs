//! The text of one MIME text part, decoded by what its bytes really are.
//!
//! mail-parser decodes text parts itself, but archive mail breaks the rules
//! in ways it cannot see: an 8-bit KOI8-R or windows-1251 body with no
//! charset at all (it comes out as lossy UTF-8), `charset=us-ascii` over
//! Cyrillic bytes (it comes out as Latin-1), unknown labels, and a declared
//! code page that is simply wrong. So each text part is decoded again from
//! its transfer-decoded bytes: by its declaration when the bytes agree with
//! it, else by [`crate::decode::decode`]'s guess, with a warning.
//!
//! Invariant: the result is what mail-parser gave whenever the raw bytes
//! cannot be recovered (bad offsets, broken base64).

use encoding_rs::Encoding;
use mail_parser::decoders::base64::base64_decode;
use mail_parser::decoders::quoted_printable::quoted_printable_decode;
use mail_parser::{MessagePart, MimeHeaders};

use crate::decode;

/// A text part's text, with the encoding used and what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PartText {
    /// The decoded text.
    pub text: String,
    /// The encoding used, when the bytes were decoded here.
    pub encoding: Option<&'static str>,
    /// What did not add up, if anything.
    pub warning: Option<String>,
}

/// The transfer-decoded bytes of a leaf part, from the raw message.
pub(crate) fn transfer_decoded(raw: &[u8], part: &MessagePart<'_>) -> Option<Vec<u8>> {
    let start = usize::try_from(part.offset_body).ok()?;
    let end = usize::try_from(part.offset_end).ok()?;
    let body = raw.get(start..end.max(start))?;
    match part.encoding {
        mail_parser::Encoding::Base64 => base64_decode(body),
        mail_parser::Encoding::QuotedPrintable => quoted_printable_decode(body),
        mail_parser::Encoding::None => Some(body.to_vec()),
    }
}

/// The declared charset of a part, lower-cased.
pub(crate) fn declared_charset(part: &MessagePart<'_>) -> Option<String> {
    part.content_type()
        .and_then(|ct| ct.attribute("charset"))
        .map(|c| c.trim().trim_matches(['"', '\'']).to_ascii_lowercase())
        .filter(|c| !c.is_empty())
}

/// Decodes a text part (see the module documentation); `fallback` is
/// mail-parser's own decoding.
pub(crate) fn part_text(bytes: Option<&[u8]>, declared: Option<&str>, fallback: &str) -> PartText {
    let Some(bytes) = bytes else {
        return PartText {
            text: fallback.to_owned(),
            encoding: None,
            warning: None,
        };
    };
    let ascii = bytes.is_ascii();
    let utf8 = std::str::from_utf8(bytes).is_ok();
    let guessed = |warning: Option<String>| {
        let d = decode::decode(bytes);
        PartText {
            text: d.text,
            encoding: Some(d.encoding),
            warning,
        }
    };
    let label = declared.unwrap_or("");
    let known = Encoding::for_label(label.as_bytes());
    let plain_ascii = matches!(label, "" | "us-ascii" | "ascii" | "ansi_x3.4-1968");
    if plain_ascii {
        if ascii {
            return as_declared(bytes, "utf-8");
        }
        let warning = (!label.is_empty()).then(|| {
            format!("a text part declared {label} has 8-bit bytes; its encoding was guessed")
        });
        return guessed(warning);
    }
    let Some(encoding) = known else {
        return guessed(Some(format!(
            "a text part declares an unknown character set \"{label}\"; its encoding was guessed"
        )));
    };
    if encoding == encoding_rs::UTF_8 {
        if utf8 {
            return as_declared(bytes, "utf-8");
        }
        return guessed(Some(
            "a text part declared UTF-8 is not; its encoding was guessed".to_owned(),
        ));
    }
    if utf8 && !ascii && encoding.is_single_byte() {
        let mut text = as_declared(bytes, "utf-8");
        text.warning = Some(format!(
            "a text part declared {label} is UTF-8; read as UTF-8"
        ));
        return text;
    }
    let mine = as_declared(bytes, label);
    if encoding.is_single_byte() && !ascii && miscased(&mine.text) > 0.15 {
        let other = decode::decode(bytes);
        if other.encoding != mine.encoding.unwrap_or("") && miscased(&other.text) < 0.05 {
            return PartText {
                text: other.text,
                encoding: Some(other.encoding),
                warning: Some(format!(
                    "a text part declared {label} reads as {}; decoded as that",
                    other.encoding
                )),
            };
        }
    }
    mine
}

/// Decodes by a label the bytes agree with.
fn as_declared(bytes: &[u8], label: &str) -> PartText {
    let d = decode::decode_as(bytes, label);
    PartText {
        text: d.text,
        encoding: Some(d.encoding),
        warning: None,
    }
}

/// Share of Cyrillic words whose letter case is impossible in real text
/// ("пРИВЕТ", "рТЙЧЕФ"): the mark of text read in the wrong Cyrillic code page.
pub(crate) fn miscased(text: &str) -> f64 {
    let mut words = 0u32;
    let mut bad = 0u32;
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if !word.chars().any(|c| matches!(c, '\u{0400}'..='\u{04ff}')) {
            continue;
        }
        words += 1;
        let mut chars = word.chars();
        let _first = chars.next();
        let rest: Vec<char> = chars.collect();
        let has_upper = rest.iter().any(|c| c.is_uppercase());
        let has_lower = rest.iter().any(|c| c.is_lowercase());
        let lower_start = word.chars().next().is_some_and(char::is_lowercase);
        if has_upper && (has_lower || lower_start) {
            bad += 1;
        }
        if words >= 2000 {
            break;
        }
    }
    if words == 0 {
        0.0
    } else {
        f64::from(bad) / f64::from(words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_code_page_is_noticed() {
        let text = "Уважаемый Иван Петрович! Направляем Вам проект соглашения о сотрудничестве.";
        let (koi, _, _) = encoding_rs::KOI8_R.encode(text);
        let got = part_text(Some(&koi), Some("windows-1251"), "");
        assert_eq!(got.text, text);
        // KOI8-R and KOI8-U agree on every Russian letter; the guess may name either.
        assert!(
            got.encoding.is_some_and(|e| e.starts_with("koi8")),
            "{:?}",
            got.encoding
        );
        assert!(got.warning.is_some());
        assert!(miscased(text) < 0.01);
    }

    #[test]
    fn eight_bit_without_charset_is_guessed() {
        let text = "Паведамляем, што пасяджэнне адбудзецца ў панядзелак у зале нумар тры.";
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let got = part_text(Some(&cp), None, "lossy");
        assert_eq!(got.text, text);
        assert_eq!(got.encoding, Some("windows-1251"));
    }
}
