//! Parses a query into a tree of clauses, Lucene-style.
//!
//! Grammar (AND binds tighter than OR; juxtaposition is AND):
//!
//! ```text
//! query  := and ( OR and )*
//! and    := clause ( [AND] clause )*
//! clause := [ + | - | NOT ] atom
//! atom   := ( query ) | "phrase" | name:value | word
//! ```
//!
//! Every mistake is an [`Error::Query`] naming what is wrong in plain words
//! and where: an unclosed quote, parenthesis or range, a stray `)`, an
//! operator with nothing on one side, an unknown field, a bad value.
//!
//! Invariant: the query is at most [`MAX_QUERY_CHARS`] characters, has at
//! most [`MAX_CLAUSES`] words, phrases and filters, and nests parentheses at
//! most [`MAX_DEPTH`] deep, so parsing and the query built from it are bounded.

use tantivy::query::Occur;

use super::fields::{Filter, filter};
use super::lex::{Kind, Token, tokens};
use crate::error::{Error, Result};

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 2_000;
/// Most words, phrases and filters in one query.
pub const MAX_CLAUSES: usize = 64;
/// Deepest nesting of parentheses.
pub const MAX_DEPTH: usize = 16;

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    /// A word to find in any language.
    Word(String),
    /// Words that must stand together in this order.
    Phrase(String),
    /// A field filter.
    Filter(Filter),
    /// Clauses combined: `Must` and `MustNot` for AND, `Should` for OR.
    Bool(Vec<(Occur, Node)>),
}

/// Parses `query`; `None` for a query with nothing in it (every document).
pub(crate) fn parse(query: &str) -> Result<Option<Node>> {
    let length = query.chars().count();
    if length > MAX_QUERY_CHARS {
        return Err(Error::query(
            format!("the query is {length} characters long; the most is {MAX_QUERY_CHARS}"),
            MAX_QUERY_CHARS,
        ));
    }
    let tokens = tokens(query)?;
    if tokens.is_empty() {
        return Ok(None);
    }
    let mut parser = Parser {
        tokens,
        next: 0,
        clauses: 0,
        end: length,
    };
    let node = parser.or(0)?;
    if let Some(token) = parser.peek() {
        return Err(Error::query("`)` has no matching `(`", token.position));
    }
    Ok(Some(node))
}

/// Recursive-descent parser over the tokens.
struct Parser {
    tokens: Vec<Token>,
    next: usize,
    clauses: usize,
    end: usize,
}

