//! The letter answered (`На № 12-04/388 ад 14.08.2024`, `На № ___ от ___`,
//! `Your ref. 07-2/315 of 28 April 2025`, `на Ваше письмо от 02.10.2019
//! № 11-07/2231`) and the receiver's stamp (`Вх-44318 15.08.2019`,
//! `Вх. № 123 от 15.08.2019`).
//!
//! Why: `in_reply_to` and `incoming` are registry requisites of their own;
//! their dates and numbers must not be taken for the letter's own. Stamp
//! numbers: a prefix glued to the digits by a hyphen is part of the number
//! and kept as written (`Вх-44318`); after a `№` the label is not
//! (`Вх. № 123` gives `123`), just as `Исх. № 12` gives `12`. Blank
//! placeholders (`___`, `…`) give null. Invariant: every span is a byte
//! range of the text on char boundaries.

use std::sync::LazyLock;

use regex::Regex;

use super::date::Found;
use super::number::{TOKEN, clean};
use crate::metadata::entities::prefilter;

/// A reference (number and date) and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Byte offset where the requisite starts.
    pub start: usize,
    /// Byte offset just past it (past its date, if any).
    pub end: usize,
    /// The number, `None` when blank or absent.
    pub number: Option<String>,
    /// Index into the found dates of its date, if any.
    pub date: Option<usize>,
}

/// `На № 12-04/388 ад`, `На исх. № ___ от`, `На Ваш № 5 от`.
static ON_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\bна(?:\s+ваш[а-яё]*|\s+исх\.?|\s+вых\.?)?\s*(?:№|N\s|No\.?)\s*(?P<num>{TOKEN}|_+|…|\.{{3}})?"
    ))
    .expect("valid regex")
});

/// `Your ref. 07-2/315 of`, `In reply to your letter No. 5 of`.
static YOUR_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:your\s+ref(?:erence)?\.?:?|in\s+reply\s+to\s+your\s+letter\s+(?:No\.?|№))\s*(?P<num>{TOKEN})"
    ))
    .expect("valid regex")
});

/// `Вашего письма`, `Ваш ліст`, `your letter`, followed by a date and number.
static YOUR_LETTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:ваш[а-я]*\s+письм[а-я]*|ваш[а-я]*\s+ліст[а-я]*|your\s+letter)\b")
        .expect("valid regex")
});

/// `№ 11-07/2231` inside a your-letter phrase.
static NUM_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?:№|\bN\s|\bNo\.?)\s*(?P<num>{TOKEN})")).expect("valid regex")
});

/// A number right after a your-letter phrase, without a number sign
/// (`your letter NUT/WR-22/114 of`); taken only when it is shaped like a
/// registration number (a digit and a `/` or `-`).
static BARE_NUM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[ \u{{a0}}]+(?P<num>{TOKEN})")).expect("valid regex"));

/// `Вх-44318`, `Вх. № 123`, `Уваходны № 5`, `Входящий № 12`.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:входящий|вход|вх|уваходны|уваход|ув)\b\.?\s*(?:(?:№|N\s)\s*(?P<num>{TOKEN})|-(?P<glued>{TOKEN}))|\bвх\b\.?\s+(?P<bare>[0-9][\p{{L}}\p{{N}}\-/.]*)"
    ))
    .expect("valid regex")
});

/// The index of the first found date that starts at most `slack` chars
/// after `from` (with only `от`/`ад`/`of`/`dated`/punctuation between).
pub(crate) fn date_after(text: &str, found: &[Found], from: usize, slack: usize) -> Option<usize> {
    let i = found.partition_point(|f| f.start < from);
    let f = found.get(i)?;
    let gap = text.get(from..f.start)?;
    let words_ok = gap
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "от" | "ад" | "of" | "dated" | "from"
            )
        });
    (gap.chars().count() <= slack && words_ok && !gap.contains('\n')).then_some(i)
}

/// Whether a captured number is a blank placeholder.
fn blank(s: &str) -> bool {
    s.chars().all(|c| matches!(c, '_' | '…' | '.'))
}

/// Whether `folded` (see [`prefilter::fold`]) may hold an [`ON_NUMBER`]
/// match: `на` and a number sign (`№`, `n` before a space, `no`).
fn may_have_on_number(folded: &str) -> bool {
    folded.contains("на")
        && (folded.contains('№')
            || folded.contains("no")
            || folded.char_indices().any(|(i, c)| {
                c == 'n'
                    && folded
                        .get(i + 1..)
                        .and_then(|t| t.chars().next())
                        .is_some_and(char::is_whitespace)
            }))
}

