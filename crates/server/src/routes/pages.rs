//! The web pages: `/` (search) and `/documents/{id}`, the static CSS and JS,
//! and the HTML 404.
//!
//! Each page picks its interface language (see `i18n`), and sets the `ui`
//! cookie when `?ui=` chose it. Errors are pages too, with the status of
//! the error.

use axum::extract::{Path, RawQuery, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use vopis_index::SearchRequest;

use super::api::{checked_id, find, run_search};
use crate::error::ApiError;
use crate::highlight::Marker;
use crate::i18n::{self, UiLang};
use crate::limits::{MAX_QUERY_CHARS, PAGE_SIZE};
use crate::params::SearchParams;
use crate::state::AppState;
use crate::templates::{document::document_page, error::error_page, search::search_page};

/// The stylesheet.
const CSS: &str = include_str!("../../static/app.css");
/// The page script (focus shortcut only; the pages work without it).
const JS: &str = include_str!("../../static/app.js");

/// Longest snippet asked for to collect the word forms to mark on a document page.
const MARK_SNIPPET_CHARS: usize = 20_000;

/// `GET /`: the search page, with results for the URL's search.
pub(crate) async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let raw = raw.unwrap_or_default();
    let (ui, set_cookie) = i18n::choose(ui_param(&raw).as_deref(), &headers);
    let (params, results) = match SearchParams::parse(&raw, PAGE_SIZE, true) {
        Ok(params) => {
            let results = run_search(&state, &params, true).await;
            (params, results)
        }
        Err(e) => (SearchParams::default(), Err(e)),
    };
    let status = match &results {
        Ok(_) => StatusCode::OK,
        Err(e) => e.status(),
    };
    respond(
        status,
        ui,
        set_cookie,
        search_page(ui, &params, &results).into_string(),
    )
}

/// `GET /documents/{id}?q=`: one document, the query's words marked.
pub(crate) async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let raw = raw.unwrap_or_default();
    let (ui, set_cookie) = i18n::choose(ui_param(&raw).as_deref(), &headers);
    let q: String = param(&raw, "q")
        .unwrap_or_default()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let id = match checked_id(&id) {
        Ok(id) => id,
        Err(e) => return error(ui, set_cookie, "/", &e),
    };
    let query = q.clone();
    let loaded = state
        .with_index(move |index| {
            let stored = find(index, &id)?;
            let thread = index.thread(&stored.document.id)?;
            let mut marker = Marker::from_query(&query);
            if !query.trim().is_empty() && vopis_index::check_query(&query).is_ok() {
                let request = SearchRequest {
                    query: format!("id:{} AND ({query})", stored.document.id),
                    limit: 1,
                    snippet_chars: MARK_SNIPPET_CHARS,
                    ..SearchRequest::default()
                };
                if let Ok(found) = index.search(&request)
                    && let Some(hit) = found.hits.first()
                {
                    let text = &hit.snippet.text;
                    marker.add_forms(
                        hit.snippet
                            .highlights
                            .iter()
                            .filter_map(|r| text.get(r.clone())),
                    );
                }
            }
            Ok((stored, thread, marker))
        })
        .await;
    match loaded {
        Ok((stored, thread, marker)) => respond(
            StatusCode::OK,
            ui,
            set_cookie,
            document_page(ui, &stored, &thread, &q, &marker).into_string(),
        ),
        Err(e) => error(ui, set_cookie, "/", &e),
    }
}

/// Any other path: an HTML 404 (a JSON one under `/api/`).
pub(crate) async fn not_found(uri: axum::http::Uri, headers: HeaderMap) -> Response {
    if uri.path().starts_with("/api/") {
        return ApiError::NotFound.into_response();
    }
    let (ui, _) = i18n::choose(None, &headers);
    error(ui, false, "/", &ApiError::NotFound)
}

/// `GET /static/app.css`.
pub(crate) async fn css() -> Response {
    static_file("text/css; charset=utf-8", CSS)
}

/// `GET /static/app.js`.
pub(crate) async fn js() -> Response {
    static_file("text/javascript; charset=utf-8", JS)
}

/// A static file with a day of caching.
fn static_file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (CONTENT_TYPE, content_type),
            (CACHE_CONTROL, "public, max-age=86400"),
        ],
        body,
    )
        .into_response()
}

/// The error page for `e` with its status.
fn error(ui: UiLang, set_cookie: bool, path: &str, e: &ApiError) -> Response {
    if let ApiError::Internal(detail) = e {
        eprintln!("vopis serve: {detail}");
    }
    respond(
        e.status(),
        ui,
        set_cookie,
        error_page(ui, path, e).into_string(),
    )
}

/// An HTML response, setting the `ui` cookie if asked.
fn respond(status: StatusCode, ui: UiLang, set_cookie: bool, body: String) -> Response {
    let mut response = (status, Html(body)).into_response();
    if set_cookie
        && let Ok(v) = HeaderValue::from_str(&format!(
            "ui={}; Path=/; Max-Age=31536000; SameSite=Lax",
            ui.code()
        ))
    {
        response.headers_mut().insert(SET_COOKIE, v);
    }
    response
}

/// The `ui` parameter of a query string.
fn ui_param(raw: &str) -> Option<String> {
    param(raw, "ui")
}

/// The first value of parameter `name` in a query string.
fn param(raw: &str, name: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw).ok()?;
    pairs.into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}
