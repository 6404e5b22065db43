//! How plausible a byte sample reads in each candidate code page.
//!
//! Every candidate is a single-byte, ASCII-compatible code page, so ASCII
//! bytes read the same in all of them and only the bytes `0x80..=0xFF`, in
//! their context, tell the candidates apart. Each candidate's upper half is a
//! 128-entry table; the sample is read through it once, with no allocation,
//! and scored by a small model of Cyrillic and Western prose:
//! - letters score, junk costs (`chars.rs`): C0/C1 controls, U+FFFD, box
//!   drawing next to letters, rare symbols (`¤ ¦ √ ≈`), letters of other
//!   languages (Serbian `ђ`, Icelandic `ð`), punctuation glued inside a word;
//! - a word keeps one script (Cyrillic or Latin; Latin `i` counts as
//!   Cyrillic `і`, as DOS-era Belarusian and Ukrainian wrote it) and one case
//!   pattern (`слова`, `Слова`, `СЛОВА`; never `сЛОВА`);
//! - Cyrillic words are built of common letter pairs (`bigrams.rs`) and no
//!   impossible ones (a word opening with `ь`, `ь` after a vowel, five
//!   consonants in a row);
//! - a Latin word is mostly ASCII letters (French, German), not a run of
//!   accented letters (Cyrillic read as windows-1252);
//! - a word in another script than the word before it costs (French `à`
//!   read as Cyrillic `а`), and so do one-letter Cyrillic words that are not
//!   words (`щ`) and runs of one letter (`мммм`: a DOS box-drawing line read
//!   in the wrong code page).
//!
//! Ties go to the earlier candidate in [`CANDIDATES`]: windows-1251 before
//! x-mac-cyrillic (they agree on lower-case `а`–`ю`), KOI8-R before KOI8-U
//! (they agree on Russian letters); but windows-1252 before windows-1251,
//! which tie only on the punctuation they share.
//!
//! Invariant: scoring is linear in the sample, and the sample is bounded.

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::Encoding;

use super::bigrams::{is_common, is_short_i, is_sign, is_vowel, letter_index};
use super::chars::{
    is_apostrophe, is_box, is_cyrillic, is_latin, is_letter, letter_value, symbol_value,
};

/// The candidate code pages, in order of preference when they tie.
const CANDIDATES: [&Encoding; 7] = [
    encoding_rs::WINDOWS_1251,
    encoding_rs::KOI8_R,
    encoding_rs::IBM866,
    encoding_rs::ISO_8859_5,
    encoding_rs::X_MAC_CYRILLIC,
    encoding_rs::KOI8_U,
    encoding_rs::WINDOWS_1252,
];

/// The most bytes scored; larger inputs are sampled (see [`sample`]).
const SAMPLE_MAX: usize = 32 * 1024;

/// Bytes scored between two prunings of the candidates left far behind.
const ROUND: usize = 4096;

/// The longest piece of one line taken into a sample.
const SAMPLE_LINE_MAX: usize = 2048;

/// Each candidate's characters for the bytes `0x80..=0xFF`.
static TABLES: LazyLock<[[char; 128]; CANDIDATES.len()]> = LazyLock::new(|| {
    let mut tables = [['\u{fffd}'; 128]; CANDIDATES.len()];
    for (table, encoding) in tables.iter_mut().zip(CANDIDATES) {
        for (slot, byte) in table.iter_mut().zip(0x80u8..=0xff) {
            let one = [byte];
            let (text, _) = encoding.decode_without_bom_handling(&one);
            *slot = text.chars().next().unwrap_or('\u{fffd}');
        }
    }
    tables
});

/// The winning candidate and how well it read.
#[derive(Debug, Clone, Copy)]
pub(super) struct Best {
    /// The code page.
    pub encoding: &'static Encoding,
    /// Its score.
    score: i64,
    /// How many non-ASCII bytes the sample has.
    non_ascii: usize,
}

impl Best {
    /// Whether the reading is convincing on its own: on average, each
    /// non-ASCII character earns two points, which only real Cyrillic words
    /// (letters in common pairs) do; Latin readings never get there. A short
    /// sample (under [`SHORT`] non-ASCII bytes) is taken as it reads if it
    /// reads at all (a third of a point per character): no other detector
    /// does better on a few words.
    pub fn is_convincing(&self) -> bool {
        let n = self.non_ascii as i64;
        let plausible = self.score.saturating_mul(3) >= n;
        self.score >= 2 * n || self.non_ascii < SHORT && plausible
    }
}

impl Best {
    /// Whether the sample reads as real Cyrillic words: two points per
    /// non-ASCII character, as in [`Best::is_convincing`], and some to read.
    pub fn has_cyrillic_words(&self) -> bool {
        self.non_ascii > 0 && self.score >= 2 * self.non_ascii as i64
    }
}

