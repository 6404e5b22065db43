//! The sender: the organisation named in a letter's letterhead.
//!
//! A letterhead gives the name first and then the address and contacts
//! (`ул. …`, `вул. …`, `тел. …`, `e-mail: …`, a postcode, `14 Carrow
//! Lane`). Belarusian letterheads print the name twice, in Belarusian and
//! Russian, as two paragraphs (PDF) or two table cells (ODT, DOCX); the
//! sender is ONE of them: the one in the document's main language, else
//! the first.
//!
//! Invariant: the sender is one line; the address never leaks into it.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::{cells, lines, one_line, script_language, strip_end_punct};
use crate::model::Language;

/// Where the address or contacts begin, inside a line or at its start.
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|\s|,)(?:ул\.|вул\.|улица|вуліца|пр\.|пр-т|просп\.|праспект|проспект|пл\.|пер\.|пав\.|тел\.|тэл\.|тел:|тэл:|факс|fax|tel\.|tel:|phone|e-mail|email|эл\. ?почта|эл\. ?пошта|www\.|https?:|\+\d|\(0\d|\d{6}(?:\D|$)|а/я|p\.o\. box|УНП|р/с|IBAN|\||·)",
    )
    .expect("valid regex")
});

/// A line that is an address: a house number first, a city line, a
/// postcode.
static ADDRESS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\d|г\.\s|город\s|горад\s|[\p{L}\s-]+,\s*(?:Belarus|Беларусь|Russia|Россия|United Kingdom|UK|China)\b)")
        .expect("valid regex")
});

/// The organisation's name in one letterhead cell, cut before its address.
fn name_of(cell: &str) -> Option<String> {
    let mut kept: Vec<&str> = Vec::new();
    // A state line above the organisation (`РЭСПУБЛІКА БЕЛАРУСЬ`) is not
    // part of its name.
    let state = lines(cell).next().is_some_and(|l| {
        matches!(
            l.to_lowercase().as_str(),
            "республика беларусь"
                | "рэспубліка беларусь"
                | "republic of belarus"
                | "российская федерация"
        )
    }) && lines(cell).nth(1).is_some();
    for line in lines(cell).skip(usize::from(state)) {
        if ADDRESS_LINE.is_match(line) {
            break;
        }
        match CONTACT.find(line) {
            Some(m) => {
                kept.push(line.get(..m.start()).unwrap_or(""));
                break;
            }
            None => kept.push(line),
        }
    }
    let name = one_line(&kept.join(" "));
    let name = strip_end_punct(name.trim_end_matches(['|', '·', '—', '-'])).to_string();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 3 && name.chars().count() <= 250).then_some(name)
}

