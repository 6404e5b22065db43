//! Starting the server: options, the router, binding, and a clean stop on
//! Ctrl-C.
//!
//! Binding failures get a message that says what to do (a port in use
//! names the address and the `--addr` option). Tests use [`serve`] with
//! their own listener on an ephemeral loopback port.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::limits::{MAX_BODY_BYTES, MAX_UPLOAD_BYTES};
use crate::routes::{api, pages};
use crate::state::AppState;
use crate::{security, upload};

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The index directory.
    pub index: PathBuf,
    /// Address to listen on (loopback by default).
    pub addr: SocketAddr,
    /// Folder uploads are saved to; `None` refuses uploads.
    pub inbox: Option<PathBuf>,
    /// The bearer token uploads need; `None` refuses uploads.
    pub token: Option<String>,
}

impl ServeOptions {
    /// Options for the index at `index` on `127.0.0.1:7700`, read-only.
    pub fn new(index: impl Into<PathBuf>) -> Self {
        ServeOptions {
            index: index.into(),
            addr: SocketAddr::from(([127, 0, 0, 1], 7700)),
            inbox: None,
            token: None,
        }
    }

    /// Reads the upload token from `path` (its first line, trimmed).
    pub fn read_token(path: &Path) -> Result<String, StartError> {
        let text = std::fs::read_to_string(path).map_err(|source| StartError::Token {
            path: path.to_path_buf(),
            detail: source.to_string(),
        })?;
        let token = text.lines().next().unwrap_or("").trim().to_owned();
        if token.len() < 16 {
            return Err(StartError::Token {
                path: path.to_path_buf(),
                detail: "the token must be at least 16 characters on the first line".into(),
            });
        }
        Ok(token)
    }
}

/// Why the server could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The address is taken.
    #[error(
        "{addr} is already in use (is another `vopis serve` running?); choose another address with --addr"
    )]
    AddrInUse {
        /// The address.
        addr: SocketAddr,
    },
    /// Binding failed otherwise.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The cause.
        source: std::io::Error,
    },
    /// The token file is unreadable or too short.
    #[error("token file {path}: {detail}")]
    Token {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// The inbox is not a directory.
    #[error("the inbox {path} is not a directory")]
    Inbox {
        /// The folder.
        path: PathBuf,
    },
    /// Serving failed (the runtime or the listener).
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// The router for `options` (not yet bound).
pub fn router(options: &ServeOptions) -> Router {
    let state = AppState::new(
        options.index.clone(),
        options.inbox.clone(),
        options.token.clone(),
    );
    let uploads = Router::new()
        .route("/api/documents", post(upload::upload))
        .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES));
    Router::new()
        .route("/", get(pages::search))
        .route("/documents/{id}", get(pages::document))
        .route("/static/app.css", get(pages::css))
        .route("/static/app.js", get(pages::js))
        .route("/healthz", get(api::health))
        .route("/api/openapi.json", get(api::openapi))
        .route("/api/search", get(api::search))
        .route("/api/stats", get(api::stats))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/documents/{id}/original", get(api::original))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .merge(uploads)
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn(security::headers))
        .with_state(state)
}

/// Serves `options` on an already bound `listener` until `shutdown` resolves.
pub async fn serve(
    listener: tokio::net::TcpListener,
    options: &ServeOptions,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    axum::serve(listener, router(options))
        .with_graceful_shutdown(shutdown)
        .await?;
    Ok(())
}

/// Binds `options.addr` and serves until Ctrl-C (blocking; builds its own runtime).
pub fn run(options: &ServeOptions) -> Result<(), StartError> {
    if let Some(inbox) = &options.inbox
        && !inbox.is_dir()
    {
        return Err(StartError::Inbox {
            path: inbox.clone(),
        });
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let addr = options.addr;
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| {
                if source.kind() == std::io::ErrorKind::AddrInUse {
                    StartError::AddrInUse { addr }
                } else {
                    StartError::Bind { addr, source }
                }
            })?;
        eprintln!(
            "vopis serve: listening on http://{}",
            listener.local_addr().unwrap_or(addr)
        );
        serve(listener, options, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_port_in_use_says_so_and_names_the_option() {
        let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let mut options = ServeOptions::new("/nonexistent-index");
        options.addr = taken.local_addr().unwrap();
        let err = run(&options).unwrap_err();
        assert!(matches!(err, StartError::AddrInUse { .. }), "{err}");
        assert!(err.to_string().contains("--addr"));
    }

    #[test]
    fn short_tokens_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("token");
        std::fs::write(&path, "short\n").unwrap();
        assert!(ServeOptions::read_token(&path).is_err());
        std::fs::write(&path, "0123456789abcdef0123\nignored").unwrap();
        assert_eq!(
            ServeOptions::read_token(&path).unwrap(),
            "0123456789abcdef0123"
        );
    }
}
