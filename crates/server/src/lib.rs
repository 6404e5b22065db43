//! vopis-server: the archive's search page and HTTP API (`vopis serve`).
//!
//! One axum router serves the server-rendered pages (`/`, `/documents/{id}`),
//! the JSON API under `/api/` (described by the OpenAPI document at
//! `/api/openapi.json`) and two static files (CSS and a little JS). Index
//! work is blocking (tantivy), so each request runs it on tokio's blocking
//! pool, and each search reloads the index reader, so documents a worker
//! commits while the server runs show up at the next request.
//!
//! Invariants: every response carries a strict Content-Security-Policy (no
//! inline script or style); every piece of document text reaches HTML
//! through maud's escaping; no path from a request ever reaches the file
//! system except the upload's sanitised name inside `--inbox`.
//!
//! ```no_run
//! let options = vopis_server::ServeOptions::new("index");
//! vopis_server::run(&options)?;
//! # Ok::<(), vopis_server::StartError>(())
//! ```
#![warn(missing_docs)]
#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used)]

mod error;
mod highlight;
mod i18n;
mod limits;
mod openapi;
mod params;
mod routes;
mod security;
mod start;
mod state;
mod templates;
mod upload;

pub use error::ApiError;
pub use limits::{
    MAX_BODY_BYTES, MAX_FILTER_VALUES, MAX_PAGE_SIZE, MAX_QUERY_CHARS, MAX_UPLOAD_BYTES,
};
pub use start::{ServeOptions, StartError, router, run, serve};
