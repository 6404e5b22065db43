//! Puts the structure readers together: type first, then the parts that
//! type has, then the title.
//!
//! Invariant: fills only this module's fields; an e-mail's header sender,
//! recipient and subject, and any author from the properties, are kept.

use super::super::Context;
use super::layout::{lines, one_line, paragraphs};
use super::{agreement, article, doc_type, head, letterhead, report, signature};
use crate::model::{DocType, Document, Language};

/// Fills this module's fields of `doc` from `text`.
pub(crate) fn fill(doc: &mut Document, text: &str, ctx: &Context) {
    let pars = paragraphs(text);
    let mut head = head::read(&pars);
    doc.doc_type = doc_type::detect(doc, &pars, &head);
    if doc.title.as_deref().is_some_and(is_junk_title) {
        doc.title = None;
    }
    match doc.doc_type {
        DocType::Letter => {
            head.letterhead
                .retain(|b| !doc_type::MEMO.is_match(b.trim()));
            if doc.sender.is_none() {
                let block_lang = |block: &str| block_language(text, block, ctx);
                doc.sender = letterhead::sender(&head.letterhead, ctx.lang, &block_lang);
            }
            if doc.recipient.is_none() {
                doc.recipient = head.recipient;
            }
            if doc.subject.is_none() {
                doc.subject = head.subject;
            }
            if doc.title.is_none() {
                doc.title = doc.subject.clone();
            }
        }
        DocType::Agreement => {
            doc.parties = agreement::parties(&pars, doc.title.as_deref());
            doc.place = agreement::place(&pars);
            doc.term = agreement::term(&pars);
        }
        DocType::Report => doc.headings = report::headings(&pars),
        DocType::Article => {
            if doc.author.is_none() {
                doc.author = article::author(&pars);
            }
            doc.source = article::source(&pars);
        }
        DocType::Other => {}
    }
    // A letter's first paragraph is its letterhead, never its title.
    if doc.title.is_none() && !matches!(doc.doc_type, DocType::Other | DocType::Letter) {
        doc.title = heading_title(&pars);
    }
    if doc.doc_type != DocType::Article {
        let sig = signature::read(&pars);
        doc.signatories = sig.signatories;
        if doc.doc_type == DocType::Letter {
            doc.executor = sig.executor;
        }
    }
}

