//! What kind of document this is, from its wording and structure.
//!
//! The first line names most agreements (`СОГЛАШЕНИЕ`, `Пагадненне`,
//! `Memorandum of Understanding`) and reports (`Отчёт о …`, `Справаздача
//! аб …`, `Информация о …`, `Mid-term review …`). Letters show a salutation,
//! a closing, a registry number line or a subject heading. Articles are
//! web pages (or pages headed `Новости`) with a dateline, a byline or a
//! source. What matches nothing is `other`.
//!
//! Invariant: only the first few paragraphs and the tail are read.

use std::sync::LazyLock;

use regex::Regex;

use super::article::MASTHEAD;
use super::head::Head;
use super::layout::{WINDOW, lines, word_count};
use crate::model::{DocType, Document, Format};

/// Words that open an agreement's title.
static AGREEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:рамочное|рамачнае|генеральное|генеральнае|двустороннее|межведомственное|міжведамаснае|framework|bilateral|joint)\s+)?(?:соглашение|договор|контракт|меморандум|протокол|пагадненне|дагавор|кантракт|мемарандум|пратакол|agreement|memorandum|protocol|contract|treaty|accord)(?:[\s,.№]|$)",
    )
    .expect("valid regex")
});

/// Words that open a report's title.
static REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:годовой|итоговый|краткий|промежуточный|сводный|научный|гадавая|выніковая|кароткая|навуковая|annual|final|interim|progress|mid-term|midterm|technical|summary|brief)\s+)?(?:отч[её]т|справка|информация|аналитическая записка|пояснительная записка|докладная записка|итоги|справаздача|даведка|інфармацыя|аналітычная запіска|тлумачальная запіска|вынікі|report|review|information note|analytical note|briefing|summary)(?:[\s,.:]|$)",
    )
    .expect("valid regex")
});

/// The heading of an internal memo, which is correspondence.
pub(super) static MEMO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:служебная записка|службовая запіска|internal memo|memo|письмо|ліст|letter)\s*$",
    )
    .expect("valid regex")
});

/// A news rubric heading a page.
static NEWS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:новости|навіны|news|press release|пресс-релиз|прэс-рэліз)(?:[\s,.:]|$)")
        .expect("valid regex")
});

/// A dateline, byline or source line of an article.
static ARTICLE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:by\s+\p{Lu}|written by|автор:|аўтар:|текст:|тэкст:|source:|источник:|крыніца:|фото:|фота:|photo:|\d{1,2}\s+\p{L}+\s+\d{4}(?:\s*г\.)?(?:,\s*\d{1,2}:\d{2})?(?:\s*·.*)?$|\p{L}+\s+\d{1,2},\s+\d{4}$)",
    )
    .expect("valid regex")
});

/// Phrases of an agreement's body.
static AGREEMENT_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:заключили настоящ|именуемые в дальнейшем|вступает в силу с|уступае ў сілу|заключылі гэта|have agreed as follows|hereinafter referred to as|enters? into force|shall enter into force)",
    )
    .expect("valid regex")
});

/// The first line of the text that has letters.
fn first_line<'t>(pars: &[&'t str]) -> &'t str {
    pars.iter()
        .flat_map(|p| lines(p))
        .find(|l| l.chars().any(char::is_alphabetic))
        .unwrap_or("")
}

/// Whether the tail carries a closing formula.
fn has_closing(pars: &[&str]) -> bool {
    let from = pars.len().saturating_sub(6);
    pars.get(from..)
        .unwrap_or(&[])
        .iter()
        .flat_map(|p| lines(p))
        .any(|l| {
            let l: String = l.chars().take(20).flat_map(char::to_lowercase).collect();
            l.starts_with("с уважением")
                || l.starts_with("з павагай")
                || l.starts_with("yours sincerely")
                || l.starts_with("yours faithfully")
                || l.starts_with("sincerely")
                || l.starts_with("kind regards")
                || l.starts_with("best regards")
        })
}

/// The document's type.
pub(super) fn detect(doc: &Document, pars: &[&str], head: &Head) -> DocType {
    if doc.format == Format::Eml {
        return DocType::Letter;
    }
    let article_lines = pars
        .iter()
        .take(4)
        .chain(pars.iter().rev().take(2))
        .flat_map(|p| lines(p))
        .filter(|l| ARTICLE_LINE.is_match(l))
        .count();
    // A news page headed `Соглашение подписано …` is still news.
    if doc.format == Format::Html && article_lines > 0 && !head.salutation {
        return DocType::Article;
    }
    let first = first_line(pars);
    if MEMO.is_match(first) {
        return DocType::Letter;
    }
    if AGREEMENT.is_match(first) {
        return DocType::Agreement;
    }
    if REPORT.is_match(first) || (doc.format != Format::Html && first_is_english_report(first)) {
        return DocType::Report;
    }
    if NEWS.is_match(first) || (MASTHEAD.is_match(first) && word_count(first) <= 6) {
        return DocType::Article;
    }
    let closing = has_closing(pars);
    if (head.salutation && (doc.format != Format::Html || head.subject.is_some()))
        || (closing && (head.salutation || head.subject.is_some() || head.recipient.is_some()))
        || (head.subject.is_some() && (head.recipient.is_some() || head.numbered))
    {
        return DocType::Letter;
    }
    if let Some(title) = doc.title.as_deref() {
        if AGREEMENT.is_match(title) {
            return DocType::Agreement;
        }
        if REPORT.is_match(title) {
            return DocType::Report;
        }
    }
    if doc.format == Format::Html && pars.len() >= 3 {
        return DocType::Article;
    }
    if article_lines >= 1 && pars.len() >= 3 && !head.salutation {
        return DocType::Article;
    }
    if closing {
        return DocType::Letter;
    }
    if pars.iter().take(WINDOW).any(|p| AGREEMENT_BODY.is_match(p)) {
        return DocType::Agreement;
    }
    DocType::Other
}

