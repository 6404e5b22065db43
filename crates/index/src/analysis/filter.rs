//! The one token filter of every vopis analyzer: normalise, then stem or key.
//!
//! What happens to a word depends only on the field's [`Analysis`]:
//! - `Be`: normalise for Belarusian (ё kept), our Belarusian stemmer;
//! - `Ru`: normalise with ё→е, Snowball Russian;
//! - `En`: normalise, drop a possessive `'s`, Snowball English;
//! - in those three, function words (`stopwords.rs`) are dropped;
//! - `Plain`: normalise (Ukrainian and any other language);
//! - `Exact`: normalise without folding ё (precise words and phrases);
//! - `Translit`: normalise, then the romanised cross-script key; a word
//!   with no key (digits only) is dropped.
//!
//! [`analyze`] is the same function for one word, used by the query side
//! so that query words and indexed words always meet.

use std::borrow::Cow;

use super::{fast, spelling, stopwords::is_stop_word};
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use vopis_parse::Language;
use vopis_parse::analysis::{normalizer, romanize, stem};

/// What an analyzer does to each word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// Belarusian stemming.
    Be,
    /// Russian stemming.
    Ru,
    /// English stemming.
    En,
    /// Normalisation only.
    Plain,
    /// Lower-case and apostrophes only.
    Exact,
    /// Romanised cross-script key.
    Translit,
}

/// Stemmers are built once: frostem's are cheap to keep and to share.
struct Stemmers {
    ru: frostem::Stemmer,
    en: frostem::Stemmer,
}

/// The process's Snowball stemmers.
static STEMMERS: std::sync::LazyLock<Stemmers> = std::sync::LazyLock::new(|| Stemmers {
    ru: frostem::Stemmer::new(frostem::Algorithm::Russian),
    en: frostem::Stemmer::new(frostem::Algorithm::English),
});

/// The pipeline's normal form of `word` in `lang`, by the fast path when it can.
fn normal(word: &str, lang: Language) -> Cow<'_, str> {
    fast::plain(word, lang).unwrap_or_else(|| normalizer::normalize(word, lang))
}

/// Analyses one word as the field's analyzer would: `None` drops it.
///
/// ```
/// use vopis_index::analysis::{analyze, Analysis};
/// assert_eq!(analyze(Analysis::Ru, "Сотрудничестве").as_deref(), analyze(Analysis::Ru, "сотрудничество").as_deref());
/// assert_eq!(analyze(Analysis::Exact, "Ёлка").as_deref(), Some("ёлка"));
/// ```
pub fn analyze(analysis: Analysis, word: &str) -> Option<Cow<'_, str>> {
    let mut text = word.to_owned();
    if !analyze_in_place(analysis, &mut text) {
        return None;
    }
    Some(if text == word {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(text)
    })
}

/// Analyses the word in `text` in place, as [`analyze`] does; `false` drops it.
///
/// The token filter's path: a remembered word is copied into the token's
/// own buffer, so a hit allocates nothing.
fn analyze_in_place(analysis: Analysis, text: &mut String) -> bool {
    // Numbers (`398`, `2019`, `06`) are many, rarely repeat and take the
    // fast path anyway: they would only crowd the words out of the cache.
    let slot = cache_slot(analysis).filter(|_| !text.bytes().any(|b| b.is_ascii_digit()));
    let Some(slot) = slot else {
        return match analyze_uncached(analysis, text) {
            None => false,
            Some(Cow::Borrowed(_)) => true,
            Some(Cow::Owned(changed)) => {
                *text = changed;
                true
            }
        };
    };
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        match cache[slot].get(text.as_str()) {
            Some(Some(v)) => {
                if v.as_str() != text.as_str() {
                    text.clear();
                    text.push_str(v);
                }
                true
            }
            Some(None) => false,
            None => {
                let result = analyze_uncached(analysis, text).map(Cow::into_owned);
                remember(&mut cache[slot], text, result.as_deref());
                match result {
                    Some(changed) => {
                        *text = changed;
                        true
                    }
                    None => false,
                }
            }
        }
    })
}

/// The cache of an analysis, if it has one: the stemmers and the romanised
/// key are worth remembering; plain normalisation is as cheap as a lookup.
fn cache_slot(analysis: Analysis) -> Option<usize> {
    match analysis {
        Analysis::Be => Some(0),
        Analysis::Ru => Some(1),
        Analysis::En => Some(2),
        Analysis::Translit => Some(3),
        Analysis::Plain | Analysis::Exact => None,
    }
}

/// Stores one word's result, starting the cache over when it is full.
fn remember(map: &mut WordCache, word: &str, result: Option<&str>) {
    if map.len() >= CACHE_WORDS {
        map.clear();
    }
    map.insert(word.to_owned(), result.map(str::to_owned));
}

/// Words remembered per analysis and thread before the cache starts over:
/// at about 120 bytes a word, 6 MB per analysis, 24 MB per thread at most.
const CACHE_WORDS: usize = 50_000;

