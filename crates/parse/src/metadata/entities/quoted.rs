//! Quoted organisation names: a legal form or an institution word before a
//! quoted name (`ООО «…»`, `ОАО «…»`, `Учреждение образования «…»`,
//! `Установа «Цэнтр … «Крыніца»`), given with the form; after a generic noun
//! (`компанией «Агрополис»`, `парке «…»`) only the quoted name is given.
//!
//! Quotes are rare, so the scan finds them first and looks only at the few
//! words before each one. Nested «…» are counted; the Russian habit of one
//! closing quote for nested quotes is allowed.

/// Legal forms kept before a quoted name, exact.
const FORMS: &[&str] = &[
    "ООО",
    "ОАО",
    "ЗАО",
    "ПАО",
    "АО",
    "ЧУП",
    "ЧТУП",
    "УП",
    "РУП",
    "СООО",
    "ИООО",
    "ТАА",
    "ААТ",
    "ЗАТ",
    "ГНУ",
    "ДНУ",
    "ГУО",
    "ДУА",
    "УО",
    "НИРУП",
    "LLC",
    "Ltd",
    "JSC",
];

/// Institution words kept before a quoted name (lowercased prefixes).
const INSTITUTIONS: &[&str] = &["учреждени", "установ", "ўстанов"];

/// Words that may stand before an institution word (lowercased prefixes).
const INSTITUTION_ADJ: &[&str] = &["государственн", "научн", "дзяржаўн", "навуков"];

/// Generic nouns before a quoted name; only the quoted name is kept.
const GENERIC: &[&str] = &[
    "компани",
    "кампані",
    "парк",
    "технопарк",
    "завод",
    "фирм",
    "фірм",
    "предприяти",
    "прадпрыемств",
    "агентств",
    "агенцтв",
    "банк",
    "колледж",
    "каледж",
    "центр",
    "цэнтр",
    "издательств",
    "выдавецтв",
    "объединени",
    "холдинг",
    "ассоциаци",
    "асацыяцы",
    "фонд",
    "концерн",
    // The last word of a legal form spelled out: `общество с ограниченной
    // ответственностью «…»`, `акционерное общество «…»`, `таварыства з
    // абмежаванай адказнасцю «…»`, `грамадскае аб’яднанне «…»`.
    "ответственностью",
    "адказнасцю",
    "обществ",
    "таварыств",
    "аб’яднанн",
    "товариств",
    "відповідальністю",
];

/// Where the name before a quote starts and whether the words are kept:
/// `ООО «`, `Учреждение образования «`, `компанией «`.
fn before_quote(text: &str, q: usize) -> Option<(usize, bool)> {
    let mut from = q.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut window = text.get(from..q)?;
    if let Some(p) = window.rfind("\n\n") {
        from += p + 2;
        window = text.get(from..q)?;
    }
    // The last words, with their byte offsets, nearest first.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = window.len();
    for (i, c) in window.char_indices().rev() {
        let is_word = c.is_alphanumeric() || matches!(c, '-' | '’');
        if !is_word {
            if i + c.len_utf8() < end {
                words.push((from + i + c.len_utf8(), window.get(i + c.len_utf8()..end)?));
            }
            if !c.is_whitespace() || words.len() >= 4 {
                break;
            }
            end = i;
        } else if i == 0 {
            words.push((from, window.get(..end)?));
        }
    }
    let first_gap = window.get(words.first().map_or(0, |w| w.0 - from + w.1.len())..)?;
    if !first_gap.chars().all(char::is_whitespace) {
        return None;
    }
    let (at, w1) = *words.first()?;
    if FORMS.contains(&w1) {
        return Some((at, true));
    }
    let lower = |w: &str| w.to_lowercase();
    let l1 = lower(w1);
    if GENERIC.iter().any(|g| l1.starts_with(g)) {
        return Some((at, false));
    }
    let mut k = 0;
    if matches!(l1.as_str(), "образования" | "адукацыі") {
        k = 1;
        if words
            .get(1)
            .is_some_and(|w| matches!(lower(w.1).as_str(), "высшего" | "вышэйшай"))
        {
            k = 2;
        }
    }
    let (mut start, inst) = *words.get(k)?;
    if !INSTITUTIONS.iter().any(|p| lower(inst).starts_with(p)) {
        return None;
    }
    for w in words.iter().skip(k + 1) {
        if INSTITUTION_ADJ.iter().any(|p| lower(w.1).starts_with(p)) {
            start = w.0;
        } else {
            break;
        }
    }
    Some((start, true))
}