/// Fewer non-ASCII bytes than this make a short sample.
const SHORT: usize = 16;

/// Whether `encoding` is one of the candidates scored here.
pub(super) fn is_candidate(encoding: &'static Encoding) -> bool {
    CANDIDATES.contains(&encoding)
}

/// The bytes to score: all of a small input; of a large one, the lines that
/// have non-ASCII bytes, up to [`SAMPLE_MAX`].
pub(super) fn sample(bytes: &[u8]) -> Cow<'_, [u8]> {
    if bytes.len() <= SAMPLE_MAX {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(SAMPLE_MAX + SAMPLE_LINE_MAX);
    for line in bytes.split(|&b| b == b'\n') {
        if out.len() >= SAMPLE_MAX {
            break;
        }
        if line.iter().any(|&b| b >= 0x80) {
            out.extend_from_slice(line.get(..SAMPLE_LINE_MAX).unwrap_or(line));
            out.push(b'\n');
        }
    }
    Cow::Owned(out)
}

/// Scores the sample in every candidate and returns the best.
///
/// The sample is read in rounds of [`ROUND`] bytes; after each round, the
/// candidates that fell far behind the leader are dropped, so a long sample
/// costs about one candidate's reading plus the close contenders'.
pub(super) fn best_candidate(sample: &[u8]) -> Best {
    let non_ascii = sample.iter().filter(|&&b| b >= 0x80).count();
    let mut runs: Vec<(&'static Encoding, &[char; 128], Scorer)> = CANDIDATES
        .iter()
        .zip(TABLES.iter())
        .filter(|(encoding, _)| worth_scoring(encoding, sample))
        .map(|(encoding, table)| (*encoding, table, Scorer::default()))
        .collect();
    for round in sample.chunks(ROUND) {
        for (_, table, scorer) in &mut runs {
            for &b in round {
                scorer.feed(char_of(b, table));
            }
        }
        if let Some(leader) = runs.iter().map(|(_, _, s)| s.total).max() {
            let floor = leader.saturating_sub(200 + leader.abs() / 4);
            runs.retain(|(_, _, s)| s.total >= floor);
        }
    }
    let mut best = Best {
        encoding: CANDIDATES[0],
        score: i64::MIN,
        non_ascii,
    };
    for (encoding, _, scorer) in runs {
        let score = scorer.finish();
        // Text whose only non-ASCII bytes are punctuation that windows-1251
        // and windows-1252 share (`’ “ ” – —`) reads the same in both, and
        // is better named Western.
        let western_tie = score == best.score
            && encoding == encoding_rs::WINDOWS_1252
            && best.encoding == encoding_rs::WINDOWS_1251
            && reads_same_in_1251_and_1252(sample);
        if score > best.score || western_tie {
            best = Best {
                encoding,
                score,
                non_ascii,
            };
        }
    }
    best
}

/// Whether every byte of `sample` is the same character in windows-1251
/// and windows-1252.
fn reads_same_in_1251_and_1252(sample: &[u8]) -> bool {
    let (Some(cp1251), Some(cp1252)) = (TABLES.first(), TABLES.last()) else {
        return false;
    };
    sample
        .iter()
        .all(|&b| char_of(b, cp1251) == char_of(b, cp1252))
}

/// Skips candidates that cannot differ from an earlier one on this sample:
/// KOI8-U differs from KOI8-R only in its Ukrainian and Belarusian letters.
fn worth_scoring(encoding: &'static Encoding, sample: &[u8]) -> bool {
    const KOI8_U_ONLY: &[u8] = &[0xa4, 0xa6, 0xa7, 0xad, 0xae, 0xb4, 0xb6, 0xb7, 0xbd, 0xbe];
    if encoding == encoding_rs::KOI8_U {
        return sample.iter().any(|b| KOI8_U_ONLY.contains(b));
    }
    true
}

/// The character `b` reads as through `table` (ASCII reads as itself).
fn char_of(b: u8, table: &[char; 128]) -> char {
    if b < 0x80 {
        char::from(b)
    } else {
        table
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{fffd}')
    }
}

/// A streaming scorer that looks at each character with its neighbours.
#[derive(Debug)]
struct Scorer {
    /// The score of everything before the current word.
    total: i64,
    /// The word being read.
    word: Word,
    /// The character before `cur`.
    prev: char,
    /// The character to score once the next one is known.
    cur: Option<char>,
    /// The script of the last word read, to notice a lone word in another.
    last_script: Script,
}

/// The script of a word.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Neither (or as many letters of both).
    #[default]
    None,
    /// Mostly Cyrillic letters.
    Cyrillic,
    /// Mostly Latin letters.
    Latin,
}

