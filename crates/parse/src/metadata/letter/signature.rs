//! Who signed: the signature block at the end of a letter, an agreement or
//! a report, and a letter's executor line.
//!
//! Layouts read: position and name on one line, apart by a tab or a space
//! (`Заместитель директора\tС.С.Щербаков`); on two lines or paragraphs
//! (`Директор` / `Т.Н.Ковалёва`); name first, English style
//! (`S. Shcherbakov, Deputy Chairman`, `Margaret Ellison` / `Director …`)
//! after a closing (`Yours sincerely,`, `С уважением,`, `З павагай,`);
//! parties signing side by side (`Director\tDirector` / `P. Astrouski\tNguyen
//! Thi Lan`, or positions first and names after `__________`). The executor
//! is the line under the signature with a surname and a phone
//! (`Сцяпанчук 203 45 71`) or labelled `Исп.`, `Выканаўца`.
//!
//! Invariant: names are kept as written (`С.С.Щербаков`, `А.Л.Карповіч`),
//! without the signature rule's underscores; only the last [`WINDOW`]
//! paragraphs are read.

use std::collections::VecDeque;
use std::sync::LazyLock;

use regex::Regex;

use super::layout::{WINDOW, cells, lines, one_line, word_count};
use crate::model::Signatory;

/// The longest cell (in bytes) read as part of a signature.
const MAX_CELL: usize = 300;

/// A position at the start of a line.
static POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:и\.\s?о\.|врио|исполняющий обязанности|выконваючы абавязкі|первый|першы|генеральный|генеральны|главный|галоўны|научный|навуковы|учёный|ученый|вучоны|старший|старшы|ведущий|вядучы|ответственный|адказны|executive|acting|senior|vice|вице|віцэ|the)[\s-]+)*(?:директор|дырэктар|заместитель|намеснік|председатель|старшыня|ректор|рэктар|проректор|прарэктар|начальник|начальнік|заведующ|загадчык|министр|міністр|руководител|кіраўнік|президент|прэзідэнт|секретар|сакратар|глава|декан|дэкан|помощник|памочнік|советник|саветнік|консул|посол|пасол|инженер|інжынер|специалист|спецыяліст|эксперт|бухгалтер|управляющ|уполномоченн|представител|прадстаўнік|академик|акадэмік|профессор|прафесар|сотрудник|супрацоўнік|head|director|deputy|chair|president|rector|minister|secretary|manager|dean|professor|coordinator|chief|ambassador|counsellor|officer|ceo)",
    )
    .expect("valid regex")
});

/// An English position word anywhere in a short Latin line (`Project
/// Manager`, `Programme Director`).
static ENGLISH_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:manager|director|officer|chair|chairman|chairwoman|chairperson|head|coordinator|secretary|president|rector|dean|minister|ambassador|counsellor|professor|deputy|ceo|lead|leader)\b")
        .expect("valid regex")
});

/// A name with initials: `С.С.Щербаков`, `P. Astrouski`, `Щербаков С.С.`.
static STRICT_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}’'ʼ]+(?:-\p{Lu}?[\p{Ll}’'ʼ]+)?|\p{Lu}[\p{Ll}’'ʼ]+(?:-\p{Lu}[\p{Ll}’'ʼ]+)?\s+\p{Lu}\.\s?(?:\p{Lu}\.)?)$")
        .expect("valid regex")
});

/// A name in full: two or three capitalised words.
static FULL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{Ll}’'ʼ-]+(?:\s+\p{Lu}[\p{Ll}’'ʼ-]+){1,2}$",
    )
    .expect("valid regex")
});

/// Position and name with initials on one line.
static POSITION_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?)\s+((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}’'ʼ-]+|\p{Lu}[\p{Ll}’'ʼ-]+\s+\p{Lu}\.\s?(?:\p{Lu}\.)?)$")
        .expect("valid regex")
});

/// Name, a comma, position: `S. Shcherbakov, Deputy Chairman`.
static NAME_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?:(?:\p{Lu}\.\s?){1,2})?\p{Lu}[\p{Ll}’'ʼ-]+(?:\s+\p{Lu}[\p{Ll}’'ʼ-]+){0,2}),\s+(.+)$")
        .expect("valid regex")
});

