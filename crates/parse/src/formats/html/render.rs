//! A subtree of a page as plain text, laid out the way a reader sees it.
//!
//! Block elements end paragraphs (`"\n\n"`): `p`, `div`, headings, lists,
//! tables, `blockquote`, `pre`. List items, table rows, `<br>` and the like
//! end lines (`"\n"`); two `<br>` in a row end a paragraph. Table cells in a
//! row are separated by `"\t"`. Inline elements add nothing; runs of
//! whitespace in the source become one space, except inside `<pre>`, which
//! keeps its lines. html5ever has already decoded the entities.
//!
//! Invariant: the walk is a loop over the flat tree with an explicit stack
//! of open elements, so nesting depth costs memory, never stack.

use super::content::Stats;
use super::dom::{Dom, Kind, Tag};

/// A break waiting to be written before the next text, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// Nothing: the next text joins the last.
    None,
    /// A word break.
    Space,
    /// A table-cell break.
    Tab,
    /// A line break.
    Line,
    /// A paragraph break.
    Para,
}

/// The text being written, with the break owed before the next word.
#[derive(Debug)]
struct Out {
    /// The text so far.
    text: String,
    /// The break owed before the next text.
    gap: Gap,
    /// Whether the last break came from a `<br>` (a second one makes a paragraph).
    after_br: bool,
}

impl Out {
    /// Owes at least `gap` before the next text.
    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
        self.after_br = false;
    }

    /// Writes the owed break (none at the very start).
    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.text.push_str(match self.gap {
                Gap::None => "",
                Gap::Space => " ",
                Gap::Tab => "\t",
                Gap::Line => "\n",
                Gap::Para => "\n\n",
            });
        }
        self.gap = Gap::None;
        self.after_br = false;
    }

    /// Writes a text run: whitespace collapsed, or kept as is inside `<pre>`.
    fn text(&mut self, t: &str, pre: bool) {
        if pre {
            if !t.is_empty() {
                self.flush();
                self.text.push_str(t);
            }
            return;
        }
        if t.starts_with(char::is_whitespace) {
            self.gap = self.gap.max(Gap::Space);
        }
        for (i, word) in t.split_whitespace().enumerate() {
            if i > 0 {
                self.gap = self.gap.max(Gap::Space);
            }
            self.flush();
            self.text.push_str(word);
        }
        if t.ends_with(char::is_whitespace) {
            self.gap = self.gap.max(Gap::Space);
        }
    }
}

/// The break an element makes before and after itself.
fn block_gap(tag: Tag) -> Gap {
    match tag {
        Tag::P
        | Tag::Pre
        | Tag::Block
        | Tag::H1
        | Tag::Heading
        | Tag::Article
        | Tag::Main
        | Tag::Header
        | Tag::Footer
        | Tag::Nav
        | Tag::Aside
        | Tag::Form
        | Tag::Body => Gap::Para,
        Tag::LineBlock | Tag::Row => Gap::Line,
        _ => Gap::None,
    }
}

/// Most nodes of a cell looked at to tell a one-line cell from a block of text.
const CELL_SCAN: usize = 64;

/// The walk's state besides the output.
#[derive(Debug, Default)]
struct State {
    /// Open `<pre>` elements.
    pre_depth: usize,
    /// Cells seen so far in each open row.
    row_cells: Vec<u32>,
    /// Open one-line cells: blocks inside them make no breaks, so a row of
    /// such cells stays one tab-separated line.
    quiet: usize,
}

