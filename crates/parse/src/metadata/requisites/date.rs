//! Finding every date in a text: `18.07.2019`, `18.07.19`, `18/07/2019`,
//! `2019-07-18`, `«18» июля 2019 г.`, `5 снежня 2021 г.`, `25 August 2022`,
//! `August 25, 2022`, `24–26 сентября 2019 г.`, `июль 2019`, `2019 г.`,
//! `2020–2022 гг.`, `in 2022`.
//!
//! Why: no crate reads Russian or Belarusian genitive months, and the usual
//! tools drop the day of `19 декабря 2022 г.`. Invariants: every date given
//! out exists in the calendar (no 31.02, no month 13, years 1800–2199); a
//! found span is a char-boundary byte range of the text; spans do not overlap
//! and come in text order. Two-digit years follow the POSIX `%y` window:
//! 69–99 are 1969–1999, 00–68 are 2000–2068. Numeric dates are day first
//! (`18/07/2019`); a slash date whose first number cannot be a day's month
//! partner (`08/25/2022`) is read month first. A day and month without a year
//! (`до 1 июля`) take the year of the date right after it in a range
//! (`с 1 января по 31 декабря 2023 г.`), else the last year written before it;
//! with no year anywhere before it they are dropped. A year alone needs its
//! word (`2019 г.`, `у 2019 годзе`) or an English preposition (`in 2022`).
//! Numeric forms live in [`super::numeric`]; this file holds the scan and
//! the named-month forms. Speed: month words are found through a literal set
//! of month stems and no regex here uses the Unicode `\b` (it stops the fast
//! engines on Cyrillic text); word edges are checked in code instead.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::months::{Form, month};
use super::numeric;

/// A calendar date, possibly without a day or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ymd {
    /// The year, 1800–2199.
    pub year: i32,
    /// 1–12, when the text gives it.
    pub month: Option<u32>,
    /// 1–31 (valid for the month), when the text gives it.
    pub day: Option<u32>,
}

impl Ymd {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub(crate) fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// Whether the date names a day.
    pub(crate) fn has_day(&self) -> bool {
        self.day.is_some()
    }
}

/// One written date (or range of two dates) in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    /// Byte offset where the words begin.
    pub start: usize,
    /// Byte offset just past them.
    pub end: usize,
    /// One date, or two for a range (`24–26 сентября`, `2020–2022 гг.`).
    pub dates: Vec<Ymd>,
}

/// A date being read, before a missing year is filled in.
#[derive(Debug, Clone, Copy)]
pub(super) struct Part {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

/// A candidate span with its parts.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    /// Byte offset where the words begin.
    pub(super) start: usize,
    /// Byte offset just past them.
    pub(super) end: usize,
    /// The date (or two, for a range) being read; empty for an impossible one.
    pub(super) parts: Vec<Part>,
}

/// The word after a year, looked at by [`year_suffix`].
static SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t\u{a0}]?(?P<w>\p{L}{1,8})(?P<dot>\.)?").expect("valid regex")
});

/// Byte offset just past a year's suffix written at `end` (`г.`, `гг.`,
/// `года`, `годзе`, `гадоў`, `р.`), if there is one.
pub(super) fn year_suffix(text: &str, end: usize) -> Option<usize> {
    let caps = SUFFIX.captures(text.get(end..)?)?;
    let w = caps.name("w")?;
    let word = w.as_str().to_lowercase();
    let short = matches!(word.as_str(), "г" | "гг" | "р" | "рр");
    let long = matches!(
        word.as_str(),
        "года"
            | "году"
            | "годах"
            | "годы"
            | "годов"
            | "годзе"
            | "год"
            | "гадоў"
            | "гады"
            | "гадах"
            | "рік"
            | "року"
            | "роки"
            | "роках"
    );
    match caps.name("dot") {
        Some(d) if short => Some(end + d.end()),
        _ if short || long => Some(end + w.end()),
        _ => None,
    }
}

/// Whether the char before byte `at` is a letter (a match inside a word).
fn letter_before(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(char::is_alphabetic)
}

