//! Walks an ODF part (`content.xml`, or `styles.xml` for headers and
//! footers) and writes its text into a [`Flow`].
//!
//! What counts as text:
//! - character data inside `text:p` and `text:h` (spans, links, fields and
//!   list items are transparent); ODF treats newlines and tabs in character
//!   data as spaces, so they become spaces here;
//! - `text:s` → `text:c` spaces (at most [`MAX_SPACES`]), `text:tab` → tab,
//!   `text:line-break` → line break, `text:soft-page-break` → nothing;
//! - tables (`table:table`/`table-row`/`table-cell`, covered cells empty)
//!   through the flow's layout; repeated cells are not repeated;
//! - text boxes and shape text (`draw:text-box`, `draw:custom-shape`, ...)
//!   as frames after their anchoring paragraph;
//! - `text:note`: the citation (the reference marker) is dropped and the
//!   note body goes aside as a footnote or endnote;
//! - `style:header*` / `style:footer*` (in `styles.xml`) go aside as
//!   headers and footers;
//! - tracked changes: insertions are kept; deletions are left out, both
//!   when stored in `text:tracked-changes` (ODF's way) and when kept in
//!   place between `text:change-start`/`text:change-end` of a deletion
//!   region (as LibreOffice writes flat ODT);
//! - left out: reviewer comments
//!   (`office:annotation`), index templates (`text:*-source`), image titles
//!   and descriptions (`svg:title`, `svg:desc`), forms and scripts.
//!
//! Invariant: every start tag pushes exactly one entry on the close stack
//! and every end pops one.

use std::collections::HashSet;

use crate::error::Result;
use crate::formats::zipped::{Aside, Destination, Flow, Ns, Tag, XmlEvent, XmlPart};

/// Most spaces one `text:s` writes (the hygiene collapses them anyway; the
/// cap stops a tiny element from producing gigabytes).
const MAX_SPACES: usize = 64;

/// Shapes of the drawing namespace that can hold paragraphs.
const SHAPES: &[&str] = &[
    "text-box",
    "custom-shape",
    "rect",
    "ellipse",
    "circle",
    "polygon",
    "polyline",
    "path",
    "line",
    "connector",
    "caption",
    "measure",
    "regular-polygon",
];

/// What to do when an open element closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Close {
    /// Nothing.
    Nothing,
    /// End a paragraph or heading.
    Paragraph,
    /// End a table.
    Table,
    /// End a row.
    Row,
    /// End a cell.
    Cell,
    /// End a frame, sending its text to the destination.
    Frame(Destination),
    /// Leave a `text:note`.
    Note,
}

/// Walks `part` to its end, writing its text into `flow`.
///
/// On an error the flow keeps what was read before it.
pub(super) fn walk(part: &mut XmlPart<'_, '_, '_>, flow: &mut Flow) -> Result<()> {
    let mut walker = Walker::default();
    loop {
        match part.next()? {
            XmlEvent::Start(tag) => {
                if let Some(close) = walker.open(part, &tag, flow)? {
                    walker.stack.push(close);
                }
            }
            XmlEvent::End => {
                if let Some(close) = walker.stack.pop() {
                    walker.close(close, flow);
                }
            }
            XmlEvent::Text(text) => {
                if walker.in_paragraph > 0 && walker.deleting.is_empty() {
                    if text.contains(['\n', '\r', '\t']) {
                        flow.text(&text.replace(['\n', '\r', '\t'], " "));
                    } else {
                        flow.text(&text);
                    }
                }
            }
            XmlEvent::Eof => return Ok(()),
        }
    }
}

/// The walker's state between events.
#[derive(Debug, Default)]
struct Walker {
    /// One entry per open element.
    stack: Vec<Close>,
    /// How many paragraphs or headings are open.
    in_paragraph: u32,
    /// The class of each open note, innermost last.
    notes: Vec<Aside>,
    /// `in_paragraph` of each open frame's anchor, innermost last.
    saved: Vec<u32>,
    /// Ids of the tracked changes that are deletions.
    deletions: HashSet<String>,
    /// Deletions kept in place that are open here (text is not shown).
    deleting: Vec<String>,
}

