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

/// Renders the subtree of `root`, skipping never-rendered nodes and the
/// subtrees marked in `removed`.
pub(crate) fn render(dom: &Dom<'_>, stats: &Stats, root: usize, removed: &[bool]) -> String {
    let mut out = Out {
        text: String::new(),
        gap: Gap::None,
        after_br: false,
    };
    // Open elements: (end of subtree, tag, cells seen so far in a row).
    let mut open: Vec<(usize, Tag)> = Vec::new();
    let mut pre_depth = 0usize;
    let mut row_cells: Vec<u32> = Vec::new();
    let end = dom.end(root);
    let mut i = root;
    while i < end {
        while let Some(&(close_at, tag)) = open.last() {
            if close_at > i {
                break;
            }
            open.pop();
            close(&mut out, tag, &mut pre_depth, &mut row_cells);
        }
        let Some(node) = dom.get(i) else { break };
        if removed.get(i).copied().unwrap_or(false) || stats.is_hard(i) {
            i = node.end.max(i + 1);
            continue;
        }
        match node.kind {
            Kind::Text(t) => out.text(t, pre_depth > 0),
            Kind::Element(tag, _) => {
                match tag {
                    Tag::Br => {
                        let gap = if out.after_br { Gap::Para } else { Gap::Line };
                        out.gap = out.gap.max(gap);
                        out.after_br = true;
                    }
                    Tag::Cell => {
                        if let Some(cells) = row_cells.last_mut() {
                            if *cells > 0 {
                                out.gap(Gap::Tab);
                            }
                            *cells += 1;
                        }
                    }
                    Tag::Row => {
                        out.gap(Gap::Line);
                        row_cells.push(0);
                    }
                    Tag::Pre => {
                        out.gap(Gap::Para);
                        pre_depth += 1;
                    }
                    other => {
                        let gap = block_gap(other);
                        if gap != Gap::None {
                            out.gap(gap);
                        }
                    }
                }
                if node.end > i + 1 {
                    open.push((node.end, tag));
                } else {
                    close(&mut out, tag, &mut pre_depth, &mut row_cells);
                }
            }
            Kind::Other => {}
        }
        i += 1;
    }
    while let Some((_, tag)) = open.pop() {
        close(&mut out, tag, &mut pre_depth, &mut row_cells);
    }
    out.text
}

/// The break after an element closes.
fn close(out: &mut Out, tag: Tag, pre_depth: &mut usize, row_cells: &mut Vec<u32>) {
    match tag {
        Tag::Pre => {
            *pre_depth = pre_depth.saturating_sub(1);
            out.gap(Gap::Para);
        }
        Tag::Row => {
            row_cells.pop();
            out.gap(Gap::Line);
        }
        Tag::Br | Tag::Cell => {}
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
             <table><tr><td>Год</td><td>Сума</td></tr><tr><td>2019</td><td>9,4</td></tr></table>\
             <pre>радок 1\n  радок 2</pre>радок<br>новы<br><br>абзац &amp; ёлка",
        );
        assert_eq!(
            got,
            "Загаловак\n\nПершы абзац тэксту.\n\nадзін\nдва\n\nГод\tСума\n2019\t9,4\n\n\
             радок 1\n  радок 2\n\nрадок\nновы\n\nабзац & ёлка"
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
