//! Contacts: e-mail addresses, phone numbers and URLs, as written. A URL
//! has a scheme, starts with `www.`, or is a host with a common top-level
//! domain followed by a path (`water.example.by/expedition-2025`).
//!
//! Phones: international (`+375 17 284-07-60`, `+7 4812 55-30-17`,
//! `+44 1603 555 018`), with an area code in brackets (`(017) 284 07 60`,
//! `8 (495) 123-45-67`), long trunk forms after a phone word
//! (`тел. 8 017 284 07 60`), and short local numbers (`203 45 71`) only after
//! a phone word or alone after a surname on an executor line. A number whose
//! nearest phone word on its line is a fax word (`факс`, `fax`) is marked by
//! appending " (fax)". Candidates never start or end inside a longer number,
//! a registration number (`06-11/1547`) or a date (`18.07.2019`).

use std::sync::LazyLock;

use regex::Regex;

/// What [`find`] found, each list in order of first appearance, deduplicated.
#[derive(Debug, Default)]
pub(super) struct Contacts {
    /// E-mail addresses.
    pub emails: Vec<String>,
    /// Phone numbers, fax numbers marked " (fax)".
    pub phones: Vec<String>,
    /// Web addresses.
    pub urls: Vec<String>,
}

/// An e-mail address.
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}")
        .expect("valid regex")
});

/// A URL with a scheme or starting with `www.`.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)\b(?:https?://|ftp://|www\.)[^\s<>"«»“”‘’]+"#).expect("valid regex")
});

/// A web address written without a scheme: a host name ending in a
/// common top-level domain, then a path (`water.example.by/expedition-2025`).
/// The path is required, so file names (`report.docx`) and bare domains of
/// e-mail addresses are not taken.
static BARE_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.(?:by|ru|ua|kz|pl|lt|lv|de|fr|uk|eu|cn|vn|com|org|net|edu|gov|int|info|io)/[^\s<>"«»“”‘’]*"#,
    )
    .expect("valid regex")
});

/// A phone-number candidate: digits, single spaces, hyphens and brackets.
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d[\d\u{a0} ()\-–]{3,22}\d").expect("valid regex"));

/// Words that announce a phone (lowercased), and whether they mean fax.
const PHONE_WORDS: &[(&str, bool)] = &[
    ("тел", false),
    ("тэл", false),
    ("телефон", false),
    ("тэлефон", false),
    ("моб", false),
    ("tel", false),
    ("phone", false),
    ("mob", false),
    ("факс", true),
    ("fax", true),
];

/// Finds e-mails, phones and URLs in `text`.
pub(super) fn find(text: &str) -> Contacts {
    let mut out = Contacts::default();
    for m in EMAIL.find_iter(text) {
        let e = m.as_str().trim_end_matches(['.', '-']);
        push_unique(&mut out.emails, e);
    }
    let mut urls: Vec<(usize, &str)> = URL
        .find_iter(text)
        .map(|m| (m.start(), m.as_str()))
        .collect();
    if text.contains('/') {
        let bare = BARE_URL.find_iter(text).filter(|m| {
            let before = text.get(..m.start()).and_then(|t| t.chars().next_back());
            !before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '@' | '.' | '-' | '_'))
        });
        urls.extend(bare.map(|m| (m.start(), m.as_str())));
        urls.sort_by_key(|u| u.0);
    }
    for (_, u) in urls {
        let u = u.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '\'', ']']);
        if u.len() > 4 && !u.contains('@') {
            push_unique(&mut out.urls, u);
        }
    }
    for m in PHONE.find_iter(text) {
        if let Some(p) = phone(text, m.start(), m.end()) {
            push_unique(&mut out.phones, &p);
        }
    }
    out
}

/// Adds `s` to `list` unless it is there already (case-insensitively).
fn push_unique(list: &mut Vec<String>, s: &str) {
    if !list.iter().any(|x| x.eq_ignore_ascii_case(s)) {
        list.push(s.to_string());
    }
}

/// Judges the candidate at `start..end`; the phone as it should be listed.
fn phone(text: &str, start: usize, end: usize) -> Option<String> {
    let raw = text.get(start..end)?;
    // Trim a leading "(" that is not closed, or brackets around nothing.
    let raw = raw.trim_end_matches([' ', '-', '–', '(', '\u{a0}']);
    let before = text.get(..start)?.chars().next_back();
    let after = text.get(start + raw.len()..)?.chars().next();
    if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '№' | ',')) {
        return None;
    }
    if after.is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '-') {
        return None;
    }
    if after == Some('.') || after == Some(',') {
        // "18.07" or "2,5": a decimal or a date goes on.
        let rest = text.get(start + raw.len() + 1..)?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    if raw.matches('(').count() != raw.matches(')').count() || raw.contains('–') {
        return None;
    }
    let digits = raw.chars().filter(char::is_ascii_digit).count();
    let groups = raw
        .split([' ', '-', '(', ')', '\u{a0}'])
        .filter(|g| !g.is_empty())
        .count();
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let lead = text.get(line_start..start)?;
    let word = phone_word(lead);
    let ok = if raw.starts_with('+') {
        (10..=15).contains(&digits)
    } else if raw.contains('(') {
        (9..=12).contains(&digits) && bracket_area_code(raw)
    } else if word.is_some() {
        (5..=12).contains(&digits) && groups >= 2 || (5..=7).contains(&digits)
    } else {
        (raw.starts_with("8 0") || raw.starts_with("8-0")) && digits == 11 && groups >= 3
            || executor_line(lead, text.get(start + raw.len()..)?, digits, groups)
    };
    if !ok {
        return None;
    }
    let p = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(if word == Some(true) {
        format!("{p} (fax)")
    } else {
        p
    })
}

