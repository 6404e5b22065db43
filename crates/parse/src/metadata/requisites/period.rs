//! Periods a document covers: `за 2020–2022 гг.`, `за 2023 год`,
//! `за I квартал 2024 г.`, `за першае паўгоддзе 2023 г.`, `за 9 месяцев
//! 2024 г.`, `с 1 января по 31 декабря 2023 г.`, `for 2021–2023`,
//! `for Q1 2024`.
//!
//! Why: a report is catalogued by the period it covers, which is not its own
//! date. Invariants: `from` is never after `to`; quarters, half-years and
//! "N months" become month bounds (`2024-01` … `2024-03`); spans are byte
//! ranges of the text covering the dates they stand for.

use std::sync::LazyLock;

use regex::Regex;

use super::date::{Found, Ymd};

/// A period found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    /// Byte offset where the words start (after `за`/`for`/`с`).
    pub start: usize,
    /// Byte offset just past them.
    pub end: usize,
    /// First day (or month, or year).
    pub from: Ymd,
    /// Last day (or month, or year).
    pub to: Ymd,
}

/// `за I квартал 2024 г.`, `for the first quarter of 2024`, `Q1 2024`,
/// `за 1-е полугодие 2023 г.`, `за 9 месяцев 2024 г.`.
static PART_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?:за|па|for)\s+(?:the\s+)?(?:(?P<q>IV|I{1,3}|[1-4]|first|second|third|fourth|первый|второй|третий|четв[её]ртый|першы|другі|трэці|чацвёрты)(?:-?(?:й|ы|і|st|nd|rd|th))?\s+(?:квартал[а-я]*|кв\.|quarter)|(?P<h>I{1,2}|[12]|first|second|первое|второе|першае|другое)(?:-?(?:е|ое|st|nd))?\s+(?:полугоди[ея]|паўгоддз[ея]|half(?:-year)?)|(?P<n>[0-9]{1,2})\s+(?:месяц[а-я]*|месяц[аў]*|months))(?:\s+of)?|Q(?P<qq>[1-4]))\s+(?P<y>[0-9]{4})(?-u:\b)(?:\s?(?:г\.|года|год|years?))?",
    )
    .expect("valid regex")
});

/// The words before a date that make it a covered period.
fn period_word_before(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let tail: String = before
        .chars()
        .rev()
        .take(24)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let last = tail.split_whitespace().next_back().unwrap_or("");
    let two: Vec<&str> = tail.split_whitespace().rev().take(5).collect();
    matches!(last, "за" | "for" | "па")
        || (matches!(last, "с" | "з" | "from" | "between")
            && !two
                .iter()
                .skip(1)
                .any(|w| matches!(*w, "вступает" | "уступае" | "force")))
        || tail.ends_with("the period")
        || tail.ends_with("the years")
}

/// A month number from a quarter/half/months word.
fn bounds(caps: &regex::Captures) -> Option<(u32, u32)> {
    if let Some(q) = caps.name("q").or_else(|| caps.name("qq")) {
        let n = match q.as_str().to_lowercase().as_str() {
            "i" | "1" | "first" | "первый" | "першы" => 1,
            "ii" | "2" | "second" | "второй" | "другі" => 2,
            "iii" | "3" | "third" | "третий" | "трэці" => 3,
            "iv" | "4" | "fourth" | "четвертый" | "четвёртый" | "чацвёрты" => {
                4
            }
            _ => return None,
        };
        return Some((n * 3 - 2, n * 3));
    }
    if let Some(h) = caps.name("h") {
        return match h.as_str().to_lowercase().as_str() {
            "i" | "1" | "first" | "первое" | "першае" => Some((1, 6)),
            "ii" | "2" | "second" | "второе" | "другое" => Some((7, 12)),
            _ => None,
        };
    }
    let n: u32 = caps.name("n")?.as_str().parse().ok()?;
    (1..=12).contains(&n).then_some((1, n))
}

