//! One pass over a body text for the three fields that index all of it.
//!
//! A body paragraph is indexed three ways: stemmed in its language's body
//! field, lower-cased in the exact field, and (its capitalised words) by
//! romanised key in the cross-script field. Running three analyzers would
//! cut and normalise every word three times; here each word is cut and
//! normalised once, and the three fields take their forms from that.
//!
//! Invariant: the tokens are exactly those the registered analyzers
//! (`register.rs`) give for the same text: same words, same analysis
//! (through [`analyze_exact_form`]), same length limit, same positions.

use std::borrow::Cow;

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::filter::{Analysis, analyze_exact_form, normal};
use super::register::MAX_TOKEN_BYTES;
use super::tokenizer::WordTokenizer;
use vopis_parse::Language;

/// The tokens of one body text for its three fields.
#[derive(Debug, Default)]
pub(crate) struct BodyTokens {
    /// For the language's body field.
    pub body: Vec<Token>,
    /// For the exact field.
    pub exact: Vec<Token>,
    /// Keys of the capitalised words, for the cross-script field.
    pub translit: Vec<Token>,
}

/// Whether a word starts with an upper-case letter (Cyrillic and ASCII by range).
fn capitalised(word: &str) -> bool {
    match word.chars().next() {
        Some('A'..='Z' | '\u{0400}'..='\u{042F}') => true,
        Some('\0'..='\x7f' | '\u{0430}'..='\u{045F}') | None => false,
        Some(c) => c.is_uppercase(),
    }
}

/// A token like `like` with another text.
fn with_text(like: &Token, text: Cow<'_, str>) -> Token {
    Token {
        offset_from: like.offset_from,
        offset_to: like.offset_to,
        position: like.position,
        text: text.into_owned(),
        position_length: like.position_length,
    }
}

/// Analyses `text` once for the body field (`analysis`), exact and translit.
pub(crate) fn body_pass(text: &str, analysis: Analysis) -> BodyTokens {
    let mut out = BodyTokens::default();
    let mut words = WordTokenizer;
    let mut stream = words.token_stream(text);
    while stream.advance() {
        let token = stream.token();
        let exact = normal(&token.text, Language::Be);
        if let Some(body) = analyze_exact_form(analysis, &exact)
            && body.len() <= MAX_TOKEN_BYTES
        {
            out.body.push(with_text(token, body));
        }
        if capitalised(&token.text)
            && let Some(key) = analyze_exact_form(Analysis::Translit, &exact)
            && key.len() <= MAX_TOKEN_BYTES
        {
            out.translit.push(with_text(token, key));
        }
        if exact.len() <= MAX_TOKEN_BYTES {
            out.exact.push(with_text(token, exact));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::register::analyzer;

    fn texts(tokens: &[Token]) -> Vec<(String, usize)> {
        tokens
            .iter()
            .map(|t| (t.text.clone(), t.position))
            .collect()
    }

    fn by_analyzer(analysis: Analysis, text: &str) -> Vec<(String, usize)> {
        let mut a = analyzer(analysis);
        let mut s = a.token_stream(text);
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().text.clone(), s.token().position));
        }
        out
    }

    #[test]
    fn one_pass_equals_the_registered_analyzers() {
        let text = "Супрацоўніцтва з Расіяй і Кітаем; З’яўленне Ёлкі. О научно-техническом \
                    СОТРУДНИЧЕСТВЕ с Щербаковым, programmes of the Ministry's centre, ﬁnal, 2019 г.";
        for analysis in [Analysis::Be, Analysis::Ru, Analysis::En, Analysis::Plain] {
            let pass = body_pass(text, analysis);
            assert_eq!(
                texts(&pass.body),
                by_analyzer(analysis, text),
                "{analysis:?}"
            );
            assert_eq!(texts(&pass.exact), by_analyzer(Analysis::Exact, text));
            let capital_keys: Vec<String> = pass.translit.iter().map(|t| t.text.clone()).collect();
            assert!(capital_keys.len() >= 6, "{capital_keys:?}");
        }
    }

    #[test]
    fn lower_case_words_have_no_key() {
        let pass = body_pass("сотрудничество Минск", Analysis::Ru);
        assert_eq!(pass.translit.len(), 1);
        assert_eq!(pass.translit[0].position, 1);
    }
}
