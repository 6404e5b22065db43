//! Countries mentioned in the text, as ISO 3166-1 alpha-2 codes.
//!
//! The table is `data/countries.tsv` (see its header for the kinds of
//! forms). One regex pass finds the multi-word phrases (`Северная Корея`,
//! `United States`), then one pass over the words looks each word up by its
//! prefixes in a hash map: a Russian or Belarusian name must be capitalised
//! and end in a case ending (`Китая`, `Кітаі`, `Расіі`), an adjective stem
//! takes any short ending in any case (`китайский`, `белорусско-`), English
//! words and abbreviations must match exactly. Compounds split at hyphens, so
//! `белорусско-российских` gives BY and RU. Words inside a phrase match do
//! not count on their own.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::prefilter;
use super::words::words;
use crate::analysis::letters::push_lower;

/// The country table, as shipped.
const TABLE: &str = include_str!("../../../data/countries.tsv");

/// Case endings a Russian or Belarusian country name may take after its
/// base (the nominative without a final vowel, ь or й).
const ENDINGS: &[&str] = &[
    "", "а", "я", "у", "ю", "е", "э", "і", "и", "ы", "й", "ь", "ой", "ей", "ёй", "ом", "ем", "ём",
    "ам", "ям", "ах", "ях", "ай", "яй", "ою", "ею", "ью", "ов", "аў", "ii",
];

/// A longest ending an adjective stem may take, in characters.
const MAX_ADJ_ENDING: usize = 6;

/// How a form in the table matches a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A capitalised name with a case ending.
    Name,
    /// An adjective stem, any case, any short ending.
    Adjective,
}

/// A country mention: its code and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mention {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// Byte offset of the word or phrase.
    pub start: usize,
}

/// The compiled table.
struct Table {
    /// Lowercased base or stem → its kinds and codes.
    stems: HashMap<String, Vec<(Kind, &'static str)>>,
    /// The first two letters of every stem: a word starting otherwise is
    /// no country's, whatever its ending (one lookup instead of one per cut).
    heads: HashSet<String>,
    /// English words and abbreviations, exact → code.
    exact: HashMap<&'static str, &'static str>,
    /// All phrases as one pattern, one capture group each.
    phrases: Option<String>,
    /// The code of each phrase group, in group order.
    phrase_codes: Vec<&'static str>,
}

/// The table, compiled once.
static TABLE_COMPILED: LazyLock<Table> = LazyLock::new(|| compile(TABLE));

/// The phrase regex, compiled on first use (most texts name no phrase).
static PHRASES: OnceLock<Option<Regex>> = OnceLock::new();

/// Compiles [`PHRASES`].
fn phrases_regex() -> Option<Regex> {
    TABLE_COMPILED
        .phrases
        .as_deref()
        .and_then(|p| Regex::new(p).ok())
}

/// Every phrase of the table's `P` rows contains one of these (see
/// [`prefilter`]); a text without them names no phrase. Keep in step with
/// `data/countries.tsv` (a test checks each phrase alternative).
const PHRASE_NEEDLES: &[&str] = &[
    "federation",
    "viet",
    "северн",
    "паўночн",
    "korea",
    "южн",
    "паўднёв",
    "арабск",
    "emirates",
    "kingdom",
    "соедин",
    "злучан",
    "states",
    "u.s.",
    "arabia",
    "zealand",
    "зеланд",
    "africa",
];

/// Builds the lookup structures from the TSV text.
fn compile(tsv: &'static str) -> Table {
    let mut stems: HashMap<String, Vec<(Kind, &'static str)>> = HashMap::default();
    let mut exact = HashMap::default();
    let mut alternatives = Vec::new();
    let mut phrase_codes = Vec::new();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(code), Some(kind), Some(forms)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        match kind {
            "N" => {
                for f in forms.split_whitespace() {
                    let key = fold(f);
                    let base = key
                        .strip_suffix(['а', 'я', 'ь', 'й', 'ы'])
                        .unwrap_or(&key)
                        .to_string();
                    stems.entry(base).or_default().push((Kind::Name, code));
                }
            }
            "A" => {
                for f in forms.split_whitespace() {
                    stems
                        .entry(fold(f))
                        .or_default()
                        .push((Kind::Adjective, code));
                }
            }
            "E" | "X" => {
                for f in forms.split_whitespace() {
                    exact.insert(f, code);
                }
            }
            "P" => {
                alternatives.push(format!("({forms})"));
                phrase_codes.push(code);
            }
            _ => {}
        }
    }
    let phrases = if alternatives.is_empty() {
        None
    } else {
        Some(format!(r"(?i)(?:{})", alternatives.join("|")))
    };
    let heads = stems.keys().map(|k| head(k).to_owned()).collect();
    Table {
        stems,
        heads,
        exact,
        phrases,
        phrase_codes,
    }
}

/// Lowercase, without apostrophes, ё as е.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        fold_into(&mut out, c);
    }
    out
}