/// Collapses runs of whitespace to one space.
pub(super) fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Quoted names after a legal form or an institution word.
pub(super) fn quoted(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    // Quotes are rare: find them first, then look at the words before each.
    for (q, quote) in text.match_indices(['«', '“', '„', '"']) {
        let Some((start_at, kept)) = before_quote(text, q) else {
            continue;
        };
        let Some(close) = closing_quote(text, q, quote) else {
            continue;
        };
        let start = if kept { start_at } else { q + quote.len() };
        let end = if kept {
            close
        } else {
            close - closing_len(text, close)
        };
        if let Some(name) = text.get(start..end) {
            let name = normalise(name);
            if name.chars().any(char::is_alphabetic) {
                out.push((start_at, close, name));
            }
        }
    }
    out
}

/// The byte length of the closing quote that ends just before `close`.
fn closing_len(text: &str, close: usize) -> usize {
    text.get(..close)
        .and_then(|t| t.chars().next_back())
        .map_or(0, char::len_utf8)
}

/// The end (after the closing quote) of the quotation opened at `open`.
/// Nested «…» are counted; if the paragraph ends first, the last closing
/// quote seen ends it (`«Центр … «Крыница»`).
fn closing_quote(text: &str, open: usize, quote: &str) -> Option<usize> {
    if quote == "\"" {
        let rest = text.get(open + 1..)?;
        let end = rest.find(['"', '\n'])?;
        return rest
            .get(end..)?
            .starts_with('"')
            .then_some(open + 1 + end + 1);
    }
    let (o, c) = match quote {
        "«" => ('«', '»'),
        "„" => ('„', '“'),
        _ => ('“', '”'),
    };
    let rest = text.get(open..)?;
    let mut depth = 0usize;
    let mut last_close = None;
    let mut prev_newline = false;
    for (i, ch) in rest.char_indices() {
        if i > 300 {
            break;
        }
        if ch == '\n' {
            if prev_newline {
                break;
            }
            prev_newline = true;
            continue;
        }
        prev_newline = false;
        if ch == o {
            depth += 1;
        } else if ch == c || (quote == "„" && ch == '”') {
            depth = depth.saturating_sub(1);
            last_close = Some(open + i + ch.len_utf8());
            if depth == 0 {
                return last_close;
            }
        }
    }
    last_close
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        quoted(text).into_iter().map(|q| q.2).collect()
    }

    #[test]
    fn forms_generic_nouns_and_nested_quotes() {
        assert_eq!(
            names("ТАА «Белсофт» і ААТ „Нафтан“"),
            ["ТАА «Белсофт»", "ААТ „Нафтан“"]
        );
        assert_eq!(
            names("Дзяржаўная навуковая ўстанова «Інстытут фізікі»"),
            ["Дзяржаўная навуковая ўстанова «Інстытут фізікі»"]
        );
        assert_eq!(names("у тэхнапарку, у парку «Сонечны»"), ["Сонечны"]);
        assert_eq!(
            names("LLC “Green Energy” and JSC \"Atlant\""),
            ["LLC “Green Energy”", "JSC \"Atlant\""]
        );
        assert!(names("семинар «Композиционные материалы», выстава «Навука»").is_empty());
        assert!(names("ООО «незакрытая").is_empty());
    }

    #[test]
    fn legal_forms_spelled_out() {
        assert_eq!(
            names("Общество с ограниченной ответственностью «ЛёнТех», именуемое в дальнейшем"),
            ["ЛёнТех"]
        );
        assert_eq!(
            names("і грамадскае аб’яднанне «Ахова птушак\nБацькаўшчыны» пры падтрымцы"),
            ["Ахова птушак Бацькаўшчыны"]
        );
        assert_eq!(
            names("Таварыства з абмежаванай адказнасцю «Белтэхсэрвіс»"),
            ["Белтэхсэрвіс"]
        );
        assert_eq!(names("закрытое акционерное общество «Атлант»"), ["Атлант"]);
        // A quoted title after ordinary words is still not a name.
        assert!(names("несёт ответственность за «Положение о конкурсе»").is_empty());
    }
}
