//! Plain text and Markdown.
//!
//! Both decode the bytes with [`crate::decode`] (BOMs, UTF-8, UTF-16, then a
//! Cyrillic-aware guess among the legacy code pages) and record the encoding
//! used. Plain text keeps its lines as they are; its paragraphs are the
//! blank-line separated blocks it already has. Markdown is reduced to the
//! text a reader sees, with pulldown-cmark: headings, paragraphs and code
//! blocks become paragraphs, list items and table rows lines, table cells
//! are tab-separated, links and images leave their text and alt text, and
//! emphasis markers and HTML tags disappear. YAML front matter at the top is
//! dropped, its `title:` becoming the title; without one, the first level-1
//! heading is the title.
//!
//! Invariant: the readers never fail on any bytes (only the time limit can
//! stop them).

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::Extracted;
use crate::decode::{self, Decoded};
use crate::error::Result;
use crate::limits::Limits;

/// How many Markdown events are handled between two looks at the clock.
const EVENTS_PER_TIME_CHECK: usize = 4096;

/// Reads plain text.
pub(crate) fn read_plain(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    limits.check_time()?;
    let decoded = decode::decode(bytes);
    let mut warnings = Vec::new();
    note_errors(&decoded, &mut warnings);
    Ok(Extracted {
        text: decoded.text,
        encoding: Some(decoded.encoding.to_owned()),
        warnings,
        ..Extracted::default()
    })
}

/// Reads Markdown, stripped to its text.
pub(crate) fn read_markdown(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    limits.check_time()?;
    let decoded = decode::decode(bytes);
    let mut warnings = Vec::new();
    note_errors(&decoded, &mut warnings);
    let stripped = strip_markdown(&decoded.text, limits)?;
    Ok(Extracted {
        text: stripped.text,
        title: stripped.title,
        author: stripped.author,
        date: stripped.date,
        encoding: Some(decoded.encoding.to_owned()),
        warnings,
        ..Extracted::default()
    })
}

/// Warns when some bytes did not decode.
fn note_errors(decoded: &Decoded, warnings: &mut Vec<String>) {
    if decoded.had_errors {
        warnings.push(format!(
            "some bytes are not valid {} and were replaced",
            decoded.encoding
        ));
    }
}

/// Markdown reduced to text.
#[derive(Debug, Default)]
struct Stripped {
    text: String,
    title: Option<String>,
    /// `author:` from the front matter.
    author: Option<String>,
    /// `date:` from the front matter, as written (ISO 8601 by convention).
    date: Option<String>,
}

/// Where the Markdown walker is.
#[derive(Debug, Default)]
struct Walker {
    out: String,
    /// Front matter being read, if inside it.
    front_matter: Option<String>,
    /// The title from the front matter.
    front_title: Option<String>,
    /// The author from the front matter.
    front_author: Option<String>,
    /// The date from the front matter, as written.
    front_date: Option<String>,
    /// Text of the first level-1 heading, while it is read, and once read.
    heading: Option<String>,
    in_first_heading: bool,
    /// How deep in list items we are (a paragraph there ends a line, not a block).
    item_depth: usize,
    /// Whether the table cell about to start is the first of its row.
    first_cell: bool,
}

/// Reduces Markdown to text.
fn strip_markdown(source: &str, limits: &Limits) -> Result<Stripped> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut walker = Walker::default();
    for (n, event) in Parser::new_ext(source, options).enumerate() {
        if n % EVENTS_PER_TIME_CHECK == 0 {
            limits.check_time()?;
        }
        walker.event(event);
    }
    let title = walker.front_title.or(walker.heading);
    Ok(Stripped {
        text: walker.out,
        title,
        author: walker.front_author,
        date: walker.front_date,
    })
}

