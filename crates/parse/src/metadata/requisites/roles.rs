//! Which date and number are the document's own.
//!
//! Why: a letter quotes many dates and numbers; the registry wants the one
//! the sender gave it. Rules, in order: the date beside the outgoing number
//! in the head (`02.09.2024 № 06-11/1547`, `№ 06-09/398 от 15.08.2019`);
//! else a dated line of its own in the head (`12 May 2025`, `г. Минск
//! «12» мая 2023 г.`, `Minsk⇥11 March 2025`); for articles the dateline or
//! byline near the top (`By Daniel Morrow · 21 May 2025`) or the source line
//! at the end (`Брестская газета, 3 марта 2025 г.`). The head is the text
//! before the salutation (`Уважаемый`, `Паважаны`, `Dear`), at most its first
//! third (and at least 1500 bytes). Invariant: only dates not already taken
//! by the reply or the stamp are considered; all offsets are byte offsets on
//! char boundaries.

use std::sync::LazyLock;

use regex::Regex;

use super::date::Found;
use super::number::{self, Num};
use super::reply::date_after;
use crate::model::{DateRole, DocType};

/// A salutation line, where a letter's head ends. The word boundaries after
/// the English words are ASCII ones: a Unicode `\b` would turn the search
/// from the lazy DFA to the backtracker, ten times slower on Cyrillic text.
static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*(?:уважаем|паважан|шаноўн|dear(?-u:\b)|добрый день|добры дзень|здравствуйте|hello(?-u:\b))")
        .expect("valid regex")
});

/// Words that introduce an agreement's signing date.
static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:done|signed|совершено|подписано|подписан|учынена|падпісана|складзена|составлено)\b")
        .expect("valid regex")
});

/// Byte offset where the head of the text ends.
pub(crate) fn head_end(text: &str) -> usize {
    let third = floor_boundary(text, (text.len() / 3).max(1500));
    // Only a salutation before `third` can move the end: search no further.
    let head = text.get(..third).unwrap_or(text);
    SALUTATION.find(head).map_or(third, |m| m.start())
}

