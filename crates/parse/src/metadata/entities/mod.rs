//! Entities, normalised across Belarusian, Russian and English: contacts
//! (e-mails, phones, URLs), countries as ISO codes, organisations (a
//! gazetteer plus patterns), people with script-independent keys, and sums
//! of money with ISO currencies.
//!
//! Each sub-module reads the whole text in one linear pass of a few regexes
//! compiled once, and returns its findings in order of first appearance,
//! without duplicates. Nothing here panics on any input: all slicing is by
//! byte offsets that come from regex matches or `char_indices`.

mod amounts;
mod contacts;
mod countries;
mod gazetteer;
mod organizations;
mod people;
pub(super) mod prefilter;
mod quoted;
mod signers;
mod translit;
mod words;

pub use countries::country_code;

use super::Context;
use crate::model::Document;

/// Fills `emails`, `phones`, `urls`, `countries`, `organizations`,
/// `people`, `people_keys` and `amounts` of `doc` from `text`. The people
/// found in the text are joined by the executor and the signatories the
/// letter reader found.
pub(crate) fn fill(doc: &mut Document, text: &str, ctx: &Context) {
    let found = contacts::find(text);
    doc.emails = found.emails;
    doc.phones = found.phones;
    doc.urls = found.urls;

    let mentions = countries::find(text);
    doc.countries = countries::codes(&mentions);

    let (orgs, warning) = organizations::find(text);
    doc.organizations = orgs;
    if let Some(w) = warning {
        doc.warnings.push(w);
    }

    let mut people = people::find(text);
    if let Some(person) = doc.executor.as_deref().and_then(people::executor)
        && !people.iter().any(|p| p.key == person.key)
    {
        people.push(person);
    }
    for s in &doc.signatories {
        if let Some(person) = signers::signatory(&s.name) {
            signers::join(&mut people, person);
        }
    }
    doc.people = people.iter().map(|p| p.name.clone()).collect();
    doc.people_keys = people.into_iter().map(|p| p.key).collect();

    let home = amounts::home_currency(ctx.lang, &mentions, text);
    doc.amounts = amounts::find(text, home);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    fn run(text: &str, lang: Language) -> Document {
        let mut doc = Document::default();
        let ctx = Context {
            lang,
            blocks: Vec::new(),
        };
        fill(&mut doc, text, &ctx);
        doc
    }

    #[test]
    fn a_belarusian_letterhead_fills_every_field() {
        let text = "Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь\n\
            тэл. (017) 203-45-67, факс (017) 203-45-68\n\
            e-mail: info@gknt.example.by\n\n\
            Аб удзеле ў беларуска-в’етнамскім конкурсе\n\n\
            Аб’ём фінансавання не можа перавышаць 60 000 беларускіх рублёў у год.\n\n\
            Намеснік Старшыні\tА.Л.Карповіч";
        let doc = run(text, Language::Be);
        assert_eq!(doc.emails, ["info@gknt.example.by"]);
        assert_eq!(doc.phones, ["(017) 203-45-67", "(017) 203-45-68 (fax)"]);
        assert_eq!(doc.countries, ["BY", "VN"]);
        assert_eq!(
            doc.organizations,
            ["State Committee on Science and Technology of the Republic of Belarus"]
        );
        assert_eq!(doc.people, ["А.Л.Карповіч"]);
        assert_eq!(doc.people_keys.len(), 1);
        assert_eq!(doc.amounts.len(), 1);
        assert_eq!(doc.amounts[0].currency.as_deref(), Some("BYN"));
        assert_eq!(doc.amounts[0].value, 60_000.0);
    }

    #[test]
    fn roubles_in_a_russian_letter_from_moscow_are_russian() {
        let text = "г. Москва\n\nСтоимость работ составит 2,8 млн рублей.";
        let doc = run(text, Language::Ru);
        assert_eq!(doc.amounts[0].currency.as_deref(), Some("RUB"));
        assert_eq!(doc.amounts[0].value, 2_800_000.0);
    }

    #[test]
    fn an_english_letter() {
        let text = "Northbridge Centre for Energy Materials\n\
            14 Carrow Lane, Norwich NR1 3XE, United Kingdom | +44 1603 555 018\n\n\
            Dr Siarhei Mikhnevich\nInstitute of Powder Metallurgy\nMinsk, Belarus\n\n\
            The budget is estimated at GBP 18,500 and 8 million USD; see https://ncem.example.ac.uk.\n\n\
            Margaret Ellison";
        let doc = run(text, Language::En);
        assert_eq!(doc.phones, ["+44 1603 555 018"]);
        assert_eq!(doc.urls, ["https://ncem.example.ac.uk"]);
        assert_eq!(doc.countries, ["GB", "BY"]);
        assert_eq!(
            doc.organizations,
            [
                "Northbridge Centre for Energy Materials",
                "Institute of Powder Metallurgy of the National Academy of Sciences of Belarus"
            ]
        );
        assert_eq!(doc.people, ["Siarhei Mikhnevich", "Margaret Ellison"]);
        let values: Vec<(f64, Option<&str>)> = doc
            .amounts
            .iter()
            .map(|a| (a.value, a.currency.as_deref()))
            .collect();
        assert_eq!(
            values,
            [(18_500.0, Some("GBP")), (8_000_000.0, Some("USD"))]
        );
    }

    #[test]
    fn a_russian_letter_with_the_hard_cases() {
        let text = "Учреждение «Центр научно-технического сотрудничества «Крыница»\n\
            тел. 8 (495) 123-45-67, e-mail: office@krynica.example.by\n\n\
            18.07.2025 № 03-14/562\nНа № ___ от ___\n\n\
            Генеральному директору\nАО «Сибирский агротехнопарк»\nКравцову Д.Е.\n\n\
            О белорусско-российском сотрудничестве с Китаем и Кореей\n\n\
            Объём работ — 1,2 млн российских рублей и 300 тыс. юаней.\n\n\
            Директор\tТ.Н.Ковалёва";
        let doc = run(text, Language::Ru);
        assert_eq!(doc.phones, ["8 (495) 123-45-67"]);
        assert_eq!(doc.emails, ["office@krynica.example.by"]);
        assert_eq!(doc.countries, ["BY", "RU", "CN", "KR"]);
        assert_eq!(
            doc.organizations,
            [
                "Учреждение «Центр научно-технического сотрудничества «Крыница»",
                "АО «Сибирский агротехнопарк»"
            ]
        );
        assert_eq!(doc.people, ["Кравцову Д.Е.", "Т.Н.Ковалёва"]);
        assert_eq!(doc.amounts.len(), 2);
        assert_eq!(doc.amounts[1].currency.as_deref(), Some("CNY"));
        assert_eq!(doc.amounts[1].value, 300_000.0);
    }

    #[test]
    fn people_keys_follow_people() {
        let doc = run(
            "С.С.Щербаков; S. Shcherbakov; Шчарбакоў С.С.; Dr Pavel Astrouski; П. П. Астроўскі",
            Language::Be,
        );
        assert_eq!(doc.people, ["С.С.Щербаков", "Pavel Astrouski"]);
        assert_eq!(doc.people_keys.len(), doc.people.len());
        assert_eq!(
            doc.people_keys[0],
            super::people::surname_key("Shcherbakov")
        );
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
            let _ = run(&s, Language::Ru);
        }

        #[test]
        fn arbitrary_entity_like_text_never_panics(
            s in "[ А-Яа-яЁёІіЎў’A-Za-z0-9.,()«»\"+@:/\\-–\n\t$€]{0,200}"
        ) {
            let _ = run(&s, Language::Be);
        }
    }
}