impl Walker {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            Event::Code(code) | Event::InlineMath(code) | Event::DisplayMath(code) => {
                self.text(&code)
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                let text = decode_entities(&strip_tags(&html));
                self.out.push_str(&text);
            }
            Event::FootnoteReference(label) => {
                self.out.push('[');
                self.out.push_str(&label);
                self.out.push(']');
            }
            Event::SoftBreak | Event::HardBreak => self.out.push('\n'),
            Event::Rule => self.block_break(),
            Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => {
                self.front_matter = Some(String::new());
            }
            Tag::Heading { level, .. } => {
                self.block_break();
                if level == HeadingLevel::H1 && self.heading.is_none() {
                    self.in_first_heading = true;
                    self.heading = Some(String::new());
                }
            }
            Tag::Paragraph | Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::BlockQuote(_)
                if self.item_depth == 0 =>
            {
                self.block_break();
            }
            Tag::List(_) => {
                if self.item_depth == 0 {
                    self.block_break();
                } else {
                    self.line_break();
                }
            }
            Tag::Item => {
                self.line_break();
                self.item_depth += 1;
            }
            Tag::Table(_) | Tag::FootnoteDefinition(_) => self.block_break(),
            Tag::TableHead | Tag::TableRow => {
                self.line_break();
                self.first_cell = true;
            }
            Tag::TableCell => {
                if !self.first_cell {
                    self.out.push('\t');
                }
                self.first_cell = false;
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::MetadataBlock(_) => {
                if let Some(yaml) = self.front_matter.take() {
                    self.front_title = yaml_title(&yaml);
                    self.front_author = yaml_field(&yaml, "author");
                    self.front_date = yaml_field(&yaml, "date");
                }
            }
            TagEnd::Heading(_) => {
                self.in_first_heading = false;
                self.block_break();
            }
            TagEnd::Paragraph => {
                if self.item_depth == 0 {
                    self.block_break();
                } else {
                    self.line_break();
                }
            }
            TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::BlockQuote(_) | TagEnd::Table => {
                self.block_break()
            }
            TagEnd::List(_) if self.item_depth == 0 => self.block_break(),
            TagEnd::Item => {
                self.item_depth = self.item_depth.saturating_sub(1);
                self.line_break();
            }
            TagEnd::TableHead | TagEnd::TableRow => self.line_break(),
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(yaml) = self.front_matter.as_mut() {
            yaml.push_str(text);
            return;
        }
        if self.in_first_heading
            && let Some(heading) = self.heading.as_mut()
        {
            heading.push_str(text);
        }
        self.out.push_str(text);
    }