impl Parser {
    /// The next token, not consumed.
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.next)
    }

    /// The kind of the next token.
    fn peek_kind(&self) -> Option<&Kind> {
        self.peek().map(|t| &t.kind)
    }

    /// Position of the next token, or the end of the query.
    fn here(&self) -> usize {
        self.peek().map_or(self.end, |t| t.position)
    }

    /// Whether the next token can start a clause.
    fn at_clause(&self) -> bool {
        !matches!(
            self.peek_kind(),
            None | Some(Kind::Close | Kind::Or | Kind::And)
        )
    }

    /// `and ( OR and )*`.
    fn or(&mut self, depth: usize) -> Result<Node> {
        let mut alternatives = vec![self.and(depth)?];
        while let Some(Kind::Or) = self.peek_kind() {
            let at = self.here();
            self.next += 1;
            if !self.at_clause() {
                return Err(Error::query(
                    "OR needs something to search for after it",
                    at,
                ));
            }
            alternatives.push(self.and(depth)?);
        }
        Ok(if alternatives.len() == 1 {
            alternatives.pop().unwrap_or(Node::Bool(Vec::new()))
        } else {
            Node::Bool(
                alternatives
                    .into_iter()
                    .map(|n| (Occur::Should, n))
                    .collect(),
            )
        })
    }

    /// `clause ( [AND] clause )*`.
    fn and(&mut self, depth: usize) -> Result<Node> {
        let mut clauses: Vec<(Occur, Node)> = Vec::new();
        loop {
            match self.peek_kind() {
                None | Some(Kind::Close | Kind::Or) => break,
                Some(Kind::And) => {
                    let at = self.here();
                    self.next += 1;
                    if clauses.is_empty() {
                        return Err(Error::query(
                            "AND needs something to search for before it",
                            at,
                        ));
                    }
                    if !self.at_clause() {
                        return Err(Error::query(
                            "AND needs something to search for after it",
                            at,
                        ));
                    }
                }
                Some(_) => clauses.push(self.clause(depth)?),
            }
        }
        match clauses.len() {
            0 => {
                let at = self.here();
                Err(match self.peek_kind() {
                    Some(Kind::Or) => {
                        Error::query("OR needs something to search for before it", at)
                    }
                    Some(Kind::Close) => {
                        Error::query("`)` has no matching `(`, or the parentheses are empty", at)
                    }
                    _ => Error::query("nothing to search for here", at),
                })
            }
            1 if matches!(clauses.first(), Some((Occur::Must, _))) => Ok(clauses
                .pop()
                .map_or(Node::Bool(Vec::new()), |(_, node)| node)),
            _ => Ok(Node::Bool(clauses)),
        }
    }

    /// `[ + | - | NOT ] atom`.
    fn clause(&mut self, depth: usize) -> Result<(Occur, Node)> {
        let at = self.here();
        let occur = match self.peek_kind() {
            Some(Kind::Plus) => Occur::Must,
            Some(Kind::Minus | Kind::Not) => Occur::MustNot,
            _ => return Ok((Occur::Must, self.atom(depth)?)),
        };
        let is_not = matches!(self.peek_kind(), Some(Kind::Not));
        self.next += 1;
        if !self.at_clause()
            || matches!(self.peek_kind(), Some(Kind::Plus | Kind::Minus | Kind::Not))
        {
            let what = if is_not {
                "NOT"
            } else if occur == Occur::Must {
                "`+`"
            } else {
                "`-`"
            };
            return Err(Error::query(
                format!("{what} needs a word, phrase, filter or group after it"),
                at,
            ));
        }
        Ok((occur, self.atom(depth)?))
    }

    /// `( query ) | "phrase" | name:value | word`.
    fn atom(&mut self, depth: usize) -> Result<Node> {
        let Some(token) = self.tokens.get(self.next).cloned() else {
            return Err(Error::query(
                "the query ends where a word was expected",
                self.end,
            ));
        };
        self.next += 1;
        let leaf = |this: &mut Parser, node: Node| {
            this.clauses += 1;
            if this.clauses > MAX_CLAUSES {
                return Err(Error::query(
                    format!("the query has more than {MAX_CLAUSES} words, phrases and filters"),
                    token.position,
                ));
            }
            Ok(node)
        };
        match token.kind {
            Kind::Open => {
                if depth + 1 > MAX_DEPTH {
                    return Err(Error::query(
                        format!("parentheses nest more than {MAX_DEPTH} deep"),
                        token.position,
                    ));
                }
                let node = self.or(depth + 1)?;
                match self.peek_kind() {
                    Some(Kind::Close) => {
                        self.next += 1;
                        Ok(node)
                    }
                    _ => Err(Error::query("a parenthesis is not closed", token.position)),
                }
            }
            Kind::Word(w) => leaf(self, Node::Word(w)),
            Kind::Phrase(p) => leaf(self, Node::Phrase(p)),
            Kind::Field { name, value } => {
                let f = filter(&name, &value, token.position)?;
                leaf(self, Node::Filter(f))
            }
            Kind::Close => Err(Error::query("`)` has no matching `(`", token.position)),
            Kind::Plus | Kind::Minus | Kind::Not | Kind::And | Kind::Or => Err(Error::query(
                "an operator stands where a word was expected",
                token.position,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vopis_parse::Language;

    fn word(w: &str) -> Node {
        Node::Word(w.to_owned())
    }

    fn p(q: &str) -> Node {
        parse(q).unwrap().unwrap()
    }

    #[test]
    fn juxtaposition_is_and_and_binds_tighter_than_or() {
        assert_eq!(p("навука"), word("навука"));
        assert_eq!(
            p("a b OR c"),
            Node::Bool(vec![
                (
                    Occur::Should,
                    Node::Bool(vec![(Occur::Must, word("a")), (Occur::Must, word("b"))])
                ),
                (Occur::Should, word("c")),
            ])
        );
        assert_eq!(p("a AND b"), p("a b"));
        assert_eq!(p("(a b)"), p("a b"));
    }

    #[test]
    fn signs_and_not() {
        assert_eq!(
            p("+a -b NOT \"c d\" lang:ru"),
            Node::Bool(vec![
                (Occur::Must, word("a")),
                (Occur::MustNot, word("b")),
                (Occur::MustNot, Node::Phrase("c d".into())),
                (Occur::Must, Node::Filter(Filter::Lang(Language::Ru))),
            ])
        );
        assert_eq!(p("-b"), Node::Bool(vec![(Occur::MustNot, word("b"))]));
    }

    #[test]
    fn empty_query_is_everything() {
        assert_eq!(parse("  ").unwrap(), None);
    }

    #[test]
    fn malformed_queries_say_where() {
        for (q, at) in [
            ("(a b", 0),
            ("a b)", 3),
            ("()", 1),
            ("a OR", 2),
            ("OR a", 0),
            ("a AND", 2),
            ("AND a", 0),
            ("a AND OR b", 2),
            ("NOT", 0),
            ("a NOT", 2),
            ("a +NOT b", 2),
            ("lang:xx", 0),
            ("\"a", 0),
        ] {
            match parse(q) {
                Err(Error::Query { position, .. }) => assert_eq!(position, at, "{q}"),
                other => panic!("{q}: {other:?}"),
            }
        }
    }

    #[test]
    fn limits_hold() {
        let long = "a ".repeat(MAX_QUERY_CHARS);
        assert!(matches!(parse(&long), Err(Error::Query { .. })));
        let many = "a ".repeat(MAX_CLAUSES + 1);
        assert!(matches!(parse(&many), Err(Error::Query { .. })));
        let deep = format!(
            "{}a{}",
            "(".repeat(MAX_DEPTH + 1),
            ")".repeat(MAX_DEPTH + 1)
        );
        assert!(matches!(parse(&deep), Err(Error::Query { .. })));
        let ok = format!("{}a{}", "(".repeat(MAX_DEPTH), ")".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }

    proptest::proptest! {
        #[test]
        fn any_string_parses_or_errs(q in "\\PC{0,60}") {
            let _ = parse(&q);
        }

        #[test]
        fn query_alphabet_parses_or_errs(q in "[a-zа-яё ():\"+\\-\\[\\]{}*<>=ANDORT0-9]{0,40}") {
            if let Err(Error::Query { position, .. }) = parse(&q) {
                proptest::prop_assert!(position <= q.chars().count());
            }
        }
    }
}
