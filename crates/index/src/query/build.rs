//! Turns a parsed query into a tantivy query over vopis' fields.
//!
//! A word is analysed by every language's analyzer and looked for in that
//! language's body field, in the exact and cross-script fields, and in the
//! heading fields with a higher boost; the best field counts most
//! (a disjunction-max with a small tie-breaker), so a word found in the
//! title and the text outranks one found in the text alone without a
//! document being rewarded merely for being analysed several ways.
//! A phrase (or a word the tokenizer cuts in several, like `06-09/398`)
//! becomes a phrase query per field, each of that field's analysis.
//! A word ending in `*` (`теплообменн*`, at least [`MIN_PREFIX_CHARS`]
//! letters before it) matches every exact word starting so, in the text and
//! the heading. Filters are exact terms or ranges and do not change the ranking.
//! Everything is ANDed with `kind:doc`, so file records never show.
//!
//! Invariant: a clause that analyses to no word at all (a dash, a bullet)
//! is left out of its group, and a query of nothing else matches nothing;
//! an empty query matches every document. The terms a hit can be highlighted by (those of clauses that
//! are not excluded) are collected in [`Built::terms`].

use std::borrow::Cow;

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, EmptyQuery, Occur,
    PhraseQuery, Query, RangeQuery, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::{TokenStream, Tokenizer};

use super::fields::{Filter, Words};
use super::syntax::Node;
use crate::analysis::{Analysis, WordTokenizer, analyze};
use crate::read::{kind_query, raw_term};
use crate::schema::{Fields, KIND_DOC};

/// Boost of a match in the title, subject or sender.
const HEAD_BOOST: f32 = 3.0;
/// Boost of a match through the romanised key only.
const TRANSLIT_BOOST: f32 = 0.5;
/// Share of the other fields' scores added to the best field's.
const TIE_BREAKER: f32 = 0.2;
/// Fewest characters before a `*` (shorter prefixes match too much to be useful).
const MIN_PREFIX_CHARS: usize = 3;
/// Fewest characters of a romanised key worth matching: shorter keys (`and`
/// → `nd`) are shared by too many unrelated names.
const MIN_KEY_CHARS: usize = 3;
/// Length of a full id (hex blake3).
const ID_LEN: usize = 64;

/// A built query and the terms its matches can be highlighted by.
pub(crate) struct Built {
    /// The tantivy query.
    pub query: Box<dyn Query>,
    /// Terms of the clauses that are not excluded.
    pub terms: Vec<Term>,
}

/// The query for `node` (`None`: every document).
pub(crate) fn build(f: &Fields, node: Option<&Node>) -> Built {
    let mut b = Builder {
        f,
        terms: Vec::new(),
    };
    let docs: Box<dyn Query> =
        Box::new(ConstScoreQuery::new(Box::new(kind_query(f, KIND_DOC)), 0.0));
    let query: Box<dyn Query> = match node {
        None => docs,
        Some(node) => match b.node(node, false) {
            Some(q) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, docs),
                (Occur::Must, q),
            ])),
            None => Box::new(EmptyQuery),
        },
    };
    Built {
        query,
        terms: b.terms,
    }
}

/// Where a word is looked for: field, its analysis, boost.
fn word_targets(f: &Fields) -> [(Field, Analysis, f32); 10] {
    [
        (f.body_be, Analysis::Be, 1.0),
        (f.body_ru, Analysis::Ru, 1.0),
        (f.body_en, Analysis::En, 1.0),
        (f.body_other, Analysis::Plain, 1.0),
        (f.exact, Analysis::Exact, 1.0),
        (f.head_be, Analysis::Be, HEAD_BOOST),
        (f.head_ru, Analysis::Ru, HEAD_BOOST),
        (f.head_en, Analysis::En, HEAD_BOOST),
        (f.head_exact, Analysis::Exact, HEAD_BOOST),
        (f.translit, Analysis::Translit, TRANSLIT_BOOST),
    ]
}

/// Heading fields: where `title:` looks.
fn head_targets(f: &Fields) -> [(Field, Analysis, f32); 4] {
    [
        (f.head_be, Analysis::Be, 1.0),
        (f.head_ru, Analysis::Ru, 1.0),
        (f.head_en, Analysis::En, 1.0),
        (f.head_exact, Analysis::Exact, 1.0),
    ]
}

/// The words of `text` as the index cuts them.
pub(crate) fn words(text: &str) -> Vec<String> {
    let mut tokenizer = WordTokenizer;
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Builds queries and remembers the terms to highlight.
struct Builder<'f> {
    f: &'f Fields,
    terms: Vec<Term>,
}

