//! Turns the evidence about a snippet into one language and a confidence.
//!
//! Order of decision: script first (a snippet without Cyrillic is not be, ru
//! or uk; one without Latin is not English), then, for Cyrillic, the
//! spelling and word-list scores of [`super::orthography`], the
//! letter-trigram log-likelihoods of [`super::ngram`] and a small prior
//! (Russian, then Ukrainian, when nothing tells: Belarusian nearly always
//! shows a telling letter or word). whatlang is not asked for Cyrillic: on the
//! labelled set its vote no longer changed the answers once the trigram
//! models were in, and skipping it keeps us faster than whatlang alone.
//!
//! Confidence is the softmax probability of the winner over the allowed
//! candidates (at least 0.98 when a letter only the winner writes is there,
//! see the detector): near 1.0 when deciding letters are there, about 0.5
//! on a snippet that could be either of two languages.

use super::orthography::{BE, Evidence, RU, Scores, UK};

/// Prior log-odds of be, ru, uk when nothing else tells them apart.
/// Belarusian is seldom written without a letter or word that gives it
/// away (ў, ы or э beside і, "дз", "ць", "-ыя"), so a snippet with none
/// leans away from it; Russian slightly before Ukrainian. Tuned on the
/// tuning half of `examples/lang_eval.rs` (−1.0 for be moved two-word
/// ru and uk up about half a point each, be down one).
const PRIOR: Scores = [-1.0, 0.1, 0.0];

/// Weight of the letter-trigram log-likelihoods against the spelling
/// scores (tuned on the tuning half of `examples/lang_eval.rs`).
const NGRAM_WEIGHT: f64 = 1.2;

/// The Cyrillic candidates' scores with the prior added; disallowed ones at −∞.
pub(crate) fn cyrillic_scores(ev: &Evidence, allowed: [bool; 3]) -> Scores {
    let mut scores = ev.scores;
    for ((score, prior), ok) in scores.iter_mut().zip(PRIOR).zip(allowed) {
        *score = if ok {
            *score + prior
        } else {
            f64::NEG_INFINITY
        };
    }
    scores
}

/// Adds the letter-trigram log-likelihoods of [`super::ngram::score`],
/// relative to the likeliest language, to `scores`.
pub(crate) fn add_ngram(scores: &mut Scores, ngram: Scores) {
    let best = ngram.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !best.is_finite() {
        return;
    }
    for (s, g) in scores.iter_mut().zip(ngram) {
        *s += NGRAM_WEIGHT * (g - best);
    }
}

/// The winner's index, its margin over the runner-up and its probability.
pub(crate) fn decide(scores: &Scores) -> (usize, f64, f64) {
    let mut order = [BE, RU, UK];
    order.sort_by(|a, b| scores[*b].total_cmp(&scores[*a]));
    let [top, second, _] = order;
    let best = scores[top];
    let margin = best - scores[second];
    let total: f64 = scores
        .iter()
        .filter(|s| s.is_finite())
        .map(|s| (s - best).exp())
        .sum();
    let confidence = if best.is_finite() {
        1.0 / total.max(1.0)
    } else {
        0.0
    };
    (top, if margin.is_nan() { 0.0 } else { margin }, confidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clear_winner_is_near_certain() {
        let (lang, margin, conf) = decide(&[-10.0, 2.0, -20.0]);
        assert_eq!(lang, RU);
        assert!(margin > 11.0);
        assert!(conf > 0.99);
    }

    #[test]
    fn a_tie_is_uncertain() {
        let (_, margin, conf) = decide(&[1.0, 1.0, f64::NEG_INFINITY]);
        assert_eq!(margin, 0.0);
        assert!((conf - 0.5).abs() < 1e-9);
    }

    #[test]
    fn disallowed_languages_never_win() {
        let ev = Evidence {
            scores: [5.0, 0.0, 0.0],
            ..Evidence::default()
        };
        let scores = cyrillic_scores(&ev, [false, true, true]);
        let (lang, _, _) = decide(&scores);
        assert_eq!(lang, RU);
    }

    #[test]
    fn trigram_scores_tip_a_tie() {
        let mut scores = [0.0, 0.0, 0.0];
        add_ngram(&mut scores, [-30.0, -31.0, -25.0]);
        assert_eq!(decide(&scores).0, UK);
        add_ngram(&mut scores, [f64::NEG_INFINITY; 3]);
        assert_eq!(decide(&scores).0, UK);
    }
}
