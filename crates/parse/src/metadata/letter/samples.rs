//! End-to-end samples for the structure readers: made-up but real-looking
//! letters, agreements, reports and articles in Belarusian, Russian and
//! English, in the layouts the registry meets, each read whole by `fill`.

use super::fill;
use crate::metadata::Context;
use crate::model::{DocType, Document, Format, Language, Signatory};

/// Reads `text` as a document of `format` in `lang`.
fn read(format: Format, lang: Language, text: &str) -> Document {
    let mut doc = Document {
        format,
        ..Document::default()
    };
    let ctx = Context {
        lang,
        blocks: Vec::new(),
    };
    fill(&mut doc, text, &ctx);
    doc
}

/// The signatories as (name, position) pairs.
fn signed(doc: &Document) -> Vec<(&str, Option<&str>)> {
    doc.signatories
        .iter()
        .map(|Signatory { name, position }| (name.as_str(), position.as_deref()))
        .collect()
}

#[test]
fn russian_letter_without_letterhead_addressee_after_number() {
    let t = "Исх. № 12/345 от 01.02.2024\n\nНачальнику главного управления\nнауки и инноваций\nМинистерства образования\nПетрову П.П.\n\nО направлении отчёта\n\nУважаемый Пётр Петрович!\n\nНаправляем отчёт о выполнении задания за 2023 год для рассмотрения на заседании совета.\n\nПриложение: на 12 л. в 1 экз.\n\nПроректор по научной работе            А.В.Ёлкин\n\nСавчук 293 88 41";
    let d = read(Format::Docx, Language::Ru, t);
    assert_eq!(d.doc_type, DocType::Letter);
    assert_eq!(d.sender, None);
    assert_eq!(
        d.recipient.as_deref(),
        Some(
            "Начальнику главного управления науки и инноваций Министерства образования Петрову П.П."
        )
    );
    assert_eq!(d.subject.as_deref(), Some("О направлении отчёта"));
    assert_eq!(d.title.as_deref(), Some("О направлении отчёта"));
    assert_eq!(
        signed(&d),
        vec![("А.В.Ёлкин", Some("Проректор по научной работе"))]
    );
    assert_eq!(d.executor.as_deref(), Some("Савчук 293 88 41"));
}

#[test]
fn belarusian_letter_addressee_before_number() {
    let t = "НАЦЫЯНАЛЬНАЯ АКАДЭМІЯ НАВУК БЕЛАРУСІ\nпр. Незалежнасці, 66, 220072, г. Мінск\n\nНАЦИОНАЛЬНАЯ АКАДЕМИЯ НАУК БЕЛАРУСИ\nпр. Независимости, 66, 220072, г. Минск\n\nМіністру адукацыі\nРэспублікі Беларусь\nІванцу А.І.\n\n14.03.2024 № 1-12/445\nНа № ___ ад ______\n\nАб узгадненні плана мерапрыемстваў\n\nПаважаны Андрэй Іванавіч!\n\nНацыянальная акадэмія навук Беларусі разгледзела праект плана і ўносіць наступныя прапановы.\n\nНамеснік Старшыні Прэзідыума\n\nС.С.Шчарбакоў";
    let d = read(Format::Pdf, Language::Be, t);
    assert_eq!(d.doc_type, DocType::Letter);
    assert_eq!(
        d.sender.as_deref(),
        Some("НАЦЫЯНАЛЬНАЯ АКАДЭМІЯ НАВУК БЕЛАРУСІ")
    );
    assert_eq!(
        d.recipient.as_deref(),
        Some("Міністру адукацыі Рэспублікі Беларусь Іванцу А.І.")
    );
    assert_eq!(
        d.subject.as_deref(),
        Some("Аб узгадненні плана мерапрыемстваў")
    );
    assert_eq!(
        signed(&d),
        vec![("С.С.Шчарбакоў", Some("Намеснік Старшыні Прэзідыума"))]
    );
}

