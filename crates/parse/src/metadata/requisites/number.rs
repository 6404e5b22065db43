//! Registration numbers: the letter's own outgoing number (`02.09.2024
//! № 06-11/1547`, `Исх. № 12-3/45-к`, `No. 12/34`, `Our ref. NCEM/IP/25-044`,
//! `Ref. 7/2021`, glued `№06-09/398`) and an agreement's (`Соглашение № 15`,
//! `Agreement No. 25/VN-117`).
//!
//! Why: archivists file letters by the sender's outgoing number; a number
//! quoted in the text (the letter answered, a decree `от 14 мая 2021 г.
//! № 282`, the receiver's stamp) is not it. Invariants: a number is one token
//! without spaces that holds a digit; a glued `от`/`ад` and the date after it
//! (`№06-09/398от15.08.2019`) and trailing punctuation are cut off; spans are
//! byte ranges of the text.

use std::sync::LazyLock;

use regex::Regex;

/// A number token as written: letters, digits, `-`, `/`, `.`.
pub(crate) const TOKEN: &str = r"[\p{L}\p{N}][\p{L}\p{N}\-/.]*";

/// A number found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Num {
    /// Byte offset of the whole requisite (label included).
    pub start: usize,
    /// Byte offset just past the number.
    pub end: usize,
    /// The number itself, e.g. "06-11/1547".
    pub value: String,
    /// Whether an explicit outgoing label came with it (`Исх.`, `Our ref.`).
    pub outgoing: bool,
}

/// `№ 06-09/398`, `Исх. № 12`, `No. 12/34`, `N 11-07/2231`, `Our ref. X`,
/// `Ref. 7/2021`.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    // Starts at a literal marker so the engine can skip to it; the
    // `Исх.` label before it is looked at by [`outgoing_label`].
    Regex::new(&format!(
        r"(?i)(?:№|(?-u:\b)N[or]?(?:\.|\s)|(?-u:\b)(?P<your>your\s+)?(?P<ref>(?:our\s+)?ref(?:erence)?)(?-u:\b)\.?:?)\s*(?P<num>{TOKEN})"
    ))
    .expect("valid regex")
});

/// Whether an outgoing label (`Исх.`, `Исходящий`, `Ісх.`, `Вых.`) is
/// written right before byte `at`.
fn outgoing_label(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let tail: String = before
        .chars()
        .rev()
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let tail = tail.to_lowercase();
    let word = tail
        .trim_end_matches('.')
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        word,
        "исх" | "исходящий" | "ісх" | "вых" | "выход" | "выходны"
    )
}

/// `Соглашение № 15`, `Agreement No. 25/VN-117`, `Договор № 7-Д`.
static AGREEMENT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:соглашени[еяю]|договор[ау]?|контракт[ау]?|меморандум[ау]?|протокол[ау]?|пагадненн[еяю]|дагавор[ау]?|agreement|memorandum|contract|protocol)\s+(?:№|No\.?|N|Nr\.?)\s*(?P<num>{TOKEN})"
    ))
    .expect("valid regex")
});

/// A glued `от`/`ад`/`of` before a digit, where the number ends.
static GLUED_FROM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:от|ад|of)[0-9_]").expect("valid regex"));

/// Every number in `text` (not yet told apart by role).
pub(crate) fn all(text: &str) -> Vec<Num> {
    let mut out = Vec::new();
    for caps in NUMBER.captures_iter(text) {
        let (Some(all), Some(num)) = (caps.get(0), caps.name("num")) else {
            continue;
        };
        if caps.name("your").is_some() {
            continue;
        }
        let Some((value, end)) = clean(num.as_str(), num.start()) else {
            continue;
        };
        out.push(Num {
            start: all.start(),
            end,
            value,
            outgoing: caps.name("ref").is_some() || outgoing_label(text, all.start()),
        });
    }
    out
}

/// An agreement's own number, from `Соглашение № 15` anywhere in the text.
pub(crate) fn agreement(text: &str) -> Option<Num> {
    AGREEMENT_NUMBER.captures_iter(text).find_map(|caps| {
        let all = caps.get(0)?;
        let num = caps.name("num")?;
        let (value, end) = clean(num.as_str(), num.start())?;
        Some(Num {
            start: all.start(),
            end,
            value,
            outgoing: false,
        })
    })
}

/// Cuts a token at a glued `от`/`ад` and trims trailing `.`, `-`, `/`;
/// `None` unless what is left holds a digit. Returns the value and the
/// byte offset just past it (`start` is the token's offset).
pub(crate) fn clean(token: &str, start: usize) -> Option<(String, usize)> {
    let cut = GLUED_FROM.find(token).map_or(token.len(), |m| m.start());
    let value = token.get(..cut)?.trim_end_matches(['.', '-', '/']);
    if !value.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((value.to_owned(), start + value.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The values of every number in `s`.
    fn values(s: &str) -> Vec<String> {
        all(s).into_iter().map(|n| n.value).collect()
    }

    #[test]
    fn outgoing_numbers_in_three_languages() {
        assert_eq!(values("02.09.2024 № 06-11/1547"), ["06-11/1547"]);
        assert_eq!(values("Исх. № 12-3/45-к от 01.02.2023"), ["12-3/45-к"]);
        assert_eq!(values("No. 12/34 of 5 May 2021"), ["12/34"]);
        assert_eq!(values("Our ref. NCEM/IP/25-044"), ["NCEM/IP/25-044"]);
        assert_eq!(values("Ref. 7/2021"), ["7/2021"]);
        assert_eq!(
            values("письма от 02.10.2019 N 11-07/2231 о"),
            ["11-07/2231"]
        );
        assert!(all("Исх. № 12").first().is_some_and(|n| n.outgoing));
    }

    #[test]
    fn glued_number_and_date() {
        assert_eq!(values("№06-09/398"), ["06-09/398"]);
        assert_eq!(values("№ 06-09/398 от 15.08.2019"), ["06-09/398"]);
        assert_eq!(values("№06-09/398от15.08.2019"), ["06-09/398"]);
        assert_eq!(values("№ 2821."), ["2821"]);
    }

    #[test]
    fn your_reference_and_blanks_are_not_numbers() {
        assert!(values("Your ref. 07-2/315 of 28 April 2025").is_empty());
        assert!(values("На № ___ от ________").is_empty());
        assert!(values("Reference list").is_empty());
    }

    #[test]
    fn agreement_numbers() {
        let n = |s: &str| agreement(s).map(|n| n.value);
        assert_eq!(
            n("СОГЛАШЕНИЕ № 15\nо сотрудничестве").as_deref(),
            Some("15")
        );
        assert_eq!(
            n("Agreement No. 25/VN-117 · Minsk – Hanoi").as_deref(),
            Some("25/VN-117")
        );
        assert_eq!(
            n("ПАГАДНЕННЕ № 3-П аб супрацоўніцтве").as_deref(),
            Some("3-П")
        );
        assert_eq!(n("Соглашение о сотрудничестве"), None);
    }
}
