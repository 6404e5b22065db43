//! Month names in Russian, Belarusian, Ukrainian and English, in every case a
//! date is written with, and their usual abbreviations.
//!
//! Why: no crate reads `19 декабря 2022 г.` or `5 снежня 2021 г.`; the
//! genitive (and in Belarusian also the nominative and locative) forms are
//! what office documents use. Invariant: [`month`] answers only words in this
//! table (after case folding, `ё`→`е` and Latin `i`→`і` in Cyrillic words),
//! so a word that is not a month never becomes a date.

/// How a month word may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A full word (`июля`, `ліпеня`, `July`): enough with a day alone.
    Full,
    /// An abbreviation (`янв`, `ліст`, `Sept`): a date only with a year.
    Short,
}

/// (word, month, form). Lower case, `е` for `ё`, Cyrillic `і`.
const MONTHS: &[(&str, u32, Form)] = {
    use Form::{Full as F, Short as S};
    &[
        // Russian: nominative, genitive, locative; abbreviations.
        ("январь", 1, F),
        ("января", 1, F),
        ("январе", 1, F),
        ("янв", 1, S),
        ("февраль", 2, F),
        ("февраля", 2, F),
        ("феврале", 2, F),
        ("фев", 2, S),
        ("февр", 2, S),
        ("март", 3, F),
        ("марта", 3, F),
        ("марте", 3, F),
        ("мар", 3, S),
        ("апрель", 4, F),
        ("апреля", 4, F),
        ("апреле", 4, F),
        ("апр", 4, S),
        ("май", 5, F),
        ("мая", 5, F),
        ("мае", 5, F),
        ("июнь", 6, F),
        ("июня", 6, F),
        ("июне", 6, F),
        ("июн", 6, S),
        ("июль", 7, F),
        ("июля", 7, F),
        ("июле", 7, F),
        ("июл", 7, S),
        ("август", 8, F),
        ("августа", 8, F),
        ("августе", 8, F),
        ("авг", 8, S),
        ("сентябрь", 9, F),
        ("сентября", 9, F),
        ("сентябре", 9, F),
        ("сен", 9, S),
        ("сент", 9, S),
        ("октябрь", 10, F),
        ("октября", 10, F),
        ("октябре", 10, F),
        ("окт", 10, S),
        ("ноябрь", 11, F),
        ("ноября", 11, F),
        ("ноябре", 11, F),
        ("ноя", 11, S),
        ("нояб", 11, S),
        ("декабрь", 12, F),
        ("декабря", 12, F),
        ("декабре", 12, F),
        ("дек", 12, S),
        // Belarusian (official and taraškievica): nominative, genitive,
        // locative; the genitive of May is `мая` (shared with Russian) or `траўня`.
        ("студзень", 1, F),
        ("студзеня", 1, F),
        ("студзені", 1, F),
        ("студз", 1, S),
        ("люты", 2, F),
        ("лютага", 2, F),
        ("лютым", 2, F),
        ("лют", 2, S),
        ("сакавік", 3, F),
        ("сакавіка", 3, F),
        ("сакавіку", 3, F),
        ("сак", 3, S),
        ("красавік", 4, F),
        ("красавіка", 4, F),
        ("красавіку", 4, F),
        ("крас", 4, S),
        ("травень", 5, F),
        ("траўня", 5, F),
        ("траўні", 5, F),
        ("трав", 5, S),
        ("чэрвень", 6, F),
        ("чэрвеня", 6, F),
        ("чэрвені", 6, F),
        ("чэрв", 6, S),
        ("ліпень", 7, F),
        ("ліпеня", 7, F),
        ("ліпені", 7, F),
        ("ліп", 7, S),
        ("жнівень", 8, F),
        ("жніўня", 8, F),
        ("жніўні", 8, F),
        ("жнівеня", 8, F),
        ("жн", 8, S),
        ("жнів", 8, S),
        ("верасень", 9, F),
        ("верасня", 9, F),
        ("верасні", 9, F),
        ("вер", 9, S),
        ("кастрычнік", 10, F),
        ("кастрычніка", 10, F),
        ("кастрычніку", 10, F),
        ("кастр", 10, S),
        ("каст", 10, S),
        ("лістапад", 11, F),
        ("лістапада", 11, F),
        ("лістападзе", 11, F),
        ("ліст", 11, S),
        ("снежань", 12, F),
        ("снежня", 12, F),
        ("снежні", 12, F),
        ("снеж", 12, S),
        // Ukrainian: nominative, genitive, locative.
        ("січень", 1, F),
        ("січня", 1, F),
        ("січні", 1, F),
        ("січ", 1, S),
        ("лютий", 2, F),
        ("лютого", 2, F),
        ("лютому", 2, F),
        ("березень", 3, F),
        ("березня", 3, F),
        ("березні", 3, F),
        ("бер", 3, S),
        ("квітень", 4, F),
        ("квітня", 4, F),
        ("квітні", 4, F),
        ("квіт", 4, S),
        ("травня", 5, F),
        ("травні", 5, F),
        ("червень", 6, F),
        ("червня", 6, F),
        ("червні", 6, F),
        ("черв", 6, S),
        ("липень", 7, F),
        ("липня", 7, F),
        ("липні", 7, F),
        ("лип", 7, S),
        ("серпень", 8, F),
        ("серпня", 8, F),
        ("серпні", 8, F),
        ("серп", 8, S),
        ("вересень", 9, F),
        ("вересня", 9, F),
        ("вересні", 9, F),
        ("жовтень", 10, F),
        ("жовтня", 10, F),
        ("жовтні", 10, F),
        ("жовт", 10, S),
        ("листопад", 11, F),
        ("листопада", 11, F),
        ("листопаді", 11, F),
        ("лист", 11, S),
        ("грудень", 12, F),
        ("грудня", 12, F),
        ("грудні", 12, F),
        ("груд", 12, S),
        // English.
        ("january", 1, F),
        ("jan", 1, S),
        ("february", 2, F),
        ("feb", 2, S),
        ("march", 3, F),
        ("mar", 3, S),
        ("april", 4, F),
        ("apr", 4, S),
        ("may", 5, F),
        ("june", 6, F),
        ("jun", 6, S),
        ("july", 7, F),
        ("jul", 7, S),
        ("august", 8, F),
        ("aug", 8, S),
        ("september", 9, F),
        ("sep", 9, S),
        ("sept", 9, S),
        ("october", 10, F),
        ("oct", 10, S),
        ("november", 11, F),
        ("nov", 11, S),
        ("december", 12, F),
        ("dec", 12, S),
    ]
};