/// The closing above a signature.
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:с (?:глубоким |искренним )?уважением|з (?:глыбокай |шчырай )?павагай|yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:with )?(?:best|kind|warm) regards|regards|respectfully(?: yours)?|with respect|--)\s*[,.!]?$")
        .expect("valid regex")
});

/// A closing with the signature on the same line: `С уважением, И.И.Иванов`.
static CLOSING_THEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:с (?:глубоким |искренним )?уважением|з (?:глыбокай |шчырай )?павагай|yours (?:sincerely|faithfully|truly)|sincerely(?: yours)?|(?:with )?(?:best|kind|warm) regards|regards)\s*,\s*")
        .expect("valid regex")
});

/// A party's heading over its signature: `Ад Беларускага боку`, `От
/// Исполнителя`, `For the Vietnamese Party`, `On behalf of the Ministry`.
static PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:ад|от|за|for|on behalf of)\s+\S[^.\d]{0,80}$").expect("valid regex")
});

/// The signature rule that separates side-by-side signatures on one line.
static RULE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"_{3,}").expect("valid regex"));

/// An executor line labelled as such.
static EXECUTOR_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:исп\.|исполнитель|выканаўца|выкан\.|executor|prepared by)\s*:?\s*\S")
        .expect("valid regex")
});

/// An executor line: a surname (with initials) and a phone number.
static EXECUTOR_PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Ll}’'ʼ-]+(?:\s+(?:\p{Lu}\.\s?){1,2}|\s+\p{Lu}[\p{Ll}’'ʼ-]+){0,2}[\s,]+(?:(?:тел|тэл|tel)\.?:?\s*)?\+?[\d(][\d\s()-]{4,}\d$")
        .expect("valid regex")
});

/// One cell of a signature block.
#[derive(Debug, Clone, PartialEq)]
enum Item {
    /// A position alone.
    Position(String),
    /// A name alone; `true` when it has initials.
    Name(String, bool),
    /// A position and a name together.
    Both(String, String),
    /// A closing formula.
    Closing,
    /// Anything else.
    Other,
}

/// Whether `s` reads as a position.
fn is_position(s: &str) -> bool {
    let english = s.is_ascii() && word_count(s) <= 8 && ENGLISH_POSITION.is_match(s);
    (POSITION.is_match(s) || english)
        && !s.chars().any(|c| c.is_ascii_digit())
        && word_count(s) <= 12
        && !s.ends_with(['.', '!', '?', ':'])
}

/// Classifies one cell.
fn classify(cell: &str) -> Item {
    let c = cell
        .trim_start_matches(['_', ' ', '/', '.'])
        .trim_end_matches(['_', ' ', '/'])
        .trim();
    // Signature cells are short; a long one is text, and is not scanned.
    if c.is_empty() || c.len() > MAX_CELL {
        return Item::Other;
    }
    if CLOSING.is_match(c) {
        return Item::Closing;
    }
    if STRICT_NAME.is_match(c) {
        return Item::Name(c.to_string(), true);
    }
    if let Some(m) = POSITION_NAME.captures(c)
        && let (Some(p), Some(n)) = (m.get(1), m.get(2))
        && is_position(p.as_str())
    {
        return Item::Both(p.as_str().to_string(), n.as_str().to_string());
    }
    if let Some(m) = NAME_POSITION.captures(c)
        && let (Some(n), Some(p)) = (m.get(1), m.get(2))
        && is_position(p.as_str())
    {
        return Item::Both(p.as_str().to_string(), n.as_str().to_string());
    }
    if is_position(c) {
        return Item::Position(c.trim_end_matches(',').to_string());
    }
    // `От Заказчика` is two capitalised words, but a party's heading.
    if PARTY.is_match(c) {
        return Item::Other;
    }
    if FULL_NAME.is_match(c) {
        return Item::Name(c.to_string(), false);
    }
    Item::Other
}

/// One line of the tail, read cell by cell.
struct Row<'t> {
    /// The line.
    line: &'t str,
    /// Its cells.
    items: Vec<Item>,
}

