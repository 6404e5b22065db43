//! Field filters: a `name:value` of the query checked and turned into a
//! [`Filter`] the builder can match.
//!
//! Values are checked here, where their position is known, so that a bad
//! language, type, country or date is reported at the place it was written.
//! Dates accept a year (`2019`), a month (`2019-07`) or a day
//! (`2019-07-18`), as one period, as either end of a range `[a TO b]`
//! (`*` for an open end; `{a TO b}` leaves the ends out), or after `>=`,
//! `>`, `<=`, `<`. `year:` takes the same values with years only.
//!
//! Invariant: a [`Filter::Date`] bound is a UTC-midnight instant, and the
//! upper bound is always exclusive or unbounded.

use std::ops::Bound;

use tantivy::DateTime;
use vopis_parse::{DocType, Language};

use super::lex::Value;
use crate::convert::parse_date;
use crate::error::{Error, Result};
use crate::keys::number_key;

/// Text to match in a words field (`sender:`, `recipient:`, `title:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Words {
    /// The words as written.
    pub text: String,
    /// Quoted: the words must stand together in this order.
    pub phrase: bool,
}

/// A checked field filter.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Filter {
    /// `lang:` — a language of the document.
    Lang(Language),
    /// `type:` — the document type.
    Type(DocType),
    /// `country:` — an ISO 3166 alpha-2 code, upper case.
    Country(String),
    /// `date:` / `year:` — the document's date in `[from, to)`.
    Date {
        /// Lower bound.
        from: Bound<DateTime>,
        /// Upper bound (never `Included`).
        to: Bound<DateTime>,
    },
    /// `number:` — registration number key.
    Number(String),
    /// `reply_to:` — key of the number answered.
    ReplyTo(String),
    /// `incoming:` — incoming stamp number key.
    Incoming(String),
    /// `id:` — a content hash or the start of one (lower case hex).
    Id(String),
    /// `sender:` words.
    Sender(Words),
    /// `recipient:` words.
    Recipient(Words),
    /// `title:` words (title, subject and sender).
    Title(Words),
}

/// The filter `name:value` written at `position`.
pub(crate) fn filter(name: &str, value: &Value, position: usize) -> Result<Filter> {
    let err = |message: String| Error::query(message, position);
    let single = || match value {
        Value::Word(w) | Value::Quoted(w) => Ok(w.trim().to_owned()),
        Value::Range { .. } => Err(err(format!("`{name}:` takes one value, not a range"))),
    };
    let words = || match value {
        Value::Word(w) => Ok(Words {
            text: w.clone(),
            phrase: false,
        }),
        Value::Quoted(w) => Ok(Words {
            text: w.clone(),
            phrase: true,
        }),
        Value::Range { .. } => Err(err(format!("`{name}:` takes words, not a range"))),
    };
    let key = |v: String| {
        number_key(&v).ok_or_else(|| err(format!("`{name}:{v}` has no letters or digits to match")))
    };
    Ok(match name {
        "lang" => {
            let v = single()?;
            Filter::Lang(language(&v).ok_or_else(|| {
                err(format!(
                    "unknown language `{v}`; use a code: be, ru, uk, en, de, fr, pl, zh or und"
                ))
            })?)
        }
        "type" => {
            let v = single()?;
            let singular = v
                .strip_suffix('s')
                .filter(|s| DocType::from_name(s).is_some());
            Filter::Type(DocType::from_name(singular.unwrap_or(&v)).ok_or_else(|| {
                err(format!(
                    "unknown document type `{v}`; use letter, agreement, report, article or other"
                ))
            })?)
        }
        "country" => {
            let v = single()?;
            Filter::Country(vopis_parse::country_code(&v).ok_or_else(|| {
                err(format!(
                    "`country:{v}`: not a country; use its name (China, Кітай, Китай) \
                     or its two-letter ISO code (CN)"
                ))
            })?)
        }
        "date" => date_filter(value, false, position)?,
        "year" => date_filter(value, true, position)?,
        "number" => Filter::Number(key(single()?)?),
        "reply_to" => Filter::ReplyTo(key(single()?)?),
        "incoming" => Filter::Incoming(key(single()?)?),
        "id" => {
            let v = single()?.to_ascii_lowercase();
            if v.is_empty() || !v.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(err(format!(
                    "`id:{v}`: an id is a hexadecimal content hash or its start"
                )));
            }
            Filter::Id(v)
        }
        "sender" => Filter::Sender(words()?),
        "recipient" => Filter::Recipient(words()?),
        "title" => Filter::Title(words()?),
        _ => return Err(err(format!("unknown field `{name}:`"))),
    })
}

