//! An article's author and source.
//!
//! The author from a byline (`By Daniel Morrow · 21 May 2025`, `Written by
//! …`, `Автор: …`, `Аўтар: …`, `14 марта 2025, 11:20 · Ирина Дашкевич`) or a
//! last paragraph that is only a name (`Вольга Сакалоўская`); the source
//! from `Source: Zvyazda`, `Источник: БелТА`, `Крыніца: …`, `По материалам
//! …`, or a closing `Брестская газета, 3 марта 2025 г.`.
//!
//! Invariant: only the first four and the last three paragraphs are read.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::{lines, strip_end_punct};

/// A labelled byline.
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|written by|автор|аўтар|текст|тэкст|author)\s*:?\s+(\p{Lu}[\p{L}’'.\- ]{2,60}?)\s*(?:[·|,—]|$)")
        .expect("valid regex")
});

/// A dateline with the author after a middle dot.
static DATELINE_AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{4}[^·|]*[·|]\s*(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2})\s*$")
        .expect("valid regex")
});

/// A name alone on a line.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{Ll}’'ʼ-]+(?:\s+\p{Lu}[\p{Ll}’'ʼ-]+){1,2}$").expect("valid regex")
});

/// A labelled source.
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:source|sources|источник|крыніца|по материалам|паводле матэрыялаў|па матэрыялах|via)\s*:?\s+(\S.{0,100})$")
        .expect("valid regex")
});

/// A publication named with its date at the end: `Брестская газета, 3 марта 2025 г.`.
static PUBLICATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(.{2,60}?(?:газета|газеты|журнал|весці|вести|вестник|веснік|звязда|news|times|herald|journal|gazette|magazine|post|белта|belta|sputnik|агентство|агенцтва)\S*»?),\s*\d{1,2}\s+\p{L}+\s+\d{4}")
        .expect("valid regex")
});

/// A newspaper's or magazine's masthead heading the page.
pub(super) static MASTHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{L}«\x22][\p{L}\s«»\x22.-]{0,50}(?:газета|газеты|веснік|вестник|весці|вести|звязда|звезда|news|times|herald|gazette|journal|журнал|часопіс|tribune|post)»?$")
        .expect("valid regex")
});

/// The lines of the first four and last three paragraphs.
fn edges<'t>(pars: &[&'t str]) -> impl Iterator<Item = &'t str> {
    let tail = pars.len().saturating_sub(3).max(4.min(pars.len()));
    pars.iter()
        .take(4)
        .chain(pars.get(tail..).unwrap_or(&[]))
        .flat_map(|p| lines(p))
        .filter(|l| l.len() <= 400)
}

/// The article's author.
pub(super) fn author(pars: &[&str]) -> Option<String> {
    for line in edges(pars) {
        for re in [&*BYLINE, &*DATELINE_AUTHOR] {
            if let Some(name) = re.captures(line).and_then(|c| c.get(1)) {
                return Some(strip_end_punct(name.as_str()).to_string());
            }
        }
    }
    let last = pars.last()?;
    (pars.len() >= 3 && lines(last).count() == 1 && NAME.is_match(last.trim()))
        .then(|| last.trim().to_string())
}

/// The article's source.
pub(super) fn source(pars: &[&str]) -> Option<String> {
    edges(pars)
        .find_map(|line| {
            SOURCE
                .captures(line)
                .or_else(|| PUBLICATION.captures(line))
                .and_then(|c| c.get(1))
                .map(|m| strip_end_punct(m.as_str()).to_string())
        })
        .or_else(|| {
            let first = pars.first().and_then(|p| lines(p).next())?;
            MASTHEAD.is_match(first).then(|| first.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::letter::layout::paragraphs;

    #[test]
    fn bylines() {
        for (t, a) in [
            (
                "Sensors\n\nBy Daniel Morrow · 21 May 2025\n\nA team installed sensors.",
                "Daniel Morrow",
            ),
            (
                "Title\n\nWritten by Anna Kavaliova\n\nText.",
                "Anna Kavaliova",
            ),
            (
                "Заголовок\n\n14 марта 2025, 11:20 · Ирина Дашкевич\n\nТекст.",
                "Ирина Дашкевич",
            ),
            ("Загаловак\n\nАўтар: Алесь Бурак\n\nТэкст.", "Алесь Бурак"),
            (
                "У Гродне адкрыўся цэнтр\n\n8 красавіка 2025\n\nТэкст.\n\nВольга Сакалоўская",
                "Вольга Сакалоўская",
            ),
        ] {
            assert_eq!(author(&paragraphs(t)).as_deref(), Some(a), "{t}");
        }
        assert_eq!(author(&paragraphs("Title\n\nText.\n\nMore text.")), None);
    }

    #[test]
    fn sources() {
        for (t, s) in [
            ("Title\n\nText.\n\nSource: Zvyazda", "Zvyazda"),
            ("Заголовок\n\nТекст.\n\nИсточник: БелТА", "БелТА"),
            ("Загаловак\n\nТэкст.\n\nКрыніца: «Звязда».", "«Звязда»"),
            (
                "Новости науки\nВ Бресте открылся центр\n\nТекст.\n\nБрестская газета, 3 марта 2025 г.",
                "Брестская газета",
            ),
        ] {
            assert_eq!(source(&paragraphs(t)).as_deref(), Some(s), "{t}");
        }
        assert_eq!(
            source(&paragraphs(
                "НАВУКОВЫ ВЕСНІК\n\n№ 23 (1187) · 5 чэрвеня 2025 г.\n\nПалескія балоты\n\nТэкст."
            ))
            .as_deref(),
            Some("НАВУКОВЫ ВЕСНІК")
        );
        assert_eq!(source(&paragraphs("Фото: пресс-служба института")), None);
    }
}
