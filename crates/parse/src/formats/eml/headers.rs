//! From, To, Date and Subject of a message, decoded.
//!
//! mail-parser decodes RFC 2047 encoded words (`=?koi8-r?B?…?=`) and parses
//! addresses and dates. Old Russian mailers also wrote raw 8-bit KOI8-R or
//! windows-1251 into header fields, which it can only read as lossy UTF-8;
//! such a field is decoded again from its raw bytes with
//! [`crate::decode::decode`].
//!
//! Invariant: every value is one line (folding removed) or `None`.

use mail_parser::{Address, Message};

use super::super::EmailHeaders;
use crate::decode;

/// The decoded header fields of the top-level message.
pub(crate) fn read(msg: &Message<'_>, raw: &[u8]) -> EmailHeaders {
    let subject =
        raw_8bit(msg, raw, "Subject").or_else(|| text_field(msg, "Subject").map(one_line));
    let from = raw_8bit(msg, raw, "From").or_else(|| msg.from().and_then(addresses));
    let to = raw_8bit(msg, raw, "To").or_else(|| msg.to().and_then(addresses));
    let date = msg.date().filter(|d| d.is_valid()).map(|d| d.to_rfc3339());
    EmailHeaders {
        from: from.filter(|s| !s.is_empty()),
        to: to.filter(|s| !s.is_empty()),
        date,
        subject: subject.filter(|s| !s.is_empty()),
    }
}

/// The mail program, from `X-Mailer` or `User-Agent`.
pub(crate) fn mailer(msg: &Message<'_>, raw: &[u8]) -> Option<String> {
    let root = msg.parts.first()?;
    ["X-Mailer", "User-Agent"].into_iter().find_map(|name| {
        let header = root
            .headers
            .iter()
            .find(|h| h.name().eq_ignore_ascii_case(name))?;
        let start = usize::try_from(header.offset_start).ok()?;
        let end = usize::try_from(header.offset_end).ok()?;
        let value = one_line(&decode::decode(raw.get(start..end.max(start))?).text);
        (!value.is_empty()).then_some(value)
    })
}

/// A text header field of a message's root part (mail-parser's
/// `Message::subject` indexes the parts and would panic on none).
pub(crate) fn text_field<'a>(msg: &'a Message<'_>, name: &str) -> Option<&'a str> {
    msg.parts
        .first()?
        .headers
        .iter()
        .find(|h| h.name().eq_ignore_ascii_case(name))?
        .value()
        .as_text()
}

/// The author: From's display name, else its address.
pub(crate) fn author(msg: &Message<'_>, raw: &[u8]) -> Option<String> {
    if let Some(from) = raw_8bit(msg, raw, "From") {
        let name = from
            .split('<')
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches('"')
            .trim();
        return Some(if name.is_empty() {
            from.clone()
        } else {
            name.to_owned()
        });
    }
    let addr = msg.from()?.first()?;
    addr.name()
        .map(one_line)
        .filter(|n| !n.is_empty())
        .or_else(|| addr.address().map(one_line))
}

/// A header field written in raw 8-bit bytes that are not UTF-8, decoded.
fn raw_8bit(msg: &Message<'_>, raw: &[u8], name: &str) -> Option<String> {
    let root = msg.parts.first()?;
    let header = root
        .headers
        .iter()
        .find(|h| h.name().eq_ignore_ascii_case(name))?;
    let start = usize::try_from(header.offset_start).ok()?;
    let end = usize::try_from(header.offset_end).ok()?;
    let bytes = raw.get(start..end.max(start))?;
    if bytes.is_ascii() || std::str::from_utf8(bytes).is_ok() {
        return None;
    }
    Some(one_line(&decode::decode(bytes).text))
}

/// Addresses as `Name <address>`, comma-separated.
fn addresses(address: &Address<'_>) -> Option<String> {
    let list: Vec<String> = address
        .iter()
        .take(256)
        .filter_map(|a| {
            let name = a.name().map(one_line).filter(|n| !n.is_empty());
            let addr = a.address().map(one_line).filter(|n| !n.is_empty());
            match (name, addr) {
                (Some(n), Some(a)) if n != a => Some(format!("{n} <{a}>")),
                (Some(n), _) => Some(n),
                (None, Some(a)) => Some(a),
                (None, None) => None,
            }
        })
        .collect();
    (!list.is_empty()).then(|| list.join(", "))
}

/// Folding and runs of whitespace made single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