/// Word → its analysed form (`None`: dropped).
type WordCache = rustc_hash::FxHashMap<String, Option<String>>;

thread_local! {
    /// Each thread's results for be, ru, en and translit. Running text
    /// repeats its words (a few thousand make most of it), and a lookup
    /// costs a fraction of a stemmer run: indexing is about 1.35× faster
    /// with it (`cargo bench --bench index`).
    static CACHE: std::cell::RefCell<[WordCache; 4]> = std::cell::RefCell::new(Default::default());
}

/// [`analyze`] without the cache.
fn analyze_uncached(analysis: Analysis, word: &str) -> Option<Cow<'_, str>> {
    match analysis {
        Analysis::Be => {
            let word = normal(word, Language::Be);
            (!is_stop_word(Language::Be, &word)).then(|| stemmed(word, stem::belarusian))
        }
        Analysis::Ru => {
            let word = normal(word, Language::Ru);
            (!is_stop_word(Language::Ru, &word)).then(|| stemmed(word, |w| STEMMERS.ru.stem(w)))
        }
        Analysis::En => {
            let word = normal(word, Language::En);
            if is_stop_word(Language::En, &word) {
                return None;
            }
            let word = match strip_possessive(&word) {
                Some(bare) => Cow::Owned(spelling::american(bare).into_owned()),
                None => match spelling::american(&word) {
                    Cow::Borrowed(_) => word,
                    Cow::Owned(changed) => Cow::Owned(changed),
                },
            };
            Some(stemmed(word, |w| STEMMERS.en.stem(w)))
        }
        Analysis::Plain => Some(normal(word, Language::Und)),
        Analysis::Exact => Some(normal(word, Language::Be)),
        Analysis::Translit => romanize::search_key(&normal(word, Language::Be)).map(Cow::Owned),
    }
}

/// `word` without an English possessive ending, if it has one.
fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .filter(|w| !w.is_empty())
}

/// Applies a stemmer to a normalised word, keeping the borrow where nothing changed.
fn stemmed<'a>(word: Cow<'a, str>, stem: impl for<'b> Fn(&'b str) -> Cow<'b, str>) -> Cow<'a, str> {
    match word {
        Cow::Borrowed(w) => stem(w),
        Cow::Owned(w) => Cow::Owned(stem(&w).into_owned()),
    }
}

impl TokenFilter for Analysis {
    type Tokenizer<T: Tokenizer> = AnalysisFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> AnalysisFilter<T> {
        AnalysisFilter {
            analysis: self,
            inner: tokenizer,
        }
    }
}

/// A tokenizer followed by an [`Analysis`].
#[derive(Clone)]
pub struct AnalysisFilter<T> {
    analysis: Analysis,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for AnalysisFilter<T> {
    type TokenStream<'a> = AnalysisStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        AnalysisStream {
            analysis: self.analysis,
            tail: self.inner.token_stream(text),
        }
    }
}

/// The analysed words of one text.
pub struct AnalysisStream<T> {
    analysis: Analysis,
    tail: T,
}

impl<T: TokenStream> TokenStream for AnalysisStream<T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            if analyze_in_place(self.analysis, &mut self.tail.token_mut().text) {
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(analysis: Analysis, word: &str) -> String {
        analyze(analysis, word)
            .map(Cow::into_owned)
            .unwrap_or_default()
    }

    #[test]
    fn russian_forms_meet() {
        assert_eq!(
            a(Analysis::Ru, "сотрудничестве"),
            a(Analysis::Ru, "Сотрудничество")
        );
        assert_eq!(a(Analysis::Ru, "ёлки"), a(Analysis::Ru, "елка"));
    }

    #[test]
    fn english_forms_meet() {
        assert_eq!(a(Analysis::En, "programmes"), a(Analysis::En, "programme"));
        assert_eq!(a(Analysis::En, "Ministry's"), a(Analysis::En, "ministry"));
    }

    #[test]
    fn belarusian_forms_meet() {
        assert_eq!(a(Analysis::Be, "навука"), a(Analysis::Be, "навуцы"));
        assert_eq!(
            a(Analysis::Be, "Супрацоўніцтве"),
            a(Analysis::Be, "супрацоўніцтва")
        );
        assert_eq!(a(Analysis::Be, "З'яўленне"), a(Analysis::Be, "з’яўленні"));
    }

    #[test]
    fn names_meet_across_scripts() {
        let key = a(Analysis::Translit, "Щербаков");
        assert!(!key.is_empty());
        for form in ["Shcherbakov", "Shcharbakow", "Ščarbakoŭ", "ШЧАРБАКОЎ"] {
            assert_eq!(a(Analysis::Translit, form), key, "{form}");
        }
        assert_eq!(analyze(Analysis::Translit, "2019"), None);
    }

    #[test]
    fn exact_only_lowercases_and_unifies_apostrophes() {
        assert_eq!(a(Analysis::Exact, "Сотрудничестве"), "сотрудничестве");
        assert_eq!(
            a(Analysis::Exact, "З'яўленне"),
            a(Analysis::Exact, "з’яўленне")
        );
    }
}
