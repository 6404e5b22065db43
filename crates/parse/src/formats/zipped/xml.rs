//! A namespaced, bounded XML event reader for the parts of DOCX and ODT.
//!
//! Wraps quick-xml's `NsReader` and hands the readers a small event set:
//! a start tag (empty elements are expanded into start + end), an end, text,
//! and end of input. Element names are resolved to a namespace ([`Ns`]) and
//! a local name, so a producer's choice of prefixes does not matter.
//!
//! Safety against hostile XML:
//! - quick-xml never expands entities and never reads a DTD, so external
//!   entities (XXE) and "billion laughs" come through as inert references.
//!   This reader resolves only the five predefined entities and numeric
//!   character references; every other reference is dropped.
//! - Nesting is capped at [`xml_depth_limit`]: four times
//!   `ParseOptions::max_depth` (256 by default). The XML tree is much deeper
//!   than the logical nesting `max_depth` counts: one Word table level costs
//!   three elements (`tbl`/`tr`/`tc`) plus a paragraph and a run, and a text
//!   box inside a drawing adds about ten. The reader does not recurse, so the
//!   cap is about refusing pathological files, not about the stack.
//! - The time limit is checked every few thousand events.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{QName, ResolveResult};
use quick_xml::reader::NsReader;

use crate::error::{Error, Result};
use crate::limits::Limits;

/// How many events pass between two time checks.
const TIME_CHECK_EVERY: u32 = 4096;

/// The XML namespaces the readers tell apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// WordprocessingML main (transitional or strict).
    W,
    /// Markup compatibility (`mc:AlternateContent`).
    Mc,
    /// OPC package relationships (`.rels` parts).
    Rel,
    /// Dublin Core elements (`dc:title`, `dc:creator`, `dc:date`).
    Dc,
    /// Dublin Core terms (`dcterms:created`, `dcterms:modified`).
    Dcterms,
    /// OOXML extended properties (`docProps/app.xml`).
    Ext,
    /// ODF text.
    Text,
    /// ODF table.
    Table,
    /// ODF drawing.
    Draw,
    /// ODF office.
    Office,
    /// ODF style.
    Style,
    /// ODF meta.
    Meta,
    /// ODF's SVG-compatible attributes and elements (`svg:title`, `svg:desc`).
    Svg,
    /// ODF package manifest.
    Manifest,
    /// Anything else (or no namespace).
    Other,
}

impl Ns {
    /// The namespace of a URI.
    fn of(uri: &str) -> Ns {
        match uri {
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            | "http://purl.oclc.org/ooxml/wordprocessingml/main" => Ns::W,
            "http://schemas.openxmlformats.org/markup-compatibility/2006" => Ns::Mc,
            "http://schemas.openxmlformats.org/package/2006/relationships" => Ns::Rel,
            "http://purl.org/dc/elements/1.1/" => Ns::Dc,
            "http://purl.org/dc/terms/" => Ns::Dcterms,
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
            | "http://purl.oclc.org/ooxml/officeDocument/extendedProperties" => Ns::Ext,
            "urn:oasis:names:tc:opendocument:xmlns:text:1.0" => Ns::Text,
            "urn:oasis:names:tc:opendocument:xmlns:table:1.0" => Ns::Table,
            "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" => Ns::Draw,
            "urn:oasis:names:tc:opendocument:xmlns:office:1.0" => Ns::Office,
            "urn:oasis:names:tc:opendocument:xmlns:style:1.0" => Ns::Style,
            "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" => Ns::Meta,
            "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" => Ns::Svg,
            "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" => Ns::Manifest,
            _ => Ns::Other,
        }
    }

    /// The namespace a prefix resolved to.
    fn of_resolved(resolved: &ResolveResult<'_>) -> Ns {
        match resolved {
            ResolveResult::Bound(ns) => Ns::of(ns.into_inner()),
            _ => Ns::Other,
        }
    }
}

/// A start tag: its namespace, local name and (lazily read) attributes.
pub(crate) struct Tag<'a> {
    /// The element's namespace.
    pub ns: Ns,
    start: BytesStart<'a>,
}

impl Tag<'_> {
    /// The element's local name (without prefix).
    pub fn local(&self) -> &str {
        self.start.local_name().into_inner()
    }

    /// Whether this is element `local` of namespace `ns`.
    pub fn is(&self, ns: Ns, local: &str) -> bool {
        self.ns == ns && self.local() == local
    }
}

