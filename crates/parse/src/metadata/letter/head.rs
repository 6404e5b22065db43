//! The head of a letter: everything above its text, cut into blocks and
//! each block told apart: letterhead, registry requisites, addressee,
//! subject.
//!
//! The head ends at the salutation (`Уважаемый …!`, `Dear …,`), which may
//! share a paragraph with the subject, or at the first paragraph of running
//! text. Requisite lines (`02.09.2024 № 06-11/1547`, `На № … ад …`,
//! `Вх-2871 05.09.2024`, `Our ref. …`) are recognised only to be stepped
//! over: their values belong to the requisites module.
//!
//! Invariant: at most [`WINDOW`] paragraphs are looked at.

use std::sync::LazyLock;

use regex::Regex;

use super::addressee::{is_addressee, names_organisation, recipient};
use super::layout::{WINDOW, cells, lines, word_count};
use super::subject::{clean, is_salutation, starts_subject};

/// A line carrying a registry requisite: a date, a number, a reference.
static REQUISITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:№|n\s?\d|no\.?\s*\d|исх|вх|ісх|уваход|выход|на\s+(?:№|n\b|ваш|исх|вх|ісх)|our ref|your ref|ref\.|ref:|reference:|date:|дата:|_{2,}|«?\s*_{2,}|\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4}|«\s*\d{1,2}\s*»)",
    )
    .expect("valid regex")
});

/// A block that starts with the letterhead's address or contacts.
static CONTACT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:ул\.|вул\.|пр\.|пр-т|просп|пл\.|пер\.|тел|тэл|факс|fax|phone|e-mail|email|www\.|https?:|\+\d|\d{6}|\d+\s+\p{L})")
        .expect("valid regex")
});

/// What a block of the head is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Dates, numbers, references, stamps.
    Requisite,
    /// The letterhead's address and contacts.
    Contact,
    /// The addressee.
    Addressee,
    /// The subject heading.
    Subject,
    /// Anything else: a letterhead name, an unlabelled subject, …
    Other,
}

/// The parts of a letter's head.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Head<'t> {
    /// The blocks above the first requisite or addressee: the letterhead.
    pub letterhead: Vec<&'t str>,
    /// The addressee block as one line.
    pub recipient: Option<String>,
    /// The subject as one line.
    pub subject: Option<String>,
    /// Whether a salutation ended the head.
    pub salutation: bool,
    /// Whether the head has a registry number line (`№ …`, `No. …`).
    pub numbered: bool,
}

/// Whether a paragraph is running text rather than a head block.
fn is_running_text(par: &str) -> bool {
    let words = word_count(par);
    words > 45 || (words > 25 && par.trim_end().ends_with(['.', '!', '?']))
}

/// Classifies one head block.
fn kind(block: &str) -> Kind {
    let first = lines(block).next().unwrap_or("");
    if lines(block).all(|l| REQUISITE.is_match(l) && word_count(l) <= 12) {
        Kind::Requisite
    } else if starts_subject(block) {
        Kind::Subject
    } else if is_addressee(block) {
        Kind::Addressee
    } else if CONTACT_START.is_match(first) {
        Kind::Contact
    } else {
        Kind::Other
    }
}

/// The blocks of the head, cut at the salutation.
fn blocks<'t>(pars: &[&'t str]) -> (Vec<&'t str>, bool) {
    let mut out = Vec::new();
    for par in pars.iter().take(WINDOW) {
        if let Some(line) = lines(par).find(|l| is_salutation(l)) {
            let at = (line.as_ptr() as usize).saturating_sub(par.as_ptr() as usize);
            if let Some(before) = par.get(..at).map(str::trim).filter(|b| !b.is_empty()) {
                out.push(before);
            }
            return (out, true);
        }
        if is_running_text(par) {
            break;
        }
        out.push(par);
    }
    (out, false)
}

/// A block without the cells that are requisites: a PDF may put the date
/// and number beside the addressee on the same lines.
fn without_requisites(block: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in lines(block) {
        let kept: Vec<&str> = cells(line)
            .into_iter()
            .filter(|c| !REQUISITE.is_match(c))
            .collect();
        if !kept.is_empty() {
            out.push(kept.join(" "));
        }
    }
    out.join("\n")
}

