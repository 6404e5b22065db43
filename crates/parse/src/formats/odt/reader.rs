//! The ODT reader: opens the package, refuses encrypted ones, reads the body
//! (`content.xml`), the headers and footers (`styles.xml`) and the
//! properties (`meta.xml`).
//!
//! Order of the text (the same as for DOCX):
//! 1. the body, text boxes after their anchoring paragraph;
//! 2. footnotes, then endnotes, in document order (their citation marks are
//!    left out of the running text);
//! 3. headers, then footers, each distinct text once.
//!
//! An ODF package encrypts its parts itself (the zip entries are plain, the
//! manifest says `manifest:encryption-data`); such a file is
//! [`Error::Encrypted`]. A damaged body keeps the text read before the
//! damage, with a warning; if nothing could be read the file is
//! [`Error::Corrupt`].
//!
//! A flat ODT (`.fodt`: one XML file holding meta, styles and body) is read
//! the same way, from the one file.

use super::body::walk;
use super::meta::read_meta;
use crate::error::{Error, ErrorKind, Result};
use crate::formats::Extracted;
use crate::formats::zipped::{Aside, Flow, Ns, Package, XmlEvent, XmlPart, decode_xml};
use crate::limits::Limits;

/// The format name used in errors.
const FORMAT: &str = "ODT";

/// The ODF office namespace, declared on the root of a flat ODT.
const OFFICE_NS: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

/// How far into a flat ODT its root element's namespaces are looked for.
const FLAT_HEAD: usize = 16 * 1024;

/// Reads an ODT file.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    if !bytes.starts_with(b"PK") {
        return read_flat(bytes, limits);
    }
    let mut package = Package::open(bytes, limits, FORMAT)?;
    let mut out = Extracted::default();
    if let Some(manifest) = package.read_xml("META-INF/manifest.xml")?
        && is_encrypted(&manifest, limits)?
    {
        return Err(Error::Encrypted);
    }

    let Some(content) = package.read_xml("content.xml")? else {
        return Err(Error::corrupt(
            FORMAT,
            "the content part content.xml is missing",
        ));
    };
    let (body, mut asides) = read_part(&content, "content.xml", limits, &mut out.warnings, true)?;
    drop(content);
    if let Some(styles) = package.read_xml("styles.xml")? {
        let (_, more) = read_part(&styles, "styles.xml", limits, &mut out.warnings, false)?;
        asides.extend(more);
    }

    out.text = assemble(body, &asides);
    if let Some(meta) = package.read_xml("meta.xml")? {
        read_meta(&meta, "meta.xml", limits, &mut out)?;
    }
    Ok(out)
}

/// Reads a flat ODT: body, headers, footers and properties from one XML file.
fn read_flat(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    limits.check_time()?;
    let xml = decode_xml(bytes.to_vec());
    let head = xml.get(..xml.len().min(FLAT_HEAD)).unwrap_or(&xml);
    if !head.contains(OFFICE_NS) {
        return Err(Error::corrupt(
            FORMAT,
            "it is neither a zip package nor a flat OpenDocument XML file",
        ));
    }
    let mut out = Extracted::default();
    let (body, asides) = read_part(&xml, "the flat ODT", limits, &mut out.warnings, true)?;
    out.text = assemble(body, &asides);
    read_meta(&xml, "the flat ODT", limits, &mut out)?;
    Ok(out)
}

/// The text in the documented order: body, notes, headers, footers.
fn assemble(body: String, asides: &[(Aside, String)]) -> String {
    let mut blocks = vec![body];
    for kind in [Aside::Footnote, Aside::Endnote] {
        blocks.extend(
            asides
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, t)| t.clone()),
        );
    }
    for kind in [Aside::Header, Aside::Footer] {
        let mut seen: Vec<String> = Vec::new();
        for (_, text) in asides.iter().filter(|(k, _)| *k == kind) {
            if !seen.contains(text) {
                seen.push(text.clone());
            }
        }
        blocks.extend(seen);
    }
    blocks.retain(|b| !b.is_empty());
    blocks.join("\n\n")
}

/// Whether the manifest declares any part encrypted.
fn is_encrypted(manifest: &str, limits: &Limits) -> Result<bool> {
    let mut part = XmlPart::new(manifest, "META-INF/manifest.xml", FORMAT, limits);
    loop {
        match part.next() {
            Ok(XmlEvent::Start(tag)) if tag.is(Ns::Manifest, "encryption-data") => return Ok(true),
            Ok(XmlEvent::Eof) => return Ok(false),
            Ok(_) => {}
            // A damaged manifest does not stop reading the content.
            Err(e) if e.kind() == ErrorKind::Corrupt => return Ok(false),
            Err(e) => return Err(e),
        }
    }
}

/// The running text and asides of one part. Damage keeps what was read
/// (with a warning) unless it is the body and nothing was read.
fn read_part(
    xml: &str,
    name: &str,
    limits: &Limits,
    warnings: &mut Vec<String>,
    is_body: bool,
) -> Result<(String, Vec<(Aside, String)>)> {
    let mut part = XmlPart::new(xml, name, FORMAT, limits);
    let mut flow = Flow::default();
    let outcome = walk(&mut part, &mut flow);
    let (text, asides) = flow.finish();
    match outcome {
        Ok(()) => Ok((text, asides)),
        Err(e) if e.kind() == ErrorKind::Corrupt => {
            if is_body && text.is_empty() && asides.is_empty() {
                return Err(e);
            }
            warnings.push(if is_body {
                format!("{e}; the text after the damage is lost")
            } else {
                format!("{e}; that part was read only up to the damage")
            });
            Ok((text, asides))
        }
        Err(e) => Err(e),
    }
}
