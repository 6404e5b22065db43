//! Opening a PDF with lopdf: loading, encryption, the page list, page
//! geometry and the bytes of content streams.
//!
//! lopdf parses the objects; this module puts our limits around it. Loading
//! caps each stream's inflation at what is left of `max_decompressed_size`;
//! every content stream we decode later is charged to [`Limits::charge`].
//! A file encrypted with an empty user password is opened (lopdf tries the
//! empty password itself); any other encrypted file is [`Error::Encrypted`].
//!
//! Invariants: no lopdf error escapes as anything but a typed [`Error`]; a
//! returned [`Pdf`] is decrypted and within `max_objects`.

use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId};

use crate::error::{Error, Result};
use crate::limits::Limits;

/// A loaded, decrypted PDF and its pages in order.
pub(crate) struct Pdf {
    /// The parsed document.
    pub doc: Document,
    /// Page object ids, in page order.
    pub pages: Vec<ObjectId>,
}

/// The visible area of a page and how it is turned for display.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Geometry {
    /// The crop box (or media box): `[x0, y0, x1, y1]` in user space.
    pub rect: [f32; 4],
    /// Clockwise display rotation in degrees: 0, 90, 180 or 270.
    pub rotate: i32,
}

impl Geometry {
    /// Width and height of the page as displayed.
    pub fn displayed_size(&self) -> (f32, f32) {
        let w = (self.rect[2] - self.rect[0]).abs();
        let h = (self.rect[3] - self.rect[1]).abs();
        if self.rotate % 180 == 0 {
            (w, h)
        } else {
            (h, w)
        }
    }

    /// The matrix from user space to display space: origin at the bottom
    /// left of the displayed page, y up, page rotation applied.
    pub fn base_matrix(&self) -> [f32; 6] {
        let [x0, y0, x1, y1] = self.rect;
        let (left, bottom) = (x0.min(x1), y0.min(y1));
        let (w, h) = ((x1 - x0).abs(), (y1 - y0).abs());
        // Translate the box to the origin, then rotate clockwise for display.
        match self.rotate {
            90 => [0.0, -1.0, 1.0, 0.0, -bottom, w + left],
            180 => [-1.0, 0.0, 0.0, -1.0, w + left, h + bottom],
            270 => [0.0, 1.0, -1.0, 0.0, h + bottom, -left],
            _ => [1.0, 0.0, 0.0, 1.0, -left, -bottom],
        }
    }
}

/// Loads `bytes`, decrypting with the empty password when needed.
pub(crate) fn load(bytes: &[u8], limits: &Limits) -> Result<Pdf> {
    let opts = limits.opts;
    let budget = opts
        .max_decompressed_size
        .saturating_sub(limits.decompressed());
    let options = LoadOptions {
        max_decompressed_size: Some(usize::try_from(budget).unwrap_or(usize::MAX)),
        ..LoadOptions::default()
    };
    let doc =
        Document::load_mem_with_options(bytes, options).map_err(|e| load_error(&e, limits))?;
    limits.check_time()?;
    if doc.trailer.has(b"Encrypt") {
        // lopdf removes /Encrypt once the empty password opened the file.
        return Err(Error::Encrypted);
    }
    let objects = doc.objects.len() as u64;
    if objects > opts.max_objects {
        return Err(Error::TooLarge {
            what: "PDF objects",
            limit: opts.max_objects,
            actual: objects,
        });
    }
    let mut pages = Vec::new();
    for id in doc.page_iter() {
        pages.push(id);
        if pages.len() as u64 > opts.max_objects {
            break;
        }
    }
    if pages.is_empty() && doc.catalog().is_err() {
        return Err(Error::corrupt("PDF", "the document catalog is missing"));
    }
    Ok(Pdf { doc, pages })
}

/// Puts a lopdf load error into plain words.
fn load_error(e: &lopdf::Error, limits: &Limits) -> Error {
    use lopdf::Error as L;
    let detail = match e {
        L::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            return Error::TooLarge {
                what: "decompressed data",
                limit: limits.opts.max_decompressed_size,
                actual: limits.opts.max_decompressed_size.saturating_add(1),
            };
        }
        L::InvalidPassword | L::Decryption(_) => return Error::Encrypted,
        L::UnsupportedSecurityHandler(_) => {
            return Error::unsupported("a PDF protected by an unknown security handler");
        }
        L::Parse(_) => "its objects could not be parsed",
        L::Xref(_) | L::MissingXrefEntry => "the cross-reference table is missing or broken",
        L::IndirectObject { .. } | L::ObjectIdMismatch => "an object is broken",
        L::InvalidOffset(_) => "it points past its own end (the file may be truncated)",
        L::ReferenceCycle(_) | L::ReferenceLimit | L::RecursionLimit => {
            "its objects refer to each other in a loop"
        }
        L::Decompress(_) | L::InvalidStream(_) | L::InvalidObjectStream(_) => {
            "a compressed stream is broken"
        }
        _ => "its structure could not be read",
    };
    Error::corrupt("PDF", detail)
}