/// Renders the subtree of `root`, skipping never-rendered nodes and the
/// subtrees marked in `removed`.
pub(crate) fn render(dom: &Dom<'_>, stats: &Stats, root: usize, removed: &[bool]) -> String {
    let mut out = Out {
        text: String::new(),
        gap: Gap::None,
        after_br: false,
    };
    let mut st = State::default();
    // Open elements: (end of subtree, tag, whether it is a one-line cell).
    let mut open: Vec<(usize, Tag, bool)> = Vec::new();
    let end = dom.end(root);
    let mut i = root;
    while i < end {
        while let Some(&(close_at, tag, quiet)) = open.last() {
            if close_at > i {
                break;
            }
            open.pop();
            close(&mut out, tag, quiet, &mut st);
        }
        let Some(node) = dom.get(i) else { break };
        if removed.get(i).copied().unwrap_or(false) || stats.is_hard(i) {
            i = node.end.max(i + 1);
            continue;
        }
        match node.kind {
            Kind::Text(t) => out.text(t, st.pre_depth > 0),
            Kind::Element(tag, _) => {
                let mut quiet = false;
                match tag {
                    Tag::Br if st.quiet > 0 => out.gap = out.gap.max(Gap::Space),
                    Tag::Br => {
                        let gap = if out.after_br { Gap::Para } else { Gap::Line };
                        out.gap = out.gap.max(gap);
                        out.after_br = true;
                    }
                    Tag::Cell => {
                        if let Some(cells) = st.row_cells.last_mut() {
                            if *cells > 0 {
                                out.gap(Gap::Tab);
                            }
                            *cells += 1;
                        }
                        if st.quiet == 0 && one_line_cell(dom, i) {
                            quiet = true;
                            st.quiet += 1;
                        }
                    }
                    Tag::Row => {
                        out.gap(Gap::Line);
                        st.row_cells.push(0);
                    }
                    Tag::Pre => {
                        out.gap(Gap::Para);
                        st.pre_depth += 1;
                    }
                    _ if st.quiet > 0 => {}
                    other => {
                        let gap = block_gap(other);
                        if gap != Gap::None {
                            out.gap(gap);
                        }
                    }
                }
                if node.end > i + 1 {
                    open.push((node.end, tag, quiet));
                } else {
                    close(&mut out, tag, quiet, &mut st);
                }
            }
            Kind::Other => {}
        }
        i += 1;
    }
    while let Some((_, tag, quiet)) = open.pop() {
        close(&mut out, tag, quiet, &mut st);
    }
    out.text
}

/// Whether a table cell holds at most one block (a one-line cell such as
/// `<td><p>Тэрмін</p></td>`), so its row reads as one tab-separated line.
fn one_line_cell(dom: &Dom<'_>, cell: usize) -> bool {
    let end = dom.end(cell);
    if end - cell > CELL_SCAN {
        return false;
    }
    let mut blocks = 0;
    for j in cell + 1..end {
        match dom.tag(j) {
            Some(Tag::Row | Tag::Cell | Tag::Pre) => return false,
            Some(tag) if tag == Tag::Br || block_gap(tag) != Gap::None => blocks += 1,
            _ => {}
        }
        if blocks > 1 {
            return false;
        }
    }
    true
}

/// The break after an element closes.
fn close(out: &mut Out, tag: Tag, quiet: bool, st: &mut State) {
    match tag {
        Tag::Pre => {
            st.pre_depth = st.pre_depth.saturating_sub(1);
            out.gap(Gap::Para);
        }
        Tag::Row => {
            st.row_cells.pop();
            out.gap(Gap::Line);
        }
        Tag::Cell => {
            if quiet {
                st.quiet = st.quiet.saturating_sub(1);
            }
        }
        Tag::Br => {}
        _ if st.quiet > 0 => {}
        other => {
            let gap = block_gap(other);
            if gap != Gap::None {
                out.gap(gap);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::html::content::stats;
    use crate::limits::Limits;
    use crate::options::ParseOptions;
    use scraper::Html;

    fn text(page: &str) -> String {
        let html = Html::parse_document(page);
        let opts = ParseOptions::default();
        let dom = Dom::build(&html, &Limits::new(&opts)).unwrap();
        let st = stats(&dom);
        let removed = vec![false; dom.len()];
        render(&dom, &st, 0, &removed)
    }

    #[test]
    fn blocks_lines_cells_and_pre() {
        let got = text(
            "<title>Не тэкст</title><h1>Загаловак</h1><p>Першы   <b>абзац</b>\n тэксту.</p>\
             <ul><li>адзін</li><li>два</li></ul>\
             <table><tr><td>Год</td><td><p>Сума</p></td></tr><tr><td>2019</td><td>9,4</td></tr></table>\
             <pre>радок 1\n  радок 2</pre>радок<br>новы<br><br>абзац &amp; ёлка",
        );
        assert_eq!(
            got,
            "Загаловак\n\nПершы абзац тэксту.\n\nадзін\nдва\n\nГод\tСума\n2019\t9,4\n\n\
             радок 1\n  радок 2\n\nрадок\nновы\n\nабзац & ёлка"
        );
    }

    #[test]
    fn cells_with_several_blocks_keep_their_paragraphs() {
        let got = text(
            "<table><tr><td><p>Дзяржаўны камітэт</p><p>вул. Кальварыйская, 17</p></td>\
             <td><p>Государственный комитет</p><p>ул. Кальварийская, 17</p></td></tr></table>",
        );
        assert_eq!(
            got,
            "Дзяржаўны камітэт\n\nвул. Кальварыйская, 17\n\nГосударственный комитет\n\n\
             ул. Кальварийская, 17"
        );
    }

    #[test]
    fn inline_elements_keep_words_together() {
        assert_eq!(
            text("<p>Сям<i>’</i>я і <a href=x>сябры</a>.</p>"),
            "Сям’я і сябры."
        );
    }
}
