//! XMP metadata (the catalog's `/Metadata` stream) read with quick-xml.
//!
//! We want four properties: `dc:title` (an `rdf:Alt` of language
//! alternatives; `x-default` first), `dc:creator` (an `rdf:Seq` of names,
//! joined with ", "), `xmp:CreateDate`/`xmp:ModifyDate`, and `pdf:Producer`.
//! XMP writes a simple property either as an element or as an attribute of
//! `rdf:Description`; both are read. Prefixes are matched by local name and
//! the usual prefix, which is what producers write.
//!
//! Invariant: malformed XML ends the scan early with what was found so far;
//! it is never an error.

use quick_xml::Reader;
use quick_xml::events::Event;

use super::dates::xmp_date;

/// The properties of an XMP packet that vopis uses.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Xmp {
    /// `dc:title`.
    pub title: Option<String>,
    /// `dc:creator`, joined.
    pub author: Option<String>,
    /// `xmp:CreateDate`, ISO 8601.
    pub created: Option<String>,
    /// `xmp:ModifyDate`, ISO 8601.
    pub modified: Option<String>,
    /// `pdf:Producer`.
    pub producer: Option<String>,
}

/// Which property an element or attribute carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prop {
    Title,
    Creator,
    Created,
    Modified,
    Producer,
}

/// The property named by a qualified name, if it is one of ours.
fn prop(qname: &str) -> Option<Prop> {
    match qname {
        "dc:title" => Some(Prop::Title),
        "dc:creator" => Some(Prop::Creator),
        "xmp:CreateDate" | "xap:CreateDate" => Some(Prop::Created),
        "xmp:ModifyDate" | "xap:ModifyDate" => Some(Prop::Modified),
        "pdf:Producer" => Some(Prop::Producer),
        _ => None,
    }
}

