//! An agreement's parties, place of signing and term.
//!
//! Parties come from the preamble, where each is named in the nominative
//! and given a short name (`Гомельский институт машиноведения (далее —
//! Белорусская сторона)`, `The Minsk Institute of Applied Optics
//! (hereinafter “the Belarusian Party”)`); failing that, from the title's
//! `между X и Y` / `паміж X і Y` / `between X and Y`. The place is the
//! `г. Гомель` line under the title (or `Minsk\t11 March 2025`, or `Done
//! at Minsk`); the term is the sentence on entry into force and duration.
//!
//! Invariant: values are one line, as written.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::{WINDOW, cells, lines, one_line, strip_end_punct, word_count};

/// A party's short name that follows its full name.
static DEFINED_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\(\s*(?:далее|далей|в дальнейшем|у далейшым|hereinafter|hereafter|referred to as)|,\s*(?:именуем|іменуем|які ў далейшым|hereinafter))")
        .expect("valid regex")
});

/// The last `и`/`і`/`and` before a capitalised name.
static AND_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s(?:и|і|and)\s+(?:the\s+)?\p{Lu}|,\s+(?:the\s+)?\p{Lu})").expect("valid regex")
});

/// `между X и Y`, `паміж X і Y`, `between X and Y` in a title.
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:между|паміж|between)\s+(?:the\s+)?(.+?)\s+(?:и|і|and)\s+(?:the\s+)?(\p{Lu}.+?)(?:\s+(?:о|об|аб|по|па|on|concerning|regarding|in the field|в области|у галіне)\s|\s*\(|[,.;]|$)")
        .expect("valid regex")
});

/// A place line: `г. Гомель`, `город Минск`, `Done at Minsk`, `Совершено в г. Минске`.
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:г\.|гор\.|город|горад)\s*\p{Lu}[\p{L}-]+|(?i:done at|done in|signed at|signed in|совершено в|подписано в|учынена ў|падпісана ў)\s+(?:г\.\s*)?\p{Lu}[\p{L}-]+)")
        .expect("valid regex")
});

/// A date as the second cell next to the place.
static DATE_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:«?\s*\d{1,2}\s*»?\s+\p{L}+\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\p{L}+\s+\d{1,2},\s+\d{4})")
        .expect("valid regex")
});

/// Words of the sentence on the term and entry into force.
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:вступает в силу|[уў]ступае ў сілу|[уў]ступіць у сілу|enters? into force|shall enter into force|remains? (?:valid|in force)|действует в течение|дзейнічае на працягу|срок действия|тэрмін дзеяння)")
        .expect("valid regex")
});

/// Cleans a party's name: one line, no leading article or quotes.
fn tidy(name: &str) -> Option<String> {
    let n = one_line(name);
    let n = n
        .trim_start_matches("The ")
        .trim_start_matches("the ")
        .trim();
    let n = strip_end_punct(n).to_string();
    let words = word_count(&n);
    ((1..=20).contains(&words) && n.chars().next().is_some_and(char::is_uppercase)).then_some(n)
}

/// The parties of an agreement.
pub(super) fn parties(pars: &[&str], title: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for par in pars.iter().take(WINDOW) {
        let mut from = 0;
        for m in DEFINED_AS.find_iter(par) {
            let seg = par.get(from..m.start()).unwrap_or("");
            let name = match AND_NAME.find_iter(seg).last() {
                // Start at the capital the match ends on.
                Some(a) => seg
                    .get(
                        a.end()
                            .saturating_sub(a.as_str().chars().last().map_or(0, char::len_utf8))..,
                    )
                    .unwrap_or(seg),
                None => seg,
            };
            if let Some(n) = tidy(name)
                && !out.contains(&n)
            {
                out.push(n);
            }
            // The short name's closing bracket, looked for nearby only.
            from = par
                .get(m.end()..)
                .and_then(|rest| rest.char_indices().take(200).find(|&(_, c)| c == ')'))
                .map_or(m.end(), |(i, _)| m.end() + i + 1);
        }
        if out.len() >= 2 {
            return out;
        }
        out.clear();
    }
    let heads: Vec<String> = pars.iter().take(3).map(|p| one_line(p)).collect();
    for source in heads.iter().map(String::as_str).chain(title) {
        if let Some(c) = BETWEEN.captures(source)
            && let (Some(a), Some(b)) = (c.get(1), c.get(2))
        {
            return [a.as_str(), b.as_str()]
                .into_iter()
                .filter_map(tidy)
                .collect();
        }
    }
    Vec::new()
}

/// Where the agreement was signed.
pub(super) fn place(pars: &[&str]) -> Option<String> {
    for line in pars.iter().take(WINDOW).flat_map(|p| lines(p)) {
        if let Some(m) = PLACE.find(line) {
            return Some(m.as_str().to_string());
        }
        let row = cells(line);
        if let [city, date] = row.as_slice()
            && DATE_CELL.is_match(date)
            && word_count(city) <= 3
            && city.chars().next().is_some_and(char::is_uppercase)
            && !city.chars().any(|c| c.is_ascii_digit())
        {
            return Some(strip_end_punct(city).to_string());
        }
    }
    None
}

