//! Document properties of a DOCX: `docProps/core.xml` (title, author,
//! dates) and `docProps/app.xml` (producing application, page count).
//!
//! Only the properties are read, never text: a title missing from the
//! properties stays missing here (finding one in the text is the metadata
//! stage's job). Damaged property parts are skipped with a warning; they
//! never fail the document.

use crate::error::{ErrorKind, Result};
use crate::formats::Extracted;
use crate::formats::zipped::{Ns, Package, XmlEvent, XmlPart, iso_datetime};
use crate::limits::Limits;

/// Fills `out` from the core and extended property parts, if present.
pub(super) fn read_properties(
    package: &mut Package<'_, '_, '_>,
    core_name: &str,
    app_name: &str,
    limits: &Limits,
    out: &mut Extracted,
) -> Result<()> {
    if let Some(xml) = package.read_xml(core_name)? {
        let fields = leaf_texts(&xml, core_name, limits, &mut out.warnings)?;
        for (ns, local, value) in fields {
            let value = value.trim();
            match (ns, local.as_str()) {
                (Ns::Dc, "title") => set(&mut out.title, value),
                (Ns::Dc, "creator") => set(&mut out.author, value),
                (Ns::Dcterms, "created") => {
                    out.created = out.created.take().or_else(|| iso_datetime(value))
                }
                (Ns::Dcterms, "modified") => {
                    out.modified = out.modified.take().or_else(|| iso_datetime(value))
                }
                _ => {}
            }
        }
    }
    if let Some(xml) = package.read_xml(app_name)? {
        let fields = leaf_texts(&xml, app_name, limits, &mut out.warnings)?;
        for (ns, local, value) in fields {
            let value = value.trim();
            match (ns, local.as_str()) {
                (Ns::Ext, "Application") => set(&mut out.producer, value),
                (Ns::Ext, "Pages") => {
                    out.page_count = out
                        .page_count
                        .or_else(|| value.parse::<u32>().ok().filter(|&n| n > 0));
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// Sets `slot` to `value` unless it is already set or `value` is blank.
fn set(slot: &mut Option<String>, value: &str) {
    if slot.is_none() && !value.is_empty() {
        *slot = Some(value.to_owned());
    }
}

/// The text of every child of the root element, with its name. A damaged
/// part gives what was read before the damage, and a warning.
fn leaf_texts(
    xml: &str,
    name: &str,
    limits: &Limits,
    warnings: &mut Vec<String>,
) -> Result<Vec<(Ns, String, String)>> {
    let mut part = XmlPart::new(xml, name, "DOCX", limits);
    let mut found = Vec::new();
    loop {
        match part.next() {
            Ok(XmlEvent::Start(tag)) if part.depth() == 2 => {
                let (ns, local) = (tag.ns, tag.local().to_owned());
                match part.text_of() {
                    Ok(text) => found.push((ns, local, text)),
                    Err(e) if e.kind() == ErrorKind::Corrupt => {
                        warnings.push(format!("document properties ({name}) are damaged: {e}"));
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
            Ok(XmlEvent::Eof) => break,
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::Corrupt => {
                warnings.push(format!("document properties ({name}) are damaged: {e}"));
                break;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(found)
}