/// `(017)`, `(0212)`, `(495)`: a bracketed code of 2–5 digits.
fn bracket_area_code(raw: &str) -> bool {
    let Some(open) = raw.find('(') else {
        return false;
    };
    let Some(close) = raw.find(')') else {
        return false;
    };
    raw.get(open + 1..close)
        .is_some_and(|c| (2..=5).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()))
}

/// The nearest phone word in the last 40 characters of `lead` with only
/// non-letters after it (its own ending aside): Some(true) for a fax word.
fn phone_word(lead: &str) -> Option<bool> {
    let lower = lead.to_lowercase();
    let tail_start = lower.char_indices().rev().nth(39).map_or(0, |(i, _)| i);
    let tail = lower.get(tail_start..)?;
    let mut best: Option<(usize, bool)> = None;
    for &(w, fax) in PHONE_WORDS {
        let Some(i) = tail.rfind(w) else { continue };
        let starts_word = tail
            .get(..i)
            .and_then(|b| b.chars().next_back())
            .is_none_or(|c| !c.is_alphabetic());
        let between = tail.get(i + w.len()..)?;
        let clean = between
            .trim_start_matches(char::is_alphabetic)
            .chars()
            .all(|c| !c.is_alphabetic());
        if starts_word && clean && best.is_none_or(|(b, _)| i > b) {
            best = Some((i, fax));
        }
    }
    best.map(|(_, fax)| fax)
}

/// "Сцяпанчук 203 45 71": a short number alone after one surname on a line.
fn executor_line(lead: &str, rest: &str, digits: usize, groups: usize) -> bool {
    let rest_line = rest.split('\n').next().unwrap_or("");
    let words: Vec<&str> = lead.split_whitespace().collect();
    (5..=7).contains(&digits)
        && groups >= 2
        && rest_line.trim().is_empty()
        && words.len() == 1
        && words.first().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belarusian_and_russian_phone_formats() {
        let c = find(
            "тэл. (017) 284 07 60, факс (017) 284-07-61\nтел. +375 17 284-07-60\n\
             Москва, тел. 8 (495) 123-45-67\ntel. +7 4812 55-30-17; +44 1603 555 018",
        );
        assert_eq!(
            c.phones,
            [
                "(017) 284 07 60",
                "(017) 284-07-61 (fax)",
                "+375 17 284-07-60",
                "8 (495) 123-45-67",
                "+7 4812 55-30-17",
                "+44 1603 555 018"
            ]
        );
    }

    #[test]
    fn executor_lines_and_short_numbers_after_a_phone_word() {
        let c = find("Сцяпанчук 203 45 71\n\nРудковская 294 11 72\nКонтакт: тел. 284-07-60");
        assert_eq!(c.phones, ["203 45 71", "294 11 72", "284-07-60"]);
    }

    #[test]
    fn numbers_dates_and_sums_are_not_phones() {
        let c = find(
            "02.09.2024 № 06-11/1547\nНа № 12-04/388 ад 14.08.2024\n\
             не больш за 60 000 беларускіх рублёў; 2 847,6 тыс. рублей; 4 320 проб\n\
             ул. Кирова, 32а, 246050, г. Гомель\nна 2025–2026 гады, 2021 2022 2023",
        );
        assert!(c.phones.is_empty(), "{:?}", c.phones);
    }

    #[test]
    fn emails_and_urls() {
        let c = find(
            "e-mail: info@gknt.example.by, konkurs@gknt.example.by.\n\
             Сайт: https://www.gknt.gov.by/ru/news. Падрабязней — www.belta.by, (http://nasb.gov.by).",
        );
        assert_eq!(
            c.emails,
            ["info@gknt.example.by", "konkurs@gknt.example.by"]
        );
        assert_eq!(
            c.urls,
            [
                "https://www.gknt.gov.by/ru/news",
                "www.belta.by",
                "http://nasb.gov.by"
            ]
        );
    }

    #[test]
    fn addresses_without_a_scheme_need_a_path() {
        let ru = find(
            "Проект программы размещён по адресу water.example.by/expedition-2025, смета — в кабинете.",
        );
        assert_eq!(ru.urls, ["water.example.by/expedition-2025"]);
        let be = find("Падрабязнасці на сайце gknt.gov.by/konkurs/2024 і на belta.by.");
        assert_eq!(be.urls, ["gknt.gov.by/konkurs/2024"]);
        let en =
            find("See ncem.example.ac.uk/summer-school (and https://ncem.example.ac.uk/apply).");
        assert_eq!(
            en.urls,
            [
                "ncem.example.ac.uk/summer-school",
                "https://ncem.example.ac.uk/apply"
            ]
        );
        let none = find("файл report.docx, письмо info@gknt.example.by/ и дроби 3.5/7, т.д./п.");
        assert!(none.urls.is_empty(), "{:?}", none.urls);
    }
}