#[test]
fn subject_without_preposition_and_surname_first_signature() {
    let t = "Открытое акционерное общество «Витязь»\nул. Чкалова, 12, 210030, г. Витебск\n\n22.05.2023 № 05/118\n\nДиректору\nГНУ «Институт механики металлополимерных систем»\nКовтуну В.А.\n\nПриглашение на выставку «Белпромэкспо»\n\nУважаемый Виктор Анатольевич!\n\nПриглашаем специалистов института принять участие в выставке.\n\nГенеральный директор\nСидорчук В.В.";
    let d = read(Format::Odt, Language::Ru, t);
    assert_eq!(
        d.sender.as_deref(),
        Some("Открытое акционерное общество «Витязь»")
    );
    assert_eq!(
        d.recipient.as_deref(),
        Some("Директору ГНУ «Институт механики металлополимерных систем» Ковтуну В.А.")
    );
    assert_eq!(
        d.subject.as_deref(),
        Some("Приглашение на выставку «Белпромэкспо»")
    );
    assert_eq!(
        signed(&d),
        vec![("Сидорчук В.В.", Some("Генеральный директор"))]
    );
}

#[test]
fn bilingual_letterhead_in_one_row_english_letter() {
    let t = "Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь\tState Committee on Science and Technology of the Republic of Belarus\n\n15.06.2024 No. 06-11/990\n\nProf. Nguyen Van Minh\nPresident\nVietnam Academy of Science and Technology\n\nSubject: Joint call for proposals 2025\n\nDear Professor Nguyen,\n\nThe State Committee is pleased to inform you that the call will open in September.\n\nYours sincerely,\n\nS. Shcherbakov, Deputy Chairman";
    let d = read(Format::Docx, Language::En, t);
    assert_eq!(d.doc_type, DocType::Letter);
    assert_eq!(
        d.sender.as_deref(),
        Some("State Committee on Science and Technology of the Republic of Belarus")
    );
    assert_eq!(
        d.recipient.as_deref(),
        Some("Prof. Nguyen Van Minh, President, Vietnam Academy of Science and Technology")
    );
    assert_eq!(d.subject.as_deref(), Some("Joint call for proposals 2025"));
    assert_eq!(
        signed(&d),
        vec![("S. Shcherbakov", Some("Deputy Chairman"))]
    );
}

#[test]
fn english_letter_name_then_position() {
    let t = "Dear Ms Kavaliova,\n\nFurther to our meeting in Minsk, I am writing to confirm our interest in the joint project.\n\nYours faithfully,\n\nJohn Whitfield\nDeputy Director, Research Office";
    let d = read(Format::Pdf, Language::En, t);
    assert_eq!(d.doc_type, DocType::Letter);
    assert_eq!(
        signed(&d),
        vec![("John Whitfield", Some("Deputy Director, Research Office"))]
    );
}

#[test]
fn russian_agreement_from_title() {
    let t = "Соглашение между Национальной академией наук Беларуси и Сибирским отделением Российской академии наук о сотрудничестве в области новых материалов\n\nг. Минск\t«15» октября 2024 г.\n\nСтороны, руководствуясь стремлением развивать научные связи, договорились о нижеследующем.\n\nНастоящее Соглашение заключено сроком на пять лет и вступает в силу с даты его подписания.\n\nПредседатель Президиума\tПредседатель СО РАН\n\n__________ В.Г.Гусаков\t__________ В.Н.Пармон";
    let d = read(Format::Pdf, Language::Ru, t);
    assert_eq!(d.doc_type, DocType::Agreement);
    assert_eq!(
        d.parties,
        vec![
            "Национальной академией наук Беларуси",
            "Сибирским отделением Российской академии наук"
        ]
    );
    assert_eq!(d.place.as_deref(), Some("г. Минск"));
    assert_eq!(
        d.term.as_deref(),
        Some(
            "Настоящее Соглашение заключено сроком на пять лет и вступает в силу с даты его подписания."
        )
    );
    assert_eq!(
        signed(&d),
        vec![
            ("В.Г.Гусаков", Some("Председатель Президиума")),
            ("В.Н.Пармон", Some("Председатель СО РАН"))
        ]
    );
    assert!(d.title.is_some_and(|t| t.starts_with("Соглашение между")));
}