/// A language by code or English name.
fn language(v: &str) -> Option<Language> {
    Language::from_code(v).or_else(|| {
        let l = v.to_ascii_lowercase();
        Some(match l.as_str() {
            "belarusian" => Language::Be,
            "russian" => Language::Ru,
            "ukrainian" => Language::Uk,
            "english" => Language::En,
            _ => return None,
        })
    })
}

/// The date filter of a `date:` (or, with `years_only`, `year:`) value.
fn date_filter(value: &Value, years_only: bool, position: usize) -> Result<Filter> {
    let period = |text: &str| period(text, years_only, position);
    let (from, to) = match value {
        Value::Range {
            from,
            to,
            inclusive,
        } => {
            let from = match from.as_str() {
                "*" => Bound::Unbounded,
                f => {
                    let (start, end) = period(f)?;
                    Bound::Included(if *inclusive { start } else { end })
                }
            };
            let to = match to.as_str() {
                "*" => Bound::Unbounded,
                t => {
                    let (start, end) = period(t)?;
                    Bound::Excluded(if *inclusive { end } else { start })
                }
            };
            (from, to)
        }
        Value::Word(w) | Value::Quoted(w) => {
            let w = w.trim();
            if let Some(rest) = w.strip_prefix(">=") {
                (Bound::Included(period(rest)?.0), Bound::Unbounded)
            } else if let Some(rest) = w.strip_prefix("<=") {
                (Bound::Unbounded, Bound::Excluded(period(rest)?.1))
            } else if let Some(rest) = w.strip_prefix('>') {
                (Bound::Included(period(rest)?.1), Bound::Unbounded)
            } else if let Some(rest) = w.strip_prefix('<') {
                (Bound::Unbounded, Bound::Excluded(period(rest)?.0))
            } else {
                let (start, end) = period(w)?;
                (Bound::Included(start), Bound::Excluded(end))
            }
        }
    };
    Ok(Filter::Date { from, to })
}