/// Every period in `text`, given its dates (in text order).
pub(crate) fn find(text: &str, found: &[Found]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for caps in PART_OF_YEAR.captures_iter(text) {
        let (Some(all), Some(y)) = (caps.get(0), caps.name("y")) else {
            continue;
        };
        // Not inside a word (`Назаў`, `FAQ1`): the regex has no Unicode `\b`,
        // which would slow it down on Cyrillic text.
        if text
            .get(..all.start())
            .and_then(|b| b.chars().next_back())
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        let Ok(year) = y.as_str().parse::<i32>() else {
            continue;
        };
        let Some((m1, m2)) = bounds(&caps) else {
            continue;
        };
        let at = |m| Ymd {
            year,
            month: Some(m),
            day: None,
        };
        let start = ["q", "h", "n"]
            .iter()
            .find_map(|k| caps.name(k))
            .map_or(all.start(), |m| m.start());
        out.push(Span {
            start,
            end: all.end(),
            from: at(m1),
            to: at(m2),
        });
    }
    let parts = out.len();
    let mut j = 0;
    let mut i = 0;
    while let Some(f) = found.get(i) {
        i += 1;
        while out.get(j).is_some_and(|s| j < parts && s.end <= f.start) {
            j += 1;
        }
        let covered = j < parts && out.get(j).is_some_and(|s| s.start < f.end);
        if covered || !period_word_before(text, f.start) {
            continue;
        }
        let (Some(first), last) = (f.dates.first(), f.dates.get(1)) else {
            continue;
        };
        // `с 1 января по 31 декабря`: two written dates joined by `по`/`to`.
        let joined = found.get(i).filter(|n| {
            text.get(f.end..n.start).is_some_and(|gap| {
                let g = gap.trim().to_lowercase();
                gap.chars().count() <= 12
                    && matches!(
                        g.as_str(),
                        "по" | "до"
                            | "па"
                            | "да"
                            | "to"
                            | "until"
                            | "till"
                            | "through"
                            | "and"
                            | "–"
                            | "—"
                            | "-"
                    )
            })
        });
        let (to, end) = match (last, joined) {
            (Some(l), _) => (*l, f.end),
            (None, Some(n)) => {
                i += 1;
                (n.dates.last().copied().unwrap_or(*first), n.end)
            }
            // `за 2023 год`: a lone year (or month) is a period; a lone day
            // after `с` is only a start, not a period.
            (None, None) if !first.has_day() && lone_ok(text, f.start) => (*first, f.end),
            (None, None) => continue,
        };
        if key(first) <= key(&to) {
            out.push(Span {
                start: f.start,
                end,
                from: *first,
                to,
            });
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

/// Whether a lone year or month follows `за` or `па` (`за 2023 год`); an
/// English `for 2025` is too loose (`the work plan for 2025`) to be a period.
fn lone_ok(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let last: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    // `last` is the word before, reversed.
    matches!(last.to_lowercase().as_str(), "аз" | "ап")
}

/// A sortable key of a date.
fn key(d: &Ymd) -> (i32, u32, u32) {
    (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::super::date::scan;
    use super::*;

    /// (from, to, text) of every period in `s`.
    fn periods(s: &str) -> Vec<(String, String, String)> {
        find(s, &scan(s))
            .into_iter()
            .map(|p| {
                (
                    p.from.iso(),
                    p.to.iso(),
                    s.get(p.start..p.end).unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    /// Shorthand for one expected period.
    fn one(from: &str, to: &str, text: &str) -> Vec<(String, String, String)> {
        vec![(from.to_owned(), to.to_owned(), text.to_owned())]
    }

    #[test]
    fn years_and_ranges() {
        assert_eq!(
            periods("Отчёт за 2020–2022 гг."),
            one("2020", "2022", "2020–2022 гг.")
        );
        assert_eq!(
            periods("Отчёт … за 2023 год"),
            one("2023", "2023", "2023 год")
        );
        assert_eq!(
            periods("Справаздача за 2018 год"),
            one("2018", "2018", "2018 год")
        );
        assert_eq!(
            periods("Review for 2021–2023"),
            one("2021", "2023", "2021–2023")
        );
        assert!(periods("The work plan for 2025 is set out below").is_empty());
        assert!(periods("Назаў 2023 год").is_empty());
        assert!(periods("программа на 2021–2025 годы").is_empty());
        assert!(periods("в 2023 году выполнялись").is_empty());
    }

    #[test]
    fn parts_of_a_year() {
        assert_eq!(
            periods("за I квартал 2024 г."),
            one("2024-01", "2024-03", "I квартал 2024 г.")
        );
        assert_eq!(
            periods("за IV квартал 2023 года"),
            one("2023-10", "2023-12", "IV квартал 2023 года")
        );
        assert_eq!(
            periods("за першае паўгоддзе 2023 г."),
            one("2023-01", "2023-06", "першае паўгоддзе 2023 г.")
        );
        assert_eq!(
            periods("за 9 месяцев 2024 г."),
            one("2024-01", "2024-09", "9 месяцев 2024 г.")
        );
        assert_eq!(
            periods("Results for Q3 2022"),
            one("2022-07", "2022-09", "Q3 2022")
        );
    }

    #[test]
    fn day_ranges() {
        assert_eq!(
            periods("с 1 января по 31 декабря 2023 г."),
            one("2023-01-01", "2023-12-31", "1 января по 31 декабря 2023 г.")
        );
        assert_eq!(
            periods("з 1 па 15 ліпеня 2021 г."),
            one("2021-07-01", "2021-07-15", "1 па 15 ліпеня 2021 г.")
        );
        assert_eq!(
            periods("from 7 to 18 July 2025"),
            one("2025-07-07", "2025-07-18", "7 to 18 July 2025")
        );
        assert_eq!(
            periods("с 01.01.2024 по 31.12.2024"),
            one("2024-01-01", "2024-12-31", "01.01.2024 по 31.12.2024")
        );
        assert_eq!(
            periods("за январь–март 2024 г."),
            one("2024-01", "2024-03", "январь–март 2024 г.")
        );
        assert_eq!(
            periods("for the period 1 June 2020 to 31 May 2021"),
            one("2020-06-01", "2021-05-31", "1 June 2020 to 31 May 2021")
        );
        assert!(periods("вступает в силу с 1 января 2024 г.").is_empty());
        assert!(periods("с 01.02.2024").is_empty());
    }

    #[test]
    fn more_forms() {
        assert_eq!(
            periods("с 01.01.2024 по 31.12.2024"),
            one("2024-01-01", "2024-12-31", "01.01.2024 по 31.12.2024")
        );
        assert_eq!(
            periods("за январь–март 2024 г."),
            one("2024-01", "2024-03", "январь–март 2024 г.")
        );
        assert_eq!(
            periods("for the period 1 June 2020 to 31 May 2021"),
            one("2020-06-01", "2021-05-31", "1 June 2020 to 31 May 2021")
        );
        assert_eq!(
            periods("за II квартал 2023 года"),
            one("2023-04", "2023-06", "II квартал 2023 года")
        );
        assert_eq!(
            periods("за 1-е полугодие 2024 г."),
            one("2024-01", "2024-06", "1-е полугодие 2024 г.")
        );
        assert_eq!(
            periods("for the first quarter of 2024"),
            one("2024-01", "2024-03", "first quarter of 2024")
        );
        assert_eq!(
            periods("Справаздача за 2-і квартал 2022 г."),
            one("2022-04", "2022-06", "2-і квартал 2022 г.")
        );
    }
}