/// The largest char boundary not after `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte range of the line holding `at`.
pub(crate) fn line_of(text: &str, at: usize) -> (usize, usize) {
    let at = floor_boundary(text, at);
    let start = text
        .get(..at)
        .and_then(|s| s.rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = text
        .get(at..)
        .and_then(|s| s.find('\n'))
        .map_or(text.len(), |i| at + i);
    (start, end)
}

/// The document's own number and the index of its date, if any.
pub(crate) fn own_number(
    text: &str,
    doc_type: DocType,
    found: &[Found],
    taken: &[(usize, usize)],
) -> Option<(String, Option<usize>)> {
    if doc_type == DocType::Agreement
        && let Some(n) = number::agreement(text)
    {
        return Some((n.value.clone(), adjacent_date(text, found, &n)));
    }
    let head = head_end(text);
    for n in number::all(text) {
        if taken.iter().any(|&(s, e)| n.start < e && s < n.end) {
            continue;
        }
        let in_head = n.start < head;
        if !in_head && !n.outgoing {
            continue;
        }
        let date = adjacent_date(text, found, &n);
        let (line_start, _) = line_of(text, n.start);
        let prefix = text.get(line_start..n.start).unwrap_or("");
        // `02.09.2024 № 5`, `от 02.09.2024 № 5`, `Дата: 02.09.2024 № 5`.
        let before_is_date = date.and_then(|i| found.get(i)).is_some_and(|f| {
            f.start >= line_start
                && f.end <= n.start
                && prefix.get(..f.start - line_start).is_some_and(|p| {
                    p.chars().filter(|c| c.is_alphabetic()).count() <= 6
                        && !p.chars().any(|c| c.is_ascii_digit())
                })
        });
        // `Исх. № 5` on a line of its own: the label is all that precedes.
        let label_only = n.outgoing && prefix.split_whitespace().count() <= 1;
        let requisite_line = prefix.trim().is_empty() || before_is_date || label_only;
        if in_head && (requisite_line || n.outgoing) {
            return Some((n.value, date));
        }
        if n.outgoing && requisite_line && doc_type != DocType::Article {
            return Some((n.value, date));
        }
    }
    None
}

/// The date written right before a number (`02.09.2024 № 5`) or right after
/// it (`№ 5 от 02.09.2024`), on the same line.
fn adjacent_date(text: &str, found: &[Found], n: &Num) -> Option<usize> {
    let before = found
        .partition_point(|f| f.end <= n.start)
        .checked_sub(1)
        .filter(|&i| {
            found.get(i).is_some_and(|f| {
                text.get(f.end..n.start).is_some_and(|gap| {
                    gap.chars().count() <= 4 && !gap.contains('\n') && gap.trim().is_empty()
                })
            })
        });
    before.or_else(|| date_after(text, found, n.end, 12))
}

/// Whether the date `f` stands on a line of its own, perhaps with a place
/// (`г. Минск`, `Minsk,`) or a byline: the rest of the line has at most
/// `letters` letters and no digits unless `digits`.
fn standalone(text: &str, f: &Found, letters: usize, digits: bool) -> bool {
    let (s, e) = line_of(text, f.start);
    let before = text.get(s..f.start).unwrap_or("");
    let after = text.get(f.end.min(e)..e).unwrap_or("");
    let rest = || before.chars().chain(after.chars());
    rest().filter(|c| c.is_alphabetic()).count() <= letters
        && (digits || !rest().any(|c| c.is_ascii_digit()))
        && f.end <= e
}

/// The index of the document's own date, given the dates still free
/// (`free[i]`) and the own number's date.
pub(crate) fn own_date(
    text: &str,
    doc_type: DocType,
    found: &[Found],
    free: &[bool],
    number_date: Option<usize>,
) -> Option<usize> {
    if let Some(i) = number_date.filter(|&i| free.get(i).copied().unwrap_or(false)) {
        return Some(i);
    }
    let is_free = |i: usize| free.get(i).copied().unwrap_or(false);
    let has_day = |f: &Found| f.dates.first().is_some_and(|d| d.has_day());
    let head = head_end(text);
    match doc_type {
        DocType::Article => {
            let top = floor_boundary(text, 600);
            let early = found.iter().enumerate().find(|(i, f)| {
                is_free(*i) && f.start < top && has_day(f) && standalone(text, f, 40, true)
            });
            let tail_from = floor_boundary(text, text.len().saturating_sub(300));
            early
                .or_else(|| {
                    found.iter().enumerate().rev().find(|(i, f)| {
                        is_free(*i)
                            && f.start >= tail_from
                            && has_day(f)
                            && standalone(text, f, 40, false)
                    })
                })
                .map(|(i, _)| i)
        }
        _ => found
            .iter()
            .enumerate()
            .find(|(i, f)| {
                is_free(*i) && f.start < head && has_day(f) && standalone(text, f, 20, false)
            })
            .map(|(i, _)| i)
            .or_else(|| {
                (doc_type == DocType::Agreement)
                    .then(|| signed_at(text, found, &is_free))
                    .flatten()
            }),
    }
}

/// `Done at Minsk on 11 March 2025`, `Совершено в г. Минске 12 мая 2023 г.`,
/// `Падпісана 5 снежня 2021 г.`: the first free day date after such words,
/// on their line, within 60 chars.
fn signed_at(text: &str, found: &[Found], is_free: &dyn Fn(usize) -> bool) -> Option<usize> {
    for m in SIGNED.find_iter(text) {
        let i = found.partition_point(|f| f.start < m.end());
        let Some(f) = found.get(i) else { break };
        let gap = text.get(m.end()..f.start).unwrap_or("\n");
        if is_free(i)
            && f.dates.first().is_some_and(|d| d.has_day())
            && gap.chars().count() <= 60
            && !gap.contains('\n')
        {
            return Some(i);
        }
    }
    None
}

/// The role a document's own date has for its type.
pub(crate) fn own_role(doc_type: DocType) -> DateRole {
    match doc_type {
        DocType::Agreement => DateRole::Signing,
        DocType::Article => DateRole::Published,
        _ => DateRole::Document,
    }
}

#[cfg(test)]
mod tests {
    use super::super::date::scan;
    use super::*;

    /// (number, ISO date) that a letter of `doc_type` gets from `s`.
    fn own(s: &str, doc_type: DocType) -> (Option<String>, Option<String>) {
        let found = scan(s);
        let num = own_number(s, doc_type, &found, &[]);
        let free = vec![true; found.len()];
        let d = own_date(s, doc_type, &found, &free, num.as_ref().and_then(|n| n.1));
        let iso = d
            .and_then(|i| found.get(i))
            .and_then(|f| f.dates.first())
            .map(|d| d.iso());
        (num.map(|n| n.0), iso)
    }

    #[test]
    fn heads_of_letters() {
        let be = "ДКНТ\n\n02.09.2024 № 06-11/1547\n\nРэктару\n\nПаважаны Андрэй Рыгоравіч!\n\nЗагад ад 12.06.2024 № 47.";
        assert_eq!(
            own(be, DocType::Letter),
            (Some("06-11/1547".into()), Some("2024-09-02".into()))
        );
        let ru = "ИНМ\n\n№ 06-09/398 от 15.08.2019\n\nУважаемый Иван Иванович!";
        assert_eq!(
            own(ru, DocType::Letter),
            (Some("06-09/398".into()), Some("2019-08-15".into()))
        );
        let glued = "ИНМ\n№06-09/398от15.08.2019\nУважаемый коллега!";
        assert_eq!(
            own(glued, DocType::Letter),
            (Some("06-09/398".into()), Some("2019-08-15".into()))
        );
        let en = "Centre\n\n12 May 2025\nOur ref. NCEM/IP/25-044\n\nDear Dr Mikhnevich,\n\nby 30 May 2025.";
        assert_eq!(
            own(en, DocType::Letter),
            (Some("NCEM/IP/25-044".into()), Some("2025-05-12".into()))
        );
        let ot = "ИНМ\n\nот 02.09.2024 № 06-11/1547\n\nУважаемые коллеги!";
        assert_eq!(
            own(ot, DocType::Letter),
            (Some("06-11/1547".into()), Some("2024-09-02".into()))
        );
        let cells = "ИНМ\n\n02.09.2024\t№ 06-11/1547\n\nУважаемые коллеги!";
        assert_eq!(
            own(cells, DocType::Letter),
            (Some("06-11/1547".into()), Some("2024-09-02".into()))
        );
        let apart = "ИНМ\n\n02.09.2024\n\n№ 06-11/1547\n\nУважаемые коллеги!";
        assert_eq!(
            own(apart, DocType::Letter),
            (Some("06-11/1547".into()), Some("2024-09-02".into()))
        );
        let no = "Centre\n\nNo. 12/34\nAugust 25, 2022\n\nDear colleagues,";
        assert_eq!(
            own(no, DocType::Letter),
            (Some("12/34".into()), Some("2022-08-25".into()))
        );
        let reff = "Centre\n\nRef. 7/2021\n25 August 2022\n\nDear colleagues,";
        assert_eq!(
            own(reff, DocType::Letter),
            (Some("7/2021".into()), Some("2022-08-25".into()))
        );
        let out = "Исх. № 12-3/45-к\n«5» марта 2021 г.\nУважаемые коллеги!";
        assert_eq!(
            own(out, DocType::Letter),
            (Some("12-3/45-к".into()), Some("2021-03-05".into()))
        );
    }

    #[test]
    fn a_labelled_number_after_the_salutation() {
        let ru = "Уважаемый Андрей Петрович!\n\nИсх. № 215-03/12 от 02.03.2023\nНа № 07-19/88 от 14.02.2023\n\nИнститут сообщает";
        assert_eq!(own(ru, DocType::Letter).0.as_deref(), Some("215-03/12"));
        let be = "Паважаны Андрэй Рыгоравіч!\n\nІсх. № 06-11/1547 ад 02.09.2024\n\nДКНТ паведамляе";
        assert_eq!(own(be, DocType::Letter).0.as_deref(), Some("06-11/1547"));
        let en = "Dear colleagues,\n\nOur ref. NCEM/IP/25-044\n\nWe write";
        assert_eq!(
            own(en, DocType::Letter).0.as_deref(),
            Some("NCEM/IP/25-044")
        );
        // A number quoted in a sentence stays a mention.
        let quoted = "Уважаемые коллеги!\n\nВ ответ на письмо исх. № 5/12 сообщаем";
        assert_eq!(own(quoted, DocType::Letter).0, None);
    }

    #[test]
    fn quoted_acts_are_not_own() {
        let s = "Отчёт\n\nутверждена постановлением Совета Министров от 14 мая 2021 г. № 282.";
        assert_eq!(own(s, DocType::Report), (None, None));
    }

    #[test]
    fn agreements_and_articles() {
        let ru = "СОГЛАШЕНИЕ № 15\nо сотрудничестве\n\nг. Минск\t«12» мая 2023 г.\n\nСтороны…";
        assert_eq!(
            own(ru, DocType::Agreement),
            (Some("15".into()), Some("2023-05-12".into()))
        );
        let en = "AGREEMENT\n\nMinsk\t11 March 2025\n\nThe Parties…\n\nAgreement No. 25/VN-117 · Minsk – Hanoi";
        assert_eq!(
            own(en, DocType::Agreement),
            (Some("25/VN-117".into()), Some("2025-03-11".into()))
        );
        let done = "AGREEMENT\n\nThe Parties agree as follows.\n\nThis Agreement enters into force on signature.\n\nDone at Minsk on 11 March 2025 in two originals.";
        let long = format!("{}{}", "The Parties agree.\n".repeat(200), done);
        assert_eq!(
            own(&long, DocType::Agreement),
            (None, Some("2025-03-11".into()))
        );
        let art = "Title\n\nBy Daniel Morrow · 21 May 2025\n\nText about 2024.";
        assert_eq!(
            own(art, DocType::Article),
            (None, Some("2025-05-21".into()))
        );
        let tail = "Новости\nВ Бресте открылся центр.\n\nБрестская газета, 3 марта 2025 г.";
        assert_eq!(
            own(tail, DocType::Article),
            (None, Some("2025-03-03".into()))
        );
    }
}
