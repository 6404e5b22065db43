//! A parsed [`Document`] and its paths become one index entry.
//!
//! Each paragraph goes to the body field of its language, so a bilingual
//! letter is stemmed right in both halves: the extraction already found the
//! stretches in another language than the main one (`language_spans`), so
//! indexing does not detect languages again.
//! Title, subject and sender go to the heading fields of every language (a
//! heading is too short to trust one language). Capitalised words, names
//! and people go to the cross-script field; lower-case words are left out
//! of it (names are what crosses scripts, and keying every word would
//! double the index for little).
//!
//! Invariant: the stored record is the document as given (its `path` the
//! first path); the entry's `path` values are `paths`, deduplicated.

use tantivy::schema::Facet;
use tantivy::{DateTime, TantivyDocument};
use vopis_parse::{Document, Language};

use crate::analysis::is_letter;
use crate::keys::number_key;
use crate::schema::{Fields, KIND_DOC};

/// A share at or above which a language is a filter value of the document.
const FILTER_SHARE: f64 = 0.15;

/// The body field of a language.
fn body_field(f: &Fields, lang: Language) -> tantivy::schema::Field {
    match lang {
        Language::Be => f.body_be,
        Language::Ru => f.body_ru,
        Language::En => f.body_en,
        _ => f.body_other,
    }
}

/// The index entry of `doc`, found at `paths`.
pub(crate) fn to_entry(f: &Fields, doc: &Document, paths: &[String]) -> TantivyDocument {
    let mut e = TantivyDocument::new();
    e.add_text(f.kind, KIND_DOC);
    e.add_text(f.id, &doc.id);
    let mut seen: Vec<&str> = Vec::new();
    for p in paths {
        if !seen.contains(&p.as_str()) {
            seen.push(p);
            e.add_text(f.path, p);
        }
    }
    if let Ok(json) = serde_json::to_string(doc) {
        e.add_text(f.record, json);
    }
    add_body(&mut e, f, doc);
    e.add_text(f.exact, &doc.text);

    let heads: Vec<&str> = [&doc.title, &doc.subject, &doc.sender]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let head = heads.join("\n");
    for field in [f.head_be, f.head_ru, f.head_en, f.head_exact] {
        e.add_text(field, &head);
    }
    if let Some(sender) = &doc.sender {
        e.add_text(f.sender, sender);
    }
    if let Some(recipient) = &doc.recipient {
        e.add_text(f.recipient, recipient);
    }
    let mut names: Vec<&str> = doc.organizations.iter().map(String::as_str).collect();
    names.extend(doc.people.iter().map(String::as_str));
    names.extend(doc.signatories.iter().map(|s| s.name.as_str()));
    for name in &names {
        e.add_text(f.names, name);
    }
    e.add_text(f.translit, translit_text(doc, &names));

    if let Some(key) = doc.number.as_deref().and_then(number_key) {
        e.add_text(f.number, key);
    }
    if let Some(key) = doc
        .in_reply_to
        .as_ref()
        .and_then(|r| r.number.as_deref())
        .and_then(number_key)
    {
        e.add_text(f.reply_to, key);
    }
    if let Some(key) = doc
        .incoming
        .as_ref()
        .and_then(|r| r.number.as_deref())
        .and_then(number_key)
    {
        e.add_text(f.incoming, key);
    }
    add_filters(&mut e, f, doc);
    e
}

/// The text into the body fields (see [`body_parts`]).
fn add_body(e: &mut TantivyDocument, f: &Fields, doc: &Document) {
    if doc.language_spans.is_empty() {
        e.add_text(body_field(f, doc.language), &doc.text);
        return;
    }
    for (field, text) in body_parts(f, doc) {
        e.add_text(field, text);
    }
}

/// The document's text split among the body fields: the stretches the
/// extraction found in another language (`language_spans`) to that
/// language's field, the rest to the main language's (which comes last).
/// Spans out of bounds or off char boundaries are skipped (their text stays
/// with the main language). The body fields are not stored: snippets split
/// the stored record's text again with this same function.
pub(crate) fn body_parts(f: &Fields, doc: &Document) -> Vec<(tantivy::schema::Field, String)> {
    let main = body_field(f, doc.language);
    if doc.language_spans.is_empty() {
        return vec![(main, doc.text.clone())];
    }
    let mut main_text = String::with_capacity(doc.text.len());
    let mut others: Vec<(tantivy::schema::Field, String)> = Vec::new();
    let mut at = 0;
    for span in &doc.language_spans {
        let (Some(before), Some(inside)) = (
            doc.text.get(at..span.start),
            doc.text.get(span.start..span.end),
        ) else {
            continue;
        };
        main_text.push_str(before);
        let field = body_field(f, span.lang);
        match others.iter_mut().find(|(of, _)| *of == field) {
            Some((_, t)) => {
                t.push_str("\n\n");
                t.push_str(inside);
            }
            None => others.push((field, inside.to_owned())),
        }
        at = span.end;
    }
    main_text.push_str(doc.text.get(at..).unwrap_or_default());
    let mut parts = Vec::with_capacity(others.len() + 1);
    for (field, text) in others {
        if field == main {
            main_text.push_str("\n\n");
            main_text.push_str(&text);
        } else {
            parts.push((field, text));
        }
    }
    parts.push((main, main_text));
    parts
}