/// One step through an XML part.
pub(crate) enum XmlEvent<'a> {
    /// A start tag (an empty element gives `Start` then `End`).
    Start(Tag<'a>),
    /// The end of the innermost open element.
    End,
    /// Character data, with references resolved.
    Text(Cow<'a, str>),
    /// The end of the part.
    Eof,
}

/// The most deeply nested elements an XML part may have under `limits`.
pub(crate) fn xml_depth_limit(limits: &Limits) -> u32 {
    limits.opts.max_depth.saturating_mul(4)
}

/// An XML part being read, event by event.
pub(crate) struct XmlPart<'a, 'l, 'o> {
    reader: NsReader<&'a [u8]>,
    limits: &'l Limits<'o>,
    format: &'static str,
    part: &'a str,
    depth: u32,
    max_depth: u32,
    since_check: u32,
}

impl<'a, 'l, 'o> XmlPart<'a, 'l, 'o> {
    /// Starts reading `xml`, the part named `part` of a `format` file.
    pub fn new(xml: &'a str, part: &'a str, format: &'static str, limits: &'l Limits<'o>) -> Self {
        let mut reader = NsReader::from_str(xml);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.allow_dangling_amp = true;
        config.trim_text(false);
        XmlPart {
            reader,
            limits,
            format,
            part,
            depth: 0,
            max_depth: xml_depth_limit(limits),
            since_check: 0,
        }
    }

    /// Current element nesting depth (0 outside the root element).
    pub fn depth(&self) -> u32 {
        self.depth
    }

    /// The next event. Ill-formed XML is [`Error::Corrupt`]; nesting past the
    /// limit is [`Error::TooLarge`]; running out of time is [`Error::Timeout`].
    pub fn next(&mut self) -> Result<XmlEvent<'a>> {
        loop {
            self.since_check += 1;
            if self.since_check >= TIME_CHECK_EVERY {
                self.since_check = 0;
                self.limits.check_time()?;
            }
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(e) => {
                    return Err(Error::corrupt(
                        self.format,
                        format!(
                            "{} is not well-formed XML near byte {} ({e})",
                            self.part,
                            self.reader.error_position()
                        ),
                    ));
                }
            };
            match event {
                Event::Start(start) | Event::Empty(start) => {
                    self.depth += 1;
                    if self.depth > self.max_depth {
                        return Err(Error::TooLarge {
                            what: "XML nesting depth",
                            limit: u64::from(self.max_depth),
                            actual: u64::from(self.depth),
                        });
                    }
                    let (resolved, _) = self.reader.resolver().resolve_element(start.name());
                    let ns = Ns::of_resolved(&resolved);
                    return Ok(XmlEvent::Start(Tag { ns, start }));
                }
                Event::End(_) => {
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(XmlEvent::End);
                }
                Event::Text(text) => return Ok(XmlEvent::Text(text.xml10_content())),
                Event::CData(data) => return Ok(XmlEvent::Text(data.xml10_content())),
                Event::GeneralRef(reference) => {
                    if let Some(c) = resolve_reference(&reference) {
                        return Ok(XmlEvent::Text(Cow::Owned(c.to_string())));
                    }
                }
                Event::Eof => return Ok(XmlEvent::Eof),
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
    }

    /// The value of attribute `local` in namespace `ns` of `tag`, with
    /// references resolved (`Ns::Other` matches an unprefixed attribute).
    pub fn attr(&self, tag: &Tag<'_>, ns: Ns, local: &str) -> Option<String> {
        for attr in tag.start.attributes().with_checks(false).flatten() {
            let key: QName<'_> = attr.key;
            let (resolved, name) = self.reader.resolver().resolve_attribute(key);
            if name.into_inner() == local && Ns::of_resolved(&resolved) == ns {
                return Some(unescape(&attr.value));
            }
        }
        None
    }

    /// Skips to the end of the element just started, discarding its content.
    pub fn skip(&mut self) -> Result<()> {
        let target = self.depth.saturating_sub(1);
        while self.depth > target {
            if let XmlEvent::Eof = self.next()? {
                break;
            }
        }
        Ok(())
    }