/// Whether the char at byte `at` is a letter.
fn letter_at(text: &str, at: usize) -> bool {
    text.get(at..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// The beginnings of every month word in [`super::months`]: a literal set
/// the regex engine can search for quickly (a bare `\p{L}+` would start a
/// match at every word).
const STEMS: &str = "(?:янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|студз|лют|сак|крас|трав|траў|чэрв|ліп|лiп|жн|вер|каст|ліст|лiст|снеж|січ|бер|квіт|черв|лип|серп|жовт|лист|груд|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,9}";

/// `«18» июля 2019 г.`, `5 снежня`, `24–26 сентября 2019 г.`, `1st of June 2020`.
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?i)(?:[«"“„]\s*)?(?-u:\b)(?P<d1>[0-9]{{1,2}})(?:-?(?:st|nd|rd|th|го|е|га))?(?:\s*[»"”])?(?:(?:\s*[–—‒-]\s*|\s+(?:to|and|по|па|до|да|и|і)\s+)(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?)?[\t \u{{a0}}]*(?:of\s+)?(?P<m>{STEMS})(?P<dot>\.)?(?:,?\s*(?P<y>[0-9]{{4}})(?-u:\b))?"#
    ))
    .expect("valid regex")
});

/// `August 25, 2022`, `Aug. 25th 2022`, `July 7–18, 2025`.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<m>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})(?-u:\b)\.?\s+(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*[–—-]\s*(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)?,?\s+(?P<y>[0-9]{4})(?-u:\b)")
        .expect("valid regex")
});

/// `июль 2019`, `в сентябре 2025 г.`, `кастрычнік — лістапад 2024 г.`, `Nov. 2025`.
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?P<m1>{STEMS})\.?\s*[–—-]\s*)?(?P<m>{STEMS})\.?,?\s+(?P<y>[0-9]{{4}})(?-u:\b)"
    ))
    .expect("valid regex")
});

/// `2019 г.`, `в 2026 году`, `2020–2022 гг.`, `2025–2026 гады`.
static YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?P<y1>[0-9]{4})(?:\s*[–—-]\s*(?P<y2>[0-9]{4}))?").expect("valid regex")
});

/// `in 2022`, `for 2021–2023`, `since 2020` (the span starts at the year).
static YEAR_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in|for|since|until|by|from|during|of)\s+(?P<y1>[0-9]{4})(?:\s*[–—-]\s*(?P<y2>[0-9]{4}))?(?-u:\b)")
        .expect("valid regex")
});

/// Every date in `text`, in order, without overlaps.
pub(crate) fn scan(text: &str) -> Vec<Found> {
    let mut cands = Vec::new();
    numeric::numeric(text, &mut cands);
    named(text, &mut cands);
    years(text, &mut cands);
    cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(cands.len());
    for c in cands {
        if kept.last().is_none_or(|k| c.start >= k.end) {
            kept.push(c);
        }
    }
    fill_years(text, kept)
}

/// Dates with month names.
fn named(text: &str, out: &mut Vec<Candidate>) {
    for caps in DAY_MONTH.captures_iter(text) {
        let (Some(all), Some(mw)) = (caps.get(0), caps.name("m")) else {
            continue;
        };
        if letter_at(text, mw.end()) {
            continue;
        }
        let Some((m, form)) = month(mw.as_str()) else {
            continue;
        };
        let y = num(&caps, "y");
        if y.is_none() && (form == Form::Short || lowercase_english(mw.as_str())) {
            continue;
        }
        // Without a year the span ends at the month word (and its dot).
        let end = if y.is_some() {
            year_suffix(text, all.end()).unwrap_or(all.end())
        } else {
            caps.name("dot").map_or(mw.end(), |d| d.end())
        };
        let mut parts = Vec::with_capacity(2);
        for key in ["d1", "d2"] {
            if let Some(d) = num(&caps, key) {
                match valid_or_yearless(y, i64::from(m), d) {
                    Some(p) => parts.push(p),
                    None => {
                        parts.clear();
                        break;
                    }
                }
            }
        }
        // With no parts left (`31 июня 2020 г.`) the span still blocks the
        // month and year in it, if its numbers could be days at all.
        let days_ok = ["d1", "d2"]
            .iter()
            .filter_map(|k| num(&caps, k))
            .all(|d| (1..=31).contains(&d));
        if parts.is_empty() && !days_ok {
            continue;
        }
        out.push(Candidate {
            start: all.start(),
            end,
            parts,
        });
    }
    for caps in MONTH_DAY.captures_iter(text) {
        let (Some(all), Some(mw)) = (caps.get(0), caps.name("m")) else {
            continue;
        };
        let Some((m, _)) = month(mw.as_str()) else {
            continue;
        };
        let parts: Option<Vec<Part>> = ["d1", "d2"]
            .iter()
            .filter_map(|k| num(&caps, k))
            .map(|d| valid(num(&caps, "y"), Some(i64::from(m)), Some(d)))
            .collect();
        if let Some(parts) = parts.filter(|p| !p.is_empty()) {
            out.push(Candidate {
                start: mw.start(),
                end: all.end(),
                parts,
            });
        }
    }
    for caps in MONTH_YEAR.captures_iter(text) {
        let (Some(all), Some(mw)) = (caps.get(0), caps.name("m")) else {
            continue;
        };
        let Some((m, _)) = month(mw.as_str()) else {
            continue;
        };
        let y = num(&caps, "y");
        let mut parts = Vec::with_capacity(2);
        let mut start = mw.start();
        let first = caps.name("m1").map_or(mw.start(), |m1| m1.start());
        if letter_before(text, first) {
            continue;
        }
        if let Some(m1w) = caps.name("m1")
            && let Some((m1, _)) = month(m1w.as_str())
            && let Some(p) = valid(y, Some(i64::from(m1)), None)
        {
            parts.push(p);
            start = m1w.start();
        }
        if let Some(p) = valid(y, Some(i64::from(m)), None) {
            parts.push(p);
            out.push(Candidate {
                start,
                end: year_suffix(text, all.end()).unwrap_or(all.end()),
                parts,
            });
        }
    }
}