impl Row<'_> {
    /// Whether every cell is part of a signature.
    fn is_signature(&self) -> bool {
        !self.items.is_empty()
            && self
                .items
                .iter()
                .all(|i| matches!(i, Item::Position(_) | Item::Name(..) | Item::Both(..)))
    }

    /// Whether a cell holds a name with initials.
    fn has_strict(&self) -> bool {
        self.items
            .iter()
            .any(|i| matches!(i, Item::Name(_, true) | Item::Both(..)))
    }
}

/// The signature block and what follows it.
pub(super) struct Signature {
    /// The signatories in order.
    pub signatories: Vec<Signatory>,
    /// The executor line.
    pub executor: Option<String>,
}

/// Reads the signatories and the executor from a document's paragraphs.
pub(super) fn read(pars: &[&str]) -> Signature {
    let from = pars.len().saturating_sub(WINDOW);
    let rows: Vec<Row> = pars
        .get(from..)
        .unwrap_or(&[])
        .iter()
        .flat_map(|p| lines(p))
        .flat_map(split_closing)
        .map(|line| Row {
            line,
            items: signature_cells(line).into_iter().map(classify).collect(),
        })
        .collect();
    let rows = split_repeated_positions(join_continued_positions(rows));
    let closing = rows
        .iter()
        .rposition(|r| r.items.first() == Some(&Item::Closing));
    let block = match closing {
        Some(c) => {
            let start = c + 1;
            let len = rows
                .get(start..)
                .unwrap_or(&[])
                .iter()
                .take_while(|r| r.is_signature())
                .count();
            (len > 0).then_some((start, start + len - 1))
        }
        None => rows
            .iter()
            .rposition(|r| r.is_signature() && r.has_strict())
            .map(|r| with_other_parties(&rows, r)),
    };
    let signatories = block
        .map(|(s, e)| pair(rows.get(s..=e).unwrap_or(&[])))
        .unwrap_or_default();
    let after = block.map_or(rows.len().saturating_sub(4), |(_, e)| e + 1);
    let executor = rows
        .get(after..)
        .unwrap_or(&[])
        .iter()
        .filter(|r| r.line.len() <= MAX_CELL)
        .find(|r| EXECUTOR_PHONE.is_match(r.line) || EXECUTOR_LABEL.is_match(r.line))
        .or_else(|| {
            rows.iter()
                .filter(|r| r.line.len() <= MAX_CELL)
                .find(|r| EXECUTOR_LABEL.is_match(r.line))
        })
        .map(|r| one_line(r.line));
    Signature {
        signatories,
        executor,
    }
}

/// The signature block around row `at`, widened over the blocks of the
/// other parties when a party heading (`Ад Узбекскага боку`) separates
/// them: agreements sign party by party, one block under the other.
fn with_other_parties(rows: &[Row], at: usize) -> (usize, usize) {
    let signature = |i: usize| rows.get(i).is_some_and(Row::is_signature);
    let party = |i: usize| rows.get(i).is_some_and(|r| PARTY.is_match(r.line.trim()));
    let (mut start, mut end) = (at, at);
    loop {
        while start > 0 && signature(start - 1) {
            start -= 1;
        }
        if start >= 2 && party(start - 1) && signature(start - 2) {
            start -= 2;
        } else {
            break;
        }
    }
    loop {
        while signature(end + 1) {
            end += 1;
        }
        if party(end + 1) && signature(end + 2) {
            end += 2;
        } else {
            break;
        }
    }
    (start, end)
}

/// A line's cells for a signature: its table cells, each cut again at the
/// signature rules (`__________ И.С.Ковальчук __________ Т.В.Зайцева`, the
/// columns of a plain-text file whose spaces were collapsed).
fn signature_cells(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for cell in cells(line) {
        out.extend(RULE.split(cell).map(str::trim).filter(|c| !c.is_empty()));
    }
    out
}

/// A position that runs on to the next line (`Первый заместитель
/// директора` / `по научной работе`, the name on that line or the next) is
/// joined with it: a short cell of lower-case words without digits, first
/// on the line under a lone position.
fn join_continued_positions(rows: Vec<Row>) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    for mut row in rows {
        let under_position = matches!(
            out.last().map(|r| r.items.as_slice()),
            Some([Item::Position(_)])
        );
        let first = signature_cells(row.line).first().copied().unwrap_or("");
        let continues = under_position
            && row.items.first() == Some(&Item::Other)
            && first.chars().next().is_some_and(char::is_lowercase)
            && word_count(first) <= 6
            && !first.chars().any(|c| c.is_ascii_digit())
            && !first.ends_with(['.', '!', '?', ':', ';']);
        if continues
            && let Some(Item::Position(p)) = out.last_mut().and_then(|r| r.items.first_mut())
        {
            p.push(' ');
            p.push_str(first);
            row.items.remove(0);
            if row.items.is_empty() {
                continue;
            }
        }
        out.push(row);
    }
    out
}

