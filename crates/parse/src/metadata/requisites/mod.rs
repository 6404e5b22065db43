//! Registry requisites: every date with its role, the document's own date
//! and number, the letter it answers, the receiver's stamp and the period a
//! report covers.
//!
//! Why: archivists catalogue letters by these (GOST R 7.0.97-2016 and
//! Belarusian office-work practice). Fills only `date`, `number`,
//! `in_reply_to`, `incoming`, `dates` and `period`, after the letter module
//! has set `doc_type`. A date already set (an e-mail's Date header) is kept.
//! Invariants: one linear pass per pattern over the text (regexes compiled
//! once); every date given out is a real calendar date; `dates` is in text
//! order and each written date appears once (a range as two mentions).
//!
//! Roles, first match wins: inside the reply requisite → `reply`; inside the
//! stamp → `incoming`; the own date (see [`roles`]) → `document`, `signing`
//! (agreements) or `published` (articles); right after `вступает в силу с` /
//! `уступае ў сілу з` / `enters into force on` → `entry_into_force`; inside a
//! covered period (see [`period`]) → `period_start` / `period_end`; anything
//! else → `mentioned`.

mod date;
mod months;
mod number;
mod numeric;
mod period;
mod reply;
mod roles;

use std::sync::LazyLock;

use regex::Regex;

use super::Context;
use super::entities::prefilter;
use crate::model::{DateMention, DateRole, DocType, Document, Period, Reference};

/// `вступает в силу с`, `уступае ў сілу з`, `enters into force on`.
static ENTRY_INTO_FORCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:вступ(?:ает|ают|ил|ила|ило|ит)\s+в\s+(?:законную\s+)?силу|[уў]ступ(?:ае|аюць|іць|іла|іў)\s+[уў]\s+сілу|(?:enters?|entered|comes?|came|shall\s+enter|shall\s+come)\s+into\s+force)")
        .expect("valid regex")
});

/// Fills this module's fields of `doc` from `text`.
pub(crate) fn fill(doc: &mut Document, text: &str, _ctx: &Context) {
    let found = date::scan(text);
    let mut roles = vec![DateRole::Mentioned; found.len()];
    let mut taken: Vec<(usize, usize)> = Vec::new();

    // Folded once for the cheap checks before the reply and stamp patterns.
    let folded = prefilter::fold(text);
    let reply = reply::reply(text, &folded, &found);
    if let Some(hit) = &reply {
        mark(&found, &mut roles, hit.start, hit.end, DateRole::Reply);
        taken.push((hit.start, hit.end));
        // `На № ___ от ___`: a blank form field is no reference at all.
        doc.in_reply_to =
            Some(reference(hit, &found)).filter(|r| r.number.is_some() || r.date.is_some());
    }
    let stamp = reply::stamp(text, &folded, &found);
    if let Some(hit) = &stamp {
        mark(&found, &mut roles, hit.start, hit.end, DateRole::Incoming);
        taken.push((hit.start, hit.end));
        doc.incoming = Some(reference(hit, &found));
    }

    let own = roles::own_number(text, doc.doc_type, &found, &taken);
    let free: Vec<bool> = roles.iter().map(|r| *r == DateRole::Mentioned).collect();
    let own_date = roles::own_date(
        text,
        doc.doc_type,
        &found,
        &free,
        own.as_ref().and_then(|o| o.1),
    );
    if let Some((value, _)) = own {
        doc.number = Some(value);
    }
    if let Some(i) = own_date {
        if let Some(r) = roles.get_mut(i) {
            *r = roles::own_role(doc.doc_type);
        }
        if doc.date.is_none() {
            doc.date = found
                .get(i)
                .and_then(|f| f.dates.first())
                .map(date::Ymd::iso);
        }
    }

    for m in ENTRY_INTO_FORCE.find_iter(text) {
        if let Some(i) = entry_date(text, &found, m.end())
            && let Some(r) = roles.get_mut(i).filter(|r| **r == DateRole::Mentioned)
        {
            *r = DateRole::EntryIntoForce;
        }
    }

    let periods = period::find(text, &found);
    doc.period = covered(text, doc.doc_type, &periods);
    doc.dates = mentions(text, &found, &roles, &periods);
}

/// The found date right after an entry-into-force phrase (`с`, `з`, `on`,
/// `from`, `as of` between), if any.
fn entry_date(text: &str, found: &[date::Found], from: usize) -> Option<usize> {
    let i = found.partition_point(|f| f.start < from);
    let gap = text.get(from..found.get(i)?.start)?;
    let ok = gap.chars().count() <= 16
        && gap.split_whitespace().all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "с" | "з" | "со" | "on" | "from" | "as" | "of"
            )
        });
    ok.then_some(i)
}

/// Gives every date inside `start..end` the role `role`.
fn mark(found: &[date::Found], roles: &mut [DateRole], start: usize, end: usize, role: DateRole) {
    for (f, r) in found.iter().zip(roles.iter_mut()) {
        if f.start >= start && f.end <= end {
            *r = role;
        }
    }
}

/// A reply or stamp hit as the contract's reference object.
fn reference(hit: &reply::Hit, found: &[date::Found]) -> Reference {
    Reference {
        number: hit.number.clone(),
        date: hit
            .date
            .and_then(|i| found.get(i))
            .and_then(|f| f.dates.first())
            .map(date::Ymd::iso),
    }
}

/// The period the document covers: for a report, the first period in its
/// first paragraph (the title), else its first period; for other documents
/// only a period in the first paragraph.
fn covered(text: &str, doc_type: DocType, periods: &[period::Span]) -> Option<Period> {
    let first_para_end = text.find("\n\n").unwrap_or(text.len());
    let in_title = periods.iter().find(|p| p.start < first_para_end);
    let chosen = match doc_type {
        DocType::Report => in_title.or(periods.first()),
        DocType::Letter | DocType::Agreement | DocType::Article => None,
        DocType::Other => in_title,
    }?;
    Some(Period {
        from: Some(chosen.from.iso()),
        to: Some(chosen.to.iso()),
        text: text.get(chosen.start..chosen.end)?.to_owned(),
    })
}

/// Every date as a mention, in text order; a period gives its start and
/// end once each.
fn mentions(
    text: &str,
    found: &[date::Found],
    roles: &[DateRole],
    periods: &[period::Span],
) -> Vec<DateMention> {
    let mut out = Vec::with_capacity(found.len() + periods.len());
    let mut done_periods = vec![false; periods.len()];
    let mut j = 0;
    for (f, role) in found.iter().zip(roles) {
        let words = text.get(f.start..f.end).unwrap_or("").to_owned();
        while periods.get(j).is_some_and(|p| p.end <= f.start) {
            j += 1;
        }
        let overlaps = periods.get(j).is_some_and(|p| p.start < f.end);
        let in_period = (*role == DateRole::Mentioned && overlaps).then_some(j);
        if let Some(pi) = in_period {
            if let (Some(p), Some(done)) = (periods.get(pi), done_periods.get_mut(pi))
                && !*done
            {
                *done = true;
                let span = text.get(p.start..p.end).unwrap_or("").to_owned();
                out.push(DateMention {
                    date: p.from.iso(),
                    role: DateRole::PeriodStart,
                    text: span.clone(),
                });
                out.push(DateMention {
                    date: p.to.iso(),
                    role: DateRole::PeriodEnd,
                    text: span,
                });
            }
            continue;
        }
        for d in &f.dates {
            out.push(DateMention {
                date: d.iso(),
                role: *role,
                text: words.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
