//! RTF reader: a tokenizer (`lexer.rs`) and a group-stack interpreter.
//!
//! RTF is a tree of `{groups}` whose state (font, Unicode fallback count,
//! destination, hidden text) is inherited by inner groups and restored when
//! a group closes. The interpreter keeps that state on a stack and sends
//! text to the destination in force: the body, the footnotes (appended after
//! the body), the `\info` fields (title, author, dates, `\nofpages`), or
//! nowhere: font and colour tables, style sheets, pictures, headers and
//! footers (running heads are not the text, as in the other readers), field
//! instructions, hidden (`\v`) and deleted text, every unknown `\*`
//! destination (`words.rs` has the lists). `\upr` gives its Unicode version.
//!
//! Text bytes and `\'xx` escapes are decoded in the code page of the current
//! font's `\fcharset` or `\cpg` (`charset.rs`), else the document's
//! `\ansicpg`. When the document declares none, the detector of
//! [`crate::decode`] guesses it from all such bytes at the end, and decides
//! likewise whether `\fcharset0` bytes in a Cyrillic document are Western,
//! as the specification says, or Cyrillic, as careless generators write them
//! (`sink.rs` keeps those bytes until then). `\uN` gives a character
//! directly, and the next `\ucN` characters (its fallback) are skipped.
//!
//! Layout: paragraphs (`\par`, `\sect`, `\page`) end with a blank line,
//! `\line` ends a line, table cells are tab-separated and rows are lines (a
//! paragraph inside a cell is a space), a field gives only its result
//! (`\fldrslt`).
//!
//! Invariants: no panic on any input; group depth bounded by
//! `limits.check_depth`; the clock checked every few thousand tokens; a
//! truncated file gives the text read and a warning; bytes that do not start
//! with `{\rtf` are [`Error::Corrupt`].

mod charset;
mod fonts;
mod info;
mod lexer;
mod sink;
mod words;

use encoding_rs::Encoding;

use self::charset::{CodePage, Deferred, codepage, private_symbol};
use self::fonts::FontTable;
use self::info::{Field, Info, When, finish_field};
use self::lexer::{Lexer, Token};
use self::sink::Sink;
use self::words::{KEPT_STARRED, SKIPPED, special_char};
use super::Extracted;
use crate::decode;
use crate::error::{Error, Result};
use crate::limits::Limits;

/// How many tokens are read between two looks at the clock.
const TOKENS_PER_TIME_CHECK: usize = 4096;

/// The largest `\ucN` honoured (fallbacks are one or two characters).
const MAX_UC: u32 = 16;

/// Reads an RTF file.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let lead = start
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(start.len());
    let rtf = start.get(lead..).unwrap_or_default();
    if !rtf.starts_with(b"{\\rtf") {
        return Err(Error::corrupt(
            "RTF",
            "the file does not begin with the RTF header `{\\rtf`",
        ));
    }
    let mut reader = Reader::new(limits);
    reader.run(rtf)?;
    Ok(reader.finish())
}

/// Where the text of a group goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dest {
    /// The document's text.
    Body,
    /// A footnote's text.
    Footnote,
    /// Nowhere.
    Skip,
    /// The font table.
    FontTable,
    /// `\info`, outside its fields.
    Info,
    /// A text property.
    Field(Field),
    /// A date property.
    Date(When),
    /// `\upr`: two versions of the same text follow, an ANSI one to skip
    /// and a Unicode one in `\*\ud`.
    Upr,
}

/// The state a group inherits and restores.
#[derive(Debug, Clone, Copy)]
struct Group {
    dest: Dest,
    /// `\ucN`: fallback characters after each `\uN`.
    uc: u32,
    /// `\fN`: the current font, `None` for the default font.
    font: Option<i32>,
    /// Inside `\upr`: the destination its `\*\ud` text goes to.
    upr_outer: Option<Dest>,
    /// Hidden (`\v`) or deleted (`\deleted`) text: not shown, not read.
    hidden: bool,
}