/// A lone position cell over a row of several names is split into as many
/// equal runs of words when each run is a position: `Директор Директор`
/// over two names, once the columns' spaces were collapsed.
fn split_repeated_positions(mut rows: Vec<Row>) -> Vec<Row> {
    for i in 0..rows.len().saturating_sub(1) {
        let names = rows.get(i + 1).map_or(0, |r| {
            r.items
                .iter()
                .filter(|it| matches!(it, Item::Name(..)))
                .count()
        });
        let Some(row) = rows.get_mut(i) else { continue };
        let [Item::Position(p)] = row.items.as_slice() else {
            continue;
        };
        let words: Vec<&str> = p.split_whitespace().collect();
        if names < 2 || !words.len().is_multiple_of(names) {
            continue;
        }
        let parts: Vec<String> = words
            .chunks(words.len() / names)
            .map(|c| c.join(" "))
            .collect();
        if parts.iter().all(|part| is_position(part)) {
            row.items = parts.into_iter().map(Item::Position).collect();
        }
    }
    rows
}

/// A line as one row, or two when a closing carries the signature on the
/// same line.
fn split_closing(line: &str) -> Vec<&str> {
    match CLOSING_THEN.find(line) {
        Some(m) if m.end() < line.len() && line.len() <= MAX_CELL => {
            let closing = line.get(..m.end()).unwrap_or(line).trim_end();
            let rest = line.get(m.end()..).unwrap_or("");
            vec![closing.trim_end_matches(',').trim_end(), rest]
        }
        _ => vec![line],
    }
}