/// The detected language of the context block holding `block`, a slice of
/// `text`.
fn block_language(text: &str, block: &str, ctx: &Context) -> Language {
    let at = (block.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    ctx.blocks
        .iter()
        .find(|b| (b.start..b.start + b.text.len().max(1)).contains(&at))
        .map_or(Language::Und, |b| b.detection.lang)
}

/// A title made of the document's first heading: its first paragraph (past
/// a news rubric), joined with the next when the first is a lone keyword
/// like `СОГЛАШЕНИЕ`.
///
/// A text of one paragraph has no heading apart from its body: no title.
fn heading_title(pars: &[&str]) -> Option<String> {
    if pars.len() < 2 {
        return None;
    }
    let first = pars.first()?;
    let mut title = one_line(first);
    let first_lines: Vec<&str> = lines(first).collect();
    if first_lines.len() > 1
        && first_lines.first().is_some_and(|l| {
            matches!(
                l.to_lowercase().as_str(),
                "новости науки" | "новости" | "навіны" | "news"
            )
        })
    {
        title = one_line(&first_lines.get(1..).unwrap_or(&[]).join(" "));
    }
    if title.split_whitespace().count() == 1
        && let Some(next) = pars.get(1)
        && next.chars().next().is_some_and(char::is_lowercase)
    {
        title = one_line(&format!("{title} {next}"));
    }
    (!title.is_empty() && title.chars().count() <= 300).then_some(title)
}

/// Whether a title from the properties says nothing: empty, a file name,
/// `Microsoft Word - 123.doc`, `Document1`, `Untitled`.
fn is_junk_title(title: &str) -> bool {
    let t = title.trim();
    let lower = t.to_lowercase();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    letters < 2
        || lower.starts_with("microsoft word")
        || lower.starts_with("microsoft powerpoint")
        || [
            ".doc", ".docx", ".rtf", ".pdf", ".odt", ".txt", ".htm", ".html",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext))
        || [
            "untitled",
            "без названия",
            "без назвы",
            "title",
            "заголовок",
            "новый документ",
        ]
        .contains(&lower.as_str())
        || ["document", "документ", "doc"].iter().any(|w| {
            lower
                .strip_prefix(w)
                .is_some_and(|rest| rest.trim().chars().all(|c| c.is_ascii_digit()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Format, Language, Signatory};
    use proptest::prelude::*;

    fn run(format: Format, lang: Language, title: Option<&str>, text: &str) -> Document {
        let mut doc = Document {
            format,
            title: title.map(str::to_string),
            ..Document::default()
        };
        let ctx = Context {
            lang,
            blocks: Vec::new(),
        };
        fill(&mut doc, text, &ctx);
        doc
    }

    fn signatory(name: &str, position: &str) -> Signatory {
        Signatory {
            name: name.to_string(),
            position: Some(position.to_string()),
        }
    }

    #[test]
    fn one_paragraph_has_no_heading_title() {
        let d = run(Format::Txt, Language::En, None, "Report on cooperation");
        assert_eq!(d.title, None);
    }

    #[test]
    fn junk_titles() {
        for t in [
            "",
            "  ",
            "Microsoft Word - 123.doc",
            "Документ1",
            "Document12",
            "Untitled",
            "письмо.docx",
            "123",
        ] {
            assert!(is_junk_title(t), "{t}");
        }
        for t in [
            "Аб удзеле ў конкурсе",
            "Doctoral school",
            "Documentation of the project",
        ] {
            assert!(!is_junk_title(t), "{t}");
        }
    }

    #[test]
    fn russian_letter_with_belarusian_letterhead() {
        let t = "Установа «Цэнтр навукова-тэхнічнага\nсупрацоўніцтва «Крыніца»\n\nУчреждение «Центр научно-технического\nсотрудничества «Крыница»\n\nвул. Сурганава, 41, 220013, г. Мінск\n\nул. Сурганова, 41, 220013, г. Минск\n\n18.07.2025 № 03-14/562\nНа № 1187/04 от 30.06.2025\n\nГенеральному директору\nАО «Сибирский агротехнопарк»\nКравцову Д.Е.\n\nО научно-техническом сотрудничестве\nв области цифрового земледелия\n\nУважаемый Дмитрий Евгеньевич!\n\nЦентр «Крыница» благодарит Вас за предложение.\n\nДиректор\n\nТ.Н.Ковалёва\n\nЯрошевич 318 22 47";
        let d = run(
            Format::Pdf,
            Language::Ru,
            Some("Microsoft Word - 562.doc"),
            t,
        );
        assert_eq!(d.doc_type, DocType::Letter);
        assert_eq!(
            d.sender.as_deref(),
            Some("Учреждение «Центр научно-технического сотрудничества «Крыница»")
        );
        assert_eq!(
            d.recipient.as_deref(),
            Some("Генеральному директору АО «Сибирский агротехнопарк» Кравцову Д.Е.")
        );
        assert_eq!(
            d.subject.as_deref(),
            Some("О научно-техническом сотрудничестве в области цифрового земледелия")
        );
        assert_eq!(d.title, d.subject);
        assert_eq!(d.signatories, vec![signatory("Т.Н.Ковалёва", "Директор")]);
        assert_eq!(d.executor.as_deref(), Some("Ярошевич 318 22 47"));
    }

    #[test]
    fn belarusian_letter_addressee_after_number_line() {
        let t = "Міністэрства адукацыі Рэспублікі Беларусь\nвул. Савецкая, 9, 220010, г. Мінск\n\n12.03.2023 № 04-01-12/2231\n\nДырэктару ДНУ «Інстытут фізікі імя Б.І.Сцяпанава НАН Беларусі»\nКазаку М.А.\n\nАб правядзенні алімпіяды\n\nШаноўны Мікалай Аляксандравіч!\n\nМіністэрства адукацыі просіць разгледзець магчымасць.\n\nНамеснік Міністра\tВ.Б.Мацкевіч\n\nЛявонава 222 43 15";
        let d = run(Format::Docx, Language::Be, None, t);
        assert_eq!(d.doc_type, DocType::Letter);
        assert_eq!(
            d.sender.as_deref(),
            Some("Міністэрства адукацыі Рэспублікі Беларусь")
        );
        assert_eq!(
            d.recipient.as_deref(),
            Some("Дырэктару ДНУ «Інстытут фізікі імя Б.І.Сцяпанава НАН Беларусі» Казаку М.А.")
        );
        assert_eq!(d.subject.as_deref(), Some("Аб правядзенні алімпіяды"));
        assert_eq!(d.title.as_deref(), Some("Аб правядзенні алімпіяды"));
        assert_eq!(
            d.signatories,
            vec![signatory("В.Б.Мацкевіч", "Намеснік Міністра")]
        );
        assert_eq!(d.executor.as_deref(), Some("Лявонава 222 43 15"));
    }

    #[test]
    fn english_letter() {
        let t = "Northbridge Centre for Energy Materials\n14 Carrow Lane, Norwich NR1 3XE, United Kingdom\n\nDr Siarhei Mikhnevich\nHead, Laboratory of Metal Hydrides\nInstitute of Powder Metallurgy\nMinsk, Belarus\n\n12 May 2025\nOur ref. NCEM/IP/25-044\n\nRe: Joint Summer School on Hydrogen Storage Materials\n\nDear Dr Mikhnevich,\n\nThank you for your letter proposing a joint summer school.\n\nYours sincerely,\n\nMargaret Ellison\nDirector of International Programmes";
        let d = run(Format::Pdf, Language::En, Some("Joint Summer School"), t);
        assert_eq!(d.doc_type, DocType::Letter);
        assert_eq!(
            d.sender.as_deref(),
            Some("Northbridge Centre for Energy Materials")
        );
        assert_eq!(
            d.subject.as_deref(),
            Some("Joint Summer School on Hydrogen Storage Materials")
        );
        assert_eq!(d.title.as_deref(), Some("Joint Summer School"));
        assert_eq!(
            d.signatories,
            vec![signatory(
                "Margaret Ellison",
                "Director of International Programmes"
            )]
        );
    }

    #[test]
    fn email_keeps_its_headers() {
        let mut doc = Document {
            format: Format::Eml,
            sender: Some("Ганна <a@b.by>".into()),
            subject: Some("Аб падпісцы".into()),
            ..Document::default()
        };
        let ctx = Context {
            lang: Language::Be,
            blocks: Vec::new(),
        };
        fill(
            &mut doc,
            "Паважаная Таццяна Пятроўна!\n\nПаведамляем.\n\nЗ павагай,\nГанна Вараб’ёва\nзагадчык аддзела",
            &ctx,
        );
        assert_eq!(doc.doc_type, DocType::Letter);
        assert_eq!(doc.sender.as_deref(), Some("Ганна <a@b.by>"));
        assert_eq!(doc.subject.as_deref(), Some("Аб падпісцы"));
        assert_eq!(doc.title.as_deref(), Some("Аб падпісцы"));
        assert_eq!(
            doc.signatories,
            vec![signatory("Ганна Вараб’ёва", "загадчык аддзела")]
        );
    }

    #[test]
    fn agreement_fields() {
        let t = "СОГЛАШЕНИЕ\n\nо сотрудничестве между Белорусским государственным университетом и Ханойским университетом\n\nг. Минск\n\n«12» мая 2024 г.\n\nБелорусский государственный университет (далее — БГУ) в лице ректора и Ханойский университет (далее — ХУ) в лице президента заключили настоящее Соглашение.\n\nНастоящее Соглашение вступает в силу с момента подписания. Оно действует пять лет.\n\nРектор БГУ\tПрезидент ХУ\n\n__________ А.Д.Король\t__________ Нгуен Ван Ань";
        let d = run(Format::Pdf, Language::Ru, None, t);
        assert_eq!(d.doc_type, DocType::Agreement);
        assert_eq!(
            d.title.as_deref(),
            Some(
                "СОГЛАШЕНИЕ о сотрудничестве между Белорусским государственным университетом и Ханойским университетом"
            )
        );
        assert_eq!(
            d.parties,
            vec![
                "Белорусский государственный университет",
                "Ханойский университет"
            ]
        );
        assert_eq!(d.place.as_deref(), Some("г. Минск"));
        assert_eq!(
            d.term.as_deref(),
            Some("Настоящее Соглашение вступает в силу с момента подписания.")
        );
        assert_eq!(
            d.signatories,
            vec![
                signatory("А.Д.Король", "Ректор БГУ"),
                signatory("Нгуен Ван Ань", "Президент ХУ")
            ]
        );
        assert!(d.sender.is_none());
    }

    #[test]
    fn memorandum_in_english() {
        let t = "Memorandum of Understanding between the National Academy of Sciences of Belarus and the Vietnam Academy of Science and Technology\n\nThe Parties have agreed as follows.\n\nThis Memorandum shall enter into force on the date of its signature.\n\nDone at Hanoi on 5 May 2024.";
        let d = run(Format::Docx, Language::En, None, t);
        assert_eq!(d.doc_type, DocType::Agreement);
        assert_eq!(
            d.parties,
            vec![
                "National Academy of Sciences of Belarus",
                "Vietnam Academy of Science and Technology"
            ]
        );
        assert_eq!(d.place.as_deref(), Some("Done at Hanoi"));
        assert_eq!(
            d.term.as_deref(),
            Some("This Memorandum shall enter into force on the date of its signature.")
        );
    }

    #[test]
    fn report_and_article() {
        let t = "Справка о ходе выполнения плана мероприятий\n\nОбщие сведения\n\nПлан выполнен в полном объёме.\n\nПредложения\n\nПродлить работу.\n\nНачальник отдела\tИ.П.Грек";
        let d = run(Format::Docx, Language::Ru, Some(""), t);
        assert_eq!(d.doc_type, DocType::Report);
        assert_eq!(
            d.title.as_deref(),
            Some("Справка о ходе выполнения плана мероприятий")
        );
        assert_eq!(d.headings, vec!["Общие сведения", "Предложения"]);
        assert_eq!(
            d.signatories,
            vec![signatory("И.П.Грек", "Начальник отдела")]
        );
        let t = "Minsk researchers test sensors\n\nBy Daniel Morrow · 21 May 2025\n\nA team installed 120 sensors.\n\nSource: BelTA";
        let d = run(Format::Html, Language::En, None, t);
        assert_eq!(d.doc_type, DocType::Article);
        assert_eq!(d.author.as_deref(), Some("Daniel Morrow"));
        assert_eq!(d.source.as_deref(), Some("BelTA"));
        assert_eq!(d.title.as_deref(), Some("Minsk researchers test sensors"));
        assert!(d.signatories.is_empty());
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
            let _ = run(Format::Txt, Language::Ru, None, &text);
        }

        #[test]
        fn letter_like_text_never_panics(parts in proptest::collection::vec(
            prop_oneof![
                Just("Уважаемый Иван Иванович!".to_string()),
                Just("№ 06-09/398".to_string()),
                Just("Директор\tС.С.Щербаков".to_string()),
                Just("(далее —".to_string()),
                Just("между".to_string()),
                Just("\n".to_string()),
                Just("\t".to_string()),
                Just("Аб ".to_string()),
                "[а-яіўА-ЯІЎ’. _\\-]{0,12}",
            ], 0..40)) {
            let text = parts.join(" ");
            for format in [Format::Pdf, Format::Html, Format::Eml] {
                let _ = run(format, Language::Be, None, &text);
            }
        }
    }
}
