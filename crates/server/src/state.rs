//! What every request shares: the index (opened on first use), the inbox
//! and the upload token.
//!
//! The index is opened lazily, so the server can start before the first
//! `vopis ingest` has created it, and is then kept open; its reader is
//! reloaded before each request's index work, so a worker's commits are
//! seen at the next request. Index work is blocking, so it runs
//! on tokio's blocking pool through [`AppState::with_index`].

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use vopis_index::Index;

use crate::error::ApiError;

/// Shared state of the server.
#[derive(Clone)]
pub(crate) struct AppState {
    inner: Arc<Inner>,
}

/// The shared part.
struct Inner {
    /// The index directory.
    index_dir: PathBuf,
    /// The index, once opened.
    index: Mutex<Option<Arc<Index>>>,
    /// Where uploads go; `None`: uploads are refused.
    inbox: Option<PathBuf>,
    /// The bearer token uploads need; `None`: uploads are refused.
    token: Option<String>,
}

impl AppState {
    /// State for the index at `index_dir`.
    pub(crate) fn new(index_dir: PathBuf, inbox: Option<PathBuf>, token: Option<String>) -> Self {
        AppState {
            inner: Arc::new(Inner {
                index_dir,
                index: Mutex::new(None),
                inbox,
                token,
            }),
        }
    }

    /// The inbox, if uploads are configured.
    pub(crate) fn inbox(&self) -> Option<&PathBuf> {
        self.inner.inbox.as_ref()
    }

    /// The upload token, if configured.
    pub(crate) fn token(&self) -> Option<&str> {
        self.inner.token.as_deref()
    }

    /// The open index, opening it if needed (blocking).
    fn index(&self) -> Result<Arc<Index>, ApiError> {
        let mut slot = self
            .inner
            .index
            .lock()
            .map_err(|_| ApiError::Internal("index lock poisoned".into()))?;
        if let Some(index) = slot.as_ref() {
            return Ok(Arc::clone(index));
        }
        let index = Arc::new(Index::open(&self.inner.index_dir).map_err(|e| match e {
            vopis_index::Error::Missing { .. } => {
                ApiError::Unavailable("there is no index yet; run `vopis ingest` first".into())
            }
            other => ApiError::Unavailable(other.to_string()),
        })?);
        *slot = Some(Arc::clone(&index));
        Ok(index)
    }

    /// Runs `work` on the index on the blocking pool.
    pub(crate) async fn with_index<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&Index) -> Result<T, ApiError> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let index = state.index()?;
            // A worker may have committed since the last request: see its commit now.
            index.reload()?;
            work(&index)
        })
        .await
        .map_err(|e| ApiError::Internal(format!("index task failed: {e}")))?
    }
}