/// Capitalised words of the title and text, and every name, for the cross-script field.
fn translit_text(doc: &Document, names: &[&str]) -> String {
    let mut out = String::new();
    let sources = doc
        .title
        .iter()
        .chain(doc.sender.iter())
        .chain(doc.recipient.iter());
    for text in sources.map(String::as_str).chain(names.iter().copied()) {
        out.push_str(text);
        out.push('\n');
    }
    for word in doc
        .text
        .split(|c: char| !(is_letter(c) || c == '’' || c == '\''))
    {
        if word.chars().next().is_some_and(is_upper) {
            out.push_str(word);
            out.push(' ');
        }
    }
    out
}

/// Whether `c` is an upper-case letter (Cyrillic and ASCII from their ranges).
fn is_upper(c: char) -> bool {
    match c {
        'A'..='Z' | '\u{0400}'..='\u{042F}' => true,
        '\0'..='\x7f' | '\u{0430}'..='\u{045F}' => false,
        _ => c.is_uppercase(),
    }
}

/// Filter fields and facets: language, type, countries, date and year, sender.
fn add_filters(e: &mut TantivyDocument, f: &Fields, doc: &Document) {
    let mut langs = vec![doc.language];
    langs.extend(
        doc.languages
            .iter()
            .filter(|s| s.share >= FILTER_SHARE)
            .map(|s| s.lang),
    );
    langs.dedup();
    let mut added: Vec<Language> = Vec::new();
    for lang in langs {
        if !added.contains(&lang) {
            added.push(lang);
            e.add_text(f.lang, lang.code());
        }
    }
    e.add_facet(f.facet, Facet::from_path(["lang", doc.language.code()]));
    e.add_text(f.doc_type, doc.doc_type.as_str());
    e.add_facet(f.facet, Facet::from_path(["type", doc.doc_type.as_str()]));
    for country in &doc.countries {
        let code = country.to_uppercase();
        e.add_text(f.country, &code);
        e.add_facet(f.facet, Facet::from_path(["country", code.as_str()]));
    }
    if let Some((date, year)) = doc.date.as_deref().and_then(parse_date) {
        e.add_date(f.date, date);
        e.add_u64(f.year, year);
        e.add_facet(
            f.facet,
            Facet::from_path(["year", year.to_string().as_str()]),
        );
    }
    if let Some(sender) = doc
        .sender
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        e.add_facet(f.facet, Facet::from_path(["sender", sender]));
    }
}

/// A "YYYY-MM-DD" date as a tantivy date (UTC midnight) and its year.
pub(crate) fn parse_date(text: &str) -> Option<(DateTime, u64)> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.get(..2)?.parse().ok()?;
    let days = days_from_civil(year, month, day)?;
    Some((
        DateTime::from_timestamp_secs(days * 86_400),
        u64::try_from(year).ok()?,
    ))
}

/// Days since 1970-01-01 of a proleptic Gregorian date; `None` if impossible.
fn days_from_civil(year: i64, month: u32, day: u32) -> Option<i64> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let last = *month_days.get(usize::try_from(month).ok()?.checked_sub(1)?)?;
    if day == 0 || day > last {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_convert_to_days() {
        let (d, y) = parse_date("2019-07-18").unwrap();
        assert_eq!(y, 2019);
        assert_eq!(d.into_timestamp_secs(), 1_563_408_000);
        assert_eq!(parse_date("1970-01-01").unwrap().0.into_timestamp_secs(), 0);
        assert!(parse_date("2019-02-29").is_none());
        assert!(parse_date("2020-02-29").is_some());
        assert!(parse_date("2019-13-01").is_none());
        assert!(parse_date("garbage").is_none());
    }
}

#[cfg(test)]
mod body_tests {
    use super::*;
    use tantivy::schema::Value;
    use vopis_parse::LanguageSpan;

    #[test]
    fn spans_go_to_their_language_field() {
        let (_, f) = crate::schema::build();
        let text = "Беларуская шапка\n\nРусский текст письма\n\nЕщё русский";
        let start = 0;
        let end = "Беларуская шапка".len();
        let doc = Document {
            id: "x".into(),
            language: Language::Ru,
            text: text.into(),
            language_spans: vec![LanguageSpan {
                lang: Language::Be,
                start,
                end,
            }],
            ..Document::default()
        };
        let e = to_entry(&f, &doc, &["a".into()]);
        let be: Vec<&str> = e.get_all(f.body_be).filter_map(|v| v.as_str()).collect();
        let ru: Vec<&str> = e.get_all(f.body_ru).filter_map(|v| v.as_str()).collect();
        assert_eq!(be, ["Беларуская шапка"]);
        assert_eq!(ru, ["\n\nРусский текст письма\n\nЕщё русский"]);
    }

    #[test]
    fn bad_spans_leave_the_text_with_the_main_language() {
        let (_, f) = crate::schema::build();
        let doc = Document {
            id: "x".into(),
            language: Language::Ru,
            text: "Ўсё".into(),
            language_spans: vec![LanguageSpan {
                lang: Language::Be,
                start: 1,
                end: 99,
            }],
            ..Document::default()
        };
        let e = to_entry(&f, &doc, &["a".into()]);
        let ru: Vec<&str> = e.get_all(f.body_ru).filter_map(|v| v.as_str()).collect();
        assert_eq!(ru, ["Ўсё"]);
        assert_eq!(e.get_all(f.body_be).count(), 0);
    }
}
