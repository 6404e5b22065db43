//! People mentioned in the text, as written, each with a script-independent
//! key of the surname (see [`super::translit`]).
//!
//! Forms found, in any of the three languages:
//! - initials before or after a surname: `С.С.Щербаков`, `А. Л. Карповіч`,
//!   `Щербаков С.С.`, `Юрэвічу А.Р.`, `S. Shcherbakov`, `P. Astrouski`
//!   (Cyrillic needs two initials, so `г. Минск` is no person);
//! - a full name with a patronymic in either order: `Сергей Сергеевич
//!   Щербаков`, `Ярошевич Сергей Петрович`, `Сидоренко Виктора Алексеевича`;
//! - a known given name and a surname: `Юрый Савіцкі`, `Margaret Ellison`;
//! - a title and up to three names: `Dr Pavel Astrouski` (given as `Pavel
//!   Astrouski`), `Prof. Nguyen Thi Lan`, `г-на Чжан Вэя`.
//!
//! A given name with a patronymic alone (`Андрэй Рыгоравіч!`) is a
//! salutation, not a listed person. People with the same key are one: the
//! first mention is kept, unless it was a bare surname and a fuller form
//! follows.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::translit;

/// Given names, shipped as data.
const FIRST_NAMES: &str = include_str!("../../../data/first_names.txt");

/// A person found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Person {
    /// The name as written, whitespace-normalised, without a title.
    pub name: String,
    /// The surname's key.
    pub key: String,
}

/// Lowercased given names.
static GIVEN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    FIRST_NAMES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().to_lowercase())
        .collect()
});

/// A capitalised word (possibly double-barrelled).
const CAP: &str = r"\p{Lu}[\p{Ll}’ʼ']+(?:-\p{Lu}[\p{Ll}’ʼ']+)?";

/// Initials, then a surname.
static INITIALS_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(\p{{Lu}})\.[ \u{{a0}}]?(?:(\p{{Lu}})\.[ \u{{a0}}]?)?({CAP})"
    ))
    .expect("valid regex")
});

/// A surname, then two initials.
static INITIALS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({CAP})[ \u{{a0}}](\p{{Lu}})\.[ \u{{a0}}]?(\p{{Lu}})\."
    ))
    .expect("valid regex")
});

/// A run of capitalised words on one line.
static RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{CAP}(?:[ \u{{a0}}]+{CAP})*")).expect("valid regex"));

/// One capitalised word.
pub(super) static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(CAP).expect("valid regex"));

/// Titles inside a run of capitalised words.
const TITLES: &[&str] = &[
    "Dr",
    "Prof",
    "Professor",
    "Mr",
    "Mrs",
    "Ms",
    "Academician",
    "Sir",
    "Mme",
    "Mlle",
    "Madame",
    "Monsieur",
    "Herr",
    "Frau",
];

/// Titles written just before a run (with their dot or in lowercase).
const TITLES_BEFORE: &[&str] = &[
    "Dr.",
    "Prof.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "г-н",
    "г-на",
    "г-ну",
    "г-ном",
    "г-жа",
    "г-жи",
    "г-же",
    "господин",
    "господина",
    "господину",
    "госпожа",
    "госпожи",
    "спадар",
    "спадара",
    "спадару",
    "спадарыня",
    "спадарыні",
];

/// Words that begin a salutation.
const SALUTATIONS: &[&str] = &[
    "Уважаемый",
    "Уважаемая",
    "Паважаны",
    "Паважаная",
    "Дорогой",
    "Дорогая",
    "Шаноўны",
    "Шаноўная",
    "Dear",
];

/// Common Chinese, Vietnamese and Korean surnames, which come first in a
/// full name (`Чжан Вэй`, `Nguyen Thi Lan`).
pub(super) const EAST_ASIAN_SURNAMES: &[&str] = &[
    "Чжан",
    "Ван",
    "Ли",
    "Лю",
    "Чэнь",
    "Чжоу",
    "Ян",
    "Хуан",
    "Чжао",
    "Нгуен",
    "Чан",
    "Ким",
    "Пак",
    "Zhang",
    "Wang",
    "Li",
    "Liu",
    "Chen",
    "Zhou",
    "Yang",
    "Huang",
    "Zhao",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Kim",
    "Park",
];

/// Capitalised words that are never a surname after a given name.
pub(super) const NOT_SURNAME: &[&str] = &["Party", "Parties", "Republic", "Street", "Avenue"];

