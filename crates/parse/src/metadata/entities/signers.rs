//! The people who sign a document, joined to the people found in its text.
//!
//! A signature block names its person in the nominative, as signed
//! (`Т.В.Зайцева`, `Чжан Вэй`), while the running text often has the same
//! person in another case (`в лице директора Зайцевой Татьяны
//! Владимировны`, `г-на Чжан Вэя`). A signatory missing from the people is
//! added; one whose surname key matches a person found in another form
//! replaces that form, unless the form found already holds every word of
//! the signed name (`Pavel Astrouski` stays beside `P. Astrouski`).

use super::people::{EAST_ASIAN_SURNAMES, NOT_SURNAME, Person, WORD, surname_key};

/// The person a signatory's name gives: the name as signed, and the key of
/// its surname (the word beside the initials; the first word of an East
/// Asian name; else the last word).
pub(super) fn signatory(name: &str) -> Option<Person> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = WORD.find_iter(&name).map(|m| m.as_str()).collect();
    let first = *words.first()?;
    let east_asian = words.len() > 1 && EAST_ASIAN_SURNAMES.contains(&first);
    let surname = if east_asian || initials(&name) {
        first
    } else {
        *words.last()?
    };
    if NOT_SURNAME.contains(&surname) {
        return None;
    }
    let key = surname_key(surname);
    (key.chars().count() >= 2).then_some(Person { name, key })
}

/// Whether `name` has an initial: a capital letter and a full stop.
fn initials(name: &str) -> bool {
    let mut chars = name.chars().peekable();
    let mut previous_letter = false;
    while let Some(c) = chars.next() {
        if c.is_uppercase() && !previous_letter && chars.peek() == Some(&'.') {
            return true;
        }
        previous_letter = c.is_alphabetic();
    }
    false
}

/// Joins the signed person to `people`, as the module header tells.
pub(super) fn join(people: &mut Vec<Person>, signed: Person) {
    match people.iter_mut().find(|p| p.key == signed.key) {
        Some(p) => {
            if !holds_every_word(&p.name, &signed.name) {
                p.name = signed.name;
            }
        }
        None => people.push(signed),
    }
}

/// Whether every capitalised word of `signed` is a word of `found`.
fn holds_every_word(found: &str, signed: &str) -> bool {
    let found: Vec<&str> = found
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '’' | 'ʼ' | '\'' | '-'))
        .collect();
    WORD.find_iter(signed).all(|w| found.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::people::find;
    use super::*;

    /// The people of `text` after its signatories are joined.
    fn joined(text: &str, signed: &[&str]) -> Vec<String> {
        let mut people = find(text);
        for name in signed {
            if let Some(p) = signatory(name) {
                join(&mut people, p);
            }
        }
        people.into_iter().map(|p| p.name).collect()
    }

    #[test]
    fn surnames_of_signed_names() {
        let key = |name: &str| signatory(name).map(|p| p.key);
        assert_eq!(key("Т.В.Зайцева"), Some(surname_key("Зайцева")));
        assert_eq!(key("Рыбаков О.Г."), Some(surname_key("Рыбаков")));
        assert_eq!(key("А. Л. Карповіч"), Some(surname_key("Карповіч")));
        assert_eq!(key("Чжан Вэй"), Some(surname_key("Чжан")));
        assert_eq!(key("Margaret Ellison"), Some(surname_key("Ellison")));
        assert_eq!(key("Ганна Вараб’ёва"), Some(surname_key("Вараб’ёва")));
        assert_eq!(key("__________"), None);
        assert_eq!(key("И.С."), None);
    }

    #[test]
    fn a_signed_name_replaces_an_inflected_mention() {
        let ru = "в лице директора Зайцевой Татьяны Владимировны, с другой стороны";
        assert_eq!(joined(ru, &["Т.В.Зайцева"]), ["Т.В.Зайцева"]);
        let ru = "в лице проректора по науке г-на Чжан Вэя, действующего";
        assert_eq!(joined(ru, &["Чжан Вэй"]), ["Чжан Вэй"]);
        let be = "у асобе дырэктара Латышэвіча Віктара Паўлавіча, які дзейнічае";
        assert_eq!(joined(be, &["В.П.Латышэвіч"]), ["В.П.Латышэвіч"]);
    }

    #[test]
    fn a_fuller_mention_stays_and_a_new_signatory_is_added() {
        let en = "represented by its Director Dr Pavel Astrouski, of the one part";
        assert_eq!(joined(en, &["P. Astrouski"]), ["Pavel Astrouski"]);
        let ru = "Генеральному директору Кравцову Д.Е.\n\nДиректор";
        assert_eq!(
            joined(ru, &["Т.Н.Ковалёва"]),
            ["Кравцову Д.Е.", "Т.Н.Ковалёва"]
        );
        let ru = "в лице директора Сидоренко Виктора Алексеевича";
        assert_eq!(
            joined(ru, &["В.А.Сидоренко"]),
            ["Сидоренко Виктора Алексеевича"]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_signed_name_is_safe(s in "\\PC{0,60}") {
            if let Some(p) = signatory(&s) {
                let mut people = Vec::new();
                join(&mut people, p);
            }
        }
    }
}
