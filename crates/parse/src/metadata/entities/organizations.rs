//! Organisations mentioned in the text: gazetteer hits by their canonical
//! name, then names the gazetteer does not know, found by patterns and given
//! as written (whitespace-normalised):
//!
//! - a legal form or institution word before a quoted name (`ООО «…»`,
//!   `Учреждение образования «…»`; see [`super::quoted`]);
//! - a head noun (`Министерство`, `институт`, `ўніверсітэт`, `Institute`,
//!   `University`, `Centre` …) with the adjectives before it
//!   (`Гомельский институт`, `Палескага дзяржаўнага … ўніверсітэта`,
//!   `Minsk Institute`) and the genitive words after it
//!   (`машиноведения`, `образования Республики Беларусь`, `of Applied Optics`).
//!   A name must start with a capital letter and have more than its head.
//!
//! A pattern hit that overlaps a gazetteer hit is dropped; a tail stops where
//! a gazetteer hit begins. A pattern hit whose words are those of an alias
//! of an organisation the gazetteer found, with some left out (`Харбинский
//! институт` beside `Харбинский политехнический институт`), is a shortened
//! mention of it and dropped too.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::countries::country_of_word;
use super::gazetteer::{GAZETTEER, Token, tokens};
use super::quoted::{normalise, quoted};

/// Russian and Belarusian head nouns (lowercased prefixes).
const HEADS_CYR: &[&str] = &[
    "министерств",
    "міністэрств",
    "міністерств",
    "институт",
    "інстытут",
    "інститут",
    "университет",
    "універсітэт",
    "ўніверсітэт",
    "університет",
    "академи",
    "акадэмі",
    "академі",
    "комитет",
    "камітэт",
    "комітет",
    "агентств",
    "агенцтв",
    "колледж",
    "каледж",
    "фонд",
    "управлени",
    "упраўленн",
    "центр",
    "цэнтр",
    "библиотек",
    "бібліятэк",
    "музе",
    "лаборатори",
    "лабараторы",
    "завод",
    "совет",
    "савет",
    "ассоциаци",
    "асацыяцы",
    "училищ",
    "вучылішч",
    "академі",
];

/// The first two letters of every Russian and Belarusian head noun.
static HEAD_STARTS: LazyLock<HashSet<[Option<char>; 2]>> = LazyLock::new(|| {
    HEADS_CYR
        .iter()
        .map(|h| {
            let mut c = h.chars();
            [c.next(), c.next()]
        })
        .collect()
});

/// English head nouns; `true` when the head needs an `of …` tail.
const HEADS_EN: &[(&str, bool)] = &[
    ("Institute", false),
    ("University", false),
    ("Academy", false),
    ("Centre", false),
    ("Center", false),
    ("College", false),
    ("Agency", false),
    ("Foundation", false),
    ("Corporation", false),
    ("Bank", false),
    ("Museum", false),
    ("Library", false),
    ("Society", false),
    ("Association", false),
    ("Ministry", true),
    ("Committee", true),
    ("Laboratory", true),
    ("Council", true),
    ("Department", true),
];

/// Words that never begin an English name.
const EN_STOP: &[&str] = &[
    "The", "Our", "Your", "This", "That", "A", "An", "Each", "Both", "For", "From", "In", "And",
    "Of", "Dear", "By", "To", "At", "With", "Its", "Their", "His", "Her",
];

/// Words that never continue a Russian or Belarusian tail.
const CYR_STOP: &[&str] = &[
    "для",
    "года",
    "году",
    "лет",
    "что",
    "или",
    "его",
    "её",
    "их",
    "этого",
    "того",
    "всего",
    "которого",
    "которой",
    "также",
    "гэтага",
    "якога",
    "якой",
    "таксама",
    "яго",
    "яе",
];

