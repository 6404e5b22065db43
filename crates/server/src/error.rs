//! The API's errors and how each becomes an HTTP response.
//!
//! Every error is a JSON object `{"error": {"kind", "message"}}` (with
//! `position` for a malformed query) and the status its kind implies. Pages
//! render the same errors as HTML (see `templates::error`). Internal
//! failures are logged to stderr and answered with a message that names no
//! path.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// What went wrong with a request.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request is malformed (bad parameter, malformed query).
    #[error("{message}")]
    BadRequest {
        /// What is wrong, in plain words.
        message: String,
        /// Character position in the query, for a malformed query.
        position: Option<usize>,
    },
    /// No such document or file.
    #[error("not found")]
    NotFound,
    /// Not allowed (uploads not configured, or a wrong token).
    #[error("{0}")]
    Forbidden(String),
    /// The body is larger than the limit.
    #[error("the request body is larger than {limit} bytes")]
    TooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// There is no index to search yet (or it cannot be opened).
    #[error("{0}")]
    Unavailable(String),
    /// Anything else; the detail is logged, not sent.
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    /// A 400 with `message`.
    pub fn bad(message: impl Into<String>) -> Self {
        ApiError::BadRequest {
            message: message.into(),
            position: None,
        }
    }

    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The short machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            ApiError::BadRequest {
                position: Some(_), ..
            } => "query",
            ApiError::BadRequest { .. } => "bad_request",
            ApiError::NotFound => "not_found",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::TooLarge { .. } => "too_large",
            ApiError::Unavailable(_) => "unavailable",
            ApiError::Internal(_) => "internal",
        }
    }
}

impl From<vopis_index::Error> for ApiError {
    fn from(e: vopis_index::Error) -> Self {
        match e {
            vopis_index::Error::Query { message, position } => ApiError::BadRequest {
                message,
                position: Some(position),
            },
            vopis_index::Error::Missing { .. } => {
                ApiError::Unavailable("there is no index yet; run `vopis ingest` first".into())
            }
            other => ApiError::Internal(other.to_string()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(detail) = &self {
            eprintln!("vopis serve: {detail}");
        }
        let mut error = json!({"kind": self.kind(), "message": self.to_string()});
        if let ApiError::BadRequest {
            position: Some(p), ..
        } = &self
        {
            error["position"] = json!(p);
        }
        (self.status(), Json(json!({ "error": error }))).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_errors_keep_their_position_and_become_400() {
        let e: ApiError = vopis_index::Error::query("unclosed parenthesis", 7).into();
        assert_eq!(e.status(), StatusCode::BAD_REQUEST);
        assert_eq!(e.kind(), "query");
        assert!(matches!(
            e,
            ApiError::BadRequest {
                position: Some(7),
                ..
            }
        ));
    }

    #[test]
    fn internal_detail_is_not_sent() {
        let e = ApiError::Internal("/srv/archive/секрэт.pdf: permission denied".into());
        assert_eq!(e.to_string(), "internal error");
        assert_eq!(e.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