#[test]
fn belarusian_agreement_and_english_memorandum() {
    let t = "ПАГАДНЕННЕ\nаб супрацоўніцтве паміж Гродзенскім дзяржаўным універсітэтам і Беластоцкім тэхнічным універсітэтам\n\nг. Гродна\n\nУстанова адукацыі «Гродзенскі дзяржаўны ўніверсітэт імя Янкі Купалы» (далей — ГрДУ) і Беластоцкі тэхнічны ўніверсітэт (далей — БТУ) заключылі гэта пагадненне.\n\nПагадненне ўступае ў сілу з дня падпісання.";
    let d = read(Format::Docx, Language::Be, t);
    assert_eq!(d.doc_type, DocType::Agreement);
    assert_eq!(
        d.parties,
        vec![
            "Установа адукацыі «Гродзенскі дзяржаўны ўніверсітэт імя Янкі Купалы»",
            "Беластоцкі тэхнічны ўніверсітэт"
        ]
    );
    assert_eq!(d.place.as_deref(), Some("г. Гродна"));
    assert_eq!(
        d.term.as_deref(),
        Some("Пагадненне ўступае ў сілу з дня падпісання.")
    );
    let t = "MEMORANDUM OF UNDERSTANDING\nbetween the Belarusian State University and Hanoi University of Science on Academic Exchange\n\nThe Parties shall exchange students and staff.\n\nThis Memorandum shall enter into force upon signature and remain in force for three years.";
    let d = read(Format::Pdf, Language::En, t);
    assert_eq!(d.doc_type, DocType::Agreement);
    assert_eq!(
        d.parties,
        vec!["Belarusian State University", "Hanoi University of Science"]
    );
}

#[test]
fn contract_parties_named_in_dalneyshem_style() {
    let t = "ДОГОВОР № 14/25\nна выполнение научно-исследовательской работы\n\nг. Минск\t«3» марта 2025 г.\n\nГосударственное научное учреждение «Институт физики имени Б.И. Степанова Национальной академии наук Беларуси», именуемое в дальнейшем «Заказчик», в лице директора Иванова И.И., действующего на основании Устава, с одной стороны, и Общество с ограниченной ответственностью «Оптикон», именуемое в дальнейшем «Исполнитель», в лице директора Петрова П.П., с другой стороны, заключили настоящий договор.\n\nДоговор вступает в силу с момента подписания и действует до 31 декабря 2025 г.\n\nЗаказчик\tИсполнитель\n\nДиректор\tДиректор\n\n__________ И.И.Иванов\t__________ П.П.Петров";
    let d = read(Format::Docx, Language::Ru, t);
    assert_eq!(d.doc_type, DocType::Agreement);
    assert_eq!(
        d.parties,
        vec![
            "Государственное научное учреждение «Институт физики имени Б.И. Степанова Национальной академии наук Беларуси»",
            "Общество с ограниченной ответственностью «Оптикон»"
        ]
    );
    assert_eq!(d.place.as_deref(), Some("г. Минск"));
    assert_eq!(
        d.term.as_deref(),
        Some("Договор вступает в силу с момента подписания и действует до 31 декабря 2025 г.")
    );
    assert_eq!(
        signed(&d),
        vec![
            ("И.И.Иванов", Some("Директор")),
            ("П.П.Петров", Some("Директор"))
        ]
    );
    assert_eq!(
        d.title.as_deref(),
        Some("ДОГОВОР № 14/25 на выполнение научно-исследовательской работы")
    );
}

#[test]
fn reports_in_three_languages() {
    let t = "Информация о ходе выполнения Государственной программы «Наукоёмкие технологии и техника» за I полугодие 2024 г.\n\n1. Финансирование\n\nИз республиканского бюджета выделено 12,4 млн рублей, освоено 11,9 млн рублей.\n\n2. Основные результаты\n\nСоздано 14 образцов новой техники.\n\nНачальник управления\tО.Н.Гурская";
    let d = read(Format::Docx, Language::Ru, t);
    assert_eq!(d.doc_type, DocType::Report);
    assert_eq!(
        d.headings,
        vec!["1. Финансирование", "2. Основные результаты"]
    );
    assert_eq!(
        signed(&d),
        vec![("О.Н.Гурская", Some("Начальник управления"))]
    );
    let t = "Annual Report 2024\n\nOverview\n\nThe Centre completed nine projects and started four new ones.\n\nFinance\n\nIncome grew by 12 per cent, mostly from contract research.";
    let d = read(Format::Md, Language::En, t);
    assert_eq!(d.doc_type, DocType::Report);
    assert_eq!(d.title.as_deref(), Some("Annual Report 2024"));
    assert_eq!(d.headings, vec!["Overview", "Finance"]);
    let t = "Даведка аб выкананні даручэння\n\nУ адпаведнасці з даручэннем падрыхтаваны матэрыялы для нарады.";
    assert_eq!(read(Format::Txt, Language::Be, t).doc_type, DocType::Report);
}

