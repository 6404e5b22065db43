//! Whole-document tests of the requisites: real-looking letters, agreements,
//! reports and articles in Belarusian, Russian and English.

use super::*;
use crate::model::Language;

/// Runs `fill` on `text` as a document of `doc_type`.
fn run(text: &str, doc_type: DocType) -> Document {
    let mut doc = Document {
        doc_type,
        ..Document::default()
    };
    let ctx = Context {
        lang: Language::Und,
        blocks: Vec::new(),
    };
    fill(&mut doc, text, &ctx);
    doc
}

/// A reference with both parts.
fn reference_of(number: Option<&str>, date: Option<&str>) -> Option<Reference> {
    Some(Reference {
        number: number.map(str::to_owned),
        date: date.map(str::to_owned),
    })
}

/// (date, role) pairs of the mentions.
fn roles_of(doc: &Document) -> Vec<(String, DateRole)> {
    doc.dates.iter().map(|d| (d.date.clone(), d.role)).collect()
}

const LETTER_BE: &str = "Дзяржаўны камітэт па навуцы\nі тэхналогіях Рэспублікі Беларусь\n\n\
Государственный комитет по науке\nи технологиям Республики Беларусь\n\n\
Вх-2871 05.09.2024\n\n02.09.2024 № 06-11/1547\nНа № 12-04/388 ад 14.08.2024\n\n\
Рэктару Палескага дзяржаўнага\nтэхналагічнага ўніверсітэта\n\n\
Аб удзеле ў беларуска-в’етнамскім\nконкурсе сумесных праектаў\nПаважаны Андрэй Рыгоравіч!\n\n\
Конкурс на 2025–2026 гады.\n\nПадача заявак\n\nда 15 кастрычніка 2024 г.\n\n\
Дзяржаўная экспертыза\n\nкастрычнік — лістапад 2024 г.\n\n\
1Загад ДКНТ ад 12.06.2024 № 47 «Аб правядзенні конкурсу».";

#[test]
fn belarusian_letter_with_stamp_and_reply() {
    let doc = run(LETTER_BE, DocType::Letter);
    assert_eq!(doc.date.as_deref(), Some("2024-09-02"));
    assert_eq!(doc.number.as_deref(), Some("06-11/1547"));
    assert_eq!(
        doc.in_reply_to,
        reference_of(Some("12-04/388"), Some("2024-08-14"))
    );
    assert_eq!(
        doc.incoming,
        reference_of(Some("Вх-2871"), Some("2024-09-05"))
    );
    assert_eq!(doc.period, None);
    let roles = roles_of(&doc);
    assert_eq!(
        roles.first(),
        Some(&("2024-09-05".into(), DateRole::Incoming))
    );
    assert!(roles.contains(&("2024-09-02".into(), DateRole::Document)));
    assert!(roles.contains(&("2024-08-14".into(), DateRole::Reply)));
    assert!(roles.contains(&("2024-10-15".into(), DateRole::Mentioned)));
    assert!(roles.contains(&("2024-06-12".into(), DateRole::Mentioned)));
    assert!(roles.contains(&("2024-11".into(), DateRole::Mentioned)));
}

#[test]
fn russian_letter_number_glued_to_date_and_blank_reply() {
    let text = "ОАО «Гомельский завод»\n\nИсх. №06-09/398 от 15.08.2019\nНа № ______ от __________\n\n\
Директору\nИванову И.И.\n\nУважаемый Иван Иванович!\n\nПросим до 1 сентября 2019 г. сообщить.";
    let doc = run(text, DocType::Letter);
    assert_eq!(doc.number.as_deref(), Some("06-09/398"));
    assert_eq!(doc.date.as_deref(), Some("2019-08-15"));
    assert_eq!(doc.in_reply_to, None);
    assert_eq!(doc.incoming, None);
    assert_eq!(
        roles_of(&doc),
        [
            ("2019-08-15".to_owned(), DateRole::Document),
            ("2019-09-01".to_owned(), DateRole::Mentioned)
        ]
    );
}

#[test]
fn russian_stamp_with_number_sign() {
    let text = "Вх. № 123 от 16.08.2019\n\n№ 06-09/398 от 15.08.2019\n\nУважаемые коллеги!";
    let doc = run(text, DocType::Letter);
    assert_eq!(doc.incoming, reference_of(Some("123"), Some("2019-08-16")));
    assert_eq!(doc.number.as_deref(), Some("06-09/398"));
    assert_eq!(doc.date.as_deref(), Some("2019-08-15"));
}

#[test]
fn english_letter_with_references() {
    let text = "Northbridge Centre for Energy Materials\n\nDr Siarhei Mikhnevich\nMinsk, Belarus\n\n\
12 May 2025\nOur ref. NCEM/IP/25-044\nYour ref. 07-2/315 of 28 April 2025\n\n\
Re: Joint Summer School\n\nDear Dr Mikhnevich,\n\nin Norwich from 7 to 18 July 2025. \
Please confirm by 30 May 2025.";
    let doc = run(text, DocType::Letter);
    assert_eq!(doc.date.as_deref(), Some("2025-05-12"));
    assert_eq!(doc.number.as_deref(), Some("NCEM/IP/25-044"));
    assert_eq!(
        doc.in_reply_to,
        reference_of(Some("07-2/315"), Some("2025-04-28"))
    );
    let roles = roles_of(&doc);
    assert!(roles.contains(&("2025-07-07".into(), DateRole::PeriodStart)));
    assert!(roles.contains(&("2025-07-18".into(), DateRole::PeriodEnd)));
    assert!(roles.contains(&("2025-05-30".into(), DateRole::Mentioned)));
}

