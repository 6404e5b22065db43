//! Document properties of an ODT: `office:meta` in `meta.xml` (or in the
//! single XML file of a flat ODT).
//!
//! Title (`dc:title`), author (`meta:initial-creator`, the person who
//! created the document; `dc:creator`, the last to edit it, when there is
//! no initial creator), creation (`meta:creation-date`) and modification
//! (`dc:date`) date-times, producer (`meta:generator`) and page count
//! (`meta:document-statistic meta:page-count`). A damaged `meta.xml` is
//! skipped with a warning; it never fails the document.

use crate::error::{ErrorKind, Result};
use crate::formats::Extracted;
use crate::formats::zipped::{Ns, XmlEvent, XmlPart, iso_datetime};
use crate::limits::Limits;

/// Fills `out` from the `office:meta` element of `xml` (the part `name`).
pub(super) fn read_meta(xml: &str, name: &str, limits: &Limits, out: &mut Extracted) -> Result<()> {
    let mut part = XmlPart::new(xml, name, "ODT", limits);
    // Depth of the open `office:meta`, if any: only its children are read
    // (a flat ODT also has `dc:creator` in comments and tracked changes).
    let mut meta_depth = None;
    let mut creator = None;
    let mut initial_creator = None;
    loop {
        let event = match part.next() {
            Ok(event) => event,
            Err(e) if e.kind() == ErrorKind::Corrupt => {
                out.warnings
                    .push(format!("document properties ({name}) are damaged: {e}"));
                break;
            }
            Err(e) => return Err(e),
        };
        let tag = match event {
            XmlEvent::Start(tag) => tag,
            XmlEvent::End => {
                if meta_depth.is_some_and(|d| part.depth() < d) {
                    meta_depth = None;
                }
                continue;
            }
            XmlEvent::Eof => break,
            XmlEvent::Text(_) => continue,
        };
        if tag.is(Ns::Office, "meta") {
            meta_depth = Some(part.depth());
            continue;
        }
        if meta_depth.is_none_or(|d| part.depth() != d + 1) {
            continue;
        }
        let slot = match (tag.ns, tag.local()) {
            (Ns::Meta, "document-statistic") => {
                let pages = part.attr(&tag, Ns::Meta, "page-count");
                out.page_count = pages
                    .and_then(|p| p.trim().parse::<u32>().ok())
                    .filter(|&n| n > 0);
                continue;
            }
            (Ns::Dc, "title") => &mut out.title,
            (Ns::Dc, "creator") => &mut creator,
            (Ns::Meta, "initial-creator") => &mut initial_creator,
            (Ns::Meta, "creation-date") => &mut out.created,
            (Ns::Dc, "date") => &mut out.modified,
            (Ns::Meta, "generator") => &mut out.producer,
            _ => continue,
        };
        let is_date = matches!(tag.local(), "creation-date" | "date");
        let text = match part.text_of() {
            Ok(text) => text,
            Err(e) if e.kind() == ErrorKind::Corrupt => {
                out.warnings
                    .push(format!("document properties ({name}) are damaged: {e}"));
                break;
            }
            Err(e) => return Err(e),
        };
        let text = text.trim();
        let value = if is_date {
            iso_datetime(text)
        } else {
            Some(text.to_owned()).filter(|t| !t.is_empty())
        };
        if slot.is_none() {
            *slot = value;
        }
    }
    out.author = initial_creator.or(creator);
    Ok(())
}
