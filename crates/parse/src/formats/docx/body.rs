//! Walks one WordprocessingML part (the document, a header or footer, the
//! footnotes or endnotes) and writes its text into a [`Flow`].
//!
//! What counts as text:
//! - `w:t` runs; `w:tab`/`w:ptab` → tab; `w:br`/`w:cr` → line break, but a
//!   page or column break ends the paragraph; `w:noBreakHyphen` → `-`;
//!   `w:softHyphen` → nothing; `w:sym` through [`symbol_text`];
//! - tracked changes: insertions (`w:ins`, `w:moveTo`) are kept, deletions
//!   (`w:del`, `w:delText`, `w:moveFrom`) are not;
//! - complex fields show their result (between `fldChar separate` and
//!   `end`), never their instruction (`w:instrText`); simple fields show
//!   their content;
//! - tables (`w:tbl`/`w:tr`/`w:tc`) and text boxes (`w:txbxContent`) go
//!   through the flow's layout; of an `mc:AlternateContent`, only the first
//!   `mc:Choice` is read, or the `mc:Fallback` when there is no choice, so
//!   a text box stored twice is read once;
//! - property elements (`w:pPr`, `w:rPr`, `w:sectPr`, ...) are skipped
//!   whole: `w:tabs/w:tab` there are tab stops, not tabs;
//! - separator footnotes (`w:type="separator"`, ...) are skipped.
//!
//! Invariant: every start tag pushes exactly one entry on the close stack
//! and every end pops one, so a truncated part leaves the flow closable.

use super::symbol::symbol_text;
use crate::error::Result;
use crate::formats::zipped::{Destination, Flow, Ns, Tag, XmlEvent, XmlPart};

/// What to do when an open element closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Close {
    /// Nothing.
    Nothing,
    /// End the paragraph.
    Paragraph,
    /// Leave a `w:t`.
    Text,
    /// End a table, row or cell.
    Table,
    /// End a row.
    Row,
    /// End a cell.
    Cell,
    /// End a text box.
    Frame,
    /// Leave an `mc:AlternateContent`.
    Alternate,
}

/// The state of one complex field (`w:fldChar`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    /// Between `begin` and `separate`: the instruction, not shown.
    Instruction,
    /// Between `separate` and `end`: the result, shown.
    Result,
}

/// Property and deleted-content elements skipped with all they contain.
const SKIPPED: &[&str] = &[
    "pPr",
    "rPr",
    "tblPr",
    "tblPrEx",
    "tblGrid",
    "trPr",
    "tcPr",
    "sectPr",
    "sdtPr",
    "sdtEndPr",
    "instrText",
    "delText",
    "delInstrText",
    "del",
    "moveFrom",
    "customXmlPr",
    "fldData",
];

/// Walks `part` to its end, writing its text into `flow`.
///
/// On an error the flow keeps what was read before it.
pub(super) fn walk(part: &mut XmlPart<'_, '_, '_>, flow: &mut Flow) -> Result<()> {
    let mut walker = Walker::default();
    loop {
        match part.next()? {
            XmlEvent::Start(tag) => {
                let close = walker.open(part, &tag, flow)?;
                if let Some(close) = close {
                    walker.stack.push(close);
                }
            }
            XmlEvent::End => {
                if let Some(close) = walker.stack.pop() {
                    walker.close(close, flow);
                }
            }
            XmlEvent::Text(text) => walker.text(&text, flow),
            XmlEvent::Eof => return Ok(()),
        }
    }
}

/// The walker's state between events.
#[derive(Debug, Default)]
struct Walker {
    /// One entry per open element.
    stack: Vec<Close>,
    /// How many `w:t` are open.
    in_text: u32,
    /// Open complex fields, innermost last.
    fields: Vec<Field>,
    /// How many of `fields` are in their instruction.
    hidden_fields: usize,
    /// For each open `mc:AlternateContent`: has a branch been taken?
    alternates: Vec<bool>,
}

impl Walker {
    /// Handles a start tag; `None` when the element was skipped whole.
    fn open(
        &mut self,
        part: &mut XmlPart<'_, '_, '_>,
        tag: &Tag<'_>,
        flow: &mut Flow,
    ) -> Result<Option<Close>> {
        match tag.ns {
            Ns::W => self.open_w(part, tag, flow),
            Ns::Mc => match tag.local() {
                "AlternateContent" => {
                    self.alternates.push(false);
                    Ok(Some(Close::Alternate))
                }
                "Choice" | "Fallback" => match self.alternates.last_mut() {
                    Some(taken) if !*taken => {
                        *taken = true;
                        Ok(Some(Close::Nothing))
                    }
                    Some(_) => part.skip().map(|()| None),
                    None => Ok(Some(Close::Nothing)),
                },
                _ => Ok(Some(Close::Nothing)),
            },
            _ => Ok(Some(Close::Nothing)),
        }
    }

