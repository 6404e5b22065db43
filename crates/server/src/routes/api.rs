//! The JSON API: search, one document, its original, stats, health, and
//! the OpenAPI document describing them.
//!
//! Hits carry the contract's search fields (`id`, `path`, `title`, `date`,
//! `language`, `doc_type`, `score`, `snippet`) where `snippet` is HTML:
//! the text escaped and each match in `<mark>`; `snippet_text` and
//! `highlights` (byte ranges) give the same unrendered. A document is the
//! extract object plus `paths`, `answers` and `replies`, as `vopis show
//! --json` prints it.

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use vopis_index::{Facets, Hit, Index, SearchResults, StoredDocument, Thread};

use crate::error::ApiError;
use crate::limits::MAX_PAGE_SIZE;
use crate::params::{FACETS, SearchParams};
use crate::state::AppState;

pub(crate) use super::original::original;

/// `GET /healthz`: the process is up; says whether the index can be read.
pub(crate) async fn health(State(state): State<AppState>) -> Json<Value> {
    let documents = state.with_index(|index| Ok(index.document_count()?)).await;
    Json(match documents {
        Ok(n) => json!({"status": "ok", "index": "ready", "documents": n}),
        Err(e) => json!({"status": "ok", "index": "unavailable", "message": e.to_string()}),
    })
}

/// `GET /api/openapi.json`.
pub(crate) async fn openapi() -> Response {
    (
        [(CONTENT_TYPE, "application/json")],
        crate::openapi::OPENAPI_JSON,
    )
        .into_response()
}

/// `GET /api/stats`: the index's counts and failures.
pub(crate) async fn stats(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    let stats = state.with_index(|index| Ok(index.stats()?)).await?;
    Ok(Json(
        serde_json::to_value(stats).map_err(|e| ApiError::Internal(e.to_string()))?,
    ))
}

/// `GET /api/search?q=&lang=&type=&year=&country=&sender=&from=&to=&sort=&limit=&offset=`.
pub(crate) async fn search(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    let params = SearchParams::parse(raw.as_deref().unwrap_or(""), 10, false)?;
    let results = run_search(&state, &params, true).await?;
    Ok(Json(json!({
        "query": params.q,
        "index_query": params.index_query(),
        "total": results.total,
        "offset": params.offset,
        "limit": params.limit,
        "hits": results.hits.iter().map(hit_json).collect::<Vec<_>>(),
        "facets": results.facets.as_ref().map(facets_json),
    })))
}

/// Runs `params` (checking the user's query alone first, so an error's
/// position is in the text the user wrote).
///
/// Facet counts are disjunctive: the counts of a facet that has active
/// values come from the same search without that facet's own filter, so the
/// other values of that facet stay listed and can be added (OR-ed) too.
pub(crate) async fn run_search(
    state: &AppState,
    params: &SearchParams,
    facets: bool,
) -> Result<SearchResults, ApiError> {
    vopis_index::check_query(&params.q)?;
    let request = params.request(facets, 240);
    debug_assert!(request.limit <= MAX_PAGE_SIZE);
    let params = params.clone();
    state
        .with_index(move |index| {
            let mut results = index.search(&request)?;
            if let Some(counts) = results.facets.as_mut() {
                for name in FACETS {
                    if params.filters.values(name).is_empty() {
                        continue;
                    }
                    let mut without = params.clone();
                    without.filters.clear(name);
                    let mut request = without.request(true, 0);
                    request.limit = 0;
                    if let Some(other) = index.search(&request)?.facets {
                        *facet_mut(counts, name) = facet_of(&other, name).to_vec();
                    }
                }
            }
            Ok(results)
        })
        .await
}

/// The counts of facet `name` (a URL filter name).
fn facet_of<'f>(f: &'f Facets, name: &str) -> &'f [(String, u64)] {
    match name {
        "lang" => &f.language,
        "type" => &f.doc_type,
        "year" => &f.year,
        "country" => &f.country,
        _ => &f.sender,
    }
}

