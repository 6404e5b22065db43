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
mod translit;

use super::Context;
use crate::model::Document;

/// Fills `emails`, `phones`, `urls`, `countries`, `organizations`,
/// `people`, `people_keys` and `amounts` of `doc` from `text`.
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

    let people = people::find(text);
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