impl Default for Scorer {
    fn default() -> Self {
        Scorer {
            total: 0,
            word: Word::default(),
            prev: ' ',
            cur: None,
            last_script: Script::None,
        }
    }
}

impl Scorer {
    /// Takes the next character; scores the one before it.
    fn feed(&mut self, next: char) {
        if let Some(cur) = self.cur {
            self.step(self.prev, cur, next);
            self.prev = cur;
        }
        self.cur = Some(next);
    }

    /// Scores what is left and returns the total.
    fn finish(mut self) -> i64 {
        self.feed(' ');
        self.end_word(' ');
        self.total
    }

    /// Scores `c`, seen between `prev` and `next`.
    fn step(&mut self, prev: char, c: char, next: char) {
        if is_letter(c) {
            if !c.is_ascii() {
                self.total += letter_value(c);
                if is_box(prev) || is_box(next) {
                    self.total -= 2;
                }
            }
            self.word.push(c, next);
        } else if is_apostrophe(c) && is_letter(prev) && is_letter(next) {
            self.word.last = None;
        } else {
            self.end_word(c);
            if !c.is_ascii() {
                self.total += symbol_value(c, prev, next);
            }
        }
    }

    /// Scores the word just ended by `end`.
    fn end_word(&mut self, end: char) {
        let word = std::mem::take(&mut self.word);
        if word.letters == 0 {
            return;
        }
        self.total += word.value(end);
        let script = word.script();
        if word.non_ascii > 0
            && script != Script::None
            && self.last_script != Script::None
            && script != self.last_script
        {
            self.total -= word.non_ascii;
        }
        if script != Script::None {
            self.last_script = script;
        }
    }
}

/// What is known of the word being read.
#[derive(Debug, Default)]
struct Word {
    /// Cyrillic letters (with a Latin `i` among them).
    cyrillic: i64,
    /// Other ASCII letters.
    ascii_latin: i64,
    /// Non-ASCII Latin letters.
    other_latin: i64,
    /// Non-ASCII letters of any script.
    non_ascii: i64,
    /// All letters.
    letters: u32,
    /// The case pattern so far.
    case: Case,
    /// The previous Cyrillic letter's table index, while pairs chain.
    last: Option<usize>,
    /// Vowels in a row, up to the current letter.
    vowel_run: u32,
    /// Consonants in a row, up to the current letter.
    consonant_run: u32,
    /// Repeats of the same letter, up to the current letter.
    same_run: u32,
    /// Points from letter pairs and runs.
    pairs: i64,
}

/// The case pattern of a word so far.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// No letter yet.
    #[default]
    Empty,
    /// `слова`
    Lower,
    /// `С`: one upper-case letter.
    FirstUpper,
    /// `Слова`
    Capitalized,
    /// `СЛОВА`
    AllUpper,
    /// `сЛОВА`, `СЛОва`: not a pattern of real words.
    Mixed,
}

impl Word {
    /// Adds the letter `c` (followed by `next`) to the word.
    fn push(&mut self, c: char, next: char) {
        self.letters += 1;
        if !c.is_ascii() {
            self.non_ascii += 1;
        }
        self.case = next_case(self.case, c);
        let lower = c.to_lowercase().next().unwrap_or(c);
        // Latin `i` between Cyrillic letters is the Belarusian/Ukrainian `і`.
        let dos_i = matches!(c, 'i' | 'I') && (self.last.is_some() || is_cyrillic(next));
        let index = if dos_i {
            letter_index('і')
        } else {
            letter_index(lower)
        };
        if is_cyrillic(c) || dos_i {
            self.cyrillic += 1;
        } else if c.is_ascii() {
            self.ascii_latin += 1;
        } else if is_latin(c) {
            self.other_latin += 1;
        }
        match index {
            Some(i) => self.pair(i),
            None => self.last = None,
        }
    }

    /// Scores the pair (previous letter, `i`) and the runs it extends.
    fn pair(&mut self, i: usize) {
        match self.last {
            None if self.letters == 1 && is_sign(i) => self.pairs -= 3,
            None => {}
            Some(prev) => {
                if is_common(prev, i) {
                    self.pairs += 2;
                }
                let soft_or_hard = is_sign(i) && i != 28;
                if soft_or_hard && (is_vowel(prev) || is_sign(prev) || is_short_i(prev)) {
                    self.pairs -= 3;
                }
                if i == 28 && is_vowel(prev) {
                    self.pairs -= 2;
                }
                // `й`, and Ukrainian `ї`, `є`, follow vowels, not consonants.
                let after_vowel_only = is_short_i(i) || i == 35 || i == 36;
                if after_vowel_only && !is_vowel(prev) && !is_sign(prev) {
                    self.pairs -= 2;
                }
                // Three same letters in a row: a DOS box-drawing line
                // (`════`) read in the wrong code page, not a word.
                if prev == i {
                    self.same_run += 1;
                    if self.same_run >= 2 {
                        self.pairs -= 3;
                    }
                } else {
                    self.same_run = 0;
                }
            }
        }
        if is_vowel(i) {
            self.vowel_run += 1;
            self.consonant_run = 0;
            if self.vowel_run == 4 {
                self.pairs -= 3;
            }
        } else if !is_sign(i) {
            self.consonant_run += 1;
            self.vowel_run = 0;
            if self.consonant_run == 5 {
                self.pairs -= 3;
            }
        }
        self.last = Some(i);
    }

