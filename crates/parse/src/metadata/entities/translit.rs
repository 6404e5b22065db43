//! A script-independent key for a surname, so that `Щербаков`,
//! `Shcherbakov`, `Šč​erbakov` and `Шчарбакоў` meet.
//!
//! Cyrillic (Russian, Belarusian, Ukrainian letters) is first spelt in a
//! plain Latin (ж zh, х kh, ч ch, ш sh, щ shch, ц ts, й j, я ja, ю ju,
//! ё jo, ў w, ы y). Then every spelling, Latin or transliterated, is folded
//! the same way, so that the common systems (ICAO, BGN/PCGN, Belarusian
//! national, Polish-style) agree:
//!
//! 1. digraphs: shch/sch/szcz → sc, zh → z, kh → g, ch/cz → c, sh/sz → s,
//!    ts/tz → c, ph → f;
//! 2. letters: a/e/o → a (folds be/ru а/о, э/е, ё/е/о), i/y/j → i,
//!    u/w/v → u (ў, ŭ, w, v), g/h/x → g (be г = h, ру г = g, х = kh),
//!    q → k; Latin diacritics dropped (š → s, č → c, ž → z, ł → l);
//! 3. an i before a vowel is dropped (ja/ia/ya → a, ju/iu/yu → u);
//! 4. runs of one letter become one (Sergeevich ~ Sergejevich).
//!
//! The key is lowercase ASCII; letters of other scripts are kept folded to
//! lowercase, so a key is never empty for a name that has letters.

/// The folded key of `surname`.
pub(super) fn key(surname: &str) -> String {
    let mut latin = String::with_capacity(surname.len() + 8);
    for c in surname.chars().flat_map(char::to_lowercase) {
        match cyr(c) {
            Some(s) => latin.push_str(s),
            None => latin.push(c),
        }
    }
    fold(&latin)
}

/// A plain Latin spelling of one lowercase Cyrillic letter; `""` for signs.
fn cyr(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "jo",
        'є' => "je",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'ї' => "ji",
        'й' => "j",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ў' => "w",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' | '’' | 'ʼ' | '\'' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "ju",
        'я' => "ja",
        _ => return None,
    })
}

/// Folds a lowercase Latin spelling to the key alphabet.
fn fold(s: &str) -> String {
    const DIGRAPHS: &[(&str, &str)] = &[
        ("shch", "sc"),
        ("szcz", "sc"),
        ("sch", "sc"),
        ("zh", "z"),
        ("kh", "g"),
        ("ch", "c"),
        ("cz", "c"),
        ("sh", "s"),
        ("sz", "s"),
        ("ts", "c"),
        ("tz", "c"),
        ("ph", "f"),
    ];
    let mut letters: Vec<char> = Vec::with_capacity(s.len());
    let mut rest = s;
    'outer: while let Some(c) = rest.chars().next() {
        for (from, to) in DIGRAPHS {
            if let Some(r) = rest.strip_prefix(from) {
                letters.extend(to.chars());
                rest = r;
                continue 'outer;
            }
        }
        rest = rest.get(c.len_utf8()..).unwrap_or("");
        if let Some(l) = letter(c) {
            letters.push(l);
        }
    }
    let mut out = String::with_capacity(letters.len());
    let mut prev: Option<char> = None;
    for (i, &c) in letters.iter().enumerate() {
        let next = letters.get(i + 1).copied();
        if c == 'i' && matches!(next, Some('a' | 'u')) {
            continue;
        }
        if prev != Some(c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

/// One letter in the key alphabet; None for what is not a letter.
fn letter(c: char) -> Option<char> {
    Some(match c {
        'a' | 'e' | 'o' | 'á' | 'à' | 'ä' | 'é' | 'è' | 'ë' | 'ę' | 'ą' | 'ó' | 'ö' | 'ô' | 'ě' => {
            'a'
        }
        'i' | 'y' | 'j' | 'í' | 'ý' | 'ï' => 'i',
        'u' | 'w' | 'v' | 'ŭ' | 'ú' | 'ü' | 'ů' => 'u',
        'g' | 'h' | 'x' => 'g',
        'q' => 'k',
        'š' | 'ś' => 's',
        'č' | 'ć' | 'c' => 'c',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ń' => 'n',
        'ř' => 'r',
        c if c.is_alphabetic() => c,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_surname_in_three_scripts_and_systems() {
        let k = key("Щербаков");
        assert_eq!(k, "scarbakau");
        for v in [
            "Shcherbakov",
            "Шчарбакоў",
            "Shcharbakou",
            "Ščerbakov",
            "SHCHERBAKOV",
            "Scherbakov",
        ] {
            assert_eq!(key(v), k, "{v}");
        }
    }

    #[test]
    fn belarusian_and_russian_spellings_meet() {
        assert_eq!(key("Астроўскі"), key("Astrouski"));
        assert_eq!(key("Астровский"), key("Astrovsky"));
        assert_eq!(key("Ковалёва"), key("Kavaliova"));
        assert_eq!(key("Ковалёва"), key("Кавалёва"));
        assert_eq!(key("Міхневіч"), key("Mikhnevich"));
        assert_eq!(key("Савіцкі"), key("Savitsky"));
        assert_eq!(key("Фёдоров"), key("Fiodorau"));
        assert_eq!(key("Юрэвіч"), key("Yurevich"));
        assert_eq!(key("Гурин"), key("Hurin"));
        assert_eq!(key("Жук"), key("Zhuk"));
        assert_eq!(key("Вараб’ёва"), key("Воробьёва"));
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(key("Иванов"), key("Петров"));
        assert_ne!(key("Карповіч"), key("Карпенко"));
        assert_eq!(key(""), "");
        assert_eq!(key("Nguyen"), "nguan");
    }
}