/// The letter this one answers; `folded` is `text` after [`prefilter::fold`].
pub(crate) fn reply(text: &str, folded: &str, found: &[Found]) -> Option<Hit> {
    let on_number = if may_have_on_number(folded) {
        ON_NUMBER.captures_iter(text).next()
    } else {
        None
    };
    if let Some(caps) = on_number {
        let all = caps.get(0)?;
        let cleaned = caps
            .name("num")
            .filter(|m| !blank(m.as_str()))
            .and_then(|m| clean(m.as_str(), m.start()));
        let from = cleaned.as_ref().map_or(all.end(), |(_, e)| *e);
        let number = cleaned.map(|(v, _)| v);
        let date = date_after(text, found, from, 12);
        let end = date.and_then(|i| found.get(i)).map_or(all.end(), |f| f.end);
        return Some(Hit {
            start: all.start(),
            end,
            number,
            date,
        });
    }
    let your_ref = if folded.contains("your") {
        YOUR_REF.captures(text)
    } else {
        None
    };
    if let Some(caps) = your_ref {
        let all = caps.get(0)?;
        let num = caps.name("num")?;
        let (value, num_end) = clean(num.as_str(), num.start())?;
        let date = date_after(text, found, num_end, 12);
        let end = date.and_then(|i| found.get(i)).map_or(all.end(), |f| f.end);
        return Some(Hit {
            start: all.start(),
            end,
            number: Some(value),
            date,
        });
    }
    if !prefilter::any(folded, &["ваш", "your"]) {
        return None;
    }
    your_letter(text, found)
}

/// `Вашего письма от 02.10.2019 N 11-07/2231`, `your letter NUT/WR-22/114
/// of August 10, 2022`: a date and a number within the 80 chars after the
/// phrase, on one line.
fn your_letter(text: &str, found: &[Found]) -> Option<Hit> {
    for m in YOUR_LETTER.find_iter(text) {
        let window_end = text
            .get(m.end()..)?
            .char_indices()
            .take_while(|&(_, c)| c != '\n')
            .nth(80)
            .map_or(text.len(), |(i, _)| m.end() + i);
        let window = text.get(m.end()..window_end)?;
        let signed = NUM_IN.captures(window).and_then(|c| {
            let n = c.name("num")?;
            let near = n.start() <= 40;
            near.then(|| clean(n.as_str(), m.end() + n.start()))
                .flatten()
        });
        let num = signed.or_else(|| {
            let n = BARE_NUM.captures(window)?.name("num")?;
            let shaped = n.as_str().contains(['/', '-']);
            shaped
                .then(|| clean(n.as_str(), m.end() + n.start()))
                .flatten()
        });
        // The date right after the phrase, or right after the number.
        let date = date_after(text, found, m.end(), 8).or_else(|| {
            num.as_ref()
                .and_then(|(_, e)| date_after(text, found, *e, 12))
        });
        if date.is_none() && num.is_none() {
            continue;
        }
        let date_end = date.and_then(|i| found.get(i)).map_or(m.end(), |f| f.end);
        let end = num.as_ref().map_or(date_end, |(_, e)| (*e).max(date_end));
        return Some(Hit {
            start: m.start(),
            end,
            number: num.map(|(v, _)| v),
            date,
        });
    }
    None
}

/// The receiver's registration stamp; `folded` is `text` after
/// [`prefilter::fold`].
pub(crate) fn stamp(text: &str, folded: &str, found: &[Found]) -> Option<Hit> {
    if !prefilter::any(folded, &["вх", "ув"]) {
        return None;
    }
    let caps = STAMP.captures_iter(text).next()?;
    let all = caps.get(0)?;
    let (number, num_end) = if let Some(g) = caps.name("glued") {
        let (v, e) = clean(g.as_str(), g.start())?;
        let prefix = text.get(all.start()..g.start())?;
        (format!("{prefix}{v}"), e)
    } else {
        let n = caps.name("num").or_else(|| caps.name("bare"))?;
        clean(n.as_str(), n.start())?
    };
    let date = date_after(text, found, num_end, 12);
    let end = date.and_then(|i| found.get(i)).map_or(num_end, |f| f.end);
    Some(Hit {
        start: all.start(),
        end,
        number: Some(number),
        date,
    })
}

#[cfg(test)]
mod tests {
    use super::super::date::scan;
    use super::*;

    /// (number, ISO date) of the reply in `s`.
    fn reply_of(s: &str) -> Option<(Option<String>, Option<String>)> {
        let found = scan(s);
        let iso = |i: usize| found.get(i).and_then(|f| f.dates.first()).map(|d| d.iso());
        reply(s, &prefilter::fold(s), &found).map(|h| (h.number, h.date.and_then(iso)))
    }

