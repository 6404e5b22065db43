//! The text flow of a word-processing document: paragraphs, tables, text
//! boxes and notes, laid out as every vopis reader emits text.
//!
//! Layout (what the rest of the pipeline relies on):
//! - paragraphs are separated by a blank line (`"\n\n"`), line breaks
//!   inside a paragraph are `"\n"`, tabs stay `"\t"`;
//! - a table is its own block: each row one line, its cells joined by
//!   `"\t"`; text inside a cell has its tabs, line breaks and paragraph
//!   breaks turned into spaces, so cells and rows stay apart;
//! - a table nested in a cell is flattened into that cell, its cells and
//!   rows separated by spaces (the outer table keeps its shape);
//! - a text box (or shape text) is a *frame*: its text is laid out on its
//!   own and placed after the paragraph that anchors it, or inside the cell
//!   when the anchor is in a table;
//! - notes, headers and footers are frames sent aside ([`Aside`]); the
//!   reader places them after the body.
//!
//! Invariant: the flow never holds more than one frame per open XML
//! element, so its size is bounded by the XML nesting limit.

/// Where text that does not belong to the running text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Aside {
    /// A footnote's body.
    Footnote,
    /// An endnote's body.
    Endnote,
    /// A page header.
    Header,
    /// A page footer.
    Footer,
}

/// Where a closed frame's text goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Destination {
    /// Into the running text, after the anchoring paragraph (text boxes).
    Inline,
    /// Aside, to be placed by the reader (notes, headers, footers).
    Aside(Aside),
}

/// One independent run of text: the body, or the inside of a text box.
#[derive(Debug, Default)]
struct Frame {
    /// Finished blocks, separated by blank lines.
    out: String,
    /// The paragraph being written (outside tables).
    para: String,
    /// How many tables are open; text goes to `cell` while this is positive.
    table_depth: u32,
    /// The cell being written (of the outermost table).
    cell: String,
    /// The finished cells of the row being written.
    row: Vec<String>,
    /// The finished rows of the outermost table.
    rows: Vec<String>,
    /// Text of closed inline frames, waiting for the anchoring paragraph's end.
    pending: Vec<String>,
    /// How many paragraphs are open (a frame closing inside one waits for its end).
    open_paragraphs: u32,
}

impl Frame {
    /// Appends a finished block.
    fn push_block(&mut self, block: &str) {
        let block = block.trim_matches(|c: char| c.is_whitespace());
        if block.is_empty() {
            return;
        }
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        self.out.push_str(block);
    }

    /// Appends `text` to the current cell as one line.
    fn push_cell(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\t' | '\n' | '\r' => self.cell_space(),
                c => self.cell.push(c),
            }
        }
    }

    /// A word break in the current cell.
    fn cell_space(&mut self) {
        if !self.cell.is_empty() && !self.cell.ends_with(' ') {
            self.cell.push(' ');
        }
    }

    /// Ends the current paragraph and places pending frames after it.
    fn end_paragraph(&mut self) {
        if self.table_depth > 0 {
            self.cell_space();
            for text in std::mem::take(&mut self.pending) {
                self.push_cell(&text);
                self.cell_space();
            }
        } else {
            let para = std::mem::take(&mut self.para);
            self.push_block(&para);
            for text in std::mem::take(&mut self.pending) {
                self.push_block(&text);
            }
        }
    }

    /// Closes the current cell of the outermost table.
    fn end_cell(&mut self) {
        let cell = std::mem::take(&mut self.cell);
        self.row.push(cell.trim().to_owned());
    }

    /// Closes the current row of the outermost table.
    fn end_row(&mut self) {
        if !self.cell.trim().is_empty() {
            self.end_cell();
        }
        self.cell.clear();
        let row = std::mem::take(&mut self.row);
        if row.iter().any(|cell| !cell.is_empty()) {
            self.rows.push(row.join("\t"));
        }
    }

    /// Closes the outermost table and writes it as a block.
    fn end_table(&mut self) {
        if !self.row.is_empty() || !self.cell.trim().is_empty() {
            self.end_row();
        }
        let rows = std::mem::take(&mut self.rows);
        self.push_block(&rows.join("\n"));
    }

    /// Everything written, with open paragraphs and tables closed.
    fn finish(mut self) -> String {
        while self.table_depth > 0 {
            self.table_depth -= 1;
            if self.table_depth == 0 {
                self.end_table();
            }
        }
        self.end_paragraph();
        self.out
    }
}

/// The text of one XML part as it is read.
#[derive(Debug, Default)]
pub(crate) struct Flow {
    /// The running text.
    main: Frame,
    /// Open frames inside it, innermost last.
    frames: Vec<Frame>,
    /// Frames sent aside, in the order they closed.
    asides: Vec<(Aside, String)>,
}

impl Flow {
    /// The frame being written.
    fn top(&mut self) -> &mut Frame {
        match self.frames.last_mut() {
            Some(frame) => frame,
            None => &mut self.main,
        }
    }

    /// Writes running text (tabs and line breaks in it are kept outside
    /// tables and become spaces inside them).
    pub fn text(&mut self, text: &str) {
        let top = self.top();
        if top.table_depth > 0 {
            top.push_cell(text);
        } else {
            top.para.push_str(text);
        }
    }