/// Reads the head of a letter from its paragraphs.
pub(super) fn read<'t>(pars: &[&'t str]) -> Head<'t> {
    let (blocks, salutation) = blocks(pars);
    let kinds: Vec<Kind> = blocks.iter().map(|b| kind(b)).collect();
    let mut head = Head {
        salutation,
        ..Head::default()
    };
    // A stamp may be printed above the letterhead: leading requisites are
    // stepped over.
    let lead = kinds.iter().take_while(|k| **k == Kind::Requisite).count();
    let first_req = kinds
        .iter()
        .skip(lead)
        .position(|k| matches!(k, Kind::Requisite | Kind::Addressee | Kind::Subject))
        .map_or(blocks.len(), |i| i + lead);
    for (block, k) in blocks.iter().zip(&kinds).take(first_req) {
        if *k == Kind::Other {
            head.letterhead.push(block);
        }
    }
    head.numbered = blocks
        .iter()
        .zip(&kinds)
        .any(|(b, k)| *k == Kind::Requisite && (b.contains('№') || b.contains("No.")));
    let mut others: Vec<&str> = Vec::new();
    for (i, (block, k)) in blocks.iter().zip(&kinds).enumerate() {
        match k {
            Kind::Addressee if head.recipient.is_none() => {
                head.recipient = recipient(&without_requisites(block));
            }
            Kind::Subject if head.subject.is_none() => head.subject = clean(block),
            Kind::Other if i > first_req => others.push(block),
            _ => {}
        }
    }
    // Unlabelled blocks after the requisites: the addressee comes first, a
    // subject without `О`/`Аб` last, right above the text.
    if !salutation {
        return head;
    }
    if head.recipient.is_none()
        && let Some(first) = others.first()
        && (others.len() >= 2 || (names_organisation(first) && head.subject.is_some()))
    {
        head.recipient = recipient(first);
        others.remove(0);
    }
    if head.subject.is_none()
        && let Some(last) = others.last()
        && blocks.last() == Some(last)
        && word_count(last) <= 40
    {
        head.subject = clean(last);
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::letter::layout::paragraphs;

    #[test]
    fn seminar_letter_head() {
        let t = "ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ\n«ИНСТИТУТ НОВЫХ МАТЕРИАЛОВ»\n\nул. Академическая, 15, 220141, г. Минск, тел. (017) 294-11-60\n\n18.07.2019 № 06-09/398\n\nНа № 2-14/77 от 02.07.2019\n\nРектору учреждения образования\n«Полоцкий политехнический колледж»\nИванову И.И.\n\nО проведении белорусско-китайского семинара по новым материалам\n\nУважаемый Иван Иванович!\n\nИнститут сообщает.";
        let pars = paragraphs(t);
        let h = read(&pars);
        assert_eq!(h.letterhead.len(), 1);
        assert_eq!(
            h.recipient.as_deref(),
            Some("Ректору учреждения образования «Полоцкий политехнический колледж» Иванову И.И.")
        );
        assert_eq!(
            h.subject.as_deref(),
            Some("О проведении белорусско-китайского семинара по новым материалам")
        );
        assert!(h.salutation);
    }

    #[test]
    fn subject_glued_to_salutation() {
        let t = "Вх-2871 05.09.2024\n\n02.09.2024 № 06-11/1547\nНа № 12-04/388 ад 14.08.2024\n\nРэктару Палескага дзяржаўнага\nтэхналагічнага ўніверсітэта\nпрафесару Юрэвічу А.Р.\n\nАб удзеле ў беларуска-в’етнамскім\nконкурсе сумесных праектаў\nПаважаны Андрэй Рыгоравіч!\n\nТэкст.";
        let pars = paragraphs(t);
        let h = read(&pars);
        assert!(h.letterhead.is_empty());
        assert_eq!(
            h.subject.as_deref(),
            Some("Аб удзеле ў беларуска-в’етнамскім конкурсе сумесных праектаў")
        );
        assert_eq!(
            h.recipient.as_deref(),
            Some(
                "Рэктару Палескага дзяржаўнага тэхналагічнага ўніверсітэта прафесару Юрэвічу А.Р."
            )
        );
    }

    #[test]
    fn unlabelled_subject_and_organisation_addressee() {
        let t = "Открытое акционерное общество «Гомельстекло»\n\n12.03.2021 № 115\n\nМинистерство промышленности Республики Беларусь\n\nИнформация о выполнении плана мероприятий\n\nУважаемые коллеги!\n\nТекст.";
        let pars = paragraphs(t);
        let h = read(&pars);
        assert_eq!(
            h.letterhead,
            vec!["Открытое акционерное общество «Гомельстекло»"]
        );
        assert_eq!(
            h.recipient.as_deref(),
            Some("Министерство промышленности Республики Беларусь")
        );
        assert_eq!(
            h.subject.as_deref(),
            Some("Информация о выполнении плана мероприятий")
        );
    }

    #[test]
    fn stamp_above_letterhead_and_date_beside_addressee() {
        let t = "Вх. № 4512 от 20.03.2024\n\nМинистерство природных ресурсов и охраны окружающей среды\n\n18.03.2024 № 12-01/330\tНачальнику управления\n\tЛебедеву О.Н.\n\nО мониторинге\n\nУважаемый Олег Николаевич!\n\nТекст.";
        let pars = paragraphs(t);
        let h = read(&pars);
        assert_eq!(
            h.letterhead,
            vec!["Министерство природных ресурсов и охраны окружающей среды"]
        );
        assert_eq!(
            h.recipient.as_deref(),
            Some("Начальнику управления Лебедеву О.Н.")
        );
        assert_eq!(h.subject.as_deref(), Some("О мониторинге"));
    }

    #[test]
    fn english_head() {
        let t = "Northbridge Centre for Energy Materials\n14 Carrow Lane, Norwich NR1 3XE\n\nDr Siarhei Mikhnevich\nHead, Laboratory of Metal Hydrides\n\n12 May 2025\nOur ref. NCEM/IP/25-044\n\nRe: Joint Summer School\n\nDear Dr Mikhnevich,\n\nThank you.";
        let pars = paragraphs(t);
        let h = read(&pars);
        assert_eq!(h.letterhead.len(), 1);
        assert_eq!(
            h.recipient.as_deref(),
            Some("Dr Siarhei Mikhnevich, Head, Laboratory of Metal Hydrides")
        );
        assert_eq!(h.subject.as_deref(), Some("Joint Summer School"));
    }
}
