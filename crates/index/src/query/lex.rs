//! Cuts a query string into tokens: words, phrases, field filters,
//! parentheses and operators, each with its character position.
//!
//! Operators are the upper-case words `AND`, `OR`, `NOT` (and `&&`, `||`);
//! lower-case `and`/`or`/`not` are words to search for. A `+` or `-` right
//! before a word, phrase, filter or parenthesis marks it required or
//! excluded; a `-` inside a word (`научно-технический`, `06-09/398`) is part
//! of the word, and a lone `-` between words (`Минск - Пекин`) is skipped.
//! `name:value` is a filter when `name` is a known field; its value may be a
//! word, a "quoted value" or a range `[a TO b]` / `{a TO b}`.
//!
//! Invariant: positions are character offsets into the query; the lexer
//! reads each character at most a constant number of times and never panics.

use crate::error::{Error, Result};

/// Names of the fields a query may filter on.
pub(crate) const FIELD_NAMES: [&str; 13] = [
    "lang",
    "type",
    "date",
    "year",
    "country",
    "sender",
    "recipient",
    "number",
    "reply_to",
    "incoming",
    "title",
    "id",
    "language",
];

/// The value of a field filter as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    /// A bare value: `lang:ru`, `date:>=2019-01-01`.
    Word(String),
    /// A quoted value: `sender:"Национальная академия"`.
    Quoted(String),
    /// A range: `[a TO b]` (inclusive) or `{a TO b}` (exclusive).
    Range {
        /// Lower end as written (`*` for open).
        from: String,
        /// Upper end as written (`*` for open).
        to: String,
        /// Whether the ends are included (`[ ]`) or not (`{ }`).
        inclusive: bool,
    },
}

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A bare word.
    Word(String),
    /// A "quoted phrase" (without its quotes).
    Phrase(String),
    /// `name:value`, name lower-cased.
    Field {
        /// The field name.
        name: String,
        /// Its value.
        value: Value,
    },
    /// `(`.
    Open,
    /// `)`.
    Close,
    /// `+` before a clause.
    Plus,
    /// `-` before a clause.
    Minus,
    /// `AND` or `&&`.
    And,
    /// `OR` or `||`.
    Or,
    /// `NOT`.
    Not,
}

/// One token and the character offset where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// What it is.
    pub kind: Kind,
    /// Character offset of its first character.
    pub position: usize,
}

/// Characters that end a bare word.
fn ends_word(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | '"')
}

/// The tokens of `query`.
pub(crate) fn tokens(query: &str) -> Result<Vec<Token>> {
    let chars: Vec<char> = query.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        let position = i;
        let push = |out: &mut Vec<Token>, kind| out.push(Token { kind, position });
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        match c {
            '(' => {
                push(&mut out, Kind::Open);
                i += 1;
            }
            ')' => {
                push(&mut out, Kind::Close);
                i += 1;
            }
            '"' => {
                let (text, next) = quoted(&chars, i)?;
                push(&mut out, Kind::Phrase(text));
                i = next;
            }
            '+' | '-' => {
                let next = at(i + 1);
                if next.is_some_and(|n| !n.is_whitespace() && n != ')' && n != '+' && n != '-') {
                    push(&mut out, if c == '+' { Kind::Plus } else { Kind::Minus });
                }
                i += 1;
            }
            '&' | '|' if at(i + 1) == Some(c) => {
                push(&mut out, if c == '&' { Kind::And } else { Kind::Or });
                i += 2;
            }
            _ => {
                let start = i;
                while at(i).is_some_and(|c| !ends_word(c)) {
                    i += 1;
                }
                let word: String = chars.get(start..i).unwrap_or_default().iter().collect();
                let (kind, next) = word_or_field(&chars, start, i, word)?;
                push(&mut out, kind);
                i = next;
            }
        }
    }
    Ok(out)
}

/// The text of a quoted string opening at `open`, and the index after its closing quote.
fn quoted(chars: &[char], open: usize) -> Result<(String, usize)> {
    let body = chars.get(open + 1..).unwrap_or_default();
    match body.iter().position(|&c| c == '"') {
        Some(len) => Ok((body.iter().take(len).collect(), open + len + 2)),
        None => Err(Error::query("a quote is not closed", open)),
    }
}