/// A candidate: byte span, the name as written and the surname.
type Candidate = (usize, usize, String, String);

/// Every person in `text`, deduplicated by key.
pub(super) fn find(text: &str) -> Vec<Person> {
    let mut cands: Vec<Candidate> = Vec::new();
    for c in INITIALS_FIRST.captures_iter(text) {
        let (Some(m), Some(surname)) = (c.get(0), c.get(3)) else {
            continue;
        };
        let before = text.get(..m.start()).and_then(|t| t.chars().next_back());
        if before.is_some_and(|b| b.is_alphabetic() || b == '.') {
            continue;
        }
        let two = c.get(2).is_some();
        let cyr = is_cyrillic(surname.as_str());
        if cyr && !two || !cyr && surname.as_str().chars().count() < 3 {
            continue;
        }
        if NOT_SURNAME.contains(&surname.as_str()) {
            continue;
        }
        cands.push((
            m.start(),
            m.end(),
            m.as_str().to_string(),
            surname.as_str().to_string(),
        ));
    }
    for c in INITIALS_AFTER.captures_iter(text) {
        let (Some(m), Some(surname)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let after = text.get(m.end()..).and_then(|t| t.chars().next());
        if after.is_some_and(char::is_alphabetic) || SALUTATIONS.contains(&surname.as_str()) {
            continue;
        }
        cands.push((
            m.start(),
            m.end(),
            m.as_str().to_string(),
            surname.as_str().to_string(),
        ));
    }
    for m in RUN.find_iter(text) {
        runs(text, m.start(), m.as_str(), &mut cands);
    }
    cands.sort_by_key(|c| (c.0, std::cmp::Reverse(c.1)));
    let mut out: Vec<Person> = Vec::new();
    let mut last_end = 0;
    for (start, end, name, surname) in cands {
        if start < last_end {
            continue;
        }
        last_end = end;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let first = name.split([' ', '.']).next().unwrap_or("");
        let surname = if name.contains(' ') && EAST_ASIAN_SURNAMES.contains(&first) {
            first.to_string()
        } else {
            surname
        };
        let key = surname_key(&surname);
        if key.chars().count() < 2 {
            continue;
        }
        match out.iter_mut().find(|p| p.key == key) {
            Some(p) => {
                let bare = |n: &str| !n.contains(' ') && !n.contains('.');
                let inflected = |n: &str| {
                    let surname = n
                        .split([' ', '.', '\u{a0}'])
                        .max_by_key(|w| w.chars().count());
                    !surname.is_some_and(base_form)
                };
                let words = |n: &str| {
                    n.split([' ', '.', '\u{a0}'])
                        .filter(|w| w.chars().count() > 1)
                        .count()
                };
                // A fuller name, or the same person's name in its base form
                // with as many words (`П.И.Ковальчук` for `П.И.Ковальчуку`,
                // but not for `Ковальчука Игоря Семёновича`).
                if bare(&p.name) && !bare(&name)
                    || inflected(&p.name)
                        && !inflected(&name)
                        && bare(&p.name) == bare(&name)
                        && words(&name) >= words(&p.name)
                {
                    p.name = name;
                }
            }
            None => out.push(Person { name, key }),
        }
    }
    out
}

/// An executor line: an optional label, then a surname with or without
/// initials, then (not captured) the phone.
static EXECUTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?i:исп(?:олнитель)?|выкан(?:аўца)?|executor|prepared by|contact)\.?:?[ \t\u{{a0}}]*)?((?:\p{{Lu}}\.[ \u{{a0}}]?){{0,2}})({CAP})((?:[ \u{{a0}}]\p{{Lu}}\.[ \u{{a0}}]?\p{{Lu}}\.)?)"
    ))
    .expect("valid regex")
});

/// The person an executor line names: `Исп. Шукевич`, `Сцяпанчук 203 45
/// 71`, `Иванова Н.П., тел. 356 21 14`, `Prepared by: M. Ellison`. Letters
/// print the executor's surname alone, which the patterns over running
/// text (initials, given names) cannot tell from any capitalised word.
pub(super) fn executor(line: &str) -> Option<Person> {
    let c = EXECUTOR.captures(line.trim())?;
    let (first, surname, last) = (c.get(1)?, c.get(2)?, c.get(3)?);
    if NOT_SURNAME.contains(&surname.as_str()) {
        return None;
    }
    let name = format!("{}{}{}", first.as_str(), surname.as_str(), last.as_str());
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let key = surname_key(surname.as_str());
    (key.chars().count() >= 2).then_some(Person { name, key })
}