/// The interpreter.
struct Reader<'l, 'o> {
    limits: &'l Limits<'o>,
    stack: Vec<Group>,
    group: Group,
    fonts: FontTable,
    /// `\ansicpgN`.
    ansi: Option<&'static Encoding>,
    body: Sink,
    footnotes: Sink,
    info: Info,
    /// Fallback characters still to skip after a `\uN`.
    skip: u32,
    high_surrogate: Option<u16>,
    /// The paragraph is in a table (`\intbl`).
    in_table: bool,
    /// A table row just ended; text outside a table starts a new paragraph.
    after_row: bool,
    /// The last token was `\*`.
    star: bool,
    /// A `}` closed more groups than were open.
    extra_brace: bool,
    /// `\nofpages` in `\info`: pages when the file was last saved.
    page_count: Option<u32>,
    warnings: Vec<String>,
}

impl<'l, 'o> Reader<'l, 'o> {
    fn new(limits: &'l Limits<'o>) -> Self {
        Reader {
            limits,
            stack: Vec::new(),
            group: Group {
                dest: Dest::Body,
                uc: 1,
                font: None,
                upr_outer: None,
                hidden: false,
            },
            fonts: FontTable::default(),
            ansi: None,
            body: Sink::default(),
            footnotes: Sink::default(),
            info: Info::default(),
            skip: 0,
            high_surrogate: None,
            in_table: false,
            after_row: false,
            star: false,
            extra_brace: false,
            page_count: None,
            warnings: Vec::new(),
        }
    }

    fn run(&mut self, rtf: &[u8]) -> Result<()> {
        for (n, token) in Lexer::new(rtf).enumerate() {
            if n % TOKENS_PER_TIME_CHECK == 0 {
                self.limits.check_time()?;
            }
            self.token(token)?;
        }
        if !self.stack.is_empty() {
            self.warnings.push(format!(
                "the RTF file ends early ({} groups not closed); the text read so far is kept",
                self.stack.len()
            ));
        }
        Ok(())
    }

    fn token(&mut self, token: Token<'_>) -> Result<()> {
        let starred = std::mem::take(&mut self.star);
        match token {
            Token::GroupStart => {
                self.limits
                    .check_depth(u32::try_from(self.stack.len() + 1).unwrap_or(u32::MAX))?;
                self.stack.push(self.group);
                self.skip = 0;
            }
            Token::GroupEnd => self.close_group(),
            _ if self.group.dest == Dest::Skip => {}
            // A fallback character is a byte of text (counted in `text`),
            // an escape, a symbol or a word.
            Token::Word { .. }
            | Token::Symbol(_)
            | Token::Hex(_)
            | Token::Par
            | Token::Binary(_)
                if self.skip > 0 =>
            {
                self.skip -= 1
            }
            Token::Word { name, param } => self.word(name, param, starred),
            Token::Symbol(symbol) => self.symbol(symbol),
            Token::Hex(byte) => self.byte(byte),
            Token::Par => self.paragraph(),
            Token::Text(bytes) => {
                if self.group.dest == Dest::FontTable {
                    self.fonts.name(bytes);
                } else {
                    self.text(bytes);
                }
            }
            Token::Binary(_) => {}
        }
        Ok(())
    }

    fn close_group(&mut self) {
        self.skip = 0;
        let Some(parent) = self.stack.pop() else {
            if !self.extra_brace {
                self.warnings
                    .push("the RTF file has more closing braces than opening ones".to_owned());
            }
            self.extra_brace = true;
            return;
        };
        if self.group.dest == Dest::Footnote && parent.dest != Dest::Footnote {
            self.footnotes.push_str("\n\n");
        }
        self.group = parent;
    }

    /// The sink text of the current destination goes to.
    fn sink(&mut self) -> Option<&mut Sink> {
        if self.group.hidden {
            return None;
        }
        match self.group.dest {
            Dest::Body => Some(&mut self.body),
            Dest::Footnote => Some(&mut self.footnotes),
            Dest::Field(field) => Some(self.info.field(field)),
            Dest::Skip | Dest::FontTable | Dest::Info | Dest::Date(_) | Dest::Upr => None,
        }
    }

    /// Runs before body text: a table just left ends its block.
    fn before_text(&mut self) {
        if self.group.dest == Dest::Body && self.after_row {
            if !self.in_table {
                self.body.push_str("\n");
            }
            self.after_row = false;
        }
    }

    /// The code page of text bytes in the current font.
    fn page(&self) -> CodePage {
        self.fonts.page(self.group.font, self.ansi)
    }

