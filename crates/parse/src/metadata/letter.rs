//! (placeholder)

use super::Context;
use crate::model::Document;

/// Fills this module's fields of `doc` from `text`.
pub(crate) fn fill(_doc: &mut Document, _text: &str, _ctx: &Context) {}
