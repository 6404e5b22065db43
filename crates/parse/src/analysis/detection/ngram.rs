//! Letter-trigram models of Belarusian, Russian and Ukrainian.
//!
//! Each language's model is counted, on first use, over a text written for
//! this project (`data/be.txt`, `data/ru.txt`, `data/uk.txt`: the same
//! everyday, office and software-interface content written in each of the
//! three languages, so that topic does not tilt the counts, plus lists of
//! frequent words). Nothing is copied from other projects; the tables are
//! not committed but derived from those texts at start-up (a few
//! milliseconds).
//!
//! A word is scored letter by letter: the log-probability of each letter
//! after the two before it (word start counts as a boundary), and of the
//! word's end, Witten–Bell smoothed with the bigram and unigram estimates so
//! unseen combinations still get a sensible, small probability. Each word
//! costs a language at most [`WORD_CAP`] below the word's likeliest
//! language, so one word the small training texts happen to lack cannot
//! outvote the rest. The result is a log-likelihood per language relative
//! to the best; only differences between languages matter.
//!
//! Invariant: the alphabet is fixed ([`SYMBOLS`] symbols: a boundary, the
//! 32 letters а–я, ё, і, ў, ї, є, ґ and the apostrophe); every other
//! character is a boundary. Scoring is linear in the text, allocates
//! nothing and never panics.

use std::sync::LazyLock;

use super::orthography::Scores;
use super::script::fold;

/// Symbols of the alphabet: 0 is the word boundary.
const SYMBOLS: usize = 40;
/// The apostrophe's symbol.
const APOSTROPHE: u8 = 39;

/// The training texts, in score-index order (be, ru, uk).
const TEXTS: [&str; 3] = [
    include_str!("data/be.txt"),
    include_str!("data/ru.txt"),
    include_str!("data/uk.txt"),
];

/// The symbol of a (folded) character: 1–38 for letters, 39 for an
/// apostrophe, 0 for anything else.
fn symbol(c: char) -> u8 {
    match c {
        'а'..='я' => (c as u32 - 'а' as u32 + 1) as u8,
        'ё' => 33,
        'і' => 34,
        'ў' => 35,
        'ї' => 36,
        'є' => 37,
        'ґ' => 38,
        '\'' | '’' | 'ʼ' => APOSTROPHE,
        _ => 0,
    }
}

/// Index of the trigram (a, b, c) in a table.
fn at(a: u8, b: u8, c: u8) -> usize {
    (usize::from(a) * SYMBOLS + usize::from(b)) * SYMBOLS + usize::from(c)
}

/// Calls `f(a, b, c)` for every trigram of `text`'s words, boundaries
/// included: a word "аб" gives (0,0,а), (0,а,б), (а,б,0).
fn trigrams(text: &str, mut f: impl FnMut(u8, u8, u8)) {
    let (mut a, mut b) = (0u8, 0u8);
    for raw in text.chars() {
        let mut c = symbol(fold(raw));
        // An apostrophe counts only inside a word.
        if c == APOSTROPHE && (b == 0 || b == APOSTROPHE) {
            c = 0;
        }
        if c == 0 {
            if b != 0 {
                f(a, b, 0);
            }
            (a, b) = (0, 0);
        } else {
            f(a, b, c);
            (a, b) = (b, c);
        }
    }
    if b != 0 {
        f(a, b, 0);
    }
}

/// Log-probabilities of every trigram in each language.
struct Model {
    /// `logp[at(a, b, c)][lang]` = ln P(c | a b) in language `lang`.
    logp: Vec<[f32; 3]>,
}

/// Symbol counts of one text: trigrams, bigrams (last two symbols), unigrams.
struct Counts {
    /// Trigram counts, indexed by [`at`].
    tri: Vec<u32>,
    /// Bigram counts, `b * SYMBOLS + c`.
    bi: Vec<u32>,
    /// Unigram counts.
    uni: Vec<u32>,
}

impl Counts {
    /// The counts of `text`.
    fn of(text: &str) -> Counts {
        let mut counts = Counts {
            tri: vec![0; SYMBOLS * SYMBOLS * SYMBOLS],
            bi: vec![0; SYMBOLS * SYMBOLS],
            uni: vec![0; SYMBOLS],
        };
        trigrams(text, |a, b, c| {
            for (table, i) in [
                (&mut counts.tri, at(a, b, c)),
                (&mut counts.bi, usize::from(b) * SYMBOLS + usize::from(c)),
                (&mut counts.uni, usize::from(c)),
            ] {
                if let Some(t) = table.get_mut(i) {
                    *t += 1;
                }
            }
        });
        counts
    }