#[test]
fn articles_with_sources() {
    let t = "В Гродно открыли центр коллективного пользования\n\n8 апреля 2025, 14:05\n\nНа базе университета начал работу центр, объединивший оборудование пяти лабораторий.\n\nИсточник: БелТА";
    let d = read(Format::Html, Language::Ru, t);
    assert_eq!(d.doc_type, DocType::Article);
    assert_eq!(d.source.as_deref(), Some("БелТА"));
    assert_eq!(
        d.title.as_deref(),
        Some("В Гродно открыли центр коллективного пользования")
    );
    let t = "Scientists from Minsk and Hanoi sign lab deal\n\nWritten by Olga Marsh\n\nThe new laboratory will work on rice and coffee protection.\n\nSource: Zvyazda";
    let d = read(Format::Html, Language::En, t);
    assert_eq!(d.author.as_deref(), Some("Olga Marsh"));
    assert_eq!(d.source.as_deref(), Some("Zvyazda"));
}

#[test]
fn properties_author_and_title_are_kept() {
    let mut doc = Document {
        format: Format::Html,
        title: Some("Навукоўцы падлічылі выкіды".into()),
        author: Some("Мікола Бародка".into()),
        ..Document::default()
    };
    let ctx = Context {
        lang: Language::Be,
        blocks: Vec::new(),
    };
    fill(
        &mut doc,
        "Загаловак\n\nАўтар: Іншы Аўтар\n\nТэкст артыкула.",
        &ctx,
    );
    assert_eq!(doc.title.as_deref(), Some("Навукоўцы падлічылі выкіды"));
    assert_eq!(doc.author.as_deref(), Some("Мікола Бародка"));
}

#[test]
fn letter_with_junk_title_and_no_subject_gets_no_title() {
    let mut doc = Document {
        format: Format::Docx,
        title: Some("Microsoft Word - 445.doc".into()),
        ..Document::default()
    };
    let ctx = Context {
        lang: Language::Ru,
        blocks: Vec::new(),
    };
    let t = "Министерство связи и информатизации\n\n05.05.2023 № 02-10/77\n\nУважаемые коллеги!\n\nНаправляем для сведения график.\n\nС уважением,\nначальник отдела\nИ.И.Журавлёва";
    fill(&mut doc, t, &ctx);
    assert_eq!(doc.doc_type, DocType::Letter);
    assert_eq!(doc.title, None);
    assert_eq!(
        doc.sender.as_deref(),
        Some("Министерство связи и информатизации")
    );
    assert_eq!(
        signed(&doc),
        vec![("И.И.Журавлёва", Some("начальник отдела"))]
    );
}

#[test]
fn addressee_with_label_and_blank_reply_line() {
    let t = "Учреждение образования «Брестский государственный технический университет»\nул. Московская, 267, 224017, г. Брест\n\n___________ № ________\nНа № ___ от ______\n\nКому: ООО «Техноград»\n\nОб оплате счёта\n\nУважаемый Алексей Викторович!\n\nСообщаем, что оплата будет произведена до конца месяца.\n\nПроректор по учебной работе\tМ.В.Нерода";
    let d = read(Format::Odt, Language::Ru, t);
    assert_eq!(
        d.sender.as_deref(),
        Some("Учреждение образования «Брестский государственный технический университет»")
    );
    assert_eq!(d.recipient.as_deref(), Some("ООО «Техноград»"));
    assert_eq!(d.subject.as_deref(), Some("Об оплате счёта"));
    assert_eq!(
        signed(&d),
        vec![("М.В.Нерода", Some("Проректор по учебной работе"))]
    );
}

#[test]
fn belarusian_letter_signature_on_two_lines_with_executor_label() {
    let t = "Упраўленне адукацыі Віцебскага аблвыканкама\n\n03.10.2022 № 11-05/3120\n\nДырэктарам устаноў агульнай сярэдняй адукацыі\n\nАб правядзенні тыдня навукі\n\nШаноўныя калегі!\n\nУпраўленне адукацыі паведамляе, што з 17 па 21 кастрычніка праводзіцца тыдзень навукі.\n\nНачальнік упраўлення\nА.Ю.Скварцоў\n\nВыканаўца: Ільініч 47 12 09";
    let d = read(Format::Docx, Language::Be, t);
    assert_eq!(d.doc_type, DocType::Letter);
    assert_eq!(
        d.sender.as_deref(),
        Some("Упраўленне адукацыі Віцебскага аблвыканкама")
    );
    assert_eq!(
        d.recipient.as_deref(),
        Some("Дырэктарам устаноў агульнай сярэдняй адукацыі")
    );
    assert_eq!(d.subject.as_deref(), Some("Аб правядзенні тыдня навукі"));
    assert_eq!(
        signed(&d),
        vec![("А.Ю.Скварцоў", Some("Начальнік упраўлення"))]
    );
    assert_eq!(d.executor.as_deref(), Some("Выканаўца: Ільініч 47 12 09"));
}

