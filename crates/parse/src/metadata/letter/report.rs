//! A report's outline: its headings, in order.
//!
//! A heading is a paragraph of one short line (`1. Общие сведения`,
//! `Вынікі`, `Recommendations`) that does not end like a sentence, is not a
//! table row or a date, and is followed by running text, a list or a
//! table. The first paragraph is the report's title, not a heading.
//!
//! Invariant: one linear pass; at most [`MAX_HEADINGS`] headings.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::{lines, one_line, word_count};

/// The most headings kept.
const MAX_HEADINGS: usize = 200;

/// A date or page line that is never a heading.
static NOT_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\d{4}|^(?:страница|старонка|page|стр\.|с\.)\s*\d|^\d+$|^(?:приложение|дадатак|appendix)\s*\d*$)")
        .expect("valid regex")
});

/// A numbered heading: `1.`, `2.3`, `IV.`, `Раздел 2`.
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,2}\.(?:\d{1,2}\.?)*|[IVX]{1,5}\.)\s+\p{Lu}").expect("valid regex")
});

/// Whether a paragraph can be a heading.
fn is_heading(par: &str) -> bool {
    let mut ls = lines(par);
    let (Some(line), None) = (ls.next(), ls.next()) else {
        return false;
    };
    let words = word_count(line);
    let starts_upper = line.chars().next().is_some_and(char::is_uppercase);
    (1..=14).contains(&words)
        && line.chars().count() <= 120
        && !line.contains('\t')
        && !line.ends_with(['.', ',', ';', ':', '!', '?', '—', '-'])
        && (starts_upper || NUMBERED.is_match(line))
        && (NUMBERED.is_match(line) || !NOT_HEADING.is_match(line))
}

/// Whether a paragraph is body: running text, a list or a table.
fn is_body(par: &str) -> bool {
    let words = word_count(par);
    (lines(par).nth(1).is_some() && words >= 6)
        || par.contains('\t')
        || words > 14
        || (words >= 8 && par.contains(','))
        || par.ends_with(['.', ';', ':'])
}

/// The headings of a report.
pub(super) fn headings(pars: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, par) in pars.iter().enumerate().skip(1) {
        // A heading follows the title or body, never a short line (a
        // table's cells laid out one per paragraph).
        let after_body = i == 1 || pars.get(i - 1).is_some_and(|prev| is_body(prev));
        if is_heading(par) && after_body && pars.get(i + 1).is_some_and(|next| is_body(next)) {
            out.push(one_line(par));
            if out.len() >= MAX_HEADINGS {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::letter::layout::paragraphs;

    #[test]
    fn numbered_and_plain_headings() {
        let t = "Отчёт о выполнении программы за 2023 год\n\n1. Общие сведения\n\nПрограмма утверждена постановлением.\n\n2. Выполнение заданий\n\n№\tЗадание\n1.03\tРазработать систему\n\n3. Выводы и предложения\n\nЗадания выполнены.\n\nНаучный руководитель программы\tО.В.Лебедева\n\nГНТП «Агроцифра» · отчёт за 2023 год\n\nСтраница 3 из 3";
        assert_eq!(
            headings(&paragraphs(t)),
            vec![
                "1. Общие сведения",
                "2. Выполнение заданий",
                "3. Выводы и предложения"
            ]
        );
        let t = "Справаздача аб правядзенні хакатона\n\nХакатон прайшоў.\n\nУдзельнікі\n\n23 каманды;\n104 удзельнікі.\n\nВынікі\n\nМесца\tКаманда\n\nНаступны хакатон запланаваны на вясну 2026 года.";
        assert_eq!(headings(&paragraphs(t)), vec!["Удзельнікі", "Вынікі"]);
        let t = "Mid-term review\n\nSummary\n\nThe joint laboratory has met most of its targets.\n\nRecommendations\n\nExtend the laboratory.\n\n21 May 2025\n\nSigned.";
        assert_eq!(headings(&paragraphs(t)), vec!["Summary", "Recommendations"]);
    }

    #[test]
    fn table_cells_one_per_paragraph_are_not_headings() {
        let t = "Отчёт\n\nПрограмма утверждена.\n\n2. Выполнение заданий программы\n\nСведения о заданиях, завершённых в отчётном году, приведены в таблице\n\n№\n\nНаименование задания\n\n1.07 Создать программный комплекс учёта\nпоголовья крупного рогатого скота\n\nИсполнитель\n\nИнститут\nагроинформатики\n\nПо заданию 1.03 создан опытный образец системы.";
        assert_eq!(
            headings(&paragraphs(t)),
            vec!["2. Выполнение заданий программы"]
        );
    }

    #[test]
    fn signature_lines_are_not_headings() {
        let t = "Справаздача\n\nВымярэнні праведзены.\n\nЗагадчык лабараторыі\n\nН.Р.Тамашэвіч";
        assert!(headings(&paragraphs(t)).is_empty());
    }
}
