//! The MIME tree of a message: which parts are its body, which are attachments.
//!
//! Walked from the root part: `multipart/alternative` gives one body (the
//! plain text if it has any words, else the HTML, else the first nested
//! multipart); other multiparts are walked child by child, their inline
//! text parts joined as the body; a part with a file name or
//! `Content-Disposition: attachment`, every non-text part, and every
//! `message/rfc822` (as the whole embedded message) becomes an attachment.
//!
//! Invariants: nesting is bounded by `Limits::check_depth` and every
//! decoded byte is charged to the budget; the parts vector is only read
//! through `get`, so a malformed tree cannot index out of bounds, and a
//! part reached twice is not read twice.

use mail_parser::{Message, MessagePart, MimeHeaders, PartType};

use super::super::Attachment;
use super::charset::{declared_charset, part_text, transfer_decoded};
use super::headers::text_field;
use crate::error::Result;
use crate::formats::html;
use crate::limits::Limits;

/// What the walk found.
#[derive(Debug, Default)]
pub(crate) struct Walk {
    /// Body texts in order.
    pub texts: Vec<String>,
    /// The encoding of the first body text.
    pub encoding: Option<&'static str>,
    /// Attached files.
    pub attachments: Vec<Attachment>,
    /// What went imperfectly.
    pub warnings: Vec<String>,
    /// Parts already visited (guards against a cyclic part list).
    seen: Vec<bool>,
}

impl Walk {
    /// Walks the message from its root part.
    pub fn run(msg: &Message<'_>, raw: &[u8], limits: &Limits) -> Result<Walk> {
        let mut walk = Walk {
            seen: vec![false; msg.parts.len()],
            ..Walk::default()
        };
        walk.part(msg, raw, 0, 0, limits)?;
        Ok(walk)
    }

    /// Visits part `id` at nesting `depth`.
    fn part(
        &mut self,
        msg: &Message<'_>,
        raw: &[u8],
        id: usize,
        depth: u32,
        limits: &Limits,
    ) -> Result<()> {
        limits.check_depth(depth)?;
        limits.check_time()?;
        match self.seen.get_mut(id) {
            Some(seen) if !*seen => *seen = true,
            _ => return Ok(()),
        }
        let Some(part) = msg.parts.get(id) else {
            return Ok(());
        };
        match &part.body {
            PartType::Multipart(children) => {
                let children: Vec<usize> = children.iter().map(|&c| c as usize).collect();
                if is_subtype(part, "multipart", "alternative") {
                    if let Some(pick) = pick_alternative(msg, &children) {
                        self.part(msg, raw, pick, depth + 1, limits)?;
                    }
                } else {
                    for child in children {
                        self.part(msg, raw, child, depth + 1, limits)?;
                    }
                }
            }
            PartType::Text(text) | PartType::Html(text) => {
                let bytes = transfer_decoded(raw, part);
                if let Some(b) = &bytes {
                    limits.charge(b.len() as u64)?;
                }
                if id != 0 && is_attachment(part) {
                    let bytes = bytes.unwrap_or_else(|| text.as_bytes().to_vec());
                    self.attach(part, bytes, "txt");
                    return Ok(());
                }
                let mut declared = declared_charset(part);
                if declared.is_none() && matches!(part.body, PartType::Html(_)) {
                    declared = bytes.as_deref().and_then(html::declared_charset);
                }
                let decoded = part_text(bytes.as_deref(), declared.as_deref(), text);
                if let Some(w) = decoded.warning {
                    self.warnings.push(w);
                }
                if self.encoding.is_none() {
                    self.encoding = decoded.encoding;
                }
                let body = if matches!(part.body, PartType::Html(_)) {
                    html::mail_text(&decoded.text, limits)?
                } else {
                    decoded.text
                };
                if !body.trim().is_empty() {
                    self.texts.push(body);
                }
            }
            PartType::Binary(bytes) | PartType::InlineBinary(bytes) => {
                limits.charge(bytes.len() as u64)?;
                self.attach(part, bytes.to_vec(), "bin");
            }
            PartType::Message(inner) => {
                let bytes = if part.encoding == mail_parser::Encoding::None {
                    let start = part.offset_body as usize;
                    let end = part.offset_end as usize;
                    raw.get(start..end.max(start))
                        .filter(|b| !b.is_empty())
                        .map(<[u8]>::to_vec)
                        .unwrap_or_else(|| inner.raw_message().to_vec())
                } else {
                    inner.raw_message().to_vec()
                };
                limits.charge(bytes.len() as u64)?;
                let name = part
                    .attachment_name()
                    .map(str::to_owned)
                    .or_else(|| text_field(inner, "Subject").map(|s| format!("{}.eml", s.trim())));
                self.push_attachment(name, bytes, "eml");
            }
        }
        Ok(())
    }

    /// Adds a part as an attachment, named from its headers.
    fn attach(&mut self, part: &MessagePart<'_>, bytes: Vec<u8>, ext: &str) {
        let name = part.attachment_name().map(str::to_owned);
        self.push_attachment(name, bytes, ext);
    }

    /// Adds an attachment, making up a name (`part-N.ext`) if it has none.
    fn push_attachment(&mut self, name: Option<String>, bytes: Vec<u8>, ext: &str) {
        let n = self.attachments.len() + 1;
        let name = name
            .map(|s| clean_name(&s))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("part-{n}.{ext}"));
        self.attachments.push(Attachment { name, bytes });
    }
}

/// The alternative to read: plain text with words, else HTML, else a nested multipart.
fn pick_alternative(msg: &Message<'_>, children: &[usize]) -> Option<usize> {
    let get = |i: &usize| msg.parts.get(*i);
    let plain = children.iter().find(|i| {
        get(i).is_some_and(|p| matches!(&p.body, PartType::Text(t) if !t.trim().is_empty()))
    });
    let html = children
        .iter()
        .find(|i| get(i).is_some_and(|p| matches!(p.body, PartType::Html(_))));
    let nested = children
        .iter()
        .find(|i| get(i).is_some_and(|p| matches!(p.body, PartType::Multipart(_))));
    plain.or(html).or(nested).or(children.first()).copied()
}

/// Whether a part is meant as a file rather than as the message's text.
fn is_attachment(part: &MessagePart<'_>) -> bool {
    part.content_disposition()
        .is_some_and(|d| d.ctype().eq_ignore_ascii_case("attachment"))
        || part.attachment_name().is_some()
}

/// Whether a part's Content-Type is `ctype/subtype`.
fn is_subtype(part: &MessagePart<'_>, ctype: &str, subtype: &str) -> bool {
    part.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case(ctype)
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case(subtype))
    })
}

/// A file name without folders or control characters, on one line.
fn clean_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    last.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
