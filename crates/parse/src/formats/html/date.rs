//! Dates from page metadata, as ISO 8601.
//!
//! Publishers write `article:published_time`, `<time datetime>` and
//! `DC.date` in several shapes: full ISO date-times with or without an
//! offset, a space instead of `T`, compact `YYYYMMDD`, and the Russian and
//! Belarusian `DD.MM.YYYY [HH:MM]`. [`iso8601`] reads these and writes
//! `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]`.
//!
//! Invariant: the output is either `None` or a real calendar date
//! (month 1–12, day within the month) in one of those two shapes.

/// The ISO 8601 form of a date written in one of the common shapes.
pub(crate) fn iso8601(raw: &str) -> Option<String> {
    let s = raw.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.is_empty() || !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    // YYYY-MM-DD…
    if b.len() >= 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') {
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let date = ymd(y, m, d)?;
        let rest = s.get(10..)?;
        return Some(match time(rest) {
            Some(t) => format!("{date}T{t}"),
            None => date,
        });
    }
    // YYYYMMDD
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        return ymd(num(0..4)?, num(4..6)?, num(6..8)?);
    }
    // D.M.YYYY or DD.MM.YYYY [HH:MM[:SS]]
    let mut parts = s.splitn(2, [' ', 'T', ',']);
    let day_part = parts.next()?;
    let mut dmy = day_part.split(['.', '/']);
    let (d, m, y) = (dmy.next()?, dmy.next()?, dmy.next()?);
    if dmy.next().is_some() || y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let parse = |t: &str| -> Option<u32> {
        (!t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let date = ymd(parse(y)?, parse(m)?, parse(d)?)?;
    let rest = parts.next().unwrap_or("").trim_start_matches([',', ' ']);
    let with_t = format!("T{rest}");
    Some(match time(&with_t) {
        Some(t) => format!("{date}T{t}"),
        None => date,
    })
}

/// `YYYY-MM-DD` if the numbers make a real date.
fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1000..=9999).contains(&y) && (1..=days).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// `HH:MM:SS[Z|±HH:MM]` from the text after a date (`T10:00`, ` 10:00:05+0300`).
fn time(rest: &str) -> Option<String> {
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let b = rest.as_bytes();
    let two = |i: usize| -> Option<u32> {
        let part = rest.get(i..i + 2)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let hour = two(0)?;
    if b.get(2) != Some(&b':') {
        return None;
    }
    let minute = two(3)?;
    let mut at = 5;
    let mut second = 0;
    if b.get(5) == Some(&b':') {
        second = two(6)?;
        at = 8;
        // Fractions of a second are dropped.
        if b.get(at) == Some(&b'.') {
            at += 1;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
        }
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let zone = rest.get(at..).unwrap_or("").trim_start();
    let offset = match zone.as_bytes().first() {
        Some(b'Z' | b'z') => "Z".to_owned(),
        Some(&sign @ (b'+' | b'-')) => {
            let digits: String = zone
                .get(1..)
                .unwrap_or("")
                .chars()
                .filter(|c| *c != ':')
                .take(4)
                .collect();
            match (digits.get(0..2), digits.get(2..4)) {
                (Some(h), Some(m)) if digits.bytes().all(|c| c.is_ascii_digit()) => {
                    format!("{}{h}:{m}", sign as char)
                }
                (Some(h), None) if h.bytes().all(|c| c.is_ascii_digit()) => {
                    format!("{}{h}:00", sign as char)
                }
                _ => String::new(),
            }
        }
        _ => String::new(),
    };
    Some(format!("{hour:02}:{minute:02}:{second:02}{offset}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_shapes_become_iso() {
        let cases = [
            (
                "2019-07-18T10:00:00+03:00",
                Some("2019-07-18T10:00:00+03:00"),
            ),
            ("2019-07-18T10:00:00.123Z", Some("2019-07-18T10:00:00Z")),
            ("2019-07-18 10:00", Some("2019-07-18T10:00:00")),
            ("2019-07-18", Some("2019-07-18")),
            ("20190718", Some("2019-07-18")),
            ("18.07.2019", Some("2019-07-18")),
            ("8.7.2019 09:30", Some("2019-07-08T09:30:00")),
            (
                "2019-07-18T10:00:00+0300",
                Some("2019-07-18T10:00:00+03:00"),
            ),
            ("2019-02-30", None),
            ("18 ліпеня 2019", None),
            ("", None),
            ("2019-07-1", None),
        ];
        for (raw, want) in cases {
            assert_eq!(iso8601(raw).as_deref(), want, "{raw}");
        }
    }
}