    /// Per context (a row of `SYMBOLS` counts): how often it was followed by
    /// anything, and by how many different symbols.
    fn contexts(table: &[u32]) -> Vec<(f64, f64)> {
        table
            .chunks(SYMBOLS)
            .map(|row| {
                let n: u32 = row.iter().sum();
                let t = row.iter().filter(|x| **x > 0).count() as u32;
                (f64::from(n), f64::from(t))
            })
            .collect()
    }
}

/// Witten–Bell estimate: a context seen often with few followers trusts
/// its own `count`, a rare one leans on the `lower` order estimate.
fn blend(count: Option<&u32>, ctx: Option<&(f64, f64)>, lower: f64) -> f64 {
    match ctx {
        Some((n, t)) if *n > 0.0 => (f64::from(count.copied().unwrap_or(0)) + t * lower) / (n + t),
        _ => lower,
    }
}

/// The model, counted from [`TEXTS`] on first use: each language's own
/// Witten–Bell trigram estimate, backing off to its bigrams and unigrams.
static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let counts: Vec<Counts> = TEXTS.iter().map(|text| Counts::of(text)).collect();
    let mut logp = vec![[0.0f32; 3]; SYMBOLS * SYMBOLS * SYMBOLS];
    for (lang, own) in counts.iter().enumerate() {
        let total: u32 = own.uni.iter().sum();
        let ctx2 = Counts::contexts(&own.tri);
        let ctx1 = Counts::contexts(&own.bi);
        for (i, slot) in logp.iter_mut().enumerate() {
            let (ab, c) = (i / SYMBOLS, i % SYMBOLS);
            let b = ab % SYMBOLS;
            let p1 = (f64::from(own.uni.get(c).copied().unwrap_or(0)) + 0.5)
                / (f64::from(total) + 0.5 * SYMBOLS as f64);
            let p2 = blend(own.bi.get(b * SYMBOLS + c), ctx1.get(b), p1);
            let p = blend(own.tri.get(i), ctx2.get(ab), p2);
            if let Some(s) = slot.get_mut(lang) {
                *s = p.max(1e-7).ln() as f32;
            }
        }
    }
    Model { logp }
});

/// Most log units one word can cost a language: a word the training text
/// of one language happens not to contain must not outweigh the rest.
const WORD_CAP: f32 = 8.0;

/// Log-likelihood of `text` in be, ru, uk, each word's relative to the
/// word's likeliest language (so 0.0 for all three when there are no
/// Cyrillic letters).
pub(crate) fn score(text: &str) -> Scores {
    let model = &*MODEL;
    let mut sums = [0.0f32; 3];
    let mut word = [0.0f32; 3];
    trigrams(text, |a, b, c| {
        if let Some(p) = model.logp.get(at(a, b, c)) {
            for (w, l) in word.iter_mut().zip(p) {
                *w += *l;
            }
        }
        if c == 0 {
            let best = word[0].max(word[1]).max(word[2]);
            for (s, w) in sums.iter_mut().zip(word) {
                *s += (w - best).max(-WORD_CAP);
            }
            word = [0.0; 3];
        }
    });
    sums.map(f64::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::detection::orthography::{BE, RU, UK};

    fn best(text: &str) -> usize {
        let s = score(text);
        (0..3).max_by(|a, b| s[*a].total_cmp(&s[*b])).unwrap_or(BE)
    }

    #[test]
    fn telling_words_without_telling_letters() {
        assert_eq!(best("Прастора вакол"), BE);
        assert_eq!(best("невядомы токен"), BE);
        assert_eq!(best("без обмежень"), UK);
        assert_eq!(best("залежностей"), UK);
        assert_eq!(best("Нехватка памяти"), RU);
        assert_eq!(best("просмотра списка"), RU);
    }

    #[test]
    fn trigrams_include_word_edges() {
        let mut seen = Vec::new();
        trigrams("аб, ў’я", |a, b, c| seen.push((a, b, c)));
        assert_eq!(seen.len(), 7);
        assert_eq!(seen.first(), Some(&(0, 0, 1)));
        assert!(seen.contains(&(35, APOSTROPHE, 32)));
    }

    #[test]
    fn no_letters_no_trigrams() {
        assert_eq!(score("12, 34 — Hello"), [0.0; 3]);
        assert_eq!(score(""), [0.0; 3]);
        assert_eq!(score("’’ '"), [0.0; 3]);
    }
}