/// Organisations found in `text`, and a warning if the user gazetteer was
/// ignored.
pub(super) fn find(text: &str) -> (Vec<String>, Option<String>) {
    let g = &*GAZETTEER;
    let toks = tokens(text);
    let hits = g.scan(&toks);
    let mut found: Vec<(usize, usize, String)> = hits
        .iter()
        .map(|h| (h.start, h.end, g.name(h.name).to_string()))
        .collect();
    let mut known: Vec<usize> = hits.iter().map(|h| h.name).collect();
    known.sort_unstable();
    known.dedup();
    let shortened = |name: &str| {
        let toks = tokens(name);
        known.iter().any(|&k| g.shortens(k, &toks))
    };
    let gaz_spans: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    let overlaps =
        |s: usize, e: usize, spans: &[(usize, usize)]| spans.iter().any(|&(a, b)| s < b && a < e);
    let mut pattern: Vec<(usize, usize, String)> = Vec::new();
    for (s, e, name) in quoted(text) {
        if !overlaps(s, e, &gaz_spans) {
            pattern.push((s, e, name));
        }
    }
    for (s, e) in headed(text, &toks, &gaz_spans) {
        let taken: Vec<(usize, usize)> = pattern.iter().map(|p| (p.0, p.1)).collect();
        if !overlaps(s, e, &gaz_spans)
            && !overlaps(s, e, &taken)
            && let Some(name) = text.get(s..e)
        {
            pattern.push((s, e, normalise(name)));
        }
    }
    pattern.retain(|p| !shortened(&p.2));
    found.extend(pattern);
    found.sort_by_key(|f| f.0);
    // One entry per name up to case endings; the most nominative-looking
    // form (most words without an ending) is kept, in first-seen order.
    let mut out: Vec<(String, String, usize)> = Vec::new();
    for (_, _, name) in found {
        if name.chars().count() <= 2 {
            continue;
        }
        let toks = tokens(&name);
        let key = toks
            .iter()
            .map(|t| t.stem.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let bare = toks
            .iter()
            .filter(|t| t.exact.to_lowercase() == t.stem || adjective_nominative(t.exact))
            .count();
        match out.iter_mut().find(|o| o.0 == key) {
            Some(o) if bare > o.2 => {
                o.1 = name;
                o.2 = bare;
            }
            Some(_) => {}
            None => out.push((key, name, bare)),
        }
    }
    let out = out.into_iter().map(|o| o.1).collect();
    (out, g.warning.clone())
}

/// The text between two tokens.
fn gap<'t>(text: &'t str, a: &Token, b: &Token) -> &'t str {
    text.get(a.end..b.start).unwrap_or(".")
}

/// Whether two tokens are joined by spaces (at most one line break) or a
/// hyphen, so that they can belong to one name.
fn joined(g: &str) -> bool {
    g.matches('\n').count() <= 1
        && (g.chars().all(char::is_whitespace) && !g.contains('\t') || g == "-" || g == "‑")
}

/// Whether a lowercased Russian/Belarusian word looks like an adjective.
fn adjective(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "ий", "ый", "ой", "ая", "ое", "ые", "ие", "ого", "его", "ому", "ему", "ых", "их", "ым",
        "им", "ім", "ыя", "ія", "ае", "ага", "яга", "аму", "ай", "яй", "ую", "юю", "ом", "ем",
        "кі", "ні", "гі", "хі", "ны", "вы", "ты", "лы", "чы",
    ];
    w.chars().count() > 3 && ENDS.iter().any(|e| w.ends_with(e))
}

/// Whether a lowercased Russian/Belarusian word looks like a genitive
/// (or, after `по`/`па`, a dative or prepositional) in a name's tail.
fn tail_word(w: &str, after_po: bool) -> bool {
    const GEN: &[&str] = &[
        "ого", "его", "ой", "ей", "ых", "их", "ии", "ия", "ов", "ев", "аў", "яў", "ага", "яга",
        "ай", "яй", "іх", "ы", "и", "і", "а",
        "я", // Ukrainian: "агроекології", "матеріалів"
        "ї", "ів",
    ];
    const DAT: &[&str] = &[
        "е", "ам", "ям", "ым", "им", "ах", "ях", "ым", "ім", "ю", "у",
    ];
    if CYR_STOP.contains(&w) {
        return false;
    }
    if matches!(w, "наук" | "навук" | "спраў" | "дел") {
        return true;
    }
    if w.chars().count() < 4 || verb(w) {
        return false;
    }
    GEN.iter().any(|e| w.ends_with(e)) || after_po && DAT.iter().any(|e| w.ends_with(e))
}