/// The sender named by the letterhead blocks, preferring `lang`.
///
/// `block_lang` gives the detected language of a block, for a name whose
/// letters do not tell (`Установа «Гомель»`).
pub(super) fn sender(
    blocks: &[&str],
    lang: Language,
    block_lang: &dyn Fn(&str) -> Language,
) -> Option<String> {
    let mut names: Vec<(String, Language)> = Vec::new();
    for block in blocks {
        // A two-column letterhead lays each line out as `be\tru`: read the
        // columns one by one.
        let rows: Vec<Vec<&str>> = lines(block).map(cells).collect();
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        for col in 0..columns {
            let text: Vec<&str> = rows.iter().filter_map(|r| r.get(col).copied()).collect();
            if let Some(name) = name_of(&text.join("\n")) {
                let found = match script_language(&name) {
                    Language::Und => block_lang(block),
                    known => known,
                };
                names.push((name, found));
            }
        }
    }
    let pick = names.iter().position(|(_, l)| *l == lang).unwrap_or(0);
    names.into_iter().nth(pick).map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilingual_paragraphs_pick_main_language() {
        let be = "Дзяржаўны камітэт па навуцы\nі тэхналогіях Рэспублікі Беларусь\nвул. Кальварыйская, 17, 220004, г. Мінск\nтэл. (017) 203-45-67";
        let ru = "Государственный комитет по науке\nи технологиям Республики Беларусь\nул. Кальварийская, 17, 220004, г. Минск";
        assert_eq!(
            sender(&[be, ru], Language::Be, &|_| Language::Und).as_deref(),
            Some("Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь")
        );
        assert_eq!(
            sender(&[be, ru], Language::Ru, &|_| Language::Und).as_deref(),
            Some("Государственный комитет по науке и технологиям Республики Беларусь")
        );
        assert_eq!(
            sender(&[be, ru], Language::En, &|_| Language::Und).as_deref(),
            Some("Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь")
        );
    }

    #[test]
    fn one_row_two_cells() {
        let row = "Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь вул. Кальварыйская, 17, 220004, г. Мінск\tГосударственный комитет по науке и технологиям Республики Беларусь ул. Кальварийская, 17";
        assert_eq!(
            sender(&[row], Language::Ru, &|_| Language::Und).as_deref(),
            Some("Государственный комитет по науке и технологиям Республики Беларусь")
        );
    }

    #[test]
    fn letters_that_do_not_tell_fall_back_to_the_block() {
        let be = "Установа «Гомельтэкст»";
        let ru = "Учреждение «Гомельтекст»";
        let lang = |b: &str| {
            if b.starts_with("Уст") {
                Language::Be
            } else {
                Language::Ru
            }
        };
        assert_eq!(sender(&[be, ru], Language::Be, &lang).as_deref(), Some(be));
        assert_eq!(sender(&[ru, be], Language::Be, &lang).as_deref(), Some(be));
    }

    #[test]
    fn state_line_above_the_name_is_skipped() {
        let none = |_: &str| Language::Und;
        assert_eq!(
            sender(
                &["РЭСПУБЛІКА БЕЛАРУСЬ\nМІНІСТЭРСТВА АДУКАЦЫІ\nвул. Савецкая, 9"],
                Language::Be,
                &none
            )
            .as_deref(),
            Some("МІНІСТЭРСТВА АДУКАЦЫІ")
        );
        assert_eq!(
            sender(&["Республика Беларусь"], Language::Ru, &none).as_deref(),
            Some("Республика Беларусь")
        );
    }

    #[test]
    fn bars_separate_name_and_address() {
        let none = |_: &str| Language::Und;
        assert_eq!(
            sender(
                &["Institute of Physics | 68 Nezavisimosti Ave | 220072 Minsk"],
                Language::En,
                &none
            )
            .as_deref(),
            Some("Institute of Physics")
        );
    }

    #[test]
    fn address_lines_and_contacts_are_cut() {
        assert_eq!(
            sender(&["Northbridge Centre for Energy Materials\n14 Carrow Lane, Norwich NR1 3XE, United Kingdom | +44 1603 555 018"], Language::En, &|_| Language::Und).as_deref(),
            Some("Northbridge Centre for Energy Materials")
        );
        assert_eq!(
            sender(
                &[
                    "ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ\n«ИНСТИТУТ НОВЫХ МАТЕРИАЛОВ»",
                    "ул. Академическая, 15, 220141, г. Минск, тел. (017) 294-11-60"
                ],
                Language::Ru,
                &|_| Language::Und
            )
            .as_deref(),
            Some("ГОСУДАРСТВЕННОЕ НАУЧНОЕ УЧРЕЖДЕНИЕ «ИНСТИТУТ НОВЫХ МАТЕРИАЛОВ»")
        );
        assert_eq!(
            sender(
                &["Открытое акционерное общество «Гомельстекло», 247434, г. Гомель"],
                Language::Ru,
                &|_| Language::Und
            )
            .as_deref(),
            Some("Открытое акционерное общество «Гомельстекло»")
        );
        assert_eq!(
            sender(&["тел. 8 (017) 284-07-60"], Language::Ru, &|_| {
                Language::Und
            }),
            None
        );
    }
}
