//! A flat, read-only copy of a parsed page, in document order.
//!
//! html5ever (through scraper) gives a linked tree. The reader's passes
//! (metadata, chrome removal, content choice, rendering) want to walk it
//! many times, sum text lengths per subtree, and skip whole subtrees, so the
//! tree is copied once into a `Vec` in pre-order. In pre-order every
//! subtree is the contiguous range `i..nodes[i].end`, which turns "skip this
//! subtree" into a jump and "sum over the subtree" into one backward pass,
//! with no recursion (a page nested a million levels deep cannot overflow
//! the stack).
//!
//! Invariants: `nodes[0]` is the document root; for every `i > 0`,
//! `nodes[i].parent < i` and `i < nodes[i].end <= nodes[parent].end`.

use std::collections::HashMap;

use scraper::{Html, Node};

use crate::error::{Error, Result};
use crate::limits::Limits;

/// The element names the reader treats specially; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `<a>`.
    A,
    /// `<article>`.
    Article,
    /// `<aside>`.
    Aside,
    /// `<body>`.
    Body,
    /// `<br>`.
    Br,
    /// `<footer>`.
    Footer,
    /// `<form>`.
    Form,
    /// `<h1>`.
    H1,
    /// `<h2>` … `<h6>`.
    Heading,
    /// `<head>`.
    Head,
    /// `<header>`.
    Header,
    /// `<main>`.
    Main,
    /// `<meta>`.
    Meta,
    /// `<nav>` and `<menu>`.
    Nav,
    /// `<p>`.
    P,
    /// `<pre>`, `<textarea>`-like blocks whose line breaks are content.
    Pre,
    /// `<script>`.
    Script,
    /// `<td>` and `<th>`.
    Cell,
    /// `<time>`.
    Time,
    /// `<title>`.
    Title,
    /// `<tr>`.
    Row,
    /// Never text: `style`, `noscript`, `template`, `svg`, `iframe`, form controls, media.
    Hidden,
    /// Blocks that end a paragraph: `div`, `section`, `table`, `ul`, `blockquote`, ….
    Block,
    /// Blocks that end a line: `li`, `dt`, `dd`, `caption`, `summary`, ….
    LineBlock,
    /// Inline and unknown elements.
    Other,
}

impl Tag {
    /// Classifies an element by its local name.
    fn of(name: &str) -> Tag {
        match name {
            "a" => Tag::A,
            "article" => Tag::Article,
            "aside" => Tag::Aside,
            "body" => Tag::Body,
            "br" => Tag::Br,
            "footer" => Tag::Footer,
            "form" => Tag::Form,
            "h1" => Tag::H1,
            "h2" | "h3" | "h4" | "h5" | "h6" => Tag::Heading,
            "head" => Tag::Head,
            "header" => Tag::Header,
            "main" => Tag::Main,
            "meta" => Tag::Meta,
            "nav" | "menu" => Tag::Nav,
            "p" => Tag::P,
            "pre" | "listing" | "plaintext" | "xmp" => Tag::Pre,
            "script" => Tag::Script,
            "td" | "th" => Tag::Cell,
            "time" => Tag::Time,
            "title" => Tag::Title,
            "tr" => Tag::Row,
            "style" | "noscript" | "template" | "svg" | "iframe" | "object" | "embed"
            | "canvas" | "button" | "select" | "option" | "optgroup" | "input" | "textarea"
            | "datalist" | "audio" | "video" | "map" | "link" | "base" | "frameset" | "frame"
            | "dialog" => Tag::Hidden,
            "div" | "section" | "table" | "thead" | "tbody" | "tfoot" | "ul" | "ol" | "dl"
            | "blockquote" | "figure" | "figcaption" | "address" | "hr" | "center" | "details"
            | "fieldset" | "legend" | "html" | "hgroup" | "noframes" => Tag::Block,
            "li" | "dt" | "dd" | "caption" | "summary" | "label" => Tag::LineBlock,
            _ => Tag::Other,
        }
    }
}

/// The attributes the reader looks at, borrowed from the parsed page.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Attrs<'a> {
    /// `class`.
    pub class: Option<&'a str>,
    /// `id`.
    pub id: Option<&'a str>,
    /// `role`.
    pub role: Option<&'a str>,
    /// `aria-label`.
    pub aria_label: Option<&'a str>,
    /// `aria-hidden`.
    pub aria_hidden: Option<&'a str>,
    /// Whether `hidden` is present.
    pub hidden: bool,
    /// `style`.
    pub style: Option<&'a str>,
    /// `itemprop` (microdata).
    pub itemprop: Option<&'a str>,
    /// `property` (Open Graph `<meta>`).
    pub property: Option<&'a str>,
    /// `name` (`<meta>`).
    pub name: Option<&'a str>,
    /// `content` (`<meta>`, microdata).
    pub content: Option<&'a str>,
    /// `datetime` (`<time>`).
    pub datetime: Option<&'a str>,
    /// `rel`.
    pub rel: Option<&'a str>,
    /// `type` (`<script type="application/ld+json">`).
    pub kind: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    /// Picks the interesting attributes of one element.
    fn of(element: &'a scraper::node::Element) -> Attrs<'a> {
        let mut attrs = Attrs::default();
        for (name, value) in element.attrs() {
            match name {
                "class" => attrs.class = Some(value),
                "id" => attrs.id = Some(value),
                "role" => attrs.role = Some(value),
                "aria-label" => attrs.aria_label = Some(value),
                "aria-hidden" => attrs.aria_hidden = Some(value),
                "hidden" => attrs.hidden = true,
                "style" => attrs.style = Some(value),
                "itemprop" => attrs.itemprop = Some(value),
                "property" => attrs.property = Some(value),
                "name" => attrs.name = Some(value),
                "content" => attrs.content = Some(value),
                "datetime" => attrs.datetime = Some(value),
                "rel" => attrs.rel = Some(value),
                "type" => attrs.kind = Some(value),
                _ => {}
            }
        }
        attrs
    }
}