/// A bare word `chars[start..end]` as a word, an operator or a field filter
/// (whose value may run past `end`); returns the token and where to go on.
fn word_or_field(chars: &[char], start: usize, end: usize, word: String) -> Result<(Kind, usize)> {
    match word.as_str() {
        "AND" => return Ok((Kind::And, end)),
        "OR" => return Ok((Kind::Or, end)),
        "NOT" => return Ok((Kind::Not, end)),
        _ => {}
    }
    let Some((name, rest)) = word.split_once(':') else {
        return Ok((Kind::Word(word), end));
    };
    let lower = name.to_ascii_lowercase();
    if !FIELD_NAMES.contains(&lower.as_str()) {
        let is_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic() || c == '_');
        if is_name {
            return Err(Error::query(
                format!(
                    "unknown field `{name}:`; the fields are lang, type, date, year, country, \
                     sender, recipient, number, reply_to, incoming, title and id \
                     (put the words in quotes to search for them as text)"
                ),
                start,
            ));
        }
        return Ok((Kind::Word(word), end));
    }
    let name = if lower == "language" {
        "lang".to_owned()
    } else {
        lower
    };
    let value_at = start + name_len(&word) + 1;
    let empty = || Error::query(format!("the field `{name}:` has no value"), start);
    if !rest.is_empty() {
        if rest.starts_with('[') || rest.starts_with('{') {
            let (value, next) = range(chars, value_at)?;
            return Ok((Kind::Field { name, value }, next));
        }
        let value = Value::Word(rest.to_owned());
        return Ok((Kind::Field { name, value }, end));
    }
    match chars.get(end) {
        Some('"') => {
            let (text, next) = quoted(chars, end)?;
            if text.trim().is_empty() {
                return Err(empty());
            }
            Ok((
                Kind::Field {
                    name,
                    value: Value::Quoted(text),
                },
                next,
            ))
        }
        _ => Err(empty()),
    }
}

/// Characters in the field name of `word` (up to its first `:`).
fn name_len(word: &str) -> usize {
    word.chars().take_while(|&c| c != ':').count()
}

/// A range value opening at `open` (`[` or `{`): its ends and the index after it.
fn range(chars: &[char], open: usize) -> Result<(Value, usize)> {
    let inclusive = chars.get(open) == Some(&'[');
    let body = chars.get(open + 1..).unwrap_or_default();
    let Some(len) = body.iter().position(|&c| c == ']' || c == '}') else {
        return Err(Error::query("a range is not closed with `]`", open));
    };
    let text: String = body.iter().take(len).collect();
    let parts: Vec<&str> = text.split_whitespace().collect();
    match parts.as_slice() {
        [from, to_word, to] if *to_word == "TO" => Ok((
            Value::Range {
                from: (*from).to_owned(),
                to: (*to).to_owned(),
                inclusive,
            },
            open + len + 2,
        )),
        _ => Err(Error::query(
            "a range is written [FROM TO UNTIL], e.g. [2019-01-01 TO 2019-12-31], with * for an open end",
            open,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(q: &str) -> Vec<Kind> {
        tokens(q).unwrap().into_iter().map(|t| t.kind).collect()
    }

    fn word(w: &str) -> Kind {
        Kind::Word(w.to_owned())
    }

    #[test]
    fn words_operators_and_signs() {
        assert_eq!(
            kinds("навука AND +сотрудничество -programme OR NOT (x)"),
            [
                word("навука"),
                Kind::And,
                Kind::Plus,
                word("сотрудничество"),
                Kind::Minus,
                word("programme"),
                Kind::Or,
                Kind::Not,
                Kind::Open,
                word("x"),
                Kind::Close
            ]
        );
        assert_eq!(kinds("and or not"), [word("and"), word("or"), word("not")]);
        assert_eq!(
            kinds("a && b || c"),
            [word("a"), Kind::And, word("b"), Kind::Or, word("c")]
        );
    }

    #[test]
    fn inner_and_lone_dashes() {
        assert_eq!(
            kinds("научно-технический 06-09/398"),
            [word("научно-технический"), word("06-09/398")]
        );
        assert_eq!(kinds("Минск - Пекин"), [word("Минск"), word("Пекин")]);
    }

    #[test]
    fn phrases_and_positions() {
        let t = tokens("ў \"З’яўленне новых\" x").unwrap();
        assert_eq!(t[1].kind, Kind::Phrase("З’яўленне новых".into()));
        assert_eq!(t[1].position, 2);
        assert_eq!(t[2].position, 20);
    }

    #[test]
    fn fields_with_every_kind_of_value() {
        assert_eq!(
            kinds(
                "LANG:ru sender:\"Национальная академия\" date:[2019-01-01 TO *] date:{2019 TO 2020}"
            ),
            [
                Kind::Field {
                    name: "lang".into(),
                    value: Value::Word("ru".into())
                },
                Kind::Field {
                    name: "sender".into(),
                    value: Value::Quoted("Национальная академия".into())
                },
                Kind::Field {
                    name: "date".into(),
                    value: Value::Range {
                        from: "2019-01-01".into(),
                        to: "*".into(),
                        inclusive: true
                    }
                },
                Kind::Field {
                    name: "date".into(),
                    value: Value::Range {
                        from: "2019".into(),
                        to: "2020".into(),
                        inclusive: false
                    }
                },
            ]
        );
        assert_eq!(kinds("10:30"), [word("10:30")]);
    }

    #[test]
    fn malformed_pieces_are_errors_with_positions() {
        for (q, at) in [
            ("a \"b c", 2),
            ("lang:", 0),
            ("x lang: y", 2),
            ("x lang:\"\"", 2),
            ("date:[2019 TO", 5),
            ("date:[2019 2020]", 5),
            ("x http://example.org", 2),
        ] {
            match tokens(q) {
                Err(Error::Query { position, .. }) => assert_eq!(position, at, "{q}"),
                other => panic!("{q}: {other:?}"),
            }
        }
    }
}