/// Follows a reference (a bounded chain of them) to the object itself.
pub(crate) fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    doc.dereference(obj).map_or(obj, |(_, o)| o)
}

/// The dictionary `obj` is or refers to (a stream's dictionary too).
pub(crate) fn as_dict<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Dictionary> {
    match resolve(doc, obj) {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// A number object as `f32`.
pub(crate) fn number(obj: &Object) -> Option<f32> {
    match obj {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

/// A page attribute, looked up on the page and then on its ancestors.
fn inherited<'a>(doc: &'a Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(value) = node.get(key) {
            return Some(resolve(doc, value));
        }
        let parent = node.get(b"Parent").ok()?;
        node = as_dict(doc, parent)?;
    }
    None
}

/// A rectangle object as `[x0, y0, x1, y1]`, if it has four finite numbers
/// and some area.
fn rect(doc: &Document, obj: &Object) -> Option<[f32; 4]> {
    let arr = resolve(doc, obj).as_array().ok()?;
    let mut r = [0.0f32; 4];
    for (slot, item) in r.iter_mut().zip(arr.iter()) {
        *slot = number(resolve(doc, item))?;
    }
    let ok = arr.len() >= 4 && (r[2] - r[0]).abs() >= 1.0 && (r[3] - r[1]).abs() >= 1.0;
    ok.then_some(r)
}

/// The page's crop box (falling back to the media box, then to A4) and rotation.
pub(crate) fn geometry(doc: &Document, page: ObjectId) -> Geometry {
    let media = inherited(doc, page, b"MediaBox").and_then(|o| rect(doc, o));
    let crop = inherited(doc, page, b"CropBox").and_then(|o| rect(doc, o));
    let rect = crop.or(media).unwrap_or([0.0, 0.0, 595.0, 842.0]);
    let rotate = inherited(doc, page, b"Rotate")
        .and_then(number)
        .map_or(0, |r| (r as i32).rem_euclid(360) / 90 * 90);
    Geometry { rect, rotate }
}

/// The page's resource dictionary (inherited if the page has none).
pub(crate) fn resources(doc: &Document, page: ObjectId) -> Option<&Dictionary> {
    inherited(doc, page, b"Resources").and_then(|o| as_dict(doc, o))
}

/// The decoded bytes of a stream, charged to the budget. A stream whose
/// filter fails is used as stored (as viewers do); one over the budget fails.
pub(crate) fn stream_bytes(stream: &lopdf::Stream, limits: &Limits) -> Result<Vec<u8>> {
    let left = limits
        .opts
        .max_decompressed_size
        .saturating_sub(limits.decompressed());
    let cap = usize::try_from(left).unwrap_or(usize::MAX);
    let data = if stream.filters().map_or(true, |f| f.is_empty()) {
        stream.content.clone()
    } else {
        match stream.decompressed_content_with_limit(cap) {
            Ok(data) => data,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                return Err(Error::TooLarge {
                    what: "decompressed data",
                    limit: limits.opts.max_decompressed_size,
                    actual: limits.opts.max_decompressed_size.saturating_add(1),
                });
            }
            Err(_) => stream.content.clone(),
        }
    };
    limits.charge(data.len() as u64)?;
    Ok(data)
}

/// The page's content streams, decoded and joined (streams may split an
/// operator between them, so they are one sequence).
pub(crate) fn page_content(doc: &Document, page: ObjectId, limits: &Limits) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let Some(contents) = doc
        .get_dictionary(page)
        .ok()
        .and_then(|p| p.get(b"Contents").ok())
    else {
        return Ok(out);
    };
    let parts: Vec<&Object> = match resolve(doc, contents) {
        Object::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for part in parts {
        if let Object::Stream(stream) = resolve(doc, part) {
            out.extend_from_slice(&stream_bytes(stream, limits)?);
            out.push(b'\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ParseOptions;

    #[test]
    fn base_matrix_maps_the_box_onto_the_displayed_page() {
        let apply =
            |m: [f32; 6], x: f32, y: f32| (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
        let g = Geometry {
            rect: [10.0, 20.0, 210.0, 120.0],
            rotate: 90,
        };
        assert_eq!(g.displayed_size(), (100.0, 200.0));
        let m = g.base_matrix();
        // The top-left corner of the unrotated box becomes the top-right... of
        // a page turned clockwise: (x0, y1) -> (h, w).
        assert_eq!(apply(m, 10.0, 120.0), (100.0, 200.0));
        assert_eq!(apply(m, 210.0, 20.0), (0.0, 0.0));
        let g0 = Geometry { rotate: 0, ..g };
        assert_eq!(apply(g0.base_matrix(), 10.0, 20.0), (0.0, 0.0));
    }

    #[test]
    fn garbage_is_corrupt_not_a_panic() {
        let opts = ParseOptions::default();
        let limits = Limits::new(&opts);
        let err = load(b"%PDF-1.4\nnot really a PDF at all", &limits)
            .err()
            .unwrap();
        assert_eq!(err.kind(), crate::ErrorKind::Corrupt, "{err}");
    }
}