/// An English title with `report` or `review` among its first words.
fn first_is_english_report(first: &str) -> bool {
    word_count(first) <= 20
        && first.split_whitespace().take(6).any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "report" | "review" | "evaluation"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::letter::{head, layout::paragraphs};

    fn of(format: Format, text: &str) -> DocType {
        let doc = Document {
            format,
            ..Document::default()
        };
        let pars = paragraphs(text);
        let head = head::read(&pars);
        detect(&doc, &pars, &head)
    }

    #[test]
    fn agreements() {
        for t in [
            "СОГЛАШЕНИЕ\n\nо научно-техническом сотрудничестве",
            "Соглашение между Национальной академией наук Беларуси и Академией наук Вьетнама о сотрудничестве в области биотехнологий",
            "ПАГАДНЕННЕ аб супрацоўніцтве",
            "Дагавор № 12/24 на выкананне навукова-даследчай работы",
            "MEMORANDUM OF UNDERSTANDING\nbetween the Institute of Physics and the University of Hanoi",
            "AGREEMENT\non Scientific and Technical Cooperation in Photonics",
            "Протокол седьмого заседания Белорусско-Вьетнамской комиссии",
        ] {
            assert_eq!(of(Format::Pdf, t), DocType::Agreement, "{t}");
        }
    }

    #[test]
    fn reports() {
        for t in [
            "Отчёт о выполнении программы за 2023 год\n\n1. Общие сведения",
            "СПРАВКА\nо ходе выполнения поручения",
            "Информация о результатах сотрудничества с КНР",
            "Аналитическая записка о состоянии рынка",
            "Справаздача аб навуковай дзейнасці музея за 2018 год",
            "Mid-term review of the Belarus–China Joint Laboratory\n\nSummary",
            "Annual Report 2024",
            "Итоги конференции\n\nОбщие сведения",
        ] {
            assert_eq!(of(Format::Docx, t), DocType::Report, "{t}");
        }
    }

    #[test]
    fn letters() {
        let t = "Институт новых материалов\n\n18.07.2019 № 06-09/398\n\nРектору Иванову И.И.\n\nО семинаре\n\nУважаемый Иван Иванович!\n\nСообщаем.";
        assert_eq!(of(Format::Rtf, t), DocType::Letter);
        let t = "Dear colleagues,\n\nThank you for your letter.\n\nYours sincerely,\n\nJohn Smith";
        assert_eq!(of(Format::Pdf, t), DocType::Letter);
        assert_eq!(of(Format::Eml, "Добрый день!"), DocType::Letter);
        let t = "12.01.2024 № 3-05/17\n\nО направлении информации\n\nНаправляем сведения о выполнении плана за 2023 год для обобщения.";
        assert_eq!(of(Format::Pdf, t), DocType::Letter);
        let t = "Службовая запіска\n\nАб падрыхтоўцы да нарады\n\nПрашу падрыхтаваць даведку.";
        assert_eq!(of(Format::Txt, t), DocType::Letter);
    }

    #[test]
    fn articles_and_others() {
        let t = "У Гродне адкрыўся цэнтр\n\n8 красавіка 2025\n\nНа базе ўніверсітэта пачаў працу цэнтр.\n\nВольга Сакалоўская";
        assert_eq!(of(Format::Html, t), DocType::Article);
        let t = "НАВУКОВЫ ВЕСНІК\n\n№ 23 (1187) · 5 чэрвеня 2025 г.\n\nПалескія балоты вяртаюць вільгаць\n\nЗа пяць гадоў забалочана 18 тысяч гектараў.";
        assert_eq!(of(Format::Pdf, t), DocType::Article);
        let t = "Соглашение о создании лаборатории подписано в Ханое\n\n14 марта 2025, 11:20\n\nЛаборатория разместится на базе института.";
        assert_eq!(of(Format::Html, t), DocType::Article);
        let t = "Итоги конкурса подвели в Могилёве\n\n27 февраля 2025 г.\n\nВ облисполкоме наградили победителей.";
        assert_eq!(of(Format::Html, t), DocType::Article);
        let t = "Новости науки\nВ Бресте открылся центр\n\nЦентр разместился в здании.";
        assert_eq!(of(Format::Pdf, t), DocType::Article);
        let t = "Researchers test sensors\n\nBy Daniel Morrow · 21 May 2025\n\nA team installed sensors.";
        assert_eq!(of(Format::Txt, t), DocType::Article);
        assert_eq!(of(Format::Txt, "Купить хлеб и молоко."), DocType::Other);
        assert_eq!(of(Format::Txt, ""), DocType::Other);
    }
}