#[test]
fn agreement_signing_and_entry_into_force() {
    let text = "СОГЛАШЕНИЕ № 15\n\nо научно-техническом сотрудничестве\n\n\
г. Минск   «12» мая 2023 г.\n\nСтороны заключили настоящее Соглашение.\n\n\
Настоящее Соглашение вступает в силу с 1 июня 2023 г. и действует до 31 декабря 2027 г.";
    let doc = run(text, DocType::Agreement);
    assert_eq!(doc.number.as_deref(), Some("15"));
    assert_eq!(doc.date.as_deref(), Some("2023-05-12"));
    assert_eq!(
        roles_of(&doc),
        [
            ("2023-05-12".to_owned(), DateRole::Signing),
            ("2023-06-01".to_owned(), DateRole::EntryIntoForce),
            ("2027-12-31".to_owned(), DateRole::Mentioned)
        ]
    );
}

#[test]
fn belarusian_agreement_enters_into_force() {
    let text = "ПАГАДНЕННЕ\nаб супрацоўніцтве\n\nг. Мінск\t5 снежня 2021 г.\n\n\
Пагадненне ўступае ў сілу з 1 студзеня 2022 г.";
    let doc = run(text, DocType::Agreement);
    assert_eq!(doc.date.as_deref(), Some("2021-12-05"));
    assert_eq!(
        roles_of(&doc),
        [
            ("2021-12-05".to_owned(), DateRole::Signing),
            ("2022-01-01".to_owned(), DateRole::EntryIntoForce)
        ]
    );
}

#[test]
fn report_periods() {
    let ru = "Отчёт о выполнении программы за 2020–2022 гг.\n\nПрограмма на 2021–2025 годы \
утверждена постановлением от 14 мая 2021 г. № 282.";
    let doc = run(ru, DocType::Report);
    let p = doc.period.clone().unwrap();
    assert_eq!(
        (p.from.as_deref(), p.to.as_deref(), p.text.as_str()),
        (Some("2020"), Some("2022"), "2020–2022 гг.")
    );
    assert_eq!(doc.number, None);
    assert_eq!(doc.date, None);
    assert_eq!(
        roles_of(&doc),
        [
            ("2020".to_owned(), DateRole::PeriodStart),
            ("2022".to_owned(), DateRole::PeriodEnd),
            ("2021".to_owned(), DateRole::Mentioned),
            ("2025".to_owned(), DateRole::Mentioned),
            ("2021-05-14".to_owned(), DateRole::Mentioned)
        ]
    );

    let be = "Справаздача аб маніторынгу якасці паветра\nў г. Баранавічы за I квартал 2024 г.\n\n\
Найбольшы ўзровень адзначаны 9 лютага пры бязветраным надвор’і.";
    let doc = run(be, DocType::Report);
    let p = doc.period.clone().unwrap();
    assert_eq!(
        (p.from.as_deref(), p.to.as_deref()),
        (Some("2024-01"), Some("2024-03"))
    );
    assert!(roles_of(&doc).contains(&("2024-02-09".into(), DateRole::Mentioned)));

    let full = run(
        "Отчёт за период с 1 января по 31 декабря 2023 г.",
        DocType::Report,
    );
    let p = full.period.unwrap();
    assert_eq!(
        (p.from.as_deref(), p.to.as_deref()),
        (Some("2023-01-01"), Some("2023-12-31"))
    );

    let en = run(
        "Review of the joint laboratory for 2021–2023\n\nSet up in 2020.",
        DocType::Report,
    );
    let p = en.period.unwrap();
    assert_eq!(
        (p.from.as_deref(), p.to.as_deref()),
        (Some("2021"), Some("2023"))
    );
}

#[test]
fn articles_are_published() {
    let doc = run(
        "Белорусские и вьетнамские учёные создадут лабораторию\n\n14 марта 2025, 11:20 · Ирина Дашкевич\n\n\
Испытания запланированы на осень 2025 года.",
        DocType::Article,
    );
    assert_eq!(doc.date.as_deref(), Some("2025-03-14"));
    assert_eq!(
        roles_of(&doc).first(),
        Some(&("2025-03-14".into(), DateRole::Published))
    );
}

#[test]
fn email_header_date_is_kept() {
    let mut doc = Document {
        doc_type: DocType::Letter,
        date: Some("2019-10-10".into()),
        ..Document::default()
    };
    let ctx = Context {
        lang: Language::Ru,
        blocks: Vec::new(),
    };
    let text = "Уважаемые коллеги!\n\nподтверждает получение Вашего письма от 02.10.2019 N 11-07/2231 о совместном участии";
    fill(&mut doc, text, &ctx);
    assert_eq!(doc.date.as_deref(), Some("2019-10-10"));
    assert_eq!(
        doc.in_reply_to,
        reference_of(Some("11-07/2231"), Some("2019-10-02"))
    );
    assert_eq!(doc.number, None);
}

#[test]
fn nothing_in_plain_text() {
    let doc = run(
        "Совещание переносится на пятницу, 10:00, ауд. 214.",
        DocType::Other,
    );
    assert_eq!(doc.date, None);
    assert_eq!(doc.number, None);
    assert!(doc.dates.is_empty());
}

proptest::proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,120}", t in 0usize..5) {
        let doc_type = [DocType::Letter, DocType::Agreement, DocType::Report, DocType::Article, DocType::Other]
            .get(t)
            .copied()
            .unwrap_or_default();
        let doc = run(&s, doc_type);
        for d in &doc.dates {
            proptest::prop_assert!(s.contains(&d.text));
        }
    }

    #[test]
    fn requisite_like_text_never_panics(s in "[0-9№Нна .\\-/_ВхИсхотадгOur ref\n«»мая2019снежняJuly,]{0,80}") {
        let _ = run(&s, DocType::Letter);
    }
}
