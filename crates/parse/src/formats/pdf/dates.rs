//! PDF and XMP dates to ISO 8601.
//!
//! A PDF date is `D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year
//! optional (ISO 32000-1, 7.9.4); producers add junk such as a missing `D:`,
//! a trailing `'` or `Z00'00'`. XMP dates are already ISO 8601 but may stop
//! at the year or the minute. Both come out as `YYYY-MM-DD` (date only) or
//! `YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]`.
//!
//! Invariant: a returned string always has a valid month (1–12), day
//! (1–31), hour (0–23), minute and second (0–59).

/// Converts a PDF date string, e.g. `D:20190718103000+03'00'` →
/// `2019-07-18T10:30:00+03:00`.
pub(crate) fn pdf_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let s = s.strip_prefix("D:").unwrap_or(s).trim_start();
    let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() < 4 {
        return None;
    }
    let part = |from: usize, len: usize, default: u32| -> Option<u32> {
        match digits.get(from..from + len) {
            Some(p) => p.parse().ok(),
            None => Some(default),
        }
    };
    let year = part(0, 4, 0)?;
    let month = part(4, 2, 1)?;
    let day = part(6, 2, 1)?;
    let has_time = digits.len() >= 10;
    let (hour, minute, second) = (part(8, 2, 0)?, part(10, 2, 0)?, part(12, 2, 0)?);
    let rest = s.get(digits.len()..).unwrap_or("");
    let zone = zone(rest);
    compose(
        year,
        month,
        day,
        has_time.then_some((hour, minute, second)),
        zone,
    )
}

/// The UTC offset after the digits: `Z`, `+03'00'`, `-0500`, or none.
fn zone(rest: &str) -> Option<String> {
    let mut chars = rest.chars();
    let sign = chars.next()?;
    if sign == 'Z' || sign == 'z' {
        return Some("Z".to_owned());
    }
    if sign != '+' && sign != '-' {
        return None;
    }
    let digits: String = chars.filter(char::is_ascii_digit).take(4).collect();
    let hh: u32 = digits.get(..2)?.parse().ok()?;
    let mm: u32 = digits.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
    if hh > 14 || mm > 59 {
        return None;
    }
    if hh == 0 && mm == 0 {
        return Some("Z".to_owned());
    }
    Some(format!("{sign}{hh:02}:{mm:02}"))
}

/// Checks the ranges and writes the ISO form.
fn compose(
    year: u32,
    month: u32,
    day: u32,
    time: Option<(u32, u32, u32)>,
    zone: Option<String>,
) -> Option<String> {
    if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    let Some((h, m, s)) = time else {
        return Some(date);
    };
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let s = s.min(59);
    Some(format!(
        "{date}T{h:02}:{m:02}:{s:02}{}",
        zone.unwrap_or_default()
    ))
}

/// Normalises an XMP (ISO 8601) date: `2019-07-18T10:30+03:00` →
/// `2019-07-18T10:30:00+03:00`; `2019` → `2019-01-01`.
pub(crate) fn xmp_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let p = s.get(r)?;
        p.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| p.parse().ok())?
    };
    let year = num(0..4)?;
    let month = if s.get(4..5) == Some("-") {
        num(5..7)?
    } else {
        1
    };
    let day = if s.get(7..8) == Some("-") {
        num(8..10)?
    } else {
        1
    };
    if s.get(10..11) != Some("T") {
        return compose(year, month, day, None, None);
    }
    let hour = num(11..13)?;
    let minute = num(14..16)?;
    let (second, rest_at) = if s.get(16..17) == Some(":") {
        (num(17..19)?, 19)
    } else {
        (0, 16)
    };
    // Skip fractional seconds.
    let rest = s.get(rest_at..).unwrap_or("");
    let rest = rest.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    compose(year, month, day, Some((hour, minute, second)), zone(rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_become_iso() {
        let cases = [
            ("D:20190718103000+03'00'", Some("2019-07-18T10:30:00+03:00")),
            ("D:20190718103000Z", Some("2019-07-18T10:30:00Z")),
            ("D:20190718103000Z00'00'", Some("2019-07-18T10:30:00Z")),
            ("D:20190718103000-05'30", Some("2019-07-18T10:30:00-05:30")),
            ("D:20190718103000", Some("2019-07-18T10:30:00")),
            ("D:20190718", Some("2019-07-18")),
            ("D:2019", Some("2019-01-01")),
            ("20190718103000+03'00'", Some("2019-07-18T10:30:00+03:00")),
            ("D:20191318", None),
            ("D:20190718250000", None),
            ("вчера", None),
            ("", None),
        ];
        for (raw, want) in cases {
            assert_eq!(pdf_date(raw).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn xmp_dates_are_normalised() {
        let cases = [
            (
                "2019-07-18T10:30:00+03:00",
                Some("2019-07-18T10:30:00+03:00"),
            ),
            ("2019-07-18T10:30+03:00", Some("2019-07-18T10:30:00+03:00")),
            ("2019-07-18T10:30:00.123Z", Some("2019-07-18T10:30:00Z")),
            ("2019-07-18", Some("2019-07-18")),
            ("2019", Some("2019-01-01")),
            ("18.07.2019", None),
        ];
        for (raw, want) in cases {
            assert_eq!(xmp_date(raw).as_deref(), want, "{raw}");
        }
    }
}
