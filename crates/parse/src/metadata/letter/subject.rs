//! The subject heading of a letter (`О …`, `Об …`, `Аб …`, `Re: …`,
//! `Subject: …`, `Тема: …`) and the salutation that follows it
//! (`Уважаемый …!`, `Паважаны …!`, `Dear …,`).
//!
//! Invariant: the subject is returned as one line without its label; a
//! bare `О`/`Аб` heading keeps its preposition, as the archive writes it.

use std::sync::LazyLock;

use regex::Regex;

use super::layout::one_line;

/// A heading that starts with the preposition a subject line takes.
static PREPOSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:О|Об|Обо|Аб|Аба|Пра|Про|По вопросу|Па пытанні)\s+[\p{Ll}«\x22]")
        .expect("valid regex")
});

/// A labelled subject: `Re:`, `Subject:`, `Тема:`, `Тэма:`.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:re|subject|subj|regarding|concerning|тема|тэма|предмет|ref)\s*[:.]\s*")
        .expect("valid regex")
});

/// The opening address to the reader.
static SALUTATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:глубоко|много)?уважаем(?:ый|ая|ые)|паважан(?:ы|ая|ыя)|шаноўн(?:ы|ая|ыя)|дорог(?:ой|ая|ие)|дарагі(?:я)?|dear|добрый день|добры дзень|здравствуйте|добрага дня|hello|ladies and gentlemen|your excellency|ваше превосходительство)(?:[\s,!.]|$)",
    )
    .expect("valid regex")
});

/// Whether `line` opens the letter's text with a salutation.
pub(super) fn is_salutation(line: &str) -> bool {
    SALUTATION.is_match(line.trim_start())
}

/// Whether a block of the head starts like a subject heading.
pub(super) fn starts_subject(block: &str) -> bool {
    let b = block.trim_start();
    PREPOSITION.is_match(b) || LABEL.is_match(b)
}

/// The subject written in `block`, as one line without a `Re:`-style label.
pub(super) fn clean(block: &str) -> Option<String> {
    let b = block.trim();
    let rest = match LABEL.find(b) {
        Some(m) => b.get(m.end()..).unwrap_or(""),
        None => b,
    };
    let line = one_line(rest);
    let line = line.trim_end_matches([',', ';', ':']).to_string();
    (!line.is_empty() && line.chars().count() <= 400).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositions_and_labels() {
        for s in [
            "О научно-техническом сотрудничестве",
            "Об участии в конкурсе",
            "Аб удзеле ў беларуска-в’етнамскім конкурсе",
            "Re: Joint Summer School",
            "Subject: Visit of the delegation",
            "Тема: проект соглашения",
            "О «Дне науки»",
        ] {
            assert!(starts_subject(s), "{s}");
        }
        for s in [
            "Ответственный секретарь",
            "Обзор рынка",
            "Аб'яднаны інстытут",
            "Relations",
        ] {
            assert!(!starts_subject(s), "{s}");
        }
    }

    #[test]
    fn cleans_labels_and_breaks() {
        assert_eq!(
            clean("Re: Joint Summer School on Hydrogen Storage Materials").as_deref(),
            Some("Joint Summer School on Hydrogen Storage Materials")
        );
        assert_eq!(
            clean("Аб удзеле ў беларуска-в’етнамскім\nконкурсе сумесных праектаў").as_deref(),
            Some("Аб удзеле ў беларуска-в’етнамскім конкурсе сумесных праектаў")
        );
        assert_eq!(clean("Subject:"), None);
    }

    #[test]
    fn salutations() {
        for s in [
            "Уважаемый Иван Иванович!",
            "Уважаемые коллеги!",
            "Паважаны Андрэй Рыгоравіч!",
            "Шаноўная спадарыня Ганна!",
            "Dear Dr Mikhnevich,",
            "Глубокоуважаемый Пётр Семёнович!",
            "Добрый день, Маргарита Сергеевна!",
        ] {
            assert!(is_salutation(s), "{s}");
        }
        assert!(!is_salutation("Уважение к традициям"));
        assert!(!is_salutation("Dearborn, Michigan"));
    }
}