/// The month (1–12) a word names, and whether it is a full word or an
/// abbreviation; `None` for any other word.
pub(crate) fn month(word: &str) -> Option<(u32, Form)> {
    if word.chars().count() > 12 {
        return None;
    }
    let cyrillic = word.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c));
    let key: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ё' => 'е',
            'i' if cyrillic => 'і',
            _ => c,
        })
        .collect();
    MONTHS
        .iter()
        .find(|(w, _, _)| *w == key)
        .map(|&(_, m, f)| (m, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn genitives_in_three_languages() {
        assert_eq!(month("декабря"), Some((12, Form::Full)));
        assert_eq!(month("снежня"), Some((12, Form::Full)));
        assert_eq!(month("ліпеня"), Some((7, Form::Full)));
        assert_eq!(month("жніўня"), Some((8, Form::Full)));
        assert_eq!(month("грудня"), Some((12, Form::Full)));
        assert_eq!(month("August"), Some((8, Form::Full)));
    }

    #[test]
    fn abbreviations_and_variants() {
        assert_eq!(month("сент"), Some((9, Form::Short)));
        assert_eq!(month("Февр"), Some((2, Form::Short)));
        assert_eq!(month("ліст"), Some((11, Form::Short)));
        assert_eq!(month("Sept"), Some((9, Form::Short)));
        // Latin i typed inside a Belarusian word.
        assert_eq!(month("лiпеня"), Some((7, Form::Full)));
        assert_eq!(month("КАСТРЫЧНІКА"), Some((10, Form::Full)));
    }

    #[test]
    fn other_words_are_not_months() {
        assert_eq!(month("команды"), None);
        assert_eq!(month("года"), None);
        assert_eq!(month(""), None);
        assert_eq!(month("маяк"), None);
    }
}
