//! Numeric dates: `18.07.2019`, `18.07.19`, `18/07/2019` (`08/25/2022`
//! month first when it must be), `2019-07-18`, `2019.07.18`.
//!
//! Why: registry requisites are written numerically; a number that only
//! looks like a date (`06-09/15.08`, `192.168.10.11`, `203-45-67`) must not
//! become one. Invariants: day first unless the day cannot be a month; the
//! two-digit year window is POSIX `%y` (69–99 → 19xx, 00–68 → 20xx); an
//! impossible date (`31.02.2020`) still claims its span, so that its year
//! does not come out on its own.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::date::{Candidate, num, valid, year_suffix};

/// `18.07.2019` (with an optional `г.`).
static DMY_DOT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})").expect("valid regex")
});

/// `18.07.19`: two-digit day, month and year only.
static DMY_DOT2: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>[0-9]{2})\.(?P<m>[0-9]{2})\.(?P<y>[0-9]{2})").expect("valid regex")
});

/// `18/07/2019` (or `08/25/2022`, month first when it must be).
static DMY_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})").expect("valid regex")
});

/// `2019-07-18` and `2019.07.18`.
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<y>[0-9]{4})(?:-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})|\.(?P<m2>[0-9]{2})\.(?P<d2>[0-9]{2}))",
    )
    .expect("valid regex")
});

/// Numeric forms: dotted, two-digit-year, slashed, ISO.
pub(super) fn numeric(text: &str, out: &mut Vec<Candidate>) {
    for caps in DMY_DOT.captures_iter(text) {
        push_numeric(text, &caps, num(&caps, "y"), out, false);
    }
    for caps in DMY_DOT2.captures_iter(text) {
        let y = num(&caps, "y").map(|y| if y >= 69 { 1900 + y } else { 2000 + y });
        push_numeric(text, &caps, y, out, false);
    }
    for caps in DMY_SLASH.captures_iter(text) {
        push_numeric(text, &caps, num(&caps, "y"), out, true);
    }
    for caps in ISO.captures_iter(text) {
        let Some(all) = caps.get(0) else { continue };
        if glued(text, all.start(), all.end()) {
            continue;
        }
        let m = num(&caps, "m").or_else(|| num(&caps, "m2"));
        let d = num(&caps, "d").or_else(|| num(&caps, "d2"));
        if let Some(p) = valid(num(&caps, "y"), m, d) {
            out.push(Candidate {
                start: all.start(),
                end: all.end(),
                parts: vec![p],
            });
        }
    }
}

/// Pushes a day-month-year numeric match if it is a real, unglued date.
fn push_numeric(text: &str, caps: &Captures, y: Option<i64>, out: &mut Vec<Candidate>, us: bool) {
    let Some(all) = caps.get(0) else { return };
    let digits_end = caps.name("y").map_or(all.end(), |m| m.end());
    if glued(text, all.start(), digits_end) {
        return;
    }
    let (mut d, mut m) = (num(caps, "d"), num(caps, "m"));
    if us && m.is_some_and(|m| m > 12) && d.is_some_and(|d| d <= 12) {
        std::mem::swap(&mut d, &mut m);
    }
    // An impossible date still blocks the words it is written with, so
    // that `31.02.2020 г.` does not become the year 2020.
    let parts = valid(y, m, d).into_iter().collect();
    out.push(Candidate {
        start: all.start(),
        end: year_suffix(text, all.end()).unwrap_or(all.end()),
        parts,
    });
}

/// Whether a numeric match is part of something longer: a registration
/// number (`06-09/15.08.2019`), an address (`192.168.10.11`), a version.
pub(super) fn glued(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let after = text.get(end..).unwrap_or("");
    let mut b = before.chars().rev();
    let (b1, b2) = (b.next(), b.next());
    let mut a = after.chars();
    let (a1, a2) = (a.next(), a.next());
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    digit(b1)
        || digit(a1)
        || matches!(b1, Some('-' | '/')) && digit(b2)
        || matches!(b1, Some('.' | ',')) && digit(b2)
        || matches!(a1, Some('/' | '-' | '.' | ',')) && digit(a2)
}

#[cfg(test)]
mod tests {
    use super::super::date::tests::{isos, texts};

    #[test]
    fn numeric_forms() {
        assert_eq!(isos("Исх. от 18.07.2019 г."), ["2019-07-18"]);
        assert_eq!(isos("дата 18.07.19, подпись"), ["2019-07-18"]);
        assert_eq!(isos("дата 01.02.70"), ["1970-02-01"]);
        assert_eq!(isos("дата 01.02.68"), ["2068-02-01"]);
        assert_eq!(isos("Date: 18/07/2019"), ["2019-07-18"]);
        assert_eq!(isos("Date: 08/25/2022"), ["2022-08-25"]);
        assert_eq!(isos("created 2019-07-18T10:00"), ["2019-07-18"]);
        assert_eq!(isos("2019.07.18"), ["2019-07-18"]);
        assert_eq!(texts("Исх. от 18.07.2019 г. № 5"), ["18.07.2019 г."]);
    }

    #[test]
    fn numbers_and_addresses_are_not_dates() {
        assert!(isos("№ 06-09/398").is_empty());
        assert!(isos("IP 192.168.10.11.12").is_empty());
        assert!(isos("тел. (017) 203-45-67").is_empty());
        assert!(isos("60 000 беларускіх рублёў, 2 847,6 тыс. рублей").is_empty());
        assert_eq!(isos("№ 06-09/398 от 15.08.2019"), ["2019-08-15"]);
        assert_eq!(isos("№06-09/398от15.08.2019"), ["2019-08-15"]);
    }
}
