//! Opening and creating an index directory, with its schema version.
//!
//! An index directory holds tantivy's files and `vopis-index.json`, which
//! records the schema version. Opening an index of another version is
//! refused with a message saying so, instead of failing later on a field
//! that is missing or analysed differently.
//!
//! Invariant: a directory with tantivy files but no `vopis-index.json` is
//! never written to; `vopis-index.json` is written (atomically, by rename)
//! before the first tantivy commit.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::{IndexReader, ReloadPolicy, Searcher};

use crate::analysis;
use crate::error::{Error, Result};
use crate::schema::{self, Fields, SCHEMA_VERSION};
use crate::writer::{Writer, WriterOptions};

/// Name of the version file in an index directory.
pub const VERSION_FILE: &str = "vopis-index.json";

/// Contents of `vopis-index.json`.
#[derive(Debug, Serialize, Deserialize)]
struct VersionFile {
    /// The schema version the index was written with.
    schema_version: u32,
    /// The program that created it.
    created_by: String,
}

/// An open vopis index.
///
/// ```
/// let dir = tempfile::tempdir()?;
/// let index = vopis_index::Index::create_or_open(dir.path())?;
/// assert_eq!(index.document_count()?, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Index {
    dir: PathBuf,
    inner: tantivy::Index,
    fields: Fields,
    reader: IndexReader,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("dir", &self.dir)
            .finish_non_exhaustive()
    }
}

/// `e` on `path` as an index error.
fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Index {
    /// Opens the index in `dir`, creating the directory and an empty index
    /// if there is none. Refuses a non-empty directory that is not an index.
    pub fn create_or_open(dir: &Path) -> Result<Index> {
        fs::create_dir_all(dir).map_err(io(dir))?;
        if dir.join(VERSION_FILE).exists() {
            return Index::open(dir);
        }
        let empty = fs::read_dir(dir)
            .map_err(io(dir))?
            .filter_map(std::result::Result::ok)
            .all(|e| e.file_name().to_string_lossy().starts_with('.'));
        if !empty {
            return Err(Error::NotAnIndex {
                path: dir.to_path_buf(),
            });
        }
        let version = VersionFile {
            schema_version: SCHEMA_VERSION,
            created_by: format!("vopis-index {}", env!("CARGO_PKG_VERSION")),
        };
        let tmp = dir.join(format!("{VERSION_FILE}.tmp"));
        let json = serde_json::to_vec_pretty(&version).map_err(|e| Error::Io {
            path: tmp.clone(),
            source: e.into(),
        })?;
        fs::write(&tmp, json).map_err(io(&tmp))?;
        fs::rename(&tmp, dir.join(VERSION_FILE)).map_err(io(dir))?;
        let (schema, _) = schema::build();
        let inner = tantivy::Index::create(MmapDirectory::open(dir)?, schema, Default::default())?;
        Index::from_tantivy(dir, inner)
    }

    /// Opens the existing index in `dir`.
    pub fn open(dir: &Path) -> Result<Index> {
        let version_path = dir.join(VERSION_FILE);
        let bytes = match fs::read(&version_path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(if dir.join("meta.json").exists() {
                    Error::NotAnIndex {
                        path: dir.to_path_buf(),
                    }
                } else {
                    Error::Missing {
                        path: dir.to_path_buf(),
                    }
                });
            }
            Err(e) => return Err(io(&version_path)(e)),
        };
        let version: VersionFile = serde_json::from_slice(&bytes).map_err(|e| Error::Io {
            path: version_path.clone(),
            source: e.into(),
        })?;
        if version.schema_version != SCHEMA_VERSION {
            return Err(Error::SchemaVersion {
                path: dir.to_path_buf(),
                found: version.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        let inner = if dir.join("meta.json").exists() {
            tantivy::Index::open_in_dir(dir)?
        } else {
            let (schema, _) = schema::build();
            tantivy::Index::create(MmapDirectory::open(dir)?, schema, Default::default())?
        };
        Index::from_tantivy(dir, inner)
    }

    /// Wraps an opened tantivy index: registers analyzers, finds fields, opens a reader.
    fn from_tantivy(dir: &Path, inner: tantivy::Index) -> Result<Index> {
        analysis::register(&inner);
        let fields = schema::fields_of(&inner.schema())?;
        let reader = inner
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(Index {
            dir: dir.to_path_buf(),
            inner,
            fields,
            reader,
        })
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The field handles.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The underlying tantivy index.
    pub fn tantivy(&self) -> &tantivy::Index {
        &self.inner
    }

    /// A searcher over the last commit this handle has seen: commits of its
    /// own writer at once, another process's within about half a second
    /// (tantivy watches the index's meta file).
    pub fn searcher(&self) -> Result<Searcher> {
        Ok(self.reader.searcher())
    }

    /// Makes the latest commit visible to [`Index::searcher`] now.
    pub fn reload(&self) -> Result<()> {
        self.reader.reload()?;
        Ok(())
    }

    /// A writer with default options (see [`WriterOptions`]).
    pub fn writer(&self) -> Result<Writer<'_>> {
        self.writer_with(&WriterOptions::default())
    }

    /// A writer with the given options.
    pub fn writer_with(&self, options: &WriterOptions) -> Result<Writer<'_>> {
        Writer::new(self, options)
    }

    /// Number of distinct documents in the last commit.
    pub fn document_count(&self) -> Result<usize> {
        let searcher = self.searcher()?;
        let query = crate::read::kind_query(&self.fields, schema::KIND_DOC);
        Ok(searcher.search(&query, &tantivy::collector::Count)?)
    }
}
