//! A page for an error: a missing document, a query that could not be
//! understood, an index that cannot be read.

use maud::{Markup, html};

use super::layout::{Frame, page};
use crate::error::ApiError;
use crate::i18n::UiLang;

/// The error page for `error`.
pub(crate) fn error_page(ui: UiLang, path: &str, error: &ApiError) -> Markup {
    let t = ui.text();
    let heading = match error {
        ApiError::NotFound => t.not_found,
        ApiError::BadRequest { .. } => t.bad_query,
        ApiError::Unavailable(_) => t.unavailable,
        _ => t.error,
    };
    let frame = Frame {
        ui,
        title: heading,
        path,
        pairs: &[],
    };
    page(
        &frame,
        html! {
            section.error role="alert" {
                h1 { (heading) }
                @if !matches!(error, ApiError::NotFound) { p { (error.to_string()) } }
                p { a href="/" { (t.back) } }
            }
        },
    )
}