    /// Handles a WordprocessingML start tag.
    fn open_w(
        &mut self,
        part: &mut XmlPart<'_, '_, '_>,
        tag: &Tag<'_>,
        flow: &mut Flow,
    ) -> Result<Option<Close>> {
        let local = tag.local();
        if SKIPPED.contains(&local) {
            part.skip()?;
            return Ok(None);
        }
        let close = match local {
            "p" => {
                flow.start_paragraph();
                Close::Paragraph
            }
            "t" => {
                self.in_text += 1;
                Close::Text
            }
            "tab" | "ptab" => {
                if self.visible() {
                    flow.tab();
                }
                Close::Nothing
            }
            "br" => {
                if self.visible() {
                    match part.attr(tag, Ns::W, "type").as_deref() {
                        Some("page" | "column") => flow.break_paragraph(),
                        _ => flow.line_break(),
                    }
                }
                Close::Nothing
            }
            "cr" => {
                if self.visible() {
                    flow.line_break();
                }
                Close::Nothing
            }
            "noBreakHyphen" => {
                if self.visible() {
                    flow.text("-");
                }
                Close::Nothing
            }
            "sym" => {
                let font = part.attr(tag, Ns::W, "font");
                let code = part.attr(tag, Ns::W, "char").unwrap_or_default();
                if let Some(c) = symbol_text(font.as_deref(), &code)
                    && self.visible()
                {
                    flow.text(c.encode_utf8(&mut [0; 4]));
                }
                Close::Nothing
            }
            "fldChar" => {
                let kind = part.attr(tag, Ns::W, "fldCharType");
                self.field_char(kind.as_deref());
                Close::Nothing
            }
            "tbl" => {
                flow.start_table();
                Close::Table
            }
            "tr" => {
                flow.start_row();
                Close::Row
            }
            "tc" => Close::Cell,
            "txbxContent" => {
                flow.open_frame();
                Close::Frame
            }
            "footnote" | "endnote" => {
                let kind = part.attr(tag, Ns::W, "type");
                if matches!(
                    kind.as_deref(),
                    Some("separator" | "continuationSeparator" | "continuationNotice")
                ) {
                    part.skip()?;
                    return Ok(None);
                }
                Close::Nothing
            }
            _ => Close::Nothing,
        };
        Ok(Some(close))
    }

    /// Tracks complex fields through `w:fldChar w:fldCharType`.
    fn field_char(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") => {
                self.fields.push(Field::Instruction);
                self.hidden_fields += 1;
            }
            Some("separate") => {
                if let Some(field) = self.fields.last_mut()
                    && *field == Field::Instruction
                {
                    *field = Field::Result;
                    self.hidden_fields = self.hidden_fields.saturating_sub(1);
                }
            }
            Some("end") if self.fields.pop() == Some(Field::Instruction) => {
                self.hidden_fields = self.hidden_fields.saturating_sub(1);
            }
            _ => {}
        }
    }

    /// Whether run content is shown here (not inside a field instruction).
    fn visible(&self) -> bool {
        self.hidden_fields == 0
    }

    /// Handles the end of an element.
    fn close(&mut self, close: Close, flow: &mut Flow) {
        match close {
            Close::Nothing => {}
            Close::Paragraph => flow.end_paragraph(),
            Close::Text => self.in_text = self.in_text.saturating_sub(1),
            Close::Table => flow.end_table(),
            Close::Row => flow.end_row(),
            Close::Cell => flow.end_cell(),
            Close::Frame => flow.close_frame(Destination::Inline),
            Close::Alternate => {
                self.alternates.pop();
            }
        }
    }

    /// Handles character data: only `w:t` content is text.
    fn text(&mut self, text: &str, flow: &mut Flow) {
        if self.in_text == 0 || !self.visible() {
            return;
        }
        if text.contains(['\n', '\r']) {
            flow.text(&text.replace(['\n', '\r'], " "));
        } else {
            flow.text(text);
        }
    }
}