/// What one node is.
///
/// Elements are most of a page's nodes, so boxing their attributes would
/// add an allocation per element to save memory on the text nodes only.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind<'a> {
    /// An element with its tag class and attributes.
    Element(Tag, Attrs<'a>),
    /// A run of text (entities already decoded by html5ever).
    Text(&'a str),
    /// The document, comments, doctypes, processing instructions.
    Other,
}

/// One node of the flat tree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DomNode<'a> {
    /// Index of the parent (the root is its own parent).
    pub parent: usize,
    /// One past the last node of this node's subtree.
    pub end: usize,
    /// What the node is.
    pub kind: Kind<'a>,
}

impl DomNode<'_> {
    /// The tag, for elements.
    pub fn tag(&self) -> Option<Tag> {
        match self.kind {
            Kind::Element(tag, _) => Some(tag),
            _ => None,
        }
    }

    /// The attributes, for elements.
    pub fn attrs(&self) -> Option<&Attrs<'_>> {
        match &self.kind {
            Kind::Element(_, attrs) => Some(attrs),
            _ => None,
        }
    }
}

/// The flat tree of one page.
#[derive(Debug)]
pub(crate) struct Dom<'a> {
    /// Nodes in document order.
    pub nodes: Vec<DomNode<'a>>,
}

impl<'a> Dom<'a> {
    /// Copies the parsed page into pre-order, checking the time and object
    /// limits as it goes.
    pub fn build(html: &'a Html, limits: &Limits) -> Result<Dom<'a>> {
        let root = html.tree.root();
        let mut index = HashMap::new();
        let mut nodes: Vec<DomNode<'a>> = Vec::new();
        for node in root.descendants() {
            let i = nodes.len();
            if i % 4096 == 4095 {
                limits.check_time()?;
                if i as u64 > limits.opts.max_objects {
                    return Err(Error::TooLarge {
                        what: "HTML elements",
                        limit: limits.opts.max_objects,
                        actual: i as u64,
                    });
                }
            }
            let parent = node
                .parent()
                .and_then(|p| index.get(&p.id()).copied())
                .unwrap_or(0);
            index.insert(node.id(), i);
            let kind = match node.value() {
                Node::Element(element) => {
                    Kind::Element(Tag::of(element.name()), Attrs::of(element))
                }
                Node::Text(text) => Kind::Text(text),
                _ => Kind::Other,
            };
            nodes.push(DomNode {
                parent,
                end: i + 1,
                kind,
            });
        }
        for i in (1..nodes.len()).rev() {
            let (parent, end) = match nodes.get(i) {
                Some(n) => (n.parent, n.end),
                None => continue,
            };
            if let Some(p) = nodes.get_mut(parent)
                && p.end < end
            {
                p.end = end;
            }
        }
        Ok(Dom { nodes })
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node at `i`.
    pub fn get(&self, i: usize) -> Option<&DomNode<'a>> {
        self.nodes.get(i)
    }

    /// The tag of node `i`, for elements.
    pub fn tag(&self, i: usize) -> Option<Tag> {
        self.nodes.get(i).and_then(DomNode::tag)
    }

    /// One past the last node of `i`'s subtree.
    pub fn end(&self, i: usize) -> usize {
        self.nodes.get(i).map_or(i + 1, |n| n.end)
    }

    /// The first node with tag `tag`, if any.
    pub fn find(&self, tag: Tag) -> Option<usize> {
        self.nodes.iter().position(|n| n.tag() == Some(tag))
    }

    /// Whether `ancestor`'s subtree contains `node` (a node contains itself).
    pub fn contains(&self, ancestor: usize, node: usize) -> bool {
        ancestor <= node && node < self.end(ancestor)
    }

    /// The text of `i`'s subtree, whitespace collapsed to single spaces,
    /// skipping scripts and other never-text elements.
    pub fn text_of(&self, i: usize) -> String {
        let mut out = String::new();
        let end = self.end(i);
        let mut at = i;
        while at < end {
            let Some(node) = self.nodes.get(at) else {
                break;
            };
            match node.kind {
                Kind::Element(Tag::Script | Tag::Hidden, _) if at != i => {
                    at = node.end;
                    continue;
                }
                Kind::Text(text) => {
                    for word in text.split_whitespace() {
                        if !out.is_empty() {
                            out.push(' ');
                        }
                        out.push_str(word);
                    }
                }
                _ => {}
            }
            at += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ParseOptions;

    #[test]
    fn subtrees_are_contiguous_ranges() {
        let html = Html::parse_document(
            "<html><body><div id=a><p>Мінск <b>сёння</b></p></div><p>Ёлка</p></body></html>",
        );
        let opts = ParseOptions::default();
        let dom = Dom::build(&html, &Limits::new(&opts)).unwrap();
        let div = dom
            .nodes
            .iter()
            .position(|n| n.attrs().is_some_and(|a| a.id == Some("a")))
            .unwrap();
        assert_eq!(dom.text_of(div), "Мінск сёння");
        let body = dom.find(Tag::Body).unwrap();
        assert_eq!(dom.text_of(body), "Мінск сёння Ёлка");
        assert!(dom.contains(body, div));
        assert!(!dom.contains(div, body));
        for (i, n) in dom.nodes.iter().enumerate().skip(1) {
            assert!(n.parent < i && n.end > i);
        }
    }
}