/// People in one run of capitalised words starting at byte `at`.
fn runs(text: &str, at: usize, run: &str, cands: &mut Vec<Candidate>) {
    let words: Vec<(usize, &str)> = WORD
        .find_iter(run)
        .map(|m| (at + m.start(), m.as_str()))
        .collect();
    let before = text.get(..at).unwrap_or("");
    let after = text.get(at + run.len()..).unwrap_or("");
    let titled = TITLES_BEFORE.iter().any(|t| {
        before.trim_end_matches([' ', '\u{a0}']).ends_with(t) && before.ends_with([' ', '\u{a0}'])
    });
    let word = |i: usize| words.get(i).map(|w| w.1);
    let span = |a: usize, b: usize| -> Option<Candidate> {
        let (s, _) = *words.get(a)?;
        let (e0, ew) = *words.get(b)?;
        let e = e0 + ew.len();
        Some((s, e, text.get(s..e)?.to_string(), ew.to_string()))
    };
    let n = words.len();
    let mut i = 0;
    while i < n {
        let w = word(i).unwrap_or("");
        if TITLES.contains(&w) || i == 0 && titled {
            let first = if TITLES.contains(&w) { i + 1 } else { i };
            let mut last = first;
            while last + 1 < n
                && last + 1 < first + 3
                && !TITLES.contains(&word(last + 1).unwrap_or(""))
            {
                last += 1;
            }
            if first < n {
                if let Some(c) = span(first, last) {
                    cands.push(c);
                }
                i = last + 1;
                continue;
            }
        }
        if let (Some(a), Some(b), Some(c)) = (word(i), word(i + 1), word(i + 2)) {
            if is_cyrillic(a)
                && patronymic(c)
                && given(b)
                && !patronymic(b)
                && !SALUTATIONS.contains(&a)
                && !given(a)
            {
                if let Some(mut cand) = span(i, i + 2) {
                    cand.3 = a.to_string();
                    cands.push(cand);
                }
                i += 3;
                continue;
            }
            if is_cyrillic(a) && patronymic(b) && given(a) && !given(c) {
                if let Some(cand) = span(i, i + 2) {
                    cands.push(cand);
                }
                i += 3;
                continue;
            }
        }
        if let (Some(a), Some(b)) = (word(i), word(i + 1)) {
            let salute = i == 0 && before_salutation(before)
                || i > 0 && word(i - 1).is_some_and(|p| SALUTATIONS.contains(&p));
            let exclaimed = i + 2 == n && after.starts_with('!');
            let male_patr = patronymic(b) && !female_patronymic(b);
            let skip = female_patronymic(b) || male_patr && (salute || exclaimed);
            if given(a)
                && !given(b)
                && is_cyrillic(a) == is_cyrillic(b)
                && !NOT_SURNAME.contains(&b)
            {
                if !skip && let Some(c) = span(i, i + 1) {
                    cands.push(c);
                }
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

/// Whether the text before a run ends with a salutation word.
fn before_salutation(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    SALUTATIONS.contains(&last.trim_end_matches(','))
}

/// Whether `w` is a known given name, in any case form.
fn given(w: &str) -> bool {
    let lower = w.to_lowercase();
    let set = &*GIVEN;
    if set.contains(&lower) {
        return true;
    }
    const ENDS: &[&str] = &[
        "ы", "и", "і", "е", "у", "ю", "ой", "ей", "ом", "ем", "а", "я", "ай", "яй", "ам",
    ];
    ENDS.iter().any(|e| {
        lower.strip_suffix(e).is_some_and(|base| {
            base.chars().count() >= 2
                && ["", "а", "я", "й", "ь"]
                    .iter()
                    .any(|t| set.contains(&format!("{base}{t}")))
        })
    })
}

/// Whether `w` looks like a patronymic in any case.
fn patronymic(w: &str) -> bool {
    const CORE: [&str; 9] = [
        "ович", "евич", "ёвич", "авіч", "евіч", "овіч", "ьич", "ич", "іч",
    ];
    const ENDS: [&str; 6] = ["", "а", "у", "ем", "ам", "е"];
    let l = w.to_lowercase();
    female_lower(&l)
        || ENDS.iter().any(|e| {
            l.strip_suffix(e)
                .is_some_and(|stem| CORE.iter().any(|c| stem.ends_with(c)))
        })
}

/// Whether `w` looks like a woman's patronymic in any case.
fn female_patronymic(w: &str) -> bool {
    female_lower(&w.to_lowercase())
}

/// [`female_patronymic`] of a lowercased word.
fn female_lower(l: &str) -> bool {
    const CORE: [&str; 9] = [
        "овна",
        "евна",
        "ична",
        "инична",
        "аўна",
        "еўна",
        "ёўна",
        "ічна",
        "оўна",
    ];
    const ALT: [&str; 8] = ["овн", "евн", "ичн", "аўн", "еўн", "ёўн", "ічн", "оўн"];
    const ENDS: [&str; 5] = ["ы", "е", "у", "ой", "ай"];
    CORE.iter().any(|c| l.ends_with(c))
        || ENDS.iter().any(|e| {
            l.strip_suffix(e)
                .is_some_and(|stem| ALT.iter().any(|c| stem.ends_with(c)))
        })
}

/// Whether `w` has Cyrillic letters.
fn is_cyrillic(w: &str) -> bool {
    w.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
}

/// The key of a surname in any case form: the transliterated key with the
/// commonest case endings folded (Щербакова, Щербакову → Щербаков;
/// Карповіча → Карповіч; Сакалоўская → Сакалоўскі).
pub(super) fn surname_key(surname: &str) -> String {
    const FOLDS: &[(&str, &str)] = &[
        ("auim", "au"),
        ("auai", "au"),
        ("aua", "au"),
        ("icam", "ic"),
        ("ica", "ic"),
        ("icu", "ic"),
        ("skaga", "ski"),
        ("skamu", "ski"),
        ("skim", "ski"),
        ("skai", "ski"),
        ("ska", "ski"),
        ("inim", "in"),
        ("inai", "in"),
        ("ina", "in"),
        ("inu", "in"),
    ];
    let k = translit::key(surname);
    for (from, to) in FOLDS {
        if let Some(stem) = k.strip_suffix(from)
            && stem.len() >= 3
        {
            return format!("{stem}{to}");
        }
    }
    // A surname ending in a consonant, in another case: Ковальчука,
    // Ковальчуку, Ковальчуком → Ковальчук (the key folds о/а/е to `a`).
    for ending in ["am", "im", "a", "u"] {
        if let Some(stem) = k.strip_suffix(ending)
            && stem.len() >= 4
            && stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aiu".contains(c))
        {
            return stem.to_string();
        }
    }
    k
}

/// Whether `surname` is written in the form its key stands for (no case
/// ending folded away): `Ковальчук`, not `Ковальчуку`.
fn base_form(surname: &str) -> bool {
    translit::key(surname) == surname_key(surname)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        find(text).into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn a_surname_in_several_cases_is_one_person_in_its_base_form() {
        assert_eq!(
            names(
                "Просим направить документы П.И.Ковальчуку. Письмо подготовлено \
                 Ковальчуком П.И.\n\nЗаместитель директора   П.И.Ковальчук"
            ),
            ["П.И.Ковальчук"]
        );
    }

    #[test]
    fn executor_lines_name_their_person() {
        let name = |line: &str| executor(line).map(|p| p.name);
        assert_eq!(name("Исп. Шукевич").as_deref(), Some("Шукевич"));
        assert_eq!(name("Сцяпанчук 203 45 71").as_deref(), Some("Сцяпанчук"));
        assert_eq!(
            name("Исполнитель: Иванова Н.П., тел. 356 21 14").as_deref(),
            Some("Иванова Н.П.")
        );
        assert_eq!(name("Выкан. Іваноў 327 18 05").as_deref(), Some("Іваноў"));
        assert_eq!(
            name("Prepared by: M. Ellison, +44 20 7946 0000").as_deref(),
            Some("M. Ellison")
        );
        assert_eq!(name("284 07 63"), None);
        assert_eq!(name("тел. 284 07 63"), None);
        let a = executor("Шчарбакоў 203 45 71").map(|p| p.key);
        let b = find("С.С.Щербаков").pop().map(|p| p.key);
        assert_eq!(a, b);
    }

    #[test]
    fn initials_before_and_after() {
        assert_eq!(
            names(
                "Заместитель директора\tС.С.Щербаков\n\nРектору колледжа Иванову И.И.\nЁлкина А.С.\tФТИ"
            ),
            ["С.С.Щербаков", "Иванову И.И.", "Ёлкина А.С."]
        );
        assert_eq!(
            names("Намеснік Старшыні\tА. Л. Карповіч"),
            ["А. Л. Карповіч"]
        );
        assert_eq!(
            names("P. Astrouski\tNguyen Thi Lan; S. Shcherbakov"),
            ["P. Astrouski", "S. Shcherbakov"]
        );
        assert!(names("220004, г. Мінск; ул. Кирова, г. Гомель").is_empty());
    }

    #[test]
    fn full_names_with_patronymics() {
        assert_eq!(
            names("Сергей Сергеевич Щербаков подписал"),
            ["Сергей Сергеевич Щербаков"]
        );
        assert_eq!(
            names("в лице директора Сидоренко Виктора Алексеевича и"),
            ["Сидоренко Виктора Алексеевича"]
        );
        assert_eq!(
            names("Контактное лицо: Ярошевич Сергей Петрович, тел."),
            ["Ярошевич Сергей Петрович"]
        );
    }

    #[test]
    fn given_name_and_surname_but_not_salutations() {
        assert_eq!(
            names("падкрэсліў прарэктар Юрый Савіцкі.\n\nВольга Сакалоўская"),
            ["Юрый Савіцкі", "Вольга Сакалоўская"]
        );
        assert!(names("Паважаны Андрэй Рыгоравіч!").is_empty());
        assert!(names("Добрый день, Маргарита Сергеевна!").is_empty());
        assert!(names("Уважаемый Иван Иванович!").is_empty());
        assert_eq!(names("Сергей Ничипорович"), ["Сергей Ничипорович"]);
        assert_eq!(
            names("По словам директора центра Алёны Горбач,"),
            ["Алёны Горбач"]
        );
    }

    #[test]
    fn titles() {
        assert_eq!(
            names("represented by its Director Dr Pavel Astrouski, and Prof. Nguyen Thi Lan"),
            ["Pavel Astrouski", "Nguyen Thi Lan"]
        );
        assert_eq!(names("проректора по науке г-на Чжан Вэя,"), ["Чжан Вэя"]);
        let p = find("г-на Чжан Вэя; Prof. Nguyen Thi Lan\n\n__________ Чжан Вэй\tNguyen Thi Lan");
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[1].key, surname_key("Нгуен"));
        assert_eq!(names("By Daniel Morrow · 21 May"), ["Daniel Morrow"]);
        assert_eq!(
            names("under the chairmanship of Mme Hélène Durand. The partners"),
            ["Hélène Durand"]
        );
        assert_eq!(
            names("Sitzung unter Leitung von Frau Schneider"),
            ["Schneider"]
        );
    }

    #[test]
    fn everyday_belarusian_ukrainian_and_european_given_names() {
        assert_eq!(
            names("канферэнцыі ў Пінску ў 2026 годзе.\nМікола Бародка"),
            ["Мікола Бародка"]
        );
        assert_eq!(
            names("Дакладчык — кандыдат філалагічных навук Алесь Гуляковіч."),
            ["Алесь Гуляковіч"]
        );
        assert_eq!(
            names("выступіў з дакладам Зміцер Лукашук, а потым Ядвіга Кашэвіч"),
            ["Зміцер Лукашук", "Ядвіга Кашэвіч"]
        );
        assert_eq!(
            names("Доклад представил Семён Горбунов из Гродно"),
            ["Семён Горбунов"]
        );
        assert_eq!(
            names("Доповідач — Тарас Мельничук, Інститут агроекології"),
            ["Тарас Мельничук"]
        );
        assert_eq!(
            names("The minutes were taken by Katarzyna Nowak and Jürgen Weber."),
            ["Katarzyna Nowak", "Jürgen Weber"]
        );
    }

    #[test]
    fn one_person_in_three_scripts_is_one_key() {
        let people = find("С.С.Щербаков; S. Shcherbakov; Шчарбакоў С.С.; Щербакова С.С.");
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].name, "С.С.Щербаков");
        let a = find("Dr Siarhei Mikhnevich ... Dear Dr Mikhnevich");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].name, "Siarhei Mikhnevich");
        assert_eq!(surname_key("Юрэвічу"), surname_key("Юрэвіч"));
        assert_eq!(surname_key("Кравцову"), surname_key("Кравцов"));
        for form in ["Ковальчука", "Ковальчуку", "Ковальчуком", "Kovalchuk"]
        {
            assert_eq!(surname_key(form), surname_key("Ковальчук"), "{form}");
        }
        assert_ne!(surname_key("Ковальчук"), surname_key("Ковальчик"));
        assert_eq!(surname_key("Сакалоўская"), surname_key("Сакаловский"));
    }
}