    fn text(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while self.skip > 0
            && let Some((_, tail)) = rest.split_first()
        {
            self.skip -= 1;
            rest = tail;
        }
        if rest.is_empty() {
            return;
        }
        self.before_text();
        let page = self.page();
        if let Some(sink) = self.sink() {
            for &b in rest {
                match b {
                    b'\t' => sink.push_char('\t'),
                    0..=0x1f => {}
                    _ => sink.push_byte(b, page),
                }
            }
        }
    }

    fn byte(&mut self, byte: u8) {
        self.before_text();
        let page = self.page();
        if let Some(sink) = self.sink() {
            sink.push_byte(byte, page);
        }
    }

    fn push_char(&mut self, c: char) {
        self.before_text();
        if let Some(sink) = self.sink() {
            sink.push_char(c);
        }
    }

    fn paragraph(&mut self) {
        if self.in_table {
            self.push_char(' ');
            return;
        }
        if let Some(sink) = self.sink()
            && !sink.ends_with_or_empty("\n\n")
        {
            sink.push_str("\n\n");
        }
    }

    fn line_break(&mut self) {
        if let Some(sink) = self.sink() {
            sink.push_char('\n');
        }
    }

    fn symbol(&mut self, symbol: u8) {
        match symbol {
            b'~' => self.push_char('\u{a0}'),
            b'_' => self.push_char('-'),
            b'{' | b'}' | b'\\' => self.push_char(char::from(symbol)),
            b'*' => self.star = true,
            // `\-` optional hyphen, `\:` index subentry, `\|` formula: nothing.
            _ => {}
        }
    }

    fn unicode(&mut self, param: i32) {
        let unit = u32::try_from(if param < 0 { param + 65536 } else { param }).unwrap_or(0xfffd);
        self.skip = self.group.uc;
        match unit {
            0xd800..=0xdbff => {
                self.high_surrogate = u16::try_from(unit).ok();
                return;
            }
            0xdc00..=0xdfff => {
                if let Some(high) = self.high_surrogate.take() {
                    let c = 0x10000 + ((u32::from(high) - 0xd800) << 10) + (unit - 0xdc00);
                    self.push_char(char::from_u32(c).unwrap_or('\u{fffd}'));
                }
                return;
            }
            _ => {}
        }
        self.high_surrogate = None;
        // U+F020–U+F0FF: a symbol font's glyph, as Word writes bullets.
        if (0xf000..=0xf0ff).contains(&unit) {
            let glyph = match self.page() {
                CodePage::Pictographs => Some('•'),
                _ => private_symbol(unit),
            };
            if let Some(c) = glyph {
                self.push_char(c);
            }
        } else if let Some(c) = char::from_u32(unit) {
            self.push_char(c);
        }
    }

    fn word(&mut self, name: &str, param: Option<i32>, starred: bool) {
        if starred && !KEPT_STARRED.contains(&name) {
            self.group.dest = Dest::Skip;
            return;
        }
        match (name, self.group.dest) {
            ("upr", dest) => {
                self.group.upr_outer = Some(dest);
                self.group.dest = Dest::Upr;
                return;
            }
            ("ud", Dest::Upr) => {
                self.group.dest = self.group.upr_outer.take().unwrap_or(Dest::Skip);
                return;
            }
            (_, Dest::Upr) => {
                self.group.dest = Dest::Skip;
                return;
            }
            _ => {}
        }
        match self.group.dest {
            Dest::FontTable => return self.fonts.word(name, param),
            Dest::Date(when) => {
                self.info.date(when).set(name, param);
                return;
            }
            Dest::Info => return self.info_word(name, param),
            _ => {}
        }
        match name {
            "ansicpg" => self.ansi = param.and_then(codepage),
            "deff" => self.fonts.default = param,
            "f" => self.group.font = param,
            "plain" => {
                self.group.font = None;
                self.group.hidden = false;
            }
            "uc" => {
                self.group.uc = u32::try_from(param.unwrap_or(1).max(0))
                    .unwrap_or(1)
                    .min(MAX_UC)
            }
            "u" => self.unicode(param.unwrap_or(0x3f)),
            "par" | "sect" | "page" => self.paragraph(),
            "line" | "column" => self.line_break(),
            "row" | "nestrow" => {
                self.line_break();
                self.after_row = true;
            }
            "pard" => self.in_table = false,
            "intbl" => self.in_table = true,
            "v" | "deleted" => self.group.hidden = param != Some(0),
            "fonttbl" => self.group.dest = Dest::FontTable,
            "info" => self.group.dest = Dest::Info,
            "generator" => self.group.dest = Dest::Field(Field::Generator),
            "footnote" if self.group.dest == Dest::Body => self.group.dest = Dest::Footnote,
            _ if SKIPPED.contains(&name) => self.group.dest = Dest::Skip,
            _ => {
                if let Some(c) = special_char(name) {
                    self.push_char(c);
                }
            }
        }
    }

