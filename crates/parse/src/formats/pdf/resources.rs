//! Resource look-up for the interpreter, and the per-document caches.
//!
//! A `Tf` or `Do` names a font or XObject in the current resource
//! dictionary (a form's own, else its parent's). Fonts are loaded once per
//! object id and shared by every page ([`Caches::font`]); decoded form
//! XObject streams are kept too, so a logo drawn on every page is inflated
//! once.
//!
//! Invariant: a cache entry never changes once made; look-ups never fail,
//! they return `None`, and the caller skips the operator.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::document::{as_dict, resolve, stream_bytes};
use super::font::PdfFont;
use crate::error::Result;
use crate::limits::Limits;

/// What identifies a font for caching: its object id, or for a font
/// written straight into a resource dictionary, that dictionary's address
/// (stable while the document is loaded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum FontKey {
    Object(ObjectId),
    Inline(usize),
}

/// Fonts and form streams shared by all pages of one document.
#[derive(Default)]
pub(crate) struct Caches {
    fonts: HashMap<FontKey, Rc<PdfFont>>,
    forms: HashMap<ObjectId, Rc<Vec<u8>>>,
}

/// An entry of a resource category (`/Font`, `/XObject`) by name, with
/// the object id it was referenced by, if any.
pub(crate) fn entry<'a>(
    doc: &'a Document,
    resources: &'a Dictionary,
    category: &[u8],
    name: &[u8],
) -> Option<(Option<ObjectId>, &'a Object)> {
    let table = as_dict(doc, resources.get(category).ok()?)?;
    let value = table.get(name).ok()?;
    match value {
        Object::Reference(id) => {
            let (_, obj) = doc.dereference(value).ok()?;
            Some((Some(*id), obj))
        }
        other => Some((None, other)),
    }
}

impl Caches {
    /// The font named `name` in `resources`, loaded once.
    pub fn font(
        &mut self,
        doc: &Document,
        resources: &Dictionary,
        name: &[u8],
        limits: &Limits,
    ) -> Option<Rc<PdfFont>> {
        let (id, obj) = entry(doc, resources, b"Font", name)?;
        let dict = as_dict(doc, obj)?;
        let key = match id {
            Some(id) => FontKey::Object(id),
            None => FontKey::Inline(std::ptr::from_ref(dict) as usize),
        };
        if let Some(font) = self.fonts.get(&key) {
            return Some(Rc::clone(font));
        }
        let font = Rc::new(PdfFont::load(doc, dict, limits));
        self.fonts.insert(key, Rc::clone(&font));
        Some(font)
    }

    /// The decoded content of a form XObject, decoded once.
    pub fn form_content(
        &mut self,
        id: Option<ObjectId>,
        stream: &lopdf::Stream,
        limits: &Limits,
    ) -> Result<Rc<Vec<u8>>> {
        if let Some(id) = id
            && let Some(bytes) = self.forms.get(&id)
        {
            return Ok(Rc::clone(bytes));
        }
        let bytes = Rc::new(stream_bytes(stream, limits)?);
        if let Some(id) = id {
            self.forms.insert(id, Rc::clone(&bytes));
        }
        Ok(bytes)
    }
}

/// The form's own resources, if it has them.
pub(crate) fn form_resources<'a>(
    doc: &'a Document,
    form: &'a Dictionary,
) -> Option<&'a Dictionary> {
    form.get(b"Resources").ok().and_then(|o| as_dict(doc, o))
}

/// The form's `/Matrix`, identity if absent or broken.
pub(crate) fn form_matrix(doc: &Document, form: &Dictionary) -> [f32; 6] {
    let mut m = super::glyphs::IDENTITY;
    if let Some(Ok(arr)) = form.get(b"Matrix").ok().map(|o| resolve(doc, o).as_array())
        && arr.len() == 6
    {
        for (slot, item) in m.iter_mut().zip(arr) {
            match super::document::number(resolve(doc, item)) {
                Some(v) => *slot = v,
                None => return super::glyphs::IDENTITY,
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ParseOptions;
    use lopdf::dictionary;

    #[test]
    fn fonts_are_loaded_once_per_object() {
        let mut doc = Document::with_version("1.5");
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let resources = dictionary! { "Font" => dictionary! { "F1" => font, "F2" => font } };
        let opts = ParseOptions::default();
        let limits = Limits::new(&opts);
        let mut caches = Caches::default();
        let a = caches.font(&doc, &resources, b"F1", &limits).unwrap();
        let b = caches.font(&doc, &resources, b"F2", &limits).unwrap();
        assert!(Rc::ptr_eq(&a, &b));
        assert!(caches.font(&doc, &resources, b"F9", &limits).is_none());
    }
}