    /// Ends the current line, unless at the start of one.
    fn line_break(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Ends the current paragraph with a blank line, unless already ended.
    fn block_break(&mut self) {
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        self.line_break();
        self.out.push('\n');
    }
}

/// The `title:` of YAML front matter, without quotes.
fn yaml_title(yaml: &str) -> Option<String> {
    yaml_field(yaml, "title")
}

/// The value of a top-level `key:` of YAML front matter, without quotes.
fn yaml_field(yaml: &str, key: &str) -> Option<String> {
    yaml.lines().find_map(|line| {
        let value = line.strip_prefix(key)?.strip_prefix(':')?.trim();
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(value)
            .trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}

/// HTML with its tags removed; `<br>` and block tags end lines.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open..).unwrap_or_default();
        let Some(close) = after.find('>') else {
            // A lone `<` is text.
            out.push_str(after);
            return out;
        };
        let tag = after
            .get(1..close)
            .unwrap_or_default()
            .trim_start_matches('/')
            .to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if matches!(
            name.as_str(),
            "br" | "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        ) {
            out.push('\n');
        } else if matches!(name.as_str(), "td" | "th") {
            out.push('\t');
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// The common character references of HTML (`&amp;`, `&nbsp;`, `&#8217;`,
/// `&#x2019;`, ...) replaced by their characters; others are kept as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        let name = after
            .find(';')
            .filter(|&end| end <= 10)
            .and_then(|end| after.get(..end));
        let c = name.and_then(|name| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            "laquo" => Some('«'),
            "raquo" => Some('»'),
            "mdash" => Some('—'),
            "ndash" => Some('–'),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (c, name) {
            (Some(c), Some(name)) => {
                out.push(c);
                rest = after.get(name.len() + 1..).unwrap_or_default();
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ParseOptions;
    use proptest::prelude::*;

    fn markdown(source: &str) -> Extracted {
        let opts = ParseOptions::default();
        read_markdown(source.as_bytes(), &Limits::new(&opts)).unwrap()
    }

    #[test]
    fn plain_text_keeps_lines_and_records_the_encoding() {
        let opts = ParseOptions::default();
        let (bytes, _, _) =
            encoding_rs::WINDOWS_1251.encode("Аб’ява\r\nпра з’езд\r\n\r\nЁлка ў Мінску");
        let ex = read_plain(&bytes, &Limits::new(&opts)).unwrap();
        assert_eq!(ex.text, "Аб’ява\r\nпра з’езд\r\n\r\nЁлка ў Мінску");
        assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
        assert!(ex.warnings.is_empty());
    }

    #[test]
    fn markdown_blocks_become_paragraphs_and_lines() {
        let ex = markdown(
            "# Справаздача за 2019 год\n\nПершы абзац з **важным** словам і *націскам*.\n\
             Другі радок.\n\n- пункт адзін\n- пункт [два](http://example.by)\n\n\
             ```\nlet x = 1;\n```\n\n![Герб Мінска](herb.png)\n",
        );
        assert_eq!(
            ex.text,
            "Справаздача за 2019 год\n\nПершы абзац з важным словам і націскам.\nДругі радок.\n\n\
             пункт адзін\nпункт два\n\nlet x = 1;\n\nГерб Мінска\n\n"
        );
        assert_eq!(ex.title.as_deref(), Some("Справаздача за 2019 год"));
        assert_eq!(ex.encoding.as_deref(), Some("utf-8"));
    }

    #[test]
    fn front_matter_gives_the_title_and_is_dropped() {
        let ex = markdown(
            "---\ntitle: \"Протокол встречи\"\nauthor: Иванов\n---\n\n# Раздел\n\nТекст ёлки.\n",
        );
        assert_eq!(ex.title.as_deref(), Some("Протокол встречи"));
        assert_eq!(ex.author.as_deref(), Some("Иванов"));
        assert_eq!(ex.text, "Раздел\n\nТекст ёлки.\n\n");
    }

    #[test]
    fn tables_are_tab_separated_and_html_loses_tags() {
        let ex = markdown(
            "| Краіна | Сума |\n|---|---|\n| Кітай | 9,4 млн |\n\n<div class=\"note\">Заўвага <b>тут</b></div>\n",
        );
        assert_eq!(ex.text, "Краіна\tСума\nКітай\t9,4 млн\n\n\nЗаўвага тут\n\n");
    }

    #[test]
    fn html_character_references_are_decoded() {
        assert_eq!(
            decode_entities("a&nbsp;b &amp; c&#8217;d &#x44F; &bogus; & x&#;"),
            "a\u{a0}b & c’d я &bogus; & x&#;"
        );
    }

    #[test]
    fn nested_lists_are_lines() {
        let ex = markdown("- one\n  - two\n  - three\n- four\n\nEnd.");
        assert_eq!(ex.text, "one\ntwo\nthree\nfour\n\nEnd.\n\n");
    }

    #[test]
    fn yaml_title_forms() {
        assert_eq!(yaml_title("title: Plain").as_deref(), Some("Plain"));
        assert_eq!(yaml_title("title: 'Single'").as_deref(), Some("Single"));
        assert_eq!(yaml_title("title:\nx: 1"), None);
        assert_eq!(
            yaml_field("titles: x\nauthor: 'Шчарбакоў'", "author").as_deref(),
            Some("Шчарбакоў")
        );
        assert_eq!(yaml_field("titles: x", "title"), None);
    }

    proptest! {
        #[test]
        fn any_bytes_read_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let opts = ParseOptions::default();
            let limits = Limits::new(&opts);
            prop_assert!(read_plain(&bytes, &limits).is_ok());
            prop_assert!(read_markdown(&bytes, &limits).is_ok());
        }

        #[test]
        fn markdown_like_text_never_panics(s in "[-#*_`|>\\[\\]()!<>a-zа-яі \n]{0,200}") {
            let opts = ParseOptions::default();
            prop_assert!(read_markdown(s.as_bytes(), &Limits::new(&opts)).is_ok());
        }
    }
}
