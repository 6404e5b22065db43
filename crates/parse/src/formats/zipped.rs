//! What the DOCX and ODT readers share: bounded zip access, a namespaced
//! XML event reader, and the text flow that turns paragraphs, tables, text
//! boxes and notes into the text layout readers emit.
//!
//! Both formats are zip packages of XML parts. Everything here is bounded by
//! [`crate::limits::Limits`]: zip entries are counted, every decompressed
//! chunk is charged against `max_decompressed_size`, XML nesting is capped,
//! and no XML entity is ever expanded (quick-xml reports entity references
//! as events; only the five predefined ones and character references are
//! resolved, here).

mod date;
mod flow;
mod package;
#[cfg(test)]
pub(crate) mod testzip;
mod xml;

pub(crate) use date::iso_datetime;
pub(crate) use flow::{Aside, Destination, Flow};
pub(crate) use package::{Package, decode_xml};
pub(crate) use xml::{Ns, Tag, XmlEvent, XmlPart};
