//! Reading font dictionaries through lopdf: references, numbers, names, streams.
//!
//! Font dictionaries come from untrusted files, so every accessor here returns
//! an `Option` and never fails loudly: a missing or mistyped entry is simply
//! absent. Stream contents are decompressed within what is left of the
//! extraction's decompression budget and charged to it.

use lopdf::{Dictionary, Document, Object};

use crate::limits::Limits;

/// The largest single font-related stream we decompress (CMaps, font programs).
const MAX_STREAM: u64 = 64 << 20;

/// Follows references to the object they point at.
pub(super) fn deref<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    doc.dereference(obj).ok().map(|(_, o)| o)
}

/// The entry `key` of `dict`, references followed.
pub(super) fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    deref(doc, dict.get(key).ok()?)
}

/// The dictionary at `key` (a stream's dictionary also counts).
pub(super) fn get_dict<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a Dictionary> {
    match get(doc, dict, key)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// The name at `key`.
pub(super) fn get_name<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a [u8]> {
    get(doc, dict, key)?.as_name().ok()
}

/// The number (integer or real) at `key`.
pub(super) fn get_number(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f32> {
    number(get(doc, dict, key)?)
}

/// The array at `key`.
pub(super) fn get_array<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    key: &[u8],
) -> Option<&'a [Object]> {
    get(doc, dict, key)?.as_array().ok().map(Vec::as_slice)
}

/// A direct number object as `f32`, if it is finite.
pub(super) fn number(obj: &Object) -> Option<f32> {
    obj.as_float().ok().filter(|v| v.is_finite())
}

/// The decompressed content of the stream `obj` (references followed),
/// charged to `limits`. `None` when it is not a stream, does not decode, or
/// would exceed the budget.
pub(super) fn stream_bytes(doc: &Document, obj: &Object, limits: &Limits) -> Option<Vec<u8>> {
    let stream = deref(doc, obj)?.as_stream().ok()?;
    let left = limits
        .opts
        .max_decompressed_size
        .saturating_sub(limits.decompressed())
        .min(MAX_STREAM);
    let max = usize::try_from(left).unwrap_or(usize::MAX);
    let data = stream.decompressed_content_with_limit(max).ok()?;
    let len = u64::try_from(data.len()).unwrap_or(u64::MAX);
    limits.charge(len).ok()?;
    Some(data)
}

/// The decompressed stream at `key` of `dict`.
pub(super) fn get_stream_bytes(
    doc: &Document,
    dict: &Dictionary,
    key: &[u8],
    limits: &Limits,
) -> Option<Vec<u8>> {
    stream_bytes(doc, dict.get(key).ok()?, limits)
}