impl Builder<'_> {
    /// The query of `node`; `None` if it has nothing to match. `negated`:
    /// under an exclusion, so its terms are not highlighted.
    fn node(&mut self, node: &Node, negated: bool) -> Option<Box<dyn Query>> {
        match node {
            Node::Word(w) => match prefix_of(w) {
                Some(prefix) => Some(self.prefix(&prefix)),
                None => self.text(&word_targets(self.f), w, negated),
            },
            Node::Phrase(p) => {
                let targets = word_targets(self.f);
                self.text(targets.get(..9).unwrap_or_default(), p, negated)
            }
            Node::Filter(filter) => self.filter(filter, negated),
            Node::Bool(clauses) => {
                let mut built: Vec<(Occur, Box<dyn Query>)> = Vec::new();
                for (occur, child) in clauses {
                    let child_negated = negated || *occur == Occur::MustNot;
                    // A clause with no word in it (a dash, a bullet) is left out.
                    if let Some(q) = self.node(child, child_negated) {
                        built.push((*occur, q));
                    }
                }
                if built.is_empty() {
                    return None;
                }
                if built.iter().all(|(o, _)| *o == Occur::MustNot) {
                    built.push((Occur::Must, Box::new(AllQuery)));
                }
                Some(Box::new(BooleanQuery::new(built)))
            }
        }
    }

    /// Words of the exact text and heading starting with `prefix` (already normalised).
    fn prefix(&mut self, prefix: &str) -> Box<dyn Query> {
        let pattern = format!("{}.*", regex::escape(prefix));
        let mut disjuncts: Vec<Box<dyn Query>> = Vec::new();
        for (field, boost) in [(self.f.exact, 1.0), (self.f.head_exact, HEAD_BOOST)] {
            if let Ok(q) = RegexQuery::from_pattern(&pattern, field) {
                disjuncts.push(Box::new(BoostQuery::new(Box::new(q), boost)));
            }
        }
        Box::new(DisjunctionMaxQuery::with_tie_breaker(
            disjuncts,
            TIE_BREAKER,
        ))
    }

    /// Text looked for in `targets`: one word as terms, several as phrases.
    fn text(
        &mut self,
        targets: &[(Field, Analysis, f32)],
        text: &str,
        negated: bool,
    ) -> Option<Box<dyn Query>> {
        let words = words(text);
        if words.is_empty() {
            return None;
        }
        let mut disjuncts: Vec<Box<dyn Query>> = Vec::new();
        for &(field, analysis, boost) in targets {
            let Some(terms) = analysed(field, analysis, &words) else {
                continue;
            };
            if analysis == Analysis::Translit && terms.iter().any(|(_, t)| too_short_key(t)) {
                continue;
            }
            if !negated {
                self.terms.extend(terms.iter().map(|(_, t)| t.clone()));
            }
            let q = phrase_or_term(terms);
            disjuncts.push(if boost == 1.0 {
                q
            } else {
                Box::new(BoostQuery::new(q, boost))
            });
        }
        match disjuncts.len() {
            0 => None,
            1 => disjuncts.pop(),
            _ => Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
                disjuncts,
                TIE_BREAKER,
            ))),
        }
    }

    /// Words that must all be in `field` (or stand together, for a phrase).
    fn words_in(
        &mut self,
        targets: &[(Field, Analysis, f32)],
        words: &Words,
        negated: bool,
    ) -> Option<Box<dyn Query>> {
        if words.phrase {
            return self.text(targets, &words.text, negated);
        }
        let mut all: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in self::words(&words.text) {
            all.push((Occur::Must, self.text(targets, &word, negated)?));
        }
        match all.len() {
            0 => None,
            1 => all.pop().map(|(_, q)| q),
            _ => Some(Box::new(BooleanQuery::new(all))),
        }
    }

    /// The query of a field filter.
    fn filter(&mut self, filter: &Filter, negated: bool) -> Option<Box<dyn Query>> {
        let f = self.f;
        let exact = |field| [(field, Analysis::Exact, 1.0)];
        let raw: Box<dyn Query> = match filter {
            Filter::Lang(l) => raw_term(f.lang, l.code()),
            Filter::Type(t) => raw_term(f.doc_type, t.as_str()),
            Filter::Country(c) => raw_term(f.country, c),
            Filter::Number(k) => raw_term(f.number, k),
            Filter::ReplyTo(k) => raw_term(f.reply_to, k),
            Filter::Incoming(k) => raw_term(f.incoming, k),
            Filter::Date { from, to } => Box::new(RangeQuery::new(
                from.map(|d| Term::from_field_date(f.date, d)),
                to.map(|d| Term::from_field_date(f.date, d)),
            )),
            Filter::Id(prefix) if prefix.len() >= ID_LEN => raw_term(f.id, prefix),
            Filter::Id(prefix) => match RegexQuery::from_pattern(&format!("{prefix}.*"), f.id) {
                Ok(q) => Box::new(q),
                Err(_) => Box::new(EmptyQuery),
            },
            Filter::Sender(w) => return self.words_in(&exact(f.sender), w, negated),
            Filter::Recipient(w) => return self.words_in(&exact(f.recipient), w, negated),
            Filter::Title(w) => return self.words_in(&head_targets(f), w, negated),
        };
        Some(Box::new(ConstScoreQuery::new(raw, 0.0)))
    }
}

