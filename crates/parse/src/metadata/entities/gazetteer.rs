//! The gazetteer of known organisations: the built-in `data/organizations.toml`
//! plus, when the environment variable `VOPIS_GAZETTEER` names a file of the
//! same format, the archive's own entries. Loaded and indexed once.
//!
//! Matching is word by word on folded tokens: a word is lowercased, loses
//! apostrophes and ё, and then its Russian/Belarusian case ending, so one
//! nominative alias finds its inflected forms. Abbreviations (two or more
//! capitals, up to eight letters: `ГКНТ`, `НАН`, `БелТА`) match exactly. At
//! each token the longest alias starting there wins; the scan then moves past
//! it, so the pass is linear in the text.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

use super::words::words;
use crate::analysis::letters::push_lower;

/// The built-in gazetteer.
const BUILT_IN: &str = include_str!("../../../data/organizations.toml");

/// The environment variable naming an extra gazetteer file.
pub(super) const ENV_VAR: &str = "VOPIS_GAZETTEER";

/// Case endings stripped from a word before comparing, by length in
/// letters (one, two, three); the longest that leaves three letters wins.
const ENDINGS: [&[&str]; 3] = [
    &["а", "я", "у", "ю", "е", "ы", "и", "і", "о", "ь", "й"],
    &[
        "ых", "их", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ей", "ом", "ем", "ам",
        "ям", "им", "ах", "ях", "ую", "юю", "ия", "ии", "ию", "ым", "ім", "ыя", "ія", "ае", "яе",
        "ай", "яй", "аў", "яў", "ою", "ею", "іх",
    ],
    &[
        "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ага", "яга", "аму", "яму",
    ],
];

/// The endings as keys: each letter's code point in 21 bits, the last
/// letter lowest. One hash lookup per cut instead of a string comparison
/// per ending.
static ENDING_KEYS: LazyLock<HashSet<u64>> = LazyLock::new(|| {
    ENDINGS
        .iter()
        .flat_map(|list| list.iter())
        .map(|e| {
            e.chars()
                .rev()
                .enumerate()
                .fold(0u64, |key, (i, c)| key | key_bits(i, c))
        })
        .collect()
});

/// The bits of an ending key for `c`, the `i`-th letter from the end.
fn key_bits(i: usize, c: char) -> u64 {
    u64::from(c) << (21 * i)
}

/// Vowels dropped once more after an ending (технологи|й ~ технологи|ям).
const VOWELS: &[char] = &['а', 'я', 'о', 'е', 'э', 'и', 'ы', 'і', 'у', 'ю', 'ь'];

/// One entry of a gazetteer file.
#[derive(Debug, Deserialize)]
struct Entry {
    /// The canonical name.
    name: String,
    /// Names and abbreviations it is written as.
    #[serde(default)]
    aliases: Vec<String>,
}

/// A gazetteer file.
#[derive(Debug, Deserialize)]
struct File {
    /// Its entries.
    #[serde(default)]
    organization: Vec<Entry>,
}

/// One token of a text or an alias, folded for comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token<'a> {
    /// Byte offsets in the text.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// Abbreviation-like: compare `exact` only.
    pub abbr: bool,
    /// The word as written.
    pub exact: &'a str,
    /// Folded and stemmed.
    pub stem: String,
}

/// The compiled gazetteer.
pub(super) struct Gazetteer {
    /// Canonical names.
    names: Vec<String>,
    /// Aliases as token keys, with their name's index.
    aliases: Vec<(Vec<String>, usize)>,
    /// First key of an alias → alias indices.
    index: HashMap<String, Vec<usize>>,
    /// Why a user file was ignored, if it was.
    pub warning: Option<String>,
}

/// A gazetteer hit: the canonical name's index and the byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Hit {
    /// Index into the names.
    pub name: usize,
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
}

/// The gazetteer, loaded once per process.
pub(super) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let user = std::env::var_os(ENV_VAR).map(std::path::PathBuf::from);
    load(user.as_deref())
});

/// Builds the gazetteer from the built-in file and an optional user file.
pub(super) fn load(user: Option<&std::path::Path>) -> Gazetteer {
    let mut entries = toml::from_str::<File>(BUILT_IN)
        .map(|f| f.organization)
        .unwrap_or_default();
    let mut warning = None;
    if let Some(path) = user {
        let parsed = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|s| toml::from_str::<File>(&s).map_err(|e| e.to_string()));
        match parsed {
            Ok(f) => entries.extend(f.organization),
            Err(e) => {
                let msg = e.lines().next().unwrap_or("").to_string();
                warning = Some(format!("gazetteer file {} ignored: {msg}", path.display()));
            }
        }
    }
    build(entries, warning)
}

