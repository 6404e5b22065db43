//! Finds the parts of a DOCX package through its relationships.
//!
//! An OOXML package says where its parts are in `.rels` parts: the package's
//! own (`_rels/.rels`) names the main document and the properties, and the
//! main document's (`word/_rels/document.xml.rels`) names its headers,
//! footers, footnotes and endnotes. When a relationship part is missing or
//! damaged, the conventional part names are used instead.

use crate::error::Result;
use crate::formats::zipped::{Ns, Package, XmlEvent, XmlPart};
use crate::limits::Limits;

/// One internal relationship: its kind (the last segment of its type URI,
/// e.g. `header`) and the target part's name in the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Relationship {
    /// Relationship kind, e.g. `officeDocument`, `header`, `footnotes`.
    pub kind: String,
    /// The target part's name, e.g. `word/header1.xml`.
    pub target: String,
}

/// Relationships of the part `source` (e.g. `word/document.xml`), read
/// from its `.rels` part; empty when there is none or it is damaged.
pub(super) fn relationships(
    package: &mut Package<'_, '_, '_>,
    source: &str,
    limits: &Limits,
) -> Result<Vec<Relationship>> {
    let (dir, file) = match source.rfind('/') {
        Some(slash) => (
            source.get(..slash).unwrap_or_default(),
            source.get(slash + 1..).unwrap_or_default(),
        ),
        None => ("", source),
    };
    let rels_name = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let Some(xml) = package.read_xml(&rels_name)? else {
        return Ok(Vec::new());
    };
    let mut part = XmlPart::new(&xml, &rels_name, "DOCX", limits);
    let mut found = Vec::new();
    loop {
        let event = match part.next() {
            Ok(event) => event,
            Err(e) if e.kind() == crate::ErrorKind::Corrupt => break,
            Err(e) => return Err(e),
        };
        match event {
            XmlEvent::Start(tag) if tag.is(Ns::Rel, "Relationship") => {
                let external = part
                    .attr(&tag, Ns::Other, "TargetMode")
                    .is_some_and(|m| m.eq_ignore_ascii_case("External"));
                let kind = part.attr(&tag, Ns::Other, "Type").unwrap_or_default();
                let target = part.attr(&tag, Ns::Other, "Target").unwrap_or_default();
                if external || target.is_empty() {
                    continue;
                }
                let kind = kind.rsplit('/').next().unwrap_or_default().to_owned();
                found.push(Relationship {
                    kind,
                    target: resolve(dir, &target),
                });
            }
            XmlEvent::Eof => break,
            _ => {}
        }
    }
    Ok(found)
}

/// The package name of `target` relative to directory `dir`.
fn resolve(dir: &str, target: &str) -> String {
    let target = target.split(['#', '?']).next().unwrap_or_default();
    let mut segments: Vec<&str> = if target.starts_with('/') || dir.is_empty() {
        Vec::new()
    } else {
        dir.split('/').collect()
    };
    for segment in target.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    segments.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::zipped::testzip::zip_of;
    use crate::options::ParseOptions;

    #[test]
    fn targets_resolve_against_the_source_directory() {
        assert_eq!(resolve("word", "header1.xml"), "word/header1.xml");
        assert_eq!(resolve("word", "/word/footer2.xml"), "word/footer2.xml");
        assert_eq!(
            resolve("word", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("word", "../../../x.xml"), "x.xml");
    }

    #[test]
    fn relationships_are_read_and_externals_dropped() {
        let rels = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>"#;
        let bytes = zip_of(&[("word/_rels/document.xml.rels", rels)]);
        let opts = ParseOptions::default();
        let limits = Limits::new(&opts);
        let mut package = Package::open(&bytes, &limits, "DOCX").unwrap();
        let found = relationships(&mut package, "word/document.xml", &limits).unwrap();
        assert_eq!(
            found,
            vec![Relationship {
                kind: "header".to_owned(),
                target: "word/header1.xml".to_owned()
            }]
        );
    }
}