/// Pairs the positions and names of a signature block.
///
/// Positions wait in a queue for the next name (so `P1 P2 N1 N2` pairs
/// column by column); a name with no position waiting takes the position
/// right after it (English order).
fn pair(rows: &[Row]) -> Vec<Signatory> {
    let items: Vec<&Item> = rows.iter().flat_map(|r| r.items.iter()).collect();
    let mut pending: VecDeque<&str> = VecDeque::new();
    let mut out: Vec<Signatory> = Vec::new();
    let mut i = 0;
    while let Some(item) = items.get(i) {
        match item {
            Item::Position(p) => pending.push_back(p),
            Item::Both(p, n) => out.push(Signatory {
                name: n.clone(),
                position: Some(p.clone()),
            }),
            Item::Name(n, _) => {
                let position = match pending.pop_front() {
                    Some(p) => Some(p.to_string()),
                    None => match items.get(i + 1) {
                        Some(Item::Position(p)) => {
                            i += 1;
                            Some(p.clone())
                        }
                        _ => None,
                    },
                };
                out.push(Signatory {
                    name: n.clone(),
                    position,
                });
            }
            Item::Closing | Item::Other => {}
        }
        i += 1;
        if out.len() >= 8 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::letter::layout::paragraphs;

    fn sig(text: &str) -> Vec<(String, Option<String>)> {
        read(&paragraphs(text))
            .signatories
            .into_iter()
            .map(|s| (s.name, s.position))
            .collect()
    }

    fn one(name: &str, position: &str) -> Vec<(String, Option<String>)> {
        vec![(name.to_string(), Some(position.to_string()))]
    }

    #[test]
    fn position_and_name_on_one_line() {
        assert_eq!(
            sig(
                "Просим принять участие.\n\nЗаместитель директора\tС.С.Щербаков\n\nРудковская 294 11 72"
            ),
            one("С.С.Щербаков", "Заместитель директора")
        );
        assert_eq!(
            sig("Просім.\n\nНамеснік Старшыні А.Л.Карповіч"),
            one("А.Л.Карповіч", "Намеснік Старшыні")
        );
        assert_eq!(
            sig("Текст.\n\nПервый заместитель Министра Щербаков С.С."),
            one("Щербаков С.С.", "Первый заместитель Министра")
        );
        assert_eq!(
            sig("Text.\n\nS. Shcherbakov, Deputy Chairman"),
            one("S. Shcherbakov", "Deputy Chairman")
        );
    }

    #[test]
    fn position_and_name_on_two_paragraphs() {
        let t = "Просім накіраваць заяўку.\n\nНамеснік Старшыні\n\nА.Л.Карповіч\n\nСцяпанчук 203 45 71\n\n1Загад ДКНТ ад 12.06.2024 № 47 «Аб правядзенні конкурсу сумесных праектаў з партнёрамі».";
        let s = read(&paragraphs(t));
        assert_eq!(s.signatories.len(), 1);
        assert_eq!(s.signatories[0].name, "А.Л.Карповіч");
        assert_eq!(
            s.signatories[0].position.as_deref(),
            Some("Намеснік Старшыні")
        );
        assert_eq!(s.executor.as_deref(), Some("Сцяпанчук 203 45 71"));
    }

    #[test]
    fn english_closing() {
        let t = "Please confirm the list.\n\nYours sincerely,\n\nMargaret Ellison\nDirector of International Programmes";
        assert_eq!(
            sig(t),
            one("Margaret Ellison", "Director of International Programmes")
        );
    }

    #[test]
    fn closings_in_russian_and_belarusian() {
        let t = "Просим направить перечень.\n\nС уважением,\nзаместитель директора по научной работе\nГ.П.Фёдоров\nтел. +7 4812 55-30-17";
        assert_eq!(
            sig(t),
            one("Г.П.Фёдоров", "заместитель директора по научной работе")
        );
        let t = "Просім накіраваць спіс.\n\nЗ павагай,\nГанна Вараб’ёва\nзагадчык аддзела інфармацыйных рэсурсаў";
        assert_eq!(
            sig(t),
            one("Ганна Вараб’ёва", "загадчык аддзела інфармацыйных рэсурсаў")
        );
        let t = "Прошу согласовать.\n\n--\nКирилл Мороз\nотдел международных связей";
        assert_eq!(sig(t), vec![("Кирилл Мороз".to_string(), None)]);
    }

    #[test]
    fn closing_and_signature_on_one_line() {
        let t = "Просим сообщить решение.\n\nС уважением, директор И.И.Иванов";
        assert_eq!(sig(t), one("И.И.Иванов", "директор"));
        let t = "Please reply by Friday.\n\nKind regards, Anna Kovalenko\nProject Manager";
        assert_eq!(sig(t), one("Anna Kovalenko", "Project Manager"));
    }

    #[test]
    fn party_blocks_one_under_the_other() {
        let be = "Гэта Пагадненне ўступае ў сілу з дня яго падпісання.\n\nАд Беларускага боку\nДырэктар\nВ.П.Латышэвіч\n\nАд Узбекскага боку\nДырэктар\nШ.Р.Юсупаў";
        assert_eq!(
            sig(be),
            [
                ("В.П.Латышэвіч".to_string(), Some("Дырэктар".to_string())),
                ("Ш.Р.Юсупаў".to_string(), Some("Дырэктар".to_string())),
            ]
        );
        let ru = "Договор вступает в силу с момента подписания.\n\nОт Заказчика\nДиректор И.С.Ковальчук\n\nОт Исполнителя\nГенеральный директор Т.В.Зайцева";
        assert_eq!(sig(ru).len(), 2, "{:?}", sig(ru));
        let en = "This Agreement enters into force on signature.\n\nFor the Belarusian Party\nDirector\nP. Astrouski\n\nFor the Vietnamese Party\nDirector\nN. T. Lan";
        assert_eq!(sig(en).len(), 2, "{:?}", sig(en));
        // A heading over a single block adds nothing.
        let one_party = "Текст письма.\n\nЗа директора\nЗаместитель директора С.С.Щербаков";
        assert_eq!(sig(one_party).len(), 1);
    }

    #[test]
    fn a_position_on_two_lines_is_joined() {
        let be =
            "Просім разгледзець.\n\nПершы намеснік дырэктара\nпа навуковай рабоце\nЮ.М.Даніловіч";
        assert_eq!(
            sig(be),
            one(
                "Ю.М.Даніловіч",
                "Першы намеснік дырэктара па навуковай рабоце"
            )
        );
        let ru = "Просим рассмотреть.\n\nЗаместитель директора\nпо научной работе\tС.С.Щербаков";
        assert_eq!(sig(ru).len(), 1);
        let en = "Thank you.\n\nDeputy Director\nfor research and innovation\nM. Ellison";
        assert_eq!(
            sig(en),
            one("M. Ellison", "Deputy Director for research and innovation")
        );
        // A sentence under a position is not part of it.
        let text = "Директор\nпросит подтвердить получение письма до 1 мая.\nА.В.Лущик";
        assert!(
            sig(text)
                .iter()
                .all(|(_, p)| p.as_deref() != Some("Директор просит"))
        );
    }

    #[test]
    fn side_by_side_columns_with_collapsed_spaces() {
        let ru = "3.1. Договор действует до 31 декабря 2022 г.\n\nЗаказчик: Исполнитель:\nДиректор Директор\n__________ И.С.Ковальчук __________ Т.В.Зайцева";
        assert_eq!(
            sig(ru),
            [
                ("И.С.Ковальчук".to_string(), Some("Директор".to_string())),
                ("Т.В.Зайцева".to_string(), Some("Директор".to_string())),
            ]
        );
        let en = "Done in two copies.\n\nProject Manager Project Manager\n__________ A. Novik __________ M. Ellison";
        assert_eq!(
            sig(en),
            [
                ("A. Novik".to_string(), Some("Project Manager".to_string())),
                (
                    "M. Ellison".to_string(),
                    Some("Project Manager".to_string())
                ),
            ]
        );
        // Two different words are not cut into two positions.
        let be = "Тэкст.\n\nНамеснік старшыні\n__________ А.Л.Карповіч __________ Ю.М.Даніловіч";
        assert!(
            sig(be)
                .iter()
                .all(|(_, p)| p.as_deref() != Some("Намеснік"))
        );
    }

    #[test]
    fn parties_side_by_side() {
        let t = "Texts are equally authentic.\n\nFor the Belarusian Party\tFor the Vietnamese Party\n\nDirector\tDirector\n\nP. Astrouski\tNguyen Thi Lan";
        assert_eq!(
            sig(t),
            vec![
                ("P. Astrouski".to_string(), Some("Director".to_string())),
                ("Nguyen Thi Lan".to_string(), Some("Director".to_string())),
            ]
        );
        let t = "ул. Сидачжи, 92, 150001, г. Харбин\n\nДиректор\n\nПроректор по науке\n\n__________ В.А.Сидоренко\n\n__________ Чжан Вэй";
        assert_eq!(
            sig(t),
            vec![
                ("В.А.Сидоренко".to_string(), Some("Директор".to_string())),
                (
                    "Чжан Вэй".to_string(),
                    Some("Проректор по науке".to_string())
                ),
            ]
        );
    }

    #[test]
    fn tables_of_names_are_not_signatures() {
        let t = "ФИО\tОрганизация\tТема\nЁлкина А.С.\tФизико-технический институт\tПористые фильтры\n\nСборник материалов будет издан до 1 июля.";
        assert!(sig(t).is_empty());
        assert!(sig("Вольга Сакалоўская").is_empty());
    }

    #[test]
    fn executor_lines() {
        for (t, e) in [
            (
                "Директор\tТ.Н.Ковалёва\n\nЯрошевич 318 22 47",
                "Ярошевич 318 22 47",
            ),
            (
                "Директор И.И.Петров\n\nИсп. Сидорова Н.В.\nтел. 284-07-60",
                "Исп. Сидорова Н.В.",
            ),
            (
                "Дырэктар А.А.Бурак\n\nВыканаўца: Лявонава 8 (0212) 47-11-09",
                "Выканаўца: Лявонава 8 (0212) 47-11-09",
            ),
            (
                "Начальник управления\tО.П.Кравец\n\nИванова И.И., тел. (017) 284-07-60",
                "Иванова И.И., тел. (017) 284-07-60",
            ),
        ] {
            assert_eq!(read(&paragraphs(t)).executor.as_deref(), Some(e), "{t}");
        }
    }
}