impl Walker {
    /// Handles a start tag; `None` when the element was skipped whole.
    fn open(
        &mut self,
        part: &mut XmlPart<'_, '_, '_>,
        tag: &Tag<'_>,
        flow: &mut Flow,
    ) -> Result<Option<Close>> {
        let local = tag.local();
        let close = match tag.ns {
            Ns::Text => match local {
                "p" | "h" => {
                    self.in_paragraph += 1;
                    flow.start_paragraph();
                    Close::Paragraph
                }
                "s" | "tab" | "line-break" if !self.deleting.is_empty() => Close::Nothing,
                "tracked-changes" => {
                    self.read_deletions(part)?;
                    return Ok(None);
                }
                "change-start" => {
                    if let Some(id) = part.attr(tag, Ns::Text, "change-id")
                        && self.deletions.contains(&id)
                    {
                        self.deleting.push(id);
                    }
                    Close::Nothing
                }
                "change-end" => {
                    if let Some(id) = part.attr(tag, Ns::Text, "change-id") {
                        self.deleting.retain(|open| *open != id);
                    }
                    Close::Nothing
                }
                "s" => {
                    let count = part
                        .attr(tag, Ns::Text, "c")
                        .and_then(|c| c.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(MAX_SPACES);
                    flow.text(&" ".repeat(count));
                    Close::Nothing
                }
                "tab" => {
                    flow.tab();
                    Close::Nothing
                }
                "line-break" => {
                    flow.line_break();
                    Close::Nothing
                }
                "note" => {
                    let class = part.attr(tag, Ns::Text, "note-class");
                    self.notes.push(match class.as_deref() {
                        Some("endnote") => Aside::Endnote,
                        _ => Aside::Footnote,
                    });
                    Close::Note
                }
                "note-body" => {
                    let aside = self.notes.last().copied().unwrap_or(Aside::Footnote);
                    flow.open_frame();
                    // The note's paragraphs are not the anchoring one's.
                    return Ok(Some(self.frame_in(Destination::Aside(aside))));
                }
                "note-citation"
                | "sequence-decls"
                | "variable-decls"
                | "user-field-decls"
                | "dde-connection-decls" => return skip(part),
                _ if local.ends_with("-source") => return skip(part),
                _ => Close::Nothing,
            },
            Ns::Table => match local {
                "table" => {
                    flow.start_table();
                    Close::Table
                }
                "table-row" => {
                    flow.start_row();
                    Close::Row
                }
                "table-cell" | "covered-table-cell" => Close::Cell,
                _ => Close::Nothing,
            },
            Ns::Draw if SHAPES.contains(&local) => {
                flow.open_frame();
                return Ok(Some(self.frame_in(Destination::Inline)));
            }
            Ns::Style => match local {
                "header" | "header-left" | "header-first" => {
                    flow.open_frame();
                    return Ok(Some(self.frame_in(Destination::Aside(Aside::Header))));
                }
                "footer" | "footer-left" | "footer-first" => {
                    flow.open_frame();
                    return Ok(Some(self.frame_in(Destination::Aside(Aside::Footer))));
                }
                _ => Close::Nothing,
            },
            Ns::Office => match local {
                "annotation" | "forms" | "scripts" | "font-face-decls" | "automatic-styles"
                | "event-listeners" => return skip(part),
                _ => Close::Nothing,
            },
            Ns::Svg if matches!(local, "title" | "desc") => return skip(part),
            _ => Close::Nothing,
        };
        Ok(Some(close))
    }

    /// Reads `text:tracked-changes` (just started) to its end, noting the
    /// ids of deletion regions; the deleted text stored there is dropped.
    fn read_deletions(&mut self, part: &mut XmlPart<'_, '_, '_>) -> Result<()> {
        let target = part.depth().saturating_sub(1);
        let mut region = None;
        while part.depth() > target {
            match part.next()? {
                XmlEvent::Start(tag) if tag.is(Ns::Text, "changed-region") => {
                    region = part.attr(&tag, Ns::Text, "id");
                }
                XmlEvent::Start(tag) if tag.ns == Ns::Text => {
                    if tag.local() == "deletion"
                        && let Some(id) = region.take()
                    {
                        self.deletions.insert(id);
                    }
                    part.skip()?;
                }
                XmlEvent::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    /// The close entry of a frame just opened. A frame starts outside any
    /// paragraph: its own paragraphs count from zero, and the anchoring
    /// paragraph's count comes back when it closes.
    fn frame_in(&mut self, destination: Destination) -> Close {
        self.saved.push(self.in_paragraph);
        self.in_paragraph = 0;
        Close::Frame(destination)
    }

    /// Handles the end of an element.
    fn close(&mut self, close: Close, flow: &mut Flow) {
        match close {
            Close::Nothing => {}
            Close::Paragraph => {
                self.in_paragraph = self.in_paragraph.saturating_sub(1);
                flow.end_paragraph();
            }
            Close::Table => flow.end_table(),
            Close::Row => flow.end_row(),
            Close::Cell => flow.end_cell(),
            Close::Frame(destination) => {
                flow.close_frame(destination);
                self.in_paragraph = self.saved.pop().unwrap_or(0);
            }
            Close::Note => {
                self.notes.pop();
            }
        }
    }
}

/// Skips the element just started.
fn skip(part: &mut XmlPart<'_, '_, '_>) -> Result<Option<Close>> {
    part.skip()?;
    Ok(None)
}