/// The sentence on the agreement's term and entry into force.
pub(super) fn term(pars: &[&str]) -> Option<String> {
    for par in pars {
        let Some(m) = TERM.find(par) else { continue };
        let start = par
            .get(..m.start())
            .and_then(|before| before.rfind(['.', '!', '?']))
            .map_or(0, |i| i + 1);
        let end = par
            .get(m.end()..)
            .and_then(|after| {
                after
                    .find(". ")
                    .or_else(|| after.find(".\n"))
                    .or_else(|| after.rfind('.'))
            })
            .map_or(par.len(), |i| m.end() + i + 1);
        let sentence = one_line(par.get(start..end).unwrap_or(""));
        if !sentence.is_empty() && word_count(&sentence) <= 80 {
            return Some(sentence);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::letter::layout::paragraphs;

    #[test]
    fn parties_from_preamble() {
        let t = "СОГЛАШЕНИЕ\n\nГомельский институт машиноведения (далее — Белорусская сторона) в лице\nдиректора Сидоренко Виктора Алексеевича и Харбинский политехнический\nинститут (далее — Китайская сторона) в лице проректора по науке, заключили настоящее Соглашение.";
        assert_eq!(
            parties(&paragraphs(t), None),
            vec![
                "Гомельский институт машиноведения",
                "Харбинский политехнический институт"
            ]
        );
        let t = "AGREEMENT\n\nThe Minsk Institute of Applied Optics (hereinafter “the Belarusian Party”), represented by its Director Dr Pavel Astrouski, and the Hanoi Institute of Materials Science (hereinafter “the Vietnamese Party”), have agreed as follows.";
        assert_eq!(
            parties(&paragraphs(t), None),
            vec![
                "Minsk Institute of Applied Optics",
                "Hanoi Institute of Materials Science"
            ]
        );
        let t = "ПАГАДНЕННЕ\n\nБеларускі дзяржаўны ўніверсітэт (далей — БДУ) і Інстытут фізікі і тэхналогій (далей — Інстытут) заключылі гэта пагадненне.";
        assert_eq!(
            parties(&paragraphs(t), None),
            vec![
                "Беларускі дзяржаўны ўніверсітэт",
                "Інстытут фізікі і тэхналогій"
            ]
        );
    }

    #[test]
    fn parties_from_title() {
        let t = "Соглашение между Национальной академией наук Беларуси и Академией наук Вьетнама о сотрудничестве в области биотехнологий\n\nСтороны договорились.";
        assert_eq!(
            parties(&paragraphs(t), None),
            vec![
                "Национальной академией наук Беларуси",
                "Академией наук Вьетнама"
            ]
        );
        let t = "MEMORANDUM OF UNDERSTANDING\nbetween the Belarusian State University and the University of Hanoi on academic exchange";
        assert_eq!(
            parties(&paragraphs(t), None),
            vec!["Belarusian State University", "University of Hanoi"]
        );
        assert!(parties(&paragraphs("Просто текст."), None).is_empty());
    }

    #[test]
    fn place_lines() {
        assert_eq!(
            place(&paragraphs("СОГЛАШЕНИЕ\n\nг. Гомель\n\n2 апреля 2025 г.")).as_deref(),
            Some("г. Гомель")
        );
        assert_eq!(
            place(&paragraphs("AGREEMENT\n\nMinsk\t11 March 2025")).as_deref(),
            Some("Minsk")
        );
        assert_eq!(
            place(&paragraphs("Done at Hanoi on 5 May 2024 in two originals.")).as_deref(),
            Some("Done at Hanoi")
        );
        assert_eq!(
            place(&paragraphs("Пагадненне\n\nг. Мінск\t«12» мая 2024 г.")).as_deref(),
            Some("г. Мінск")
        );
        assert_eq!(place(&paragraphs("Текст без места.")), None);
    }

    #[test]
    fn term_sentence() {
        let t = "Статья 5\n\nНастоящее Соглашение вступает в силу с даты его подписания и действует в\nтечение пяти лет. Соглашение составлено в двух экземплярах.";
        assert_eq!(
            term(&paragraphs(t)).as_deref(),
            Some(
                "Настоящее Соглашение вступает в силу с даты его подписания и действует в течение пяти лет."
            )
        );
        let t = "Article 4. Final Provisions\n\nThis Agreement enters into force on the date of signature and remains valid for five years. It is done in two originals.";
        assert_eq!(
            term(&paragraphs(t)).as_deref(),
            Some(
                "This Agreement enters into force on the date of signature and remains valid for five years."
            )
        );
        let t = "Гэта пагадненне ўступае ў сілу з дня яго падпісання.";
        assert_eq!(term(&paragraphs(t)).as_deref(), Some(t));
    }
}