    /// The word's script, when it has one.
    fn script(&self) -> Script {
        let latin = self.ascii_latin + self.other_latin;
        if self.cyrillic > latin {
            Script::Cyrillic
        } else if latin > self.cyrillic {
            Script::Latin
        } else {
            Script::None
        }
    }

    /// The word's points beyond its letters' own; `end` is the character after it.
    fn value(&self, end: char) -> i64 {
        if self.non_ascii == 0 {
            return 0; // reads the same in every candidate
        }
        let mut value = self.pairs;
        if self.letters == 1
            && self.cyrillic == 1
            && self.case == Case::Lower
            && end != '.'
            && !self.last.is_some_and(is_one_letter_word)
        {
            value -= 3;
        }
        if self.letters == 1
            && self.cyrillic == 1
            && self.case == Case::FirstUpper
            && end != '.'
            && !self.last.is_some_and(is_one_letter_word)
        {
            value -= 1;
        }
        if self.cyrillic > 0 && self.ascii_latin + self.other_latin > 0 {
            value -= 3 * self.non_ascii;
        }
        if self.case == Case::Mixed {
            value -= 2 * self.non_ascii;
        }
        let latin = self.ascii_latin + self.other_latin;
        if self.cyrillic == 0 && self.other_latin >= 3 && self.other_latin * 10 > latin * 6 {
            value -= 2 * self.other_latin;
        }
        value
    }
}

/// Whether the letter (by table index) is a word on its own: Russian
/// `а в и к о с у я`, Belarusian `ў і з`, Ukrainian `й` (and `і`, `з`).
fn is_one_letter_word(i: usize) -> bool {
    // а в з и й к о с у я і ў
    matches!(i, 0 | 2 | 8 | 9 | 10 | 11 | 15 | 18 | 20 | 32 | 33 | 34)
}

/// The case pattern after one more letter.
fn next_case(case: Case, c: char) -> Case {
    let upper = c.is_uppercase();
    match (case, upper) {
        (Case::Empty, true) => Case::FirstUpper,
        (Case::Empty, false) => Case::Lower,
        (Case::Lower | Case::Capitalized, true) => Case::Mixed,
        (Case::FirstUpper, true) => Case::AllUpper,
        (Case::FirstUpper, false) => Case::Capitalized,
        (Case::AllUpper, false) => Case::Mixed,
        (same, _) => same,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score_str(s: &str) -> i64 {
        let mut scorer = Scorer::default();
        for c in s.chars() {
            scorer.feed(c);
        }
        scorer.finish()
    }

    #[test]
    fn real_words_outscore_scrambled_ones() {
        assert!(score_str("Привет, мир") > score_str("пРИВЕТ, МИР"));
        assert!(score_str("сотрудничество") > score_str("орхбер ъьы"));
        assert!(score_str("з’езд") > 0);
    }

    #[test]
    fn lone_letters_and_runs_cost() {
        assert!(score_str(" в ") > score_str(" щ "));
        assert!(score_str("мама") > score_str("мммм"));
    }

    #[test]
    fn box_drawing_is_neutral_only_among_symbols() {
        assert_eq!(score_str("╔═══╗"), 0);
        assert!(score_str("а╗б") < score_str("а б"));
    }

    #[test]
    fn western_words_read_as_latin() {
        assert!(score_str("très café") > score_str("trиs cafй"));
        assert!(score_str("ïðèâåò") < 0);
    }

    #[test]
    fn shared_punctuation_is_found() {
        assert!(reads_same_in_1251_and_1252(b"It\x92s \x93x\x94 \x96"));
        assert!(!reads_same_in_1251_and_1252(b"caf\xe9"));
    }

    #[test]
    fn tables_decode_the_upper_half() {
        let cp1251 = TABLES.first().unwrap();
        assert_eq!(char_of(0xe0, cp1251), 'а');
        assert_eq!(char_of(b'a', cp1251), 'a');
        assert!(is_candidate(encoding_rs::KOI8_U));
        assert!(!is_candidate(encoding_rs::GBK));
    }
}