    /// (number, ISO date) of the stamp in `s`.
    fn stamp_of(s: &str) -> Option<(Option<String>, Option<String>)> {
        let found = scan(s);
        let iso = |i: usize| found.get(i).and_then(|f| f.dates.first()).map(|d| d.iso());
        stamp(s, &prefilter::fold(s), &found).map(|h| (h.number, h.date.and_then(iso)))
    }

    /// Shorthand for an expected pair.
    fn pair(n: Option<&str>, d: Option<&str>) -> Option<(Option<String>, Option<String>)> {
        Some((n.map(str::to_owned), d.map(str::to_owned)))
    }

    #[test]
    fn on_number_prefilter_keeps_every_number_sign() {
        for s in [
            "На № 12-04/388",
            "НА N 5 ад",
            "на исх. No. 7",
            "на\u{a0}N\u{a0}7",
        ] {
            assert!(may_have_on_number(&prefilter::fold(s)), "{s}");
        }
        assert!(!may_have_on_number(&prefilter::fold(
            "Аб падрыхтоўцы да нарады"
        )));
    }

    #[test]
    fn reply_lines_in_three_languages() {
        assert_eq!(
            reply_of("На № 12-04/388 ад 14.08.2024"),
            pair(Some("12-04/388"), Some("2024-08-14"))
        );
        assert_eq!(
            reply_of("На № 2-14/77 от 02.07.2019"),
            pair(Some("2-14/77"), Some("2019-07-02"))
        );
        assert_eq!(
            reply_of("На № 1187/04 от «30» июня 2025 г."),
            pair(Some("1187/04"), Some("2025-06-30"))
        );
        assert_eq!(
            reply_of("на №06-09/398от15.08.2019"),
            pair(Some("06-09/398"), Some("2019-08-15"))
        );
        assert_eq!(
            reply_of("Your ref. 07-2/315 of 28 April 2025"),
            pair(Some("07-2/315"), Some("2025-04-28"))
        );
    }

    #[test]
    fn blank_placeholders_are_null() {
        assert_eq!(reply_of("На № ________ от ____________"), pair(None, None));
        assert_eq!(
            reply_of("На № ___ ад 14.08.2024"),
            pair(None, Some("2024-08-14"))
        );
        assert_eq!(reply_of("На № 5-12 от ___"), pair(Some("5-12"), None));
    }

    #[test]
    fn your_letter_in_the_body() {
        assert_eq!(
            reply_of(
                "подтверждает получение Вашего письма от 02.10.2019 N 11-07/2231 о совместном"
            ),
            pair(Some("11-07/2231"), Some("2019-10-02"))
        );
        assert_eq!(
            reply_of("разгледзеў Ваш ліст ад 5 снежня 2021 г. № 14/2"),
            pair(Some("14/2"), Some("2021-12-05"))
        );
        assert_eq!(
            reply_of("Thank you for your letter proposing a school"),
            None
        );
        assert_eq!(
            reply_of("Ref.: your letter NUT/WR-22/114 of August 10, 2022\n\nProfessor"),
            pair(Some("NUT/WR-22/114"), Some("2022-08-10"))
        );
        assert_eq!(
            reply_of("в ответ на Ваше письмо 11-07/2231 от 02.10.2019 сообщаем"),
            pair(Some("11-07/2231"), Some("2019-10-02"))
        );
        assert_eq!(
            reply_of("у адказ на Ваш ліст 12-04/388 ад 14.08.2024 паведамляем"),
            pair(Some("12-04/388"), Some("2024-08-14"))
        );
        assert_eq!(
            reply_of("your letter No. 5/12 of 3 May 2023"),
            pair(Some("5/12"), Some("2023-05-03"))
        );
        // A plain figure after the phrase is no number.
        assert_eq!(reply_of("your letter 2 weeks ago"), None);
    }

    #[test]
    fn incoming_stamps() {
        assert_eq!(
            stamp_of("Вх-44318 15.08.2019"),
            pair(Some("Вх-44318"), Some("2019-08-15"))
        );
        assert_eq!(
            stamp_of("Вх. № 123 от 15.08.2019"),
            pair(Some("123"), Some("2019-08-15"))
        );
        assert_eq!(
            stamp_of("Уваходны № 7/12 ад 3 студзеня 2024 г."),
            pair(Some("7/12"), Some("2024-01-03"))
        );
        assert_eq!(
            stamp_of("вх. 512 16.09.2024"),
            pair(Some("512"), Some("2024-09-16"))
        );
        assert_eq!(stamp_of("Вход в здание"), None);
        assert_eq!(stamp_of("Увага: 5 дзён"), None);
    }
}