/// The first instant of a year, month or day written `YYYY[-MM[-DD]]`, and the first after it.
fn period(text: &str, years_only: bool, position: usize) -> Result<(DateTime, DateTime)> {
    let bad = || {
        let form = if years_only {
            "a year such as 2019"
        } else {
            "2019, 2019-07 or 2019-07-18"
        };
        Error::query(format!("`{text}` is not a date; write {form}"), position)
    };
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |s: &&str, len: usize| -> Result<i64> {
        if s.len() != len || !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let day = |y: i64, m: i64, d: i64| -> Result<DateTime> {
        let (y, m) = if m > 12 { (y + 1, m - 12) } else { (y, m) };
        parse_date(&format!("{y:04}-{m:02}-{d:02}"))
            .map(|(date, _)| date)
            .ok_or_else(bad)
    };
    match parts.as_slice() {
        [y] => {
            let y = number(y, 4)?;
            Ok((day(y, 1, 1)?, day(y + 1, 1, 1)?))
        }
        [y, m] if !years_only => {
            let (y, m) = (number(y, 4)?, number(m, 2)?);
            if !(1..=12).contains(&m) {
                return Err(bad());
            }
            Ok((day(y, m, 1)?, day(y, m + 1, 1)?))
        }
        [y, m, d] if !years_only => {
            let start = day(number(y, 4)?, number(m, 2)?, number(d, 2)?)?;
            let next = DateTime::from_timestamp_secs(start.into_timestamp_secs() + 86_400);
            Ok((start, next))
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(v: &str) -> Value {
        Value::Word(v.to_owned())
    }

    fn secs(b: Bound<DateTime>) -> Bound<i64> {
        b.map(|d| d.into_timestamp_secs())
    }

    const Y2019: i64 = 1_546_300_800;
    const Y2020: i64 = 1_577_836_800;

    #[test]
    fn simple_values() {
        assert_eq!(
            filter("lang", &word("RU"), 0).unwrap(),
            Filter::Lang(Language::Ru)
        );
        assert_eq!(
            filter("lang", &word("belarusian"), 0).unwrap(),
            Filter::Lang(Language::Be)
        );
        assert_eq!(
            filter("type", &word("Letters"), 0).unwrap(),
            Filter::Type(DocType::Letter)
        );
        assert_eq!(
            filter("country", &word("cn"), 0).unwrap(),
            Filter::Country("CN".into())
        );
        for name in ["China", "Китай", "Кітаі", "китая"] {
            assert_eq!(
                filter("country", &word(name), 0).unwrap(),
                Filter::Country("CN".into()),
                "{name}"
            );
        }
        assert_eq!(
            filter("country", &Value::Quoted("United States".into()), 0).unwrap(),
            Filter::Country("US".into())
        );
        assert_eq!(
            filter("number", &word("№06–09/398"), 0).unwrap(),
            Filter::Number("06-09/398".into())
        );
        assert_eq!(
            filter("id", &word("AB12"), 0).unwrap(),
            Filter::Id("ab12".into())
        );
    }

    #[test]
    fn dates_become_half_open_ranges() {
        let Filter::Date { from, to } = filter("date", &word("2019"), 0).unwrap() else {
            panic!()
        };
        assert_eq!(
            (secs(from), secs(to)),
            (Bound::Included(Y2019), Bound::Excluded(Y2020))
        );
        let Filter::Date { from, to } = filter("year", &word("2019"), 0).unwrap() else {
            panic!()
        };
        assert_eq!(
            (secs(from), secs(to)),
            (Bound::Included(Y2019), Bound::Excluded(Y2020))
        );
        let Filter::Date { from, to } = filter("date", &word("2019-12"), 0).unwrap() else {
            panic!()
        };
        assert_eq!(
            (secs(from), secs(to)),
            (Bound::Included(Y2020 - 31 * 86_400), Bound::Excluded(Y2020))
        );
        let range = Value::Range {
            from: "2019-01-01".into(),
            to: "2019-12-31".into(),
            inclusive: true,
        };
        let Filter::Date { from, to } = filter("date", &range, 0).unwrap() else {
            panic!()
        };
        assert_eq!(
            (secs(from), secs(to)),
            (Bound::Included(Y2019), Bound::Excluded(Y2020))
        );
        let open = Value::Range {
            from: "*".into(),
            to: "2019".into(),
            inclusive: false,
        };
        let Filter::Date { from, to } = filter("date", &open, 0).unwrap() else {
            panic!()
        };
        assert_eq!(
            (secs(from), secs(to)),
            (Bound::Unbounded, Bound::Excluded(Y2019))
        );
        let Filter::Date { from, to } = filter("date", &word(">=2020-01-01"), 0).unwrap() else {
            panic!()
        };
        assert_eq!(
            (secs(from), secs(to)),
            (Bound::Included(Y2020), Bound::Unbounded)
        );
    }

    #[test]
    fn bad_values_are_errors_at_the_filter() {
        for (name, value) in [
            ("lang", word("klingon")),
            ("type", word("memo")),
            ("country", word("Atlantis")),
            ("date", word("2019-02-30")),
            ("date", word("19-07-2019")),
            ("date", word("2019-13")),
            ("year", word("2019-07")),
            ("number", word("№")),
            ("id", word("xyz")),
            (
                "lang",
                Value::Range {
                    from: "a".into(),
                    to: "b".into(),
                    inclusive: true,
                },
            ),
        ] {
            match filter(name, &value, 7) {
                Err(Error::Query { position: 7, .. }) => {}
                other => panic!("{name}:{value:?} gave {other:?}"),
            }
        }
    }
}
