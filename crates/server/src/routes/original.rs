//! `GET /api/documents/{id}/original`: the original file's bytes.
//!
//! Only paths the index recorded for that id are read (never a path from
//! the request), and only if the file there still has that content hash,
//! so a file changed or replaced since ingest is never served under the old
//! id. The file is sent as an attachment with the content type of its
//! format, under a sandboxing CSP, so an HTML original cannot run script in
//! the server's origin.
//!
//! Invariant: the bytes sent hash (blake3) to the requested id.

use std::path::Path as FsPath;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use vopis_parse::Format;

use super::api::{checked_id, find};
use crate::error::ApiError;
use crate::state::AppState;

/// Largest original served, in bytes.
const MAX_ORIGINAL_BYTES: u64 = 1 << 30;

/// The handler.
pub(crate) async fn original(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id = checked_id(&id)?;
    let (bytes, format, name) = state
        .with_index(move |index| {
            let stored = find(index, &id)?;
            let mut candidates = stored.paths.clone();
            if !candidates.contains(&stored.document.path) {
                candidates.push(stored.document.path.clone());
            }
            for path in &candidates {
                let file = vopis_index::key_path(path);
                if let Some(bytes) = read_if_same(&file, &stored.document.id) {
                    let name = FsPath::new(path)
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| "original".into());
                    return Ok((bytes, stored.document.format, name));
                }
            }
            Err(ApiError::NotFound)
        })
        .await?;
    let mut response = Response::new(Body::from(bytes));
    *response.status_mut() = StatusCode::OK;
    let h = response.headers_mut();
    h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type(format)));
    if let Ok(v) = HeaderValue::from_str(&disposition(&name)) {
        h.insert(CONTENT_DISPOSITION, v);
    }
    h.insert(
        CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    Ok(response)
}

/// The bytes at `path` if it is a regular file whose hash is `id`.
fn read_if_same(path: &FsPath, id: &str) -> Option<Vec<u8>> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_ORIGINAL_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    (blake3::hash(&bytes).to_hex().as_str() == id).then_some(bytes)
}

/// The media type of a format.
fn content_type(format: Format) -> &'static str {
    match format {
        Format::Pdf => "application/pdf",
        Format::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Format::Odt => "application/vnd.oasis.opendocument.text",
        Format::Rtf => "application/rtf",
        Format::Html => "text/html",
        Format::Eml => "message/rfc822",
        Format::Txt => "text/plain",
        Format::Md => "text/markdown",
    }
}

/// `attachment` with an ASCII `filename` and the exact UTF-8 `filename*`.
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_') {
            encoded.push(char::from(b));
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disposition_is_header_safe() {
        let d = disposition("ліст \"1\".pdf");
        assert_eq!(
            d,
            "attachment; filename=\"______1_.pdf\"; filename*=UTF-8''%D0%BB%D1%96%D1%81%D1%82%20%221%22.pdf"
        );
        assert!(HeaderValue::from_str(&d).is_ok());
    }

    #[test]
    fn only_files_with_the_same_hash_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Пісьмо").unwrap();
        let id = blake3::hash("Пісьмо".as_bytes()).to_hex().to_string();
        assert!(read_if_same(&path, &id).is_some());
        std::fs::write(&path, "Змененае пісьмо").unwrap();
        assert!(read_if_same(&path, &id).is_none());
        assert!(read_if_same(dir.path(), &id).is_none());
    }
}