/// The counts of facet `name`, to replace.
fn facet_mut<'f>(f: &'f mut Facets, name: &str) -> &'f mut Vec<(String, u64)> {
    match name {
        "lang" => &mut f.language,
        "type" => &mut f.doc_type,
        "year" => &mut f.year,
        "country" => &mut f.country,
        _ => &mut f.sender,
    }
}

/// One hit as JSON.
fn hit_json(hit: &Hit) -> Value {
    json!({
        "id": hit.id,
        "path": hit.path,
        "paths": hit.paths,
        "title": hit.title,
        "date": hit.date,
        "language": hit.language,
        "doc_type": hit.doc_type,
        "sender": hit.sender,
        "recipient": hit.recipient,
        "score": hit.score,
        "snippet": hit.snippet.to_html(),
        "snippet_text": hit.snippet.text,
        "highlights": hit.snippet.highlights.iter().map(|r| [r.start, r.end]).collect::<Vec<_>>(),
    })
}

/// Facet counts as `{"language": [{"value", "count"}], …}`.
fn facets_json(f: &Facets) -> Value {
    let list = |v: &[(String, u64)]| {
        v.iter()
            .map(|(value, count)| json!({"value": value, "count": count}))
            .collect::<Vec<_>>()
    };
    json!({
        "language": list(&f.language),
        "doc_type": list(&f.doc_type),
        "year": list(&f.year),
        "country": list(&f.country),
        "sender": list(&f.sender),
    })
}

/// `GET /api/documents/{id}`: the stored record, paths and thread links.
pub(crate) async fn document(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let (stored, thread) = load(&state, id).await?;
    let mut value =
        serde_json::to_value(&stored.document).map_err(|e| ApiError::Internal(e.to_string()))?;
    if let Some(object) = value.as_object_mut() {
        object.insert("paths".into(), json!(stored.paths));
        object.insert("answers".into(), json!(thread.answers));
        object.insert("replies".into(), json!(thread.replies));
    }
    Ok(Json(value))
}

/// The document `id` (a full id or a unique prefix) and its thread; 404 if
/// the id is not a hex id the index has.
pub(crate) async fn load(
    state: &AppState,
    id: String,
) -> Result<(StoredDocument, Thread), ApiError> {
    let id = checked_id(&id)?;
    state
        .with_index(move |index| {
            let stored = find(index, &id)?;
            let thread = index.thread(&stored.document.id)?;
            Ok((stored, thread))
        })
        .await
}

/// The stored document for a checked id or prefix.
pub(crate) fn find(index: &Index, id: &str) -> Result<StoredDocument, ApiError> {
    if let Some(stored) = index.document(id)? {
        return Ok(stored);
    }
    match index.resolve_id(id) {
        Ok(Some(full)) => index.document(&full)?.ok_or(ApiError::NotFound),
        Ok(None) => Err(ApiError::NotFound),
        Err(vopis_index::Error::AmbiguousId { .. }) => Err(ApiError::bad(format!(
            "`{id}` is the start of several ids; give more of it"
        ))),
        Err(e) => Err(e.into()),
    }
}

/// `id` lower-cased if it is 6 to 64 hex digits; otherwise not found.
pub(crate) fn checked_id(id: &str) -> Result<String, ApiError> {
    if (6..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(id.to_ascii_lowercase())
    } else {
        Err(ApiError::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_hex_only() {
        assert!(checked_id("0123abcdef").is_ok());
        for bad in [
            "../../etc/passwd",
            "..%2f..",
            "abc",
            "0123abcdeg",
            &"a".repeat(65),
            "ёёёёёё",
        ] {
            assert!(matches!(checked_id(bad), Err(ApiError::NotFound)), "{bad}");
        }
    }

    #[test]
    fn facets_serialise_as_value_count_lists() {
        let f = Facets {
            language: vec![("be".into(), 3)],
            ..Facets::default()
        };
        assert_eq!(
            facets_json(&f)["language"],
            json!([{"value": "be", "count": 3}])
        );
    }
}
