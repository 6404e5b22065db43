//! `POST /api/documents`: a multipart upload saved into the inbox for the
//! worker.
//!
//! Refused with 403 unless the server was started with both `--inbox` and
//! `--token-file` and the request carries `Authorization: Bearer <token>`
//! (compared in constant time). Each file part is streamed to a hidden
//! temporary file in the inbox and renamed to its final name only when
//! complete, so the worker never sees half a file. The final name is the
//! client's file name reduced to letters, digits, `.`, `-` and `_`, behind a
//! unique prefix; it is created with `create_new`, so nothing is ever
//! overwritten.
//!
//! Invariant: no byte of a client's file name chooses a directory; at most
//! [`MAX_UPLOAD_BYTES`] are written per request.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Json;
use axum::extract::State;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::http::header::AUTHORIZATION;
use axum::http::{HeaderMap, StatusCode};
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;

use crate::error::ApiError;
use crate::limits::MAX_UPLOAD_BYTES;
use crate::state::AppState;

/// Uploads so far in this process (part of each unique name).
static UPLOADS: AtomicU64 = AtomicU64::new(0);

/// Longest kept file name, in characters (before the unique prefix).
const MAX_NAME_CHARS: usize = 100;

/// The handler.
pub(crate) async fn upload(
    State(state): State<AppState>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let (Some(inbox), Some(token)) = (state.inbox(), state.token()) else {
        return Err(ApiError::Forbidden(
            "uploads are off: start `vopis serve` with --inbox and --token-file".into(),
        ));
    };
    let given = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !same(given.trim().as_bytes(), token.as_bytes()) {
        return Err(ApiError::Forbidden(
            "a valid bearer token is needed to upload".into(),
        ));
    }
    let mut multipart = multipart
        .map_err(|e| ApiError::bad(format!("expected a multipart/form-data body: {e}")))?;
    let mut saved = Vec::new();
    let mut total = 0usize;
    while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
        let Some(client_name) = field.file_name().map(str::to_owned) else {
            continue;
        };
        let name = unique_name(&sanitise(&client_name));
        let temp = inbox.join(format!(".{name}.part"));
        let result = async {
            let mut file = tokio::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)
                .await
                .map_err(|e| ApiError::Internal(format!("{}: {e}", temp.display())))?;
            let mut hasher = blake3::Hasher::new();
            let mut size = 0usize;
            while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
                total += chunk.len();
                size += chunk.len();
                if total > MAX_UPLOAD_BYTES {
                    return Err(ApiError::TooLarge {
                        limit: MAX_UPLOAD_BYTES,
                    });
                }
                hasher.update(&chunk);
                file.write_all(&chunk)
                    .await
                    .map_err(|e| ApiError::Internal(format!("{}: {e}", temp.display())))?;
            }
            file.sync_all()
                .await
                .map_err(|e| ApiError::Internal(format!("{}: {e}", temp.display())))?;
            Ok((size, hasher.finalize().to_hex().to_string()))
        }
        .await;
        let (size, id) = match result {
            Ok(done) => done,
            Err(e) => {
                let _ = tokio::fs::remove_file(&temp).await;
                return Err(e);
            }
        };
        let target = publish(&temp, inbox, &name).await?;
        saved.push(json!({"name": target, "size": size, "id": id}));
    }
    if saved.is_empty() {
        return Err(ApiError::bad(
            "no file in the upload (send a multipart part with a file name)",
        ));
    }
    Ok((StatusCode::CREATED, Json(json!({ "files": saved }))))
}

/// Moves the finished `temp` to `inbox/name` without overwriting anything;
/// returns the final name.
async fn publish(temp: &Path, inbox: &Path, name: &str) -> Result<String, ApiError> {
    let target: PathBuf = inbox.join(name);
    // hard_link fails if the target exists, unlike rename: nothing is overwritten.
    let linked = tokio::fs::hard_link(temp, &target).await;
    let _ = tokio::fs::remove_file(temp).await;
    linked.map_err(|e| ApiError::Internal(format!("{}: {e}", target.display())))?;
    Ok(name.to_owned())
}

/// A multipart error as an API error (413 for a body over the limit).
fn multipart_error(e: MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge {
            limit: MAX_UPLOAD_BYTES,
        }
    } else {
        ApiError::bad(format!("malformed upload: {}", e.body_text()))
    }
}

/// Whether `a == b`, in time independent of where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() || a.is_empty() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The client's file name reduced to a safe single component.
fn sanitise(client_name: &str) -> String {
    let last = client_name.rsplit(['/', '\\']).next().unwrap_or("");
    let mut name: String = last
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    name = name.trim_start_matches(['.', '-']).to_owned();
    if name.chars().count() > MAX_NAME_CHARS {
        let ext: String = match name.rsplit_once('.') {
            Some((_, ext)) if ext.chars().count() <= 10 => format!(".{ext}"),
            _ => String::new(),
        };
        let keep = MAX_NAME_CHARS - ext.chars().count();
        name = name.chars().take(keep).collect::<String>() + &ext;
    }
    if name.is_empty() {
        "upload".into()
    } else {
        name
    }
}

/// `name` behind a prefix unique to this upload.
fn unique_name(name: &str) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let n = UPLOADS.fetch_add(1, Ordering::Relaxed);
    format!("{}-{}-{n}-{name}", now.as_millis(), std::process::id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lose_directories_and_odd_characters() {
        assert_eq!(sanitise("../../etc/passwd"), "passwd");
        assert_eq!(
            sanitise("C:\\Users\\ліст ад 18.07.2019.pdf"),
            "ліст_ад_18.07.2019.pdf"
        );
        assert_eq!(sanitise("..."), "upload");
        assert_eq!(sanitise(".bashrc"), "bashrc");
        assert_eq!(sanitise("a\0b<script>.txt"), "a_b_script_.txt");
        let long = format!("{}.docx", "ў".repeat(300));
        let s = sanitise(&long);
        assert_eq!(s.chars().count(), MAX_NAME_CHARS);
        assert!(s.ends_with(".docx"));
    }

    #[test]
    fn unique_names_differ_and_tokens_compare_exactly() {
        assert_ne!(unique_name("a.txt"), unique_name("a.txt"));
        assert!(same(b"0123456789abcdef", b"0123456789abcdef"));
        assert!(!same(b"0123456789abcdef", b"0123456789abcdeF"));
        assert!(!same(b"", b""));
        assert!(!same(b"short", b"shorter"));
    }
}