/// Appends the folded form of `c` to `out` (see [`fold`]).
fn fold_into(out: &mut String, c: char) {
    match c {
        '’' | 'ʼ' | '\'' => {}
        'ё' | 'Ё' => out.push('е'),
        _ => push_lower(out, c),
    }
}

/// The first two characters of `key` (all of it if shorter).
fn head(key: &str) -> &str {
    let end = key.char_indices().nth(2).map_or(key.len(), |(i, _)| i);
    key.get(..end).unwrap_or(key)
}

/// Every country mention in `text`, in order.
pub(super) fn find(text: &str) -> Vec<Mention> {
    let table = &*TABLE_COMPILED;
    let mut out = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let phrases = prefilter::gated(&PHRASES, phrases_regex, || {
        prefilter::any(&prefilter::fold(text), PHRASE_NEEDLES)
    })
    .and_then(Option::as_ref);
    if let Some(re) = phrases {
        for caps in re.captures_iter(text) {
            let Some(whole) = caps.get(0) else { continue };
            if !at_word_start(text, whole.start()) {
                continue;
            }
            let group = (1..caps.len()).find(|&i| caps.get(i).is_some());
            if let Some(code) = group.and_then(|g| table.phrase_codes.get(g - 1)) {
                out.push(Mention {
                    code,
                    start: whole.start(),
                });
                covered.push((whole.start(), whole.end()));
            }
        }
    }
    for w in words(text, false) {
        if covered.iter().any(|&(s, e)| w.start >= s && w.start < e) {
            continue;
        }
        let word = text.get(w.start..w.end).unwrap_or_default();
        if currency_usa(text, w.start, word) {
            continue;
        }
        if let Some(code) = word_code(table, word) {
            out.push(Mention {
                code,
                start: w.start,
            });
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Whether `word` at `at` is the США of `долларов США` (a currency, not a
/// mention of the country).
fn currency_usa(text: &str, at: usize, word: &str) -> bool {
    if !matches!(word, "США" | "ЗША") {
        return false;
    }
    let before = text.get(..at).unwrap_or("").trim_end();
    let prev = before
        .rsplit(|c: char| !c.is_alphabetic() && c != '.')
        .next()
        .unwrap_or("")
        .to_lowercase();
    prev.starts_with("долл") || prev.starts_with("даляр")
}

/// Whether `at` begins a word (no letter or digit just before it). Checked
/// here rather than with `\b`, which slows the regex on Cyrillic text.
pub(super) fn at_word_start(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|t| t.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// The codes of `mentions`, first appearance first, without repeats.
pub(super) fn codes(mentions: &[Mention]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in mentions {
        if !out.iter().any(|c| c == m.code) {
            out.push(m.code.to_string());
        }
    }
    out
}

/// The ISO code of the country `name` names, in any of our three
/// languages and in any case form (`Китай`, `Кітаі`, `china`, `United
/// States`, `ЗША`); a two-letter code is taken as it is. `None` when it names
/// no country, or more than one.
///
/// ```
/// use vopis_parse::country_code;
///
/// assert_eq!(country_code("Кітаі").as_deref(), Some("CN"));
/// assert_eq!(country_code("china").as_deref(), Some("CN"));
/// assert_eq!(country_code("by").as_deref(), Some("BY"));
/// assert_eq!(country_code("Атлантида"), None);
/// ```
pub fn country_code(name: &str) -> Option<String> {
    let name = name.trim();
    if name.chars().count() == 2 && name.chars().all(|c| c.is_ascii_alphabetic()) {
        return Some(name.to_ascii_uppercase());
    }
    // A query is often typed in lower case; names are looked up capitalised.
    let capitalised: String = name
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    match codes(&find(&capitalised)).as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The country a single word names, if it does (`Беларусі`, `китайскую`).
pub(super) fn country_of_word(word: &str) -> Option<&'static str> {
    word_code(&TABLE_COMPILED, word)
}

/// Looks one word up.
fn word_code(table: &Table, word: &str) -> Option<&'static str> {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if let Some(code) = table.exact.get(bare) {
        return Some(code);
    }
    // Most words are no country's: their first two letters say so before
    // the whole word is folded.
    let mut start = String::with_capacity(8);
    for c in word.chars() {
        fold_into(&mut start, c);
        if start.chars().nth(1).is_some() {
            break;
        }
    }
    if !table.heads.contains(head(&start)) {
        return None;
    }
    let key = fold(word);
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    let cyrillic = key.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    if !cyrillic || !table.heads.contains(head(&key)) {
        return None;
    }
    let bounds: Vec<usize> = key.char_indices().map(|(i, _)| i).skip(2).collect();
    // Longest prefix first: the whole key, then shorter ones down to 3 chars.
    let mut cuts: Vec<usize> = bounds;
    cuts.push(key.len());
    for &cut in cuts.iter().rev() {
        let (Some(prefix), Some(rest)) = (key.get(..cut), key.get(cut..)) else {
            continue;
        };
        let Some(entries) = table.stems.get(prefix) else {
            continue;
        };
        for &(kind, code) in entries {
            let ok = match kind {
                Kind::Name => capitalised && ENDINGS.contains(&rest),
                Kind::Adjective => rest.chars().count() <= MAX_ADJ_ENDING,
            };
            if ok {
                return Some(code);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_names_give_codes() {
        for (name, code) in [
            ("Беларусь", "BY"),
            ("беларусі", "BY"),
            ("Belarus", "BY"),
            ("Китай", "CN"),
            ("КНР", "CN"),
            ("Вьетнам", "VN"),
            ("United States", "US"),
            ("united states", "US"),
            ("Россия", "RU"),
            ("Расія", "RU"),
            ("de", "DE"),
        ] {
            assert_eq!(country_code(name).as_deref(), Some(code), "{name}");
        }
        for name in ["", "Минск", "Китай и Россия", "xyz"] {
            assert_eq!(country_code(name), None, "{name}");
        }
    }

    fn of(text: &str) -> Vec<String> {
        codes(&find(text))
    }

    #[test]
    fn every_phrase_alternative_has_a_needle() {
        for line in TABLE.lines().filter(|l| l.contains("\tP\t")) {
            let forms = line.split('\t').nth(2).unwrap_or("");
            for alt in forms.split('|') {
                let plain = prefilter::fold(&alt.replace('\\', ""));
                assert!(prefilter::any(&plain, PHRASE_NEEDLES), "{alt}");
            }
        }
    }

    #[test]
    fn phrases_still_found_after_the_prefilter() {
        assert_eq!(of("в Соединённых Штатах Америки"), ["US"]);
        assert_eq!(of("з Паўднёвай Карэі"), ["KR"]);
        assert_eq!(of("the UNITED KINGDOM"), ["GB"]);
    }

    #[test]
    fn inflected_names_in_three_languages() {
        assert_eq!(of("учёные из Китая и Китаю, Китаем, в Китае"), ["CN"]);
        assert_eq!(of("супрацоўніцтва з Кітаем і Кітаі"), ["CN"]);
        assert_eq!(of("паміж Расіяй і Расіі, Расійскай Федэрацыі"), ["RU"]);
        assert_eq!(of("в России и Российской Федерации"), ["RU"]);
        assert_eq!(of("China and the Chinese side, PRC"), ["CN"]);
        assert_eq!(of("Китайская Народная Республика (КНР)"), ["CN"]);
    }

    #[test]
    fn adjectives_and_compounds() {
        assert_eq!(of("белорусско-российских отношений"), ["BY", "RU"]);
        assert_eq!(of("белорусско-китайский семинар"), ["BY", "CN"]);
        assert_eq!(of("беларуска-в’етнамскі конкурс"), ["BY", "VN"]);
        assert_eq!(of("Belarus–China Joint Laboratory"), ["BY", "CN"]);
        assert_eq!(of("на русском и китайском языках"), ["RU", "CN"]);
    }

    #[test]
    fn korea_is_south_unless_north_is_said() {
        assert_eq!(of("делегация Кореи"), ["KR"]);
        assert_eq!(of("Korea and the Korean side"), ["KR"]);
        assert_eq!(of("Северная Корея"), ["KP"]);
        assert_eq!(of("Паўночная Карэя і КНДР"), ["KP"]);
        assert_eq!(of("North Korea and South Korea"), ["KP", "KR"]);
    }

    #[test]
    fn homographs_are_not_countries() {
        assert!(of("грузовой автомобиль, того же числа, Того же числа").is_empty());
        assert!(of("Мин. Юстиции, чад и дым, Данила").is_empty());
        assert_eq!(of("Грузия и Грузии"), ["GE"]);
    }

    #[test]
    fn multiword_names() {
        assert_eq!(
            of("United Kingdom, United States, Саудовская Аравия, ОАЭ"),
            ["GB", "US", "SA", "AE"]
        );
        assert_eq!(of("Соединённых Штатов Америки"), ["US"]);
        assert!(of("1,8 млн долларов США").is_empty());
        assert_eq!(of("санкции США"), ["US"]);
    }

    #[test]
    fn asia_and_the_cis() {
        assert_eq!(
            of("Вьетнама, Индии, Японии, Ирана, Турции, Пакистана, Индонезии, Монголии"),
            ["VN", "IN", "JP", "IR", "TR", "PK", "ID", "MN"]
        );
        assert_eq!(
            of("з Казахстана, Узбекістана, Арменіі, Малдовы, Украіны"),
            ["KZ", "UZ", "AM", "MD", "UA"]
        );
    }
}