/// Whether `w` is an English word in lower case: without a year, `5 may`
/// and `3 march` are verbs, not dates.
fn lowercase_english(w: &str) -> bool {
    w.is_ascii() && w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// Years with a suffix (`2019 г.`) or an English preposition (`in 2022`).
fn years(text: &str, out: &mut Vec<Candidate>) {
    for (re, needs_suffix) in [(&*YEAR, true), (&*YEAR_EN, false)] {
        for caps in re.captures_iter(text) {
            let (Some(all), Some(y1)) = (caps.get(0), caps.name("y1")) else {
                continue;
            };
            if numeric::glued(text, y1.start(), y1.end()) {
                continue;
            }
            let end = match (needs_suffix, year_suffix(text, all.end())) {
                (true, None) => continue,
                (true, Some(e)) => e,
                (false, _) => all.end(),
            };
            let parts: Option<Vec<Part>> = ["y1", "y2"]
                .iter()
                .filter_map(|k| caps.name(k).map(|m| m.as_str().parse::<i64>().ok()))
                .map(|y| valid(y, None, None))
                .collect();
            if let Some(parts) = parts.filter(|p| !p.is_empty()) {
                out.push(Candidate {
                    start: y1.start(),
                    end,
                    parts,
                });
            }
        }
    }
}

/// Gives day-month dates without a year the year of the range end right
/// after them, else the last year written before them; drops the rest.
fn fill_years(text: &str, cands: Vec<Candidate>) -> Vec<Found> {
    let mut out = Vec::with_capacity(cands.len());
    let mut last_year: Option<i32> = None;
    for (i, c) in cands.iter().enumerate() {
        let next_year = year_after(text, &cands, i);
        let mut dates = Vec::with_capacity(c.parts.len());
        for p in &c.parts {
            let year = p.year.or(next_year).or(last_year);
            let check = |y: i32| {
                valid(
                    Some(i64::from(y)),
                    p.month.map(i64::from),
                    p.day.map(i64::from),
                )
            };
            if let Some(ymd) = year.and_then(check).and_then(to_ymd) {
                dates.push(ymd);
            }
        }
        if let Some(y) = c.parts.iter().filter_map(|p| p.year).next_back() {
            last_year = Some(y);
        }
        if !dates.is_empty() && dates.len() == c.parts.len() {
            out.push(Found {
                start: c.start,
                end: c.end,
                dates,
            });
        }
    }
    out
}

/// The year of the next dated candidate in a close-knit list or range after
/// candidate `i` (`1 студзеня, 9 лютага, 3 сакавіка 2022 г.`, `1 января по
/// 31 декабря 2023 г.`): each gap at most 6 chars, months not going back.
fn year_after(text: &str, cands: &[Candidate], i: usize) -> Option<i32> {
    let mut prev = cands.get(i)?;
    for next in cands.iter().skip(i + 1).take(6) {
        let gap = text.get(prev.end..next.start)?;
        let pm = prev.parts.first()?.month?;
        let p = next.parts.first()?;
        if gap.chars().count() > 6 || p.month.is_some_and(|nm| nm < pm) {
            return None;
        }
        if p.year.is_some() {
            return p.year;
        }
        prev = next;
    }
    None
}

/// A part with its year known, as a [`Ymd`].
fn to_ymd(p: Part) -> Option<Ymd> {
    Some(Ymd {
        year: p.year?,
        month: p.month,
        day: p.day,
    })
}

/// A named group as a number.
pub(super) fn num(caps: &Captures, name: &str) -> Option<i64> {
    caps.name(name)?.as_str().parse().ok()
}

/// A day and month that may still lack a year: checked against a leap
/// year when the year is unknown (so `29 февраля` waits for its year).
fn valid_or_yearless(y: Option<i64>, m: i64, d: i64) -> Option<Part> {
    match y {
        Some(_) => valid(y, Some(m), Some(d)),
        None => valid(Some(2000), Some(m), Some(d)).map(|p| Part { year: None, ..p }),
    }
}

/// The part if it is a real date: year 1800–2199, month 1–12, day within
/// its month.
pub(super) fn valid(y: Option<i64>, m: Option<i64>, d: Option<i64>) -> Option<Part> {
    let year = y
        .filter(|y| (1800..=2199).contains(y))
        .and_then(|y| i32::try_from(y).ok())?;
    let month = match m {
        Some(m) => Some(u32::try_from(m).ok().filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let day = match d {
        Some(d) => {
            let d = u32::try_from(d).ok()?;
            (d >= 1 && d <= days_in(year, month?)).then_some(d)
        }
        None => None,
    };
    if d.is_some() && day.is_none() {
        return None;
    }
    Some(Part {
        year: Some(year),
        month,
        day,
    })
}

/// Days in a month of the Gregorian calendar.
pub(crate) fn days_in(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// ISO strings of every date in `s`.
    pub(in crate::metadata::requisites) fn isos(s: &str) -> Vec<String> {
        scan(s)
            .iter()
            .flat_map(|f| f.dates.iter().map(Ymd::iso))
            .collect()
    }

    /// The written words of every found date in `s`.
    pub(in crate::metadata::requisites) fn texts(s: &str) -> Vec<&str> {
        scan(s)
            .iter()
            .filter_map(|f| s.get(f.start..f.end))
            .collect()
    }

    #[test]
    fn impossible_dates_are_rejected() {
        assert!(isos("31.02.2020").is_empty());
        assert!(isos("00.13.2019").is_empty());
        assert!(isos("29.02.2019").is_empty());
        assert_eq!(isos("29.02.2020"), ["2020-02-29"]);
        assert!(isos("31 июня 2020 г.").is_empty());
        assert!(isos("30 лютага 2024 г.").is_empty());
        assert!(isos("2019-13-01").is_empty());
        assert!(isos("18.07.0019").is_empty());
    }

    #[test]
    fn russian_genitive_keeps_the_day() {
        assert_eq!(isos("от 19 декабря 2022 г."), ["2022-12-19"]);
        assert_eq!(isos("«18» июля 2019 г."), ["2019-07-18"]);
        assert_eq!(texts("г. Минск «12» мая 2023 г."), ["«12» мая 2023 г."]);
        assert_eq!(isos("1 сентября 2020 года"), ["2020-09-01"]);
        assert_eq!(texts("Срок — до 01 января 2025г."), ["01 января 2025г."]);
        assert_eq!(
            texts("Декабрь 2022г. и май 2023"),
            ["Декабрь 2022г.", "май 2023"]
        );
        assert_eq!(isos("3 марта 2025 г."), ["2025-03-03"]);
        assert_eq!(isos("до 10 сентября 2019 г. по адресу"), ["2019-09-10"]);
        assert_eq!(isos("15 ФЕВРАЛЯ 2021 Г."), ["2021-02-15"]);
        assert_eq!(isos("получено 2 сент. 2021 г."), ["2021-09-02"]);
        assert_eq!(isos("от 14 янв. 2020"), ["2020-01-14"]);
        assert_eq!(isos("от 14 февр. 2020"), ["2020-02-14"]);
    }

    #[test]
    fn belarusian_months() {
        assert_eq!(isos("5 снежня 2021 г."), ["2021-12-05"]);
        assert_eq!(isos("18 ліпеня 2019 г."), ["2019-07-18"]);
        assert_eq!(isos("да 15 кастрычніка 2024 г."), ["2024-10-15"]);
        assert_eq!(isos("28 жніўня 2020 г."), ["2020-08-28"]);
        assert_eq!(
            isos("1 студзеня, 9 лютага, 3 сакавіка 2022 г."),
            ["2022-01-01", "2022-02-09", "2022-03-03"]
        );
        assert_eq!(isos("12 ліст. 2021 г."), ["2021-11-12"]);
        assert_eq!(
            isos("кастрычнік — лістапад 2024 г."),
            ["2024-10", "2024-11"]
        );
        assert_eq!(isos("8 красавіка 2025"), ["2025-04-08"]);
        // A Latin `i` typed for the Belarusian `і`.
        assert_eq!(isos("18 лiпеня 2019 г."), ["2019-07-18"]);
        assert_eq!(
            isos("3 траўня 2023 г., 7 чэрв. 2023 г."),
            ["2023-05-03", "2023-06-07"]
        );
        assert_eq!(
            isos("4 лістапада 2022 г. і 1 верасня"),
            ["2022-11-04", "2022-09-01"]
        );
        assert_eq!(
            isos("20–22 чэрвеня 2025 г. у Мінску"),
            ["2025-06-20", "2025-06-22"]
        );
    }

    #[test]
    fn ukrainian_months() {
        assert_eq!(isos("від 18 липня 2019 р."), ["2019-07-18"]);
        assert_eq!(isos("25 грудня 2020 року"), ["2020-12-25"]);
    }

    #[test]
    fn english_forms() {
        assert_eq!(isos("12 May 2025"), ["2025-05-12"]);
        assert_eq!(isos("August 25, 2022"), ["2022-08-25"]);
        assert_eq!(isos("on the 1st of June 2020"), ["2020-06-01"]);
        assert_eq!(isos("Aug. 2nd, 2021"), ["2021-08-02"]);
        assert_eq!(isos("from 7 to 18 July 2025"), ["2025-07-07", "2025-07-18"]);
        assert_eq!(isos("Joint seminar\tNovember 2025"), ["2025-11"]);
        assert_eq!(isos("set up in 2022 by"), ["2022"]);
        assert_eq!(isos("for 2021–2023"), ["2021", "2023"]);
    }

    #[test]
    fn months_and_years_alone() {
        assert_eq!(isos("июль 2019"), ["2019-07"]);
        assert_eq!(isos("в сентябре 2025 г. в Минске"), ["2025-09"]);
        assert_eq!(isos("на 2025–2026 гады"), ["2025", "2026"]);
        assert_eq!(isos("за 2020–2022 гг."), ["2020", "2022"]);
        assert_eq!(isos("в 2026 году"), ["2026"]);
        assert_eq!(isos("у 2019 годзе"), ["2019"]);
        assert_eq!(isos("шкла 1930-х гадоў"), Vec::<String>::new());
        assert_eq!(texts("Справаздача за 2018 год"), ["2018 год"]);
    }

    #[test]
    fn ranges_and_missing_years() {
        assert_eq!(isos("24–26 сентября 2019 г."), ["2019-09-24", "2019-09-26"]);
        assert_eq!(
            isos("с 1 января по 31 декабря 2023 г."),
            ["2023-01-01", "2023-12-31"]
        );
        assert_eq!(
            isos("конференция 9–11 апреля 2025 г. Сборник до 1 июля."),
            ["2025-04-09", "2025-04-11", "2025-07-01"]
        );
        assert!(isos("в пятницу 10 июля").is_empty());
        assert_eq!(isos("29 февраля 2024 г."), ["2024-02-29"]);
    }

    #[test]
    fn other_words_after_numbers_are_not_dates() {
        assert!(isos("23 команды з 9 устаноў").is_empty());
        assert!(isos("Ваш ліст 2 разы").is_empty());
        assert!(isos("до двух месяцев, 5 лет").is_empty());
        assert!(
            isos("In 2020 we met. Item 5 may be late; 3 march past")
                .iter()
                .all(|d| d == "2020")
        );
        assert_eq!(
            isos("In 2020 we met. Reply by 5 May."),
            ["2020", "2020-05-05"]
        );
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,80}") {
            for f in scan(&s) {
                proptest::prop_assert!(s.get(f.start..f.end).is_some());
            }
        }

        #[test]
        fn date_like_text_never_panics(s in "[0-9.\\-/ «»гя–лімаяснежняJuly,]{0,40}") {
            for f in scan(&s) {
                for d in &f.dates {
                    if let (Some(m), Some(day)) = (d.month, d.day) {
                        proptest::prop_assert!(day >= 1 && day <= days_in(d.year, m));
                    }
                }
            }
        }
    }
}
