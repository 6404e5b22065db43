//! Turns the evidence about a snippet into one language and a confidence.
//!
//! Order of decision: script first (a snippet without Cyrillic is not be, ru
//! or uk; one without Latin is not English), then, for Cyrillic, the
//! spelling and word-list scores of [`super::orthography`], a small prior
//! (Russian, then Belarusian, is the likelier answer when nothing tells, as
//! in the archive's paperwork) and, only when those leave the answer open,
//! whatlang restricted to the allowed languages. Skipping whatlang when the
//! letters decide keeps us at whatlang's speed or faster.
//!
//! Confidence is the softmax probability of the winner over the allowed
//! candidates (at least 0.98 when a letter only the winner writes is there,
//! see the detector): near 1.0 when deciding letters are there, about 0.5
//! on a snippet that could be either of two languages.

use super::orthography::{BE, Evidence, RU, Scores, UK};

/// Prior log-odds of be, ru, uk when nothing else tells them apart.
const PRIOR: Scores = [0.1, 0.2, 0.0];

/// A margin (log units) beyond which whatlang is not asked.
pub(crate) const DECISIVE: f64 = 7.0;

/// Weight of whatlang's answer: a base plus a share scaled by its confidence.
const WHATLANG_BASE: f64 = 0.5;
/// Weight of whatlang's confidence.
const WHATLANG_SCALE: f64 = 1.5;

/// The Cyrillic candidates' scores with the prior added; disallowed ones at −∞.
pub(crate) fn cyrillic_scores(ev: &Evidence, allowed: [bool; 3]) -> Scores {
    let mut scores = ev.scores;
    for ((score, prior), ok) in scores.iter_mut().zip(tune_prior()).zip(allowed) {
        *score = if ok {
            *score + prior
        } else {
            f64::NEG_INFINITY
        };
    }
    scores
}

/// Weight of the letter-trigram log-likelihoods.
fn ngram_weight() -> f64 {
    static W: std::sync::LazyLock<f64> = std::sync::LazyLock::new(|| {
        std::env::var("VOPIS_NGRAM_W").ok().and_then(|v| v.parse().ok()).unwrap_or(0.5)
    });
    *W
}

/// Adds the letter-trigram log-likelihoods `(ngram, n)` of [`super::ngram::score`].
pub(crate) fn add_ngram(scores: &mut Scores, (ngram, _n): (Scores, usize)) {
    let w = ngram_weight();
    let best = ngram.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    for (s, g) in scores.iter_mut().zip(ngram) {
        *s += w * (g - best);
    }
}

fn tune_prior() -> Scores {
    static P: std::sync::LazyLock<Scores> = std::sync::LazyLock::new(|| {
        let v: Vec<f64> = std::env::var("VOPIS_PRIOR").ok().map(|v| v.split(',').filter_map(|x| x.parse().ok()).collect()).unwrap_or_default();
        if v.len() == 3 { [v[0], v[1], v[2]] } else { PRIOR }
    });
    *P
}

/// Adds whatlang's vote (`lang` index, its confidence) to `scores`.
pub(crate) fn add_whatlang(scores: &mut Scores, lang: usize, confidence: f64) {
    if let Some(score) = scores.get_mut(lang) {
        static WM: std::sync::LazyLock<f64> = std::sync::LazyLock::new(|| std::env::var("VOPIS_WL").ok().and_then(|v| v.parse().ok()).unwrap_or(1.0));
        *score += *WM * (WHATLANG_BASE + WHATLANG_SCALE * confidence.clamp(0.0, 1.0));
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
    fn whatlang_tips_a_tie() {
        let mut scores = [0.0, 0.0, 0.0];
        add_whatlang(&mut scores, UK, 0.5);
        assert_eq!(decide(&scores).0, UK);
        add_whatlang(&mut scores, 7, 1.0);
    }
}