/// Indexes the entries.
fn build(entries: Vec<Entry>, warning: Option<String>) -> Gazetteer {
    let mut g = Gazetteer {
        names: Vec::new(),
        aliases: Vec::new(),
        index: HashMap::default(),
        warning,
    };
    for e in entries {
        let name = e.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            continue;
        }
        let idx = match g.names.iter().position(|n| *n == name) {
            Some(i) => i,
            None => {
                g.names.push(name.clone());
                g.names.len() - 1
            }
        };
        for alias in e.aliases.iter().chain(std::iter::once(&name)) {
            let keys: Vec<String> = tokens(alias).iter().map(key).collect();
            let Some(first) = keys.first() else { continue };
            if g.aliases.iter().any(|(k, i)| *k == keys && *i == idx) {
                continue;
            }
            g.index
                .entry(first.clone())
                .or_default()
                .push(g.aliases.len());
            g.aliases.push((keys, idx));
        }
    }
    g
}

/// The comparison key of a token: its exact form for an abbreviation.
fn key(t: &Token) -> String {
    if t.abbr {
        format!("A:{}", t.exact)
    } else {
        format!("W:{}", t.stem)
    }
}

/// Splits `text` into folded tokens: words of letters and digits, with
/// combining marks and apostrophes inside (see [`super::words`]).
pub(super) fn tokens(text: &str) -> Vec<Token<'_>> {
    words(text, true)
        .map(|w| {
            let exact = text.get(w.start..w.end).unwrap_or_default();
            Token {
                start: w.start,
                end: w.end,
                abbr: w.abbreviation(),
                exact,
                stem: stem(exact),
            }
        })
        .collect()
}

/// Lowercase, no apostrophes, ё as е, ў as у, without a case ending.
pub(super) fn stem(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '’' | 'ʼ' | '\'' => {}
            'ё' | 'Ё' => folded.push('е'),
            'ў' | 'Ў' => folded.push('у'),
            _ => push_lower(&mut folded, c),
        }
    }
    let len = folded.chars().count();
    if len <= 3 {
        return folded;
    }
    let mut s = folded.as_str();
    let mut left = len;
    // The last one, two and three letters as keys (see [`ENDING_KEYS`]).
    let mut key = 0u64;
    let mut cuts = [(0usize, 0u64); 3];
    for (i, (cut, (at, c))) in cuts.iter_mut().zip(s.char_indices().rev()).enumerate() {
        key |= key_bits(i, c);
        *cut = (at, key);
    }
    for (letters, &(at, key)) in cuts.iter().enumerate().rev() {
        if len - (letters + 1) >= 3 && ENDING_KEYS.contains(&key) {
            s = s.get(..at).unwrap_or(s);
            left = len - (letters + 1);
            break;
        }
    }
    if left > 3
        && let Some(rest) = s.strip_suffix(VOWELS)
    {
        s = rest;
    }
    s.to_string()
}

impl Gazetteer {
    /// The canonical name at `idx`.
    pub(super) fn name(&self, idx: usize) -> &str {
        self.names.get(idx).map_or("", String::as_str)
    }

    /// Whether `toks` (two words or more) are the words of one of the
    /// aliases of the organisation at `idx`, in order with some left out:
    /// `Харбинский институт` for `Харбинский политехнический институт`,
    /// a shortened mention of the same organisation.
    pub(super) fn shortens(&self, idx: usize, toks: &[Token]) -> bool {
        if toks.len() < 2 {
            return false;
        }
        let keys: Vec<String> = toks.iter().map(key).collect();
        self.aliases
            .iter()
            .filter(|(_, i)| *i == idx)
            .any(|(alias, _)| {
                let mut rest = alias.iter();
                keys.iter().all(|k| rest.any(|a| a == k))
            })
    }