/// The normalised prefix of a `word*` query word: one word of at least
/// [`MIN_PREFIX_CHARS`] characters before a final `*`.
fn prefix_of(word: &str) -> Option<String> {
    let stem = word.strip_suffix('*')?;
    let [only] = words(stem).try_into().ok()?;
    if only.chars().count() < MIN_PREFIX_CHARS || only.len() != stem.len() {
        return None;
    }
    analyze(Analysis::Exact, &only).map(Cow::into_owned)
}

/// The terms of `words` in `field` under `analysis`, each with its place in
/// the phrase. A function word that a stemmed field leaves out leaves a gap
/// there, as it does in the index; `None` if no word is left, if a phrase
/// is left with one word (`"в Минске"` is a precise request, not a search
/// for every form of Минск: the exact field answers it), or, under the other
/// analyses, if a word has no term.
fn analysed(field: Field, analysis: Analysis, words: &[String]) -> Option<Vec<(usize, Term)>> {
    let gaps = matches!(analysis, Analysis::Be | Analysis::Ru | Analysis::En);
    let mut terms = Vec::with_capacity(words.len());
    for (at, word) in words.iter().enumerate() {
        match analyze(analysis, word).filter(|t| !t.is_empty()) {
            Some(term) => terms.push((at, Term::from_field_text(field, &term))),
            None if gaps => {}
            None => return None,
        }
    }
    (terms.len() >= words.len().min(2)).then_some(terms)
}

/// Whether a cross-script key is too short to match on.
fn too_short_key(term: &Term) -> bool {
    term.value()
        .as_str()
        .is_none_or(|k| k.chars().count() < MIN_KEY_CHARS)
}

/// A term query for one term, a phrase query (with its gaps) for several.
fn phrase_or_term(mut terms: Vec<(usize, Term)>) -> Box<dyn Query> {
    if terms.len() == 1
        && let Some((_, term)) = terms.pop()
    {
        return Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
    }
    let first = terms.first().map_or(0, |(at, _)| *at);
    let terms = terms.into_iter().map(|(at, t)| (at - first, t)).collect();
    Box::new(PhraseQuery::new_with_offset(terms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::syntax::parse;
    use crate::schema;

    fn terms_of(q: &str) -> Vec<(String, String)> {
        let (schema, f) = schema::build();
        let node = parse(q).unwrap();
        let built = build(&f, node.as_ref());
        built
            .terms
            .iter()
            .map(|t| {
                (
                    schema.get_field_name(t.field()).to_owned(),
                    t.value().as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn a_word_is_looked_for_in_every_language() {
        let terms = terms_of("Сотрудничестве");
        let fields: Vec<&str> = terms.iter().map(|(f, _)| f.as_str()).collect();
        for want in [
            "body_be",
            "body_ru",
            "body_en",
            "body_other",
            "exact",
            "head_ru",
            "head_exact",
        ] {
            assert!(fields.contains(&want), "{want} missing from {fields:?}");
        }
        assert!(terms.contains(&("exact".into(), "сотрудничестве".into())));
        assert!(
            terms.contains(&(
                "body_ru".into(),
                analyze(Analysis::Ru, "сотрудничество")
                    .unwrap()
                    .into_owned()
            ))
        );
    }

    #[test]
    fn excluded_words_are_not_highlighted() {
        let terms = terms_of("навука -праграма");
        assert!(
            terms.iter().all(|(_, t)| !t.starts_with("праграм")),
            "{terms:?}"
        );
        assert!(terms.iter().any(|(_, t)| t.starts_with("навук")));
    }

    #[test]
    fn phrases_skip_the_cross_script_field() {
        let terms = terms_of("\"научно техническое\"");
        assert!(terms.iter().all(|(f, _)| f != "translit"));
        assert!(terms.contains(&("exact".into(), "научно".into())));
    }

    #[test]
    fn prefixes_need_three_letters_of_one_word() {
        assert_eq!(prefix_of("Теплообменн*").as_deref(), Some("теплообменн"));
        assert_eq!(prefix_of("з'яў*").as_deref(), Some("з’яў"));
        assert_eq!(prefix_of("ab*"), None);
        assert_eq!(prefix_of("06-09*"), None);
        assert_eq!(prefix_of("word"), None);
    }

    #[test]
    fn punctuation_only_matches_nothing() {
        let (_, f) = schema::build();
        let node = parse("—").unwrap();
        let built = build(&f, node.as_ref());
        assert!(built.terms.is_empty());
        assert!(format!("{:?}", built.query).contains("EmptyQuery"));
    }
}
