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
//! word's end, interpolated with the bigram and unigram estimates so unseen
//! combinations still get a sensible, small probability. The result is a
//! log-likelihood per language; only differences between languages matter.
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

/// The model, counted from [`TEXTS`] on first use.
static MODEL: LazyLock<Model> = LazyLock::new(|| {
    let n = SYMBOLS * SYMBOLS * SYMBOLS;
    let mut logp = vec![[0.0f32; 3]; n];
    for (lang, text) in TEXTS.iter().enumerate() {
        let mut tri = vec![0u32; n];
        let mut bi = vec![0u32; SYMBOLS * SYMBOLS];
        let mut uni = [0u32; SYMBOLS];
        trigrams(text, |a, b, c| {
            if let Some(t) = tri.get_mut(at(a, b, c)) {
                *t += 1;
            }
            if let Some(t) = bi.get_mut(usize::from(b) * SYMBOLS + usize::from(c)) {
                *t += 1;
            }
            if let Some(t) = uni.get_mut(usize::from(c)) {
                *t += 1;
            }
        });
        let total: u32 = uni.iter().sum();
        // Per context: how often it was followed by anything, and by how many different symbols.
        let stats = |row: &[u32]| {
            let n: u32 = row.iter().sum();
            let t = row.iter().filter(|x| **x > 0).count() as u32;
            (f64::from(n), f64::from(t))
        };
        let ctx2: Vec<(f64, f64)> = tri.chunks(SYMBOLS).map(stats).collect();
        let ctx1: Vec<(f64, f64)> = bi.chunks(SYMBOLS).map(stats).collect();
        // Witten–Bell: a context seen often with few followers trusts its own counts.
        let blend = |count: Option<&u32>, ctx: Option<&(f64, f64)>, lower: f64| match ctx {
            Some((n, t)) if *n > 0.0 => {
                (f64::from(count.copied().unwrap_or(0)) + t * lower) / (n + t)
            }
            _ => lower,
        };
        for (i, slot) in logp.iter_mut().enumerate() {
            let (ab, c) = (i / SYMBOLS, i % SYMBOLS);
            let b = ab % SYMBOLS;
            let p1 = (f64::from(uni.get(c).copied().unwrap_or(0)) + 0.5)
                / (f64::from(total) + 0.5 * SYMBOLS as f64);
            let p2 = blend(bi.get(b * SYMBOLS + c), ctx1.get(b), p1);
            let p = blend(tri.get(i), ctx2.get(ab), p2);
            if let Some(s) = slot.get_mut(lang) {
                *s = p.max(1e-7).ln() as f32;
            }
        }
    }
    Model { logp }
});

static CLIP: LazyLock<f32> = LazyLock::new(|| std::env::var("VOPIS_CLIP").ok().and_then(|v| v.parse().ok()).unwrap_or(100.0));
static DEAD: LazyLock<f32> = LazyLock::new(|| std::env::var("VOPIS_DEAD").ok().and_then(|v| v.parse().ok()).unwrap_or(0.0));

/// Log-likelihood of `text` in be, ru, uk, and the number of trigrams scored.
pub(crate) fn score(text: &str) -> (Scores, usize) {
    let model = &*MODEL;
    let mut sums = [0.0f32; 3];
    let mut n = 0usize;
    let clip = *CLIP;
    let dead = *DEAD;
    trigrams(text, |a, b, c| {
        if let Some(p) = model.logp.get(at(a, b, c)) {
            let best = p[0].max(p[1]).max(p[2]);
            for (s, l) in sums.iter_mut().zip(p) {
                *s += (*l - best + dead).min(0.0).max(-clip);
            }
            n += 1;
        }
    });
    (sums.map(f64::from), n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::detection::orthography::{BE, RU, UK};

    fn best(text: &str) -> usize {
        let (s, _) = score(text);
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
        assert_eq!(score("12, 34 — Hello").1, 0);
        assert_eq!(score("").1, 0);
        assert_eq!(score("’’ '").1, 0);
    }
}
#[cfg(test)]
mod debug_tmp2 {
    #[test]
    fn dump_tri() {
        let s = std::env::var("DBG").unwrap_or_default();
        let m = &*super::MODEL;
        super::trigrams(&s, |a, b, c| {
            let p = m.logp[super::at(a, b, c)];
            println!("{a} {b} {c}: {:.2} {:.2} {:.2}", p[0], p[1], p[2]);
        });
    }
}