/// Reads the properties from an XMP packet.
pub(crate) fn parse(xml: &str) -> Xmp {
    let mut reader = Reader::from_str(xml);
    let mut xmp = Xmp::default();
    // The property being read, the rdf:li values seen in it, and whether
    // the current li is the x-default alternative.
    let mut current: Option<Prop> = None;
    let mut values: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut default_li = false;
    let mut default_value: Option<String> = None;
    let mut events = 0u32;
    loop {
        events += 1;
        if events > 200_000 {
            break;
        }
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = e.name();
                let qname = name.as_ref();
                if current.is_none() {
                    attributes(&e, &mut xmp);
                    if let Some(p) = prop(qname) {
                        current = Some(p);
                        values.clear();
                        text.clear();
                        default_value = None;
                    }
                } else if qname == "rdf:li" {
                    text.clear();
                    default_li = e
                        .attributes()
                        .flatten()
                        .any(|a| a.key.as_ref() == "xml:lang" && a.value.as_ref() == "x-default");
                }
            }
            Ok(Event::Empty(e)) => {
                if current.is_none() {
                    attributes(&e, &mut xmp);
                }
            }
            Ok(Event::Text(t)) => {
                if current.is_some() {
                    text.push_str(&t.xml10_content());
                }
            }
            Ok(Event::CData(t)) => {
                if current.is_some() {
                    text.push_str(&t);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                if current.is_some() {
                    push_reference(&mut text, &r.into_inner());
                }
            }
            Ok(Event::End(e)) => {
                let name = e.name();
                let qname = name.as_ref();
                if qname == "rdf:li" && current.is_some() {
                    let value = text.trim().to_owned();
                    if default_li && default_value.is_none() {
                        default_value = Some(value.clone());
                    }
                    if !value.is_empty() {
                        values.push(value);
                    }
                    text.clear();
                } else if let Some(p) = current.filter(|p| prop(qname) == Some(*p)) {
                    if values.is_empty() && !text.trim().is_empty() {
                        values.push(text.trim().to_owned());
                    }
                    let value = match p {
                        Prop::Creator => values.join(", "),
                        _ => default_value
                            .take()
                            .filter(|v| !v.is_empty())
                            .or_else(|| values.first().cloned())
                            .unwrap_or_default(),
                    };
                    set(&mut xmp, p, &value);
                    current = None;
                    text.clear();
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    xmp
}

/// Appends the character an entity or character reference stands for.
fn push_reference(text: &mut String, name: &str) {
    let ch = match name {
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => name.strip_prefix('#').and_then(|n| {
            let code = match n.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => n.parse().ok(),
            };
            code.and_then(char::from_u32)
        }),
    };
    if let Some(c) = ch {
        text.push(c);
    }
}

/// Reads properties written as attributes of an element (`rdf:Description`).
fn attributes(e: &quick_xml::events::BytesStart<'_>, xmp: &mut Xmp) {
    for attr in e.attributes().flatten() {
        if let Some(p) = prop(attr.key.as_ref()) {
            let mut value = String::new();
            // Attribute values are escaped; resolve the few references by hand.
            let raw = attr.value.as_ref();
            let mut rest = raw;
            while let Some(amp) = rest.find('&') {
                value.push_str(rest.get(..amp).unwrap_or(""));
                let after = rest.get(amp + 1..).unwrap_or("");
                match after.find(';') {
                    Some(semi) => {
                        push_reference(&mut value, after.get(..semi).unwrap_or(""));
                        rest = after.get(semi + 1..).unwrap_or("");
                    }
                    None => {
                        value.push('&');
                        rest = after;
                    }
                }
            }
            value.push_str(rest);
            set(xmp, p, value.trim());
        }
    }
}

/// Stores a property's value, first one wins.
fn set(xmp: &mut Xmp, p: Prop, value: &str) {
    if value.is_empty() {
        return;
    }
    let slot = match p {
        Prop::Title => &mut xmp.title,
        Prop::Creator => &mut xmp.author,
        Prop::Created => &mut xmp.created,
        Prop::Modified => &mut xmp.modified,
        Prop::Producer => &mut xmp.producer,
    };
    if slot.is_some() {
        return;
    }
    *slot = match p {
        Prop::Created | Prop::Modified => xmp_date(value),
        _ => Some(value.to_owned()),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACKET: &str = r#"<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
     pdf:Producer="LibreOffice 7.3 &amp; co"/>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <dc:title><rdf:Alt>
     <rdf:li xml:lang="be">Аб навукова-тэхнічным супрацоўніцтве</rdf:li>
     <rdf:li xml:lang="x-default">О научно-техническом сотрудничестве</rdf:li>
   </rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>Ірына Пятроўская</rdf:li><rdf:li>Jane O&apos;Neil</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreateDate>2019-07-18T10:30:00+03:00</xmp:CreateDate>
   <xmp:ModifyDate>2019-07-19T09:05+03:00</xmp:ModifyDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>"#;

    #[test]
    fn reads_elements_and_attributes() {
        let xmp = parse(PACKET);
        assert_eq!(
            xmp.title.as_deref(),
            Some("О научно-техническом сотрудничестве")
        );
        assert_eq!(xmp.author.as_deref(), Some("Ірына Пятроўская, Jane O'Neil"));
        assert_eq!(xmp.created.as_deref(), Some("2019-07-18T10:30:00+03:00"));
        assert_eq!(xmp.modified.as_deref(), Some("2019-07-19T09:05:00+03:00"));
        assert_eq!(xmp.producer.as_deref(), Some("LibreOffice 7.3 & co"));
    }

    #[test]
    fn broken_xml_keeps_what_was_read() {
        let cut = &PACKET[..PACKET.find("<dc:creator>").unwrap()];
        let xmp = parse(&format!("{cut}<<<>"));
        assert!(xmp.title.is_some());
        assert_eq!(xmp.author, None);
        assert_eq!(parse(""), Xmp::default());
    }
}