/// Whether a word ends like a nominative adjective (`Гомельский`,
/// `Палескі`, `Национальная`).
fn adjective_nominative(w: &str) -> bool {
    let l = w.to_lowercase();
    ["ий", "ый", "ой", "ая", "ое", "кі", "ні", "ны", "ая"]
        .iter()
        .any(|e| l.ends_with(e))
}

/// Whether a lowercased word ends like a verb (past tense, reflexive, short
/// participle), which never continues a name.
fn verb(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "ла", "ли", "ло", "лі", "ся", "сь", "цца", "ецца", "ться", "тся", "ает", "яет", "ует",
        "ит", "ят", "ют", "уют", "ана", "ена", "ано", "ены", "аны",
    ];
    ENDS.iter().any(|e| w.ends_with(e))
}

/// Whether the head word `w` (lowercased) after its head prefix `p` ends in
/// a plural ending (`Фонды`, `институтов`), which is not one organisation.
fn plural_head(w: &str, p: &str) -> bool {
    let rest = w.get(p.len()..).unwrap_or("");
    p.ends_with(|c: char| !"аяоеэиыіуюь".contains(c))
        && matches!(rest, "ы" | "ов" | "ами" | "ах" | "ам" | "аў" | "і")
}

/// Whether `w` starts with a capital letter.
fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `w` is in Cyrillic.
fn cyrillic(w: &str) -> bool {
    w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// Names built around a head noun: byte spans.
fn headed(text: &str, toks: &[Token], gaz: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let gaz_start = |t: &Token| gaz.iter().any(|&(s, _)| s == t.start);
    for (h, head) in toks.iter().enumerate() {
        let span = if cyrillic(head.exact) {
            // Most words begin otherwise than any head: two letters say so.
            let mut two = head.exact.chars().flat_map(char::to_lowercase);
            if !HEAD_STARTS.contains(&[two.next(), two.next()]) {
                continue;
            }
            let lower = head.exact.to_lowercase();
            let Some(p) = HEADS_CYR.iter().find(|p| lower.starts_with(*p)) else {
                continue;
            };
            if plural_head(&lower, p) {
                continue;
            }
            cyr_span(text, toks, h, &gaz_start)
        } else {
            if !head.exact.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let Some(&(_, needs_tail)) = HEADS_EN.iter().find(|(w, _)| *w == head.exact) else {
                continue;
            };
            en_span(text, toks, h, needs_tail, &gaz_start)
        };
        if let Some((a, b)) = span
            && let (Some(s), Some(e)) = (toks.get(a), toks.get(b))
        {
            out.push((s.start, e.end));
        }
    }
    out
}

/// Token range of a Russian/Belarusian name around the head at `h`.
fn cyr_span(
    text: &str,
    toks: &[Token],
    h: usize,
    gaz_start: &dyn Fn(&Token) -> bool,
) -> Option<(usize, usize)> {
    let head = toks.get(h)?;
    let mut a = h;
    while a > 0 && h - a < 4 {
        let (Some(prev), Some(cur)) = (toks.get(a - 1), toks.get(a)) else {
            break;
        };
        let g = gap(text, prev, cur);
        let w = prev.exact.to_lowercase();
        let compound = g == "-" && (w.ends_with('о') || w.ends_with('а'));
        if joined(g) && (adjective(&w) || compound) && cyrillic(&w) {
            a -= 1;
        } else {
            break;
        }
    }
    while a < h && !toks.get(a).is_some_and(|t| capital(t.exact)) {
        a += 1;
    }
    if a == h && !capital(head.exact) {
        return None;
    }
    let mut b = h;
    let mut after_po = false;
    let mut after_imeni = false;
    let mut last_good = h;
    while b + 1 < toks.len() && b - h < 10 {
        let (Some(cur), Some(next)) = (toks.get(b), toks.get(b + 1)) else {
            break;
        };
        let g = gap(text, cur, next);
        let ok_gap = joined(g) || after_imeni && (g == "." || g == ". ");
        if !ok_gap || gaz_start(next) {
            break;
        }
        let w = next.exact.to_lowercase();
        let ok = if matches!(
            w.as_str(),
            "и" | "і" | "по" | "па" | "при" | "імя" | "имени" | "им"
        ) {
            after_po |= matches!(w.as_str(), "по" | "па");
            after_imeni |= matches!(w.as_str(), "імя" | "имени" | "им");
            b += 1;
            continue;
        } else if capital(next.exact) {
            after_imeni
                || country_of_word(next.exact).is_some()
                || matches!(w.as_str(), "республики" | "рэспублікі" | "беларусь")
                || toks.get(b).is_some_and(|t| {
                    matches!(t.exact.to_lowercase().as_str(), "республики" | "рэспублікі")
                })
        } else {
            let prev_adj = b > h && adjective(&cur.exact.to_lowercase());
            !after_imeni
                && (tail_word(&w, after_po)
                    || prev_adj
                        && w.chars().count() >= 4
                        && !verb(&w)
                        && !CYR_STOP.contains(&w.as_str()))
        };
        if !ok {
            break;
        }
        b += 1;
        last_good = b;
    }
    if a == h && last_good == h {
        return None;
    }
    Some((a, last_good))
}

/// Token range of an English name around the head at `h`.
fn en_span(
    text: &str,
    toks: &[Token],
    h: usize,
    needs_tail: bool,
    gaz_start: &dyn Fn(&Token) -> bool,
) -> Option<(usize, usize)> {
    let mut a = h;
    while a > 0 && h - a < 4 {
        let (Some(prev), Some(cur)) = (toks.get(a - 1), toks.get(a)) else {
            break;
        };
        if joined(gap(text, prev, cur))
            && capital(prev.exact)
            && !EN_STOP.contains(&prev.exact)
            && !cyrillic(prev.exact)
        {
            a -= 1;
        } else {
            break;
        }
    }
    let mut b = h;
    let mut last_good = h;
    let mut started = false;
    while b + 1 < toks.len() && b - h < 10 {
        let (Some(cur), Some(next)) = (toks.get(b), toks.get(b + 1)) else {
            break;
        };
        if !joined(gap(text, cur, next)) || gaz_start(next) {
            break;
        }
        let w = next.exact;
        let link = matches!(w, "of" | "for" | "on");
        if !started {
            if !link {
                break;
            }
            started = true;
        } else if !(link || matches!(w, "and" | "the")) {
            if capital(w) && !cyrillic(w) {
                last_good = b + 1;
            } else {
                break;
            }
        }
        b += 1;
    }
    if last_good == h && (needs_tail || a == h) {
        return None;
    }
    Some((a, last_good))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs(text: &str) -> Vec<String> {
        find(text).0
    }

    #[test]
    fn a_shortened_mention_of_a_known_organisation_is_not_another() {
        let text = "Гомельский институт машиноведения и Харбинский политехнический институт \
            заключили\n\nКитайская сторона:\nХарбинский\nинститут\nул. Сидачжи, 92";
        assert_eq!(
            orgs(text),
            [
                "Гомельский институт машиноведения",
                "Harbin Institute of Technology"
            ]
        );
        let be = "з Харбінскім політэхнічным інстытутам.\n\nХарбінскі інстытут\nвул. Сідачжы";
        assert_eq!(orgs(be), ["Harbin Institute of Technology"]);
        let en = "Harbin Institute of Technology (HIT).\n\nHarbin Institute\n92 West Dazhi St";
        assert_eq!(orgs(en), ["Harbin Institute of Technology"]);
        // Other words than the alias's make another organisation.
        assert_eq!(
            orgs("Харбинский политехнический институт и Харбинский медицинский институт"),
            [
                "Harbin Institute of Technology",
                "Харбинский медицинский институт"
            ]
        );
    }

    #[test]
    fn gazetteer_names_are_canonical() {
        assert_eq!(
            orgs("постановлением Совета Министров от 14 мая 2021 г."),
            ["Council of Ministers of the Republic of Belarus"]
        );
        assert_eq!(
            orgs("Міністэрства навукі і тэхналогій Сацыялістычнай Рэспублікі В’етнам"),
            ["Ministry of Science and Technology of Vietnam"]
        );
    }

    #[test]
    fn quoted_names_with_legal_forms() {
        assert_eq!(
            orgs("Генеральному директору\nАО «Сибирский агротехнопарк»\nКравцову Д.Е."),
            ["АО «Сибирский агротехнопарк»"]
        );
        assert_eq!(
            orgs("Посещение ОАО «БелАвтоКомпозит», круглый стол"),
            ["ОАО «БелАвтоКомпозит»"]
        );
        assert_eq!(
            orgs("Установа «Цэнтр навукова-тэхнічнага\nсупрацоўніцтва «Крыніца»\n\nвул. Сурганава"),
            ["Установа «Цэнтр навукова-тэхнічнага супрацоўніцтва «Крыніца»"]
        );
        assert_eq!(
            orgs("согласована с Белорусской страховой компанией «Агрополис» и принята"),
            ["Агрополис"]
        );
        assert_eq!(orgs("ООО \"Рога и копыта\""), ["ООО \"Рога и копыта\""]);
    }

    #[test]
    fn head_nouns_with_adjectives_and_genitives() {
        assert_eq!(
            orgs("Гомельский институт машиноведения (далее — Белорусская сторона)"),
            ["Гомельский институт машиноведения"]
        );
        assert_eq!(
            orgs("Научно-исследовательский технологический институт (г. Смоленск) подтверждает"),
            ["Научно-исследовательский технологический институт"]
        );
        assert_eq!(
            orgs("Рэктару Палескага дзяржаўнага\nтэхналагічнага ўніверсітэта"),
            ["Палескага дзяржаўнага тэхналагічнага ўніверсітэта"]
        );
        assert_eq!(
            orgs("Министерство юстиции Республики Беларусь сообщает"),
            ["Министерство юстиции Республики Беларусь"]
        );
        assert_eq!(
            orgs("Институт новых материалов сообщает, что"),
            ["Institute of New Materials"]
        );
        assert!(orgs("заместитель директора института Павел Гурин").is_empty());
        // Ukrainian spellings of the head nouns.
        assert_eq!(
            orgs("Інститут агроекології запрошує науковців до участі"),
            ["Інститут агроекології"]
        );
        assert_eq!(
            orgs("Міністерство освіти і науки повідомляє"),
            ["Міністерство освіти і науки"]
        );
    }

    #[test]
    fn english_patterns() {
        assert_eq!(
            orgs("The Minsk Institute of Applied Optics (hereinafter “the Belarusian Party”)"),
            ["Minsk Institute of Applied Optics"]
        );
        assert_eq!(
            orgs(
                "by the Institute of Physics in Minsk and the Wuhan Optics Valley Research Centre, has"
            ),
            [
                "B. I. Stepanov Institute of Physics of the National Academy of Sciences of Belarus",
                "Wuhan Optics Valley Research Centre"
            ]
        );
        assert_eq!(orgs("University of Oxford"), ["University of Oxford"]);
        assert!(orgs("Our Centre is pleased. Registered by the Ministry: reg.").is_empty());
    }
}
