//! The DOCX reader: opens the package, reads the main document and its
//! notes, headers and footers, and the document properties.
//!
//! Order of the text (documented for the metadata stage):
//! 1. the body (`word/document.xml`), text boxes after their anchoring
//!    paragraph;
//! 2. footnotes, then endnotes, in their order in the notes parts;
//! 3. headers, then footers, each distinct text once (a running header
//!    repeated in several sections appears once), in part-name order.
//!
//! Reviewer comments (`word/comments.xml`) are not part of the document's
//! text and are left out.
//!
//! A damaged body keeps the text read before the damage, with a warning;
//! if nothing could be read the file is [`Error::Corrupt`]. Damaged notes,
//! headers or footers are skipped with a warning.

use super::body::walk;
use super::parts::{Relationship, relationships};
use super::properties::read_properties;
use crate::error::{Error, ErrorKind, Result};
use crate::formats::Extracted;
use crate::formats::zipped::{Flow, Package, XmlPart};
use crate::limits::Limits;

/// The format name used in errors.
const FORMAT: &str = "DOCX";

/// Reads a DOCX file.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    let mut package = Package::open(bytes, limits, FORMAT)?;
    let mut out = Extracted::default();

    let names = package.names();
    let package_rels = relationships(&mut package, "", limits)?;
    let target_of = |kind: &str| {
        package_rels
            .iter()
            .find(|r| r.kind == kind)
            .map(|r| r.target.clone())
    };
    let main = target_of("officeDocument")
        .filter(|name| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .unwrap_or_else(|| "word/document.xml".to_owned());
    let core = target_of("core-properties").unwrap_or_else(|| "docProps/core.xml".to_owned());
    let app = target_of("extended-properties").unwrap_or_else(|| "docProps/app.xml".to_owned());

    let Some(xml) = package.read_xml(&main)? else {
        return Err(Error::corrupt(
            FORMAT,
            format!("the main document part {main} is missing"),
        ));
    };
    let body = read_part(&xml, &main, limits, &mut out.warnings, true)?;
    drop(xml);

    let rels = relationships(&mut package, &main, limits)?;
    let mut blocks = vec![body];
    for kind in ["footnotes", "endnotes"] {
        let fallback = format!("word/{kind}.xml");
        for name in targets(&rels, kind, &fallback, &names) {
            if let Some(xml) = package.read_xml(&name)? {
                blocks.push(read_part(&xml, &name, limits, &mut out.warnings, false)?);
            }
        }
    }
    for kind in ["header", "footer"] {
        let mut seen: Vec<String> = Vec::new();
        for name in targets(&rels, kind, "", &names) {
            if let Some(xml) = package.read_xml(&name)? {
                let text = read_part(&xml, &name, limits, &mut out.warnings, false)?;
                if !text.is_empty() && !seen.contains(&text) {
                    seen.push(text);
                }
            }
        }
        blocks.extend(seen);
    }
    blocks.retain(|b| !b.is_empty());
    out.text = blocks.join("\n\n");

    read_properties(&mut package, &core, &app, limits, &mut out)?;
    Ok(out)
}

/// The parts of relationship `kind`, sorted by name; when the relationships
/// name none, the parts named like `word/{kind}N.xml` (or `fallback`).
fn targets(rels: &[Relationship], kind: &str, fallback: &str, names: &[String]) -> Vec<String> {
    let mut found: Vec<String> = rels
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| r.target.clone())
        .collect();
    if found.is_empty() {
        found = names
            .iter()
            .filter(|n| {
                if fallback.is_empty() {
                    n.strip_prefix("word/")
                        .and_then(|rest| rest.strip_prefix(kind))
                        .and_then(|rest| rest.strip_suffix(".xml"))
                        .is_some_and(|num| num.bytes().all(|b| b.is_ascii_digit()))
                } else {
                    n.as_str() == fallback
                }
            })
            .cloned()
            .collect();
    }
    found.sort_by_key(|name| natural_key(name));
    found.dedup();
    found
}

/// Sort key putting `header2.xml` before `header10.xml`.
fn natural_key(name: &str) -> (String, u64) {
    let stem = name.trim_end_matches(".xml");
    let digits = stem.len() - stem.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (text, number) = stem.split_at(stem.len() - digits);
    (text.to_owned(), number.parse().unwrap_or(0))
}

/// The text of one WordprocessingML part. Damage keeps what was read (with
/// a warning) unless it is the body and nothing was read.
fn read_part(
    xml: &str,
    name: &str,
    limits: &Limits,
    warnings: &mut Vec<String>,
    is_body: bool,
) -> Result<String> {
    let mut part = XmlPart::new(xml, name, FORMAT, limits);
    let mut flow = Flow::default();
    let outcome = walk(&mut part, &mut flow);
    let (text, _) = flow.finish();
    match outcome {
        Ok(()) => Ok(text),
        Err(e) if e.kind() == ErrorKind::Corrupt => {
            if is_body && text.is_empty() {
                return Err(e);
            }
            warnings.push(if is_body {
                format!("{e}; the text after the damage is lost")
            } else {
                format!("{e}; that part was read only up to the damage")
            });
            Ok(text)
        }
        Err(e) => Err(e),
    }
}