#[test]
fn internal_memo() {
    let t = "Службовая запіска\n\nАб падрыхтоўцы да нарады з партнёрамі з Кітая\n\nПрашу да 25 сакавіка 2025 г. падрыхтаваць даведку аб выкананні сумесных праектаў з Харбінскім політэхнічным інстытутам. У даведцы варта адлюстраваць аб’ём фінансавання.\n\nНачальнік аддзела міжнароднага супрацоўніцтва В.І.Макарэвіч";
    let d = read(Format::Txt, Language::Be, t);
    assert_eq!(d.doc_type, DocType::Letter);
    assert_eq!(d.sender, None);
    assert_eq!(
        d.subject.as_deref(),
        Some("Аб падрыхтоўцы да нарады з партнёрамі з Кітая")
    );
    assert_eq!(d.title, d.subject);
    assert_eq!(
        signed(&d),
        vec![(
            "В.І.Макарэвіч",
            Some("Начальнік аддзела міжнароднага супрацоўніцтва")
        )]
    );
}

/// A whole letter, cut anywhere, for the never-panic property.
const WHOLE_LETTER: &str = "Дзяржаўны камітэт па навуцы\nі тэхналогіях Рэспублікі Беларусь\nвул. Кальварыйская, 17\n\nГосударственный комитет по науке\tи технологиям\n\nВх-2871 05.09.2024\n\n02.09.2024 № 06-11/1547\nНа № ___ ад ______\n\nРэктару ўніверсітэта\nЮрэвічу А.Р.\n\nАб удзеле ў конкурсе\nПаважаны Андрэй Рыгоравіч!\n\nГомельский институт (далее — Сторона) и Харбинский институт (далее — Китайская сторона) вступает в силу.\n\nНамеснік Старшыні\tА.Л.Карповіч\n\n__________ Чжан Вэй\n\nYours sincerely,\n\nS. Shcherbakov, Deputy Chairman\n\nСцяпанчук 203 45 71";

proptest::proptest! {
    #[test]
    fn cut_letters_never_panic(from in 0usize..700, len in 0usize..700) {
        let chars: Vec<(usize, char)> = WHOLE_LETTER.char_indices().collect();
        let start = chars.get(from).map_or(WHOLE_LETTER.len(), |c| c.0);
        let end = chars.get(from + len).map_or(WHOLE_LETTER.len(), |c| c.0);
        let cut = WHOLE_LETTER.get(start..end).unwrap_or("");
        for format in [Format::Pdf, Format::Eml, Format::Html, Format::Md] {
            let _ = read(format, Language::Be, cut);
        }
    }
}

/// Throughput of `fill` on a large text (run with `--release --ignored`).
#[test]
#[ignore = "timing, not a check"]
fn throughput() {
    let body = WHOLE_LETTER.repeat(2_000);
    let start = std::time::Instant::now();
    for _ in 0..10 {
        let _ = read(Format::Pdf, Language::Be, &body);
    }
    let secs = start.elapsed().as_secs_f64() / 10.0;
    let mb = body.len() as f64 / 1e6;
    println!(
        "letter::fill: {mb:.2} MB in {secs:.4} s = {:.1} MB/s",
        mb / secs
    );
    // One huge line with no paragraph breaks: every reader meets all of it.
    let line =
        "Заместитель директора С.С.Щербаков (далее — Сторона) вступает в силу ".repeat(15_000);
    let start = std::time::Instant::now();
    let _ = read(Format::Txt, Language::Ru, &line);
    let secs = start.elapsed().as_secs_f64();
    let mb = line.len() as f64 / 1e6;
    println!(
        "one line: {mb:.2} MB in {secs:.4} s = {:.1} MB/s",
        mb / secs
    );
}