    /// The text content of the element just started (nested elements'
    /// text included), reading up to its end.
    pub fn text_of(&mut self) -> Result<String> {
        let target = self.depth.saturating_sub(1);
        let mut text = String::new();
        while self.depth > target {
            match self.next()? {
                XmlEvent::Text(t) => text.push_str(&t),
                XmlEvent::Eof => break,
                XmlEvent::Start(_) | XmlEvent::End => {}
            }
        }
        Ok(text)
    }
}

/// The character an entity or character reference stands for: the five
/// predefined entities and `&#N;` / `&#xN;`; `None` for any other name.
fn resolve_reference(name: &str) -> Option<char> {
    match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "apos" => Some('\''),
        "quot" => Some('"'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse::<u32>().ok()?,
            };
            char::from_u32(code).filter(|&c| c != '\0')
        }
    }
}

/// An attribute value with references resolved; unknown ones are dropped.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        match after.find(';') {
            Some(semi) if semi <= 32 => {
                if let Some(c) = after.get(..semi).and_then(resolve_reference) {
                    out.push(c);
                }
                rest = after.get(semi + 1..).unwrap_or_default();
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

    /// All text of a part, concatenated.
    fn all_text(xml: &str, opts: &ParseOptions) -> Result<String> {
        let limits = Limits::new(opts);
        let mut part = XmlPart::new(xml, "test.xml", "DOCX", &limits);
        let mut text = String::new();
        loop {
            match part.next()? {
                XmlEvent::Text(t) => text.push_str(&t),
                XmlEvent::Eof => return Ok(text),
                _ => {}
            }
        }
    }

    #[test]
    fn references_resolve_and_entities_stay_inert() {
        let xml = "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\"><!ENTITY l \"lol\">]>\
                   <a>Сём&amp;&lt;&#1118;&#x2019;&x;&l;&bogus;</a>";
        let text = all_text(xml, &ParseOptions::default()).unwrap();
        assert_eq!(text, "Сём&<ў’");
    }

    #[test]
    fn billion_laughs_costs_nothing() {
        let mut xml = String::from("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for i in 1..10 {
            let prev = if i == 1 {
                "lol".to_owned()
            } else {
                format!("lol{}", i - 1)
            };
            xml.push_str(&format!(
                "<!ENTITY lol{i} \"{}\">",
                format!("&{prev};").repeat(10)
            ));
        }
        xml.push_str("]><a>&lol9;</a>");
        assert_eq!(all_text(&xml, &ParseOptions::default()).unwrap(), "");
    }

    #[test]
    fn deep_nesting_is_too_large() {
        let opts = ParseOptions {
            max_depth: 4,
            ..ParseOptions::default()
        };
        let xml = format!("{}x{}", "<a>".repeat(17), "</a>".repeat(17));
        let err = all_text(&xml, &opts).unwrap_err();
        assert!(
            matches!(
                err,
                Error::TooLarge {
                    what: "XML nesting depth",
                    limit: 16,
                    ..
                }
            ),
            "{err}"
        );
        let ok = format!("{}x{}", "<a>".repeat(16), "</a>".repeat(16));
        assert_eq!(all_text(&ok, &opts).unwrap(), "x");
    }

    #[test]
    fn namespaces_resolve_whatever_the_prefix() {
        let xml = r#"<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:br x:type="page"/></x:document>"#;
        let opts = ParseOptions::default();
        let limits = Limits::new(&opts);
        let mut part = XmlPart::new(xml, "document.xml", "DOCX", &limits);
        let XmlEvent::Start(root) = part.next().unwrap() else {
            panic!()
        };
        assert!(root.is(Ns::W, "document"));
        let XmlEvent::Start(br) = part.next().unwrap() else {
            panic!()
        };
        assert!(br.is(Ns::W, "br"));
        assert_eq!(part.attr(&br, Ns::W, "type").as_deref(), Some("page"));
        assert!(matches!(part.next().unwrap(), XmlEvent::End));
        assert_eq!(part.depth(), 1);
    }

    #[test]
    fn attribute_values_are_unescaped() {
        assert_eq!(unescape("a&amp;b&#x44;&unknown;&"), "a&bD&");
        assert_eq!(unescape("Т&quot;Звязда&quot;"), "Т\"Звязда\"");
    }

    #[test]
    fn broken_xml_is_corrupt() {
        let err = all_text("<a><b></a>", &ParseOptions::default()).unwrap_err();
        assert!(
            matches!(err, Error::Corrupt { format: "DOCX", .. }),
            "{err}"
        );
    }
}
