//! Normalises the date-times of document properties to the form
//! [`crate::formats::Extracted`] promises: `YYYY-MM-DD` or
//! `YYYY-MM-DDTHH:MM:SS[Z|±HH:MM]`.
//!
//! OOXML core properties use W3CDTF (`2019-07-18T10:00:00Z`); ODF meta uses
//! `xsd:dateTime`, often with nanoseconds and no zone
//! (`2019-07-18T10:00:00.123456789`). Fractions are dropped, zones kept.
//! Years before 1980 are refused: office formats did not exist then, and
//! producers write placeholder dates such as `1601-01-01` or `0001-01-01`.

/// The earliest year accepted as a real property date.
const MIN_YEAR: u32 = 1980;

/// `value` as an ISO 8601 date or date-time, or `None` when it is not one.
pub(crate) fn iso_datetime(value: &str) -> Option<String> {
    let value = value.trim();
    let date = value.get(..10)?;
    let b = date.as_bytes();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (year, month, day) = (date.get(..4)?, date.get(5..7)?, date.get(8..10)?);
    if !digits(year) || !digits(month) || !digits(day) {
        return None;
    }
    let year: u32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    let day: u32 = day.parse().ok()?;
    if year < MIN_YEAR || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let Some(rest) = value.get(10..).and_then(|r| r.strip_prefix('T')) else {
        return Some(date.to_owned());
    };
    let time = rest.get(..8).filter(|t| {
        let t = t.as_bytes();
        t.get(2) == Some(&b':')
            && t.get(5) == Some(&b':')
            && [0, 1, 3, 4, 6, 7]
                .iter()
                .all(|&i| t.get(i).is_some_and(u8::is_ascii_digit))
    });
    let Some(time) = time else {
        return Some(date.to_owned());
    };
    let mut zone = rest.get(8..).unwrap_or_default();
    if let Some(fraction) = zone.strip_prefix(['.', ',']) {
        zone = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    let zone_ok = zone.is_empty()
        || zone == "Z"
        || (zone.len() == 6
            && zone.starts_with(['+', '-'])
            && zone.as_bytes().get(3) == Some(&b':'));
    let zone = if zone_ok { zone } else { "" };
    Some(format!("{date}T{time}{zone}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn property_dates_normalise() {
        assert_eq!(
            iso_datetime("2019-07-18T10:00:00Z").as_deref(),
            Some("2019-07-18T10:00:00Z")
        );
        assert_eq!(
            iso_datetime(" 2021-03-02T09:15:30.123456789 ").as_deref(),
            Some("2021-03-02T09:15:30")
        );
        assert_eq!(
            iso_datetime("2021-03-02T09:15:30+03:00").as_deref(),
            Some("2021-03-02T09:15:30+03:00")
        );
        assert_eq!(iso_datetime("2021-03-02").as_deref(), Some("2021-03-02"));
        assert_eq!(
            iso_datetime("2021-03-02Tjunk").as_deref(),
            Some("2021-03-02")
        );
        assert_eq!(iso_datetime("1601-01-01T00:00:00Z"), None);
        assert_eq!(iso_datetime("18.07.2019"), None);
        assert_eq!(iso_datetime("2019-13-01"), None);
        assert_eq!(iso_datetime("ўўўўўўўўўў"), None);
    }
}