    /// A control word directly inside `\info`: a property's destination
    /// (`\title`), or a counter with a value (`\nofpages3`, `\version2`).
    fn info_word(&mut self, name: &str, param: Option<i32>) {
        if let Some(value) = param {
            if name == "nofpages" {
                self.page_count = u32::try_from(value).ok().filter(|&n| n > 0);
            }
            return;
        }
        // A field given twice (LibreOffice writes `\author` for the first
        // and the last author) keeps its first value.
        let first = |field| {
            if self.info.has(field) {
                Dest::Skip
            } else {
                Dest::Field(field)
            }
        };
        self.group.dest = match name {
            "title" => first(Field::Title),
            "author" => first(Field::Author),
            "creatim" => Dest::Date(When::Created),
            "revtim" => Dest::Date(When::Modified),
            // Every other property (operator, company, printim, ...) is skipped.
            _ => Dest::Skip,
        };
    }

    /// All deferred bytes of `kind`, from every sink.
    fn deferred_sample(&mut self, kind: Deferred) -> Vec<u8> {
        let mut sample = Vec::new();
        self.body.deferred_bytes(kind, &mut sample);
        self.footnotes.deferred_bytes(kind, &mut sample);
        self.info.title.deferred_bytes(kind, &mut sample);
        self.info.author.deferred_bytes(kind, &mut sample);
        sample
    }

    /// The code page of the document's own text: declared by `\ansicpg`
    /// (windows-1252 only if its bytes do not read as Cyrillic words), or
    /// guessed from the bytes that needed it (`None`: no such bytes).
    fn document_encoding(&mut self) -> Option<&'static Encoding> {
        match self.ansi {
            Some(ansi) if ansi == encoding_rs::WINDOWS_1252 => {
                let sample = self.deferred_sample(Deferred::Western);
                let cyrillic = decode::cyrillic_reading(&sample);
                if let Some(encoding) = cyrillic {
                    self.warnings.push(format!(
                        "the RTF file declares windows-1252 but its text is {}",
                        decode::canonical_name(encoding)
                    ));
                }
                Some(cyrillic.unwrap_or(ansi))
            }
            Some(ansi) => Some(ansi),
            None => {
                let sample = self.deferred_sample(Deferred::Undeclared);
                (!sample.iter().all(u8::is_ascii)).then(|| decode::detect(&sample))
            }
        }
    }

    /// The code page of `\fcharset0` bytes: windows-1252, unless they read
    /// as Cyrillic words in the document's declared code page.
    fn charset0_encoding(&mut self) -> &'static Encoding {
        let sample = self.deferred_sample(Deferred::Charset0);
        match (self.ansi, decode::cyrillic_reading(&sample)) {
            (Some(ansi), Some(reading)) if ansi == reading => ansi,
            _ => encoding_rs::WINDOWS_1252,
        }
    }

    fn finish(mut self) -> Extracted {
        let document = self.document_encoding();
        let charset0 = self.charset0_encoding();
        let resolve = |kind| match kind {
            Deferred::Undeclared | Deferred::Western => {
                document.unwrap_or(encoding_rs::WINDOWS_1252)
            }
            Deferred::Charset0 => charset0,
        };
        let mut text = self.body.finish(resolve);
        let footnotes = self.footnotes.finish(resolve);
        if !footnotes.trim().is_empty() {
            text.push_str("\n\n");
            text.push_str(&footnotes);
        }
        let Info {
            title,
            author,
            generator,
            created,
            modified,
        } = self.info;
        Extracted {
            text,
            title: finish_field(title, resolve),
            author: finish_field(author, resolve),
            producer: finish_field(generator, resolve),
            created: created.iso(),
            modified: modified.iso(),
            encoding: document.map(|e| decode::canonical_name(e).to_owned()),
            page_count: self.page_count,
            warnings: self.warnings,
            ..Extracted::default()
        }
    }
}

#[cfg(test)]
mod tests;