    /// A tab.
    pub fn tab(&mut self) {
        self.text("\t");
    }

    /// A line break inside the paragraph.
    pub fn line_break(&mut self) {
        self.text("\n");
    }

    /// A paragraph starts.
    pub fn start_paragraph(&mut self) {
        let top = self.top();
        top.open_paragraphs = top.open_paragraphs.saturating_add(1);
    }

    /// A paragraph ends.
    pub fn end_paragraph(&mut self) {
        let top = self.top();
        top.open_paragraphs = top.open_paragraphs.saturating_sub(1);
        top.end_paragraph();
    }

    /// A page or column break: the paragraph's text so far is one paragraph,
    /// the rest another.
    pub fn break_paragraph(&mut self) {
        self.top().end_paragraph();
    }

    /// A table starts.
    pub fn start_table(&mut self) {
        let top = self.top();
        if top.table_depth == 0 {
            top.end_paragraph();
        } else {
            top.cell_space();
        }
        top.table_depth = top.table_depth.saturating_add(1);
    }

    /// A row starts.
    pub fn start_row(&mut self) {
        let top = self.top();
        if top.table_depth == 1 {
            top.row.clear();
            top.cell.clear();
        }
    }

    /// A cell ends.
    pub fn end_cell(&mut self) {
        let top = self.top();
        match top.table_depth {
            0 => {}
            1 => top.end_cell(),
            _ => top.cell_space(),
        }
    }

    /// A row ends.
    pub fn end_row(&mut self) {
        let top = self.top();
        match top.table_depth {
            0 => {}
            1 => top.end_row(),
            _ => top.cell_space(),
        }
    }

    /// A table ends.
    pub fn end_table(&mut self) {
        let top = self.top();
        match top.table_depth {
            0 => {}
            1 => {
                top.table_depth = 0;
                top.end_table();
            }
            _ => {
                top.table_depth -= 1;
                top.cell_space();
            }
        }
    }

    /// A frame (text box, note body, header) starts.
    pub fn open_frame(&mut self) {
        self.frames.push(Frame::default());
    }

    /// The innermost frame ends; its text goes to `destination`.
    pub fn close_frame(&mut self, destination: Destination) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        let text = frame.finish();
        if text.is_empty() {
            return;
        }
        match destination {
            Destination::Aside(aside) => self.asides.push((aside, text)),
            Destination::Inline => {
                let parent = self.top();
                if parent.table_depth > 0 {
                    parent.cell_space();
                    parent.push_cell(&text);
                    parent.cell_space();
                } else if parent.open_paragraphs > 0 {
                    parent.pending.push(text);
                } else {
                    parent.push_block(&text);
                }
            }
        }
    }

    /// The running text and the asides, every open element closed.
    pub fn finish(mut self) -> (String, Vec<(Aside, String)>) {
        while !self.frames.is_empty() {
            self.close_frame(Destination::Inline);
        }
        (self.main.finish(), self.asides)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_and_frames_lay_out() {
        let mut flow = Flow::default();
        flow.start_paragraph();
        flow.text("Ліст аб супрацоўніцтве");
        flow.end_paragraph();
        flow.start_table();
        flow.start_row();
        flow.text("Дата");
        flow.end_cell();
        flow.text("12.03.2019");
        flow.end_paragraph();
        flow.text("второй\tабзац");
        flow.end_paragraph();
        flow.end_cell();
        flow.end_row();
        flow.start_row();
        flow.end_cell();
        flow.text("Minsk");
        flow.end_cell();
        flow.end_row();
        flow.end_table();
        flow.start_paragraph();
        flow.open_frame();
        flow.close_frame(Destination::Inline);
        flow.text("Anchor");
        flow.open_frame();
        flow.text("Текст у рамцы");
        flow.end_paragraph();
        flow.close_frame(Destination::Inline);
        flow.text(" continues");
        flow.end_paragraph();
        flow.open_frame();
        flow.text("Зноска");
        flow.close_frame(Destination::Aside(Aside::Footnote));
        let (body, asides) = flow.finish();
        assert_eq!(
            body,
            "Ліст аб супрацоўніцтве\n\nДата\t12.03.2019 второй абзац\n\tMinsk\n\n\
             Anchor continues\n\nТекст у рамцы"
        );
        assert_eq!(asides, vec![(Aside::Footnote, "Зноска".to_owned())]);
    }

    #[test]
    fn nested_tables_flatten_into_their_cell() {
        let mut flow = Flow::default();
        flow.start_table();
        flow.start_row();
        flow.text("outer");
        flow.end_cell();
        flow.start_table();
        flow.start_row();
        flow.text("a");
        flow.end_cell();
        flow.text("b");
        flow.end_cell();
        flow.end_row();
        flow.end_table();
        flow.end_cell();
        flow.end_row();
        flow.end_table();
        assert_eq!(flow.finish().0, "outer\ta b");
    }

    #[test]
    fn unbalanced_calls_do_not_panic() {
        let mut flow = Flow::default();
        flow.end_cell();
        flow.end_row();
        flow.end_table();
        flow.close_frame(Destination::Inline);
        flow.start_table();
        flow.text("cut");
        flow.open_frame();
        flow.start_table();
        flow.text("off");
        let (body, _) = flow.finish();
        assert_eq!(body, "cut off");
    }
}