    /// Every alias occurrence in `toks`, longest at each place, in order.
    pub(super) fn scan(&self, toks: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        let (mut exact, mut word) = (String::new(), String::new());
        while i < toks.len() {
            let mut best: Option<(usize, usize)> = None; // (length, name)
            if let Some(t) = toks.get(i) {
                exact.clear();
                exact.push_str("A:");
                exact.push_str(t.exact);
                word.clear();
                word.push_str("W:");
                word.push_str(&t.stem);
                for k in [&exact, &word] {
                    for &a in self.index.get(k.as_str()).into_iter().flatten() {
                        let Some((keys, name)) = self.aliases.get(a) else {
                            continue;
                        };
                        if matches_at(toks, i, keys) && best.is_none_or(|(l, _)| keys.len() > l) {
                            best = Some((keys.len(), *name));
                        }
                    }
                }
            }
            match best {
                Some((len, name)) => {
                    let start = toks.get(i).map_or(0, |t| t.start);
                    let end = toks.get(i + len - 1).map_or(start, |t| t.end);
                    hits.push(Hit { name, start, end });
                    i += len;
                }
                None => i += 1,
            }
        }
        hits
    }
}

/// Whether the alias `keys` matches the tokens from `i`.
fn matches_at(toks: &[Token], i: usize, keys: &[String]) -> bool {
    keys.iter().enumerate().all(|(j, k)| {
        toks.get(i + j).is_some_and(|t| {
            k.strip_prefix("A:").map_or_else(
                || k.strip_prefix("W:").is_some_and(|s| *s == t.stem),
                |a| a == t.exact,
            )
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let g = &*GAZETTEER;
        g.scan(&tokens(text))
            .iter()
            .map(|h| g.name(h.name).to_string())
            .collect()
    }

    #[test]
    fn stems_fold_case_endings() {
        assert_eq!(stem("Государственного"), stem("Государственный"));
        assert_eq!(stem("технологий"), stem("технологиям"));
        assert_eq!(stem("Беларусі"), stem("Беларусь"));
        assert_eq!(stem("академии"), stem("академия"));
    }

    #[test]
    fn aliases_in_three_languages_give_one_name() {
        let scst = "State Committee on Science and Technology of the Republic of Belarus";
        assert_eq!(names("ГКНТ"), [scst]);
        assert_eq!(
            names("письмо Государственного комитета по науке и технологиям"),
            [scst]
        );
        assert_eq!(
            names("Дзяржаўны камітэт па навуцы\nі тэхналогіях Рэспублікі Беларусь (далей — ДКНТ)"),
            [scst, scst]
        );
        assert_eq!(
            names("the SCST and the State Committee on Science and Technology"),
            [scst, scst]
        );
        assert_eq!(
            names("учёные Национальной академии наук Беларуси и НАН Беларуси; NASB"),
            [
                "National Academy of Sciences of Belarus",
                "National Academy of Sciences of Belarus",
                "National Academy of Sciences of Belarus"
            ]
        );
        assert_eq!(names("страны СНГ"), ["Commonwealth of Independent States"]);
    }

    #[test]
    fn the_longest_alias_wins() {
        assert_eq!(
            names("A team from the Belarusian State University of Informatics"),
            ["Belarusian State University of Informatics and Radioelectronics"]
        );
    }

    #[test]
    fn abbreviations_are_case_sensitive() {
        assert!(names("сняг").is_empty());
        assert!(names("un deux").is_empty());
    }

    #[test]
    fn a_user_file_extends_and_a_broken_one_is_ignored() {
        let dir = std::env::temp_dir().join(format!("vopis-gaz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.toml");
        std::fs::write(
            &good,
            "[[organization]]\nname = \"Minsk Tractor Works\"\naliases = [\"МТЗ\", \"Минский тракторный завод\"]\n",
        )
        .unwrap();
        let g = load(Some(&good));
        assert!(g.warning.is_none());
        let hits = g.scan(&tokens("поставки Минского тракторного завода и МТЗ"));
        assert_eq!(hits.len(), 2);
        assert_eq!(g.name(hits[0].name), "Minsk Tractor Works");
        let bad = dir.join("bad.toml");
        std::fs::write(&bad, "[[organization]\nname = ").unwrap();
        let g = load(Some(&bad));
        assert!(g.warning.as_deref().is_some_and(|w| w.contains("ignored")));
        assert_eq!(g.scan(&tokens("ГКНТ")).len(), 1);
        let g = load(Some(&dir.join("missing.toml")));
        assert!(g.warning.is_some());
        std::fs::remove_dir_all(&dir).ok();
    }
}
