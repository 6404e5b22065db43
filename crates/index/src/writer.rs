//! Adding, re-pathing and deleting documents, and keeping file records.
//!
//! Documents are keyed by content hash (`id`): adding the same bytes again
//! changes nothing; the same bytes at a second path add that path to the one
//! document; a path whose file changed is detached from the old document,
//! which is deleted when no path is left. File records (`files.rs`) are put
//! through the same writer so they commit with the documents.
//!
//! Invariant: between commits, `pending` holds every document entry this
//! writer has (re)written and `deleted` every id it removed, so decisions
//! within one batch see the batch's own changes, not just the last commit.

use std::collections::{BTreeSet, HashMap, HashSet};

use tantivy::{IndexWriter, Searcher, TantivyDocument, Term};
use vopis_parse::Document;

use crate::convert::to_entry;
use crate::error::Result;
use crate::files::FileRecord;
use crate::index::Index;
use crate::read::{StoredDocument, document_in, documents_at};

/// How a writer uses memory and threads.
#[derive(Debug, Clone)]
pub struct WriterOptions {
    /// tantivy's indexing memory budget, in bytes (split among its threads).
    pub heap_bytes: usize,
    /// tantivy indexing threads.
    pub threads: usize,
}

impl Default for WriterOptions {
    fn default() -> Self {
        WriterOptions {
            heap_bytes: 128 << 20,
            threads: 1,
        }
    }
}

/// What [`Writer::add`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A document the index did not have.
    New,
    /// A known document found at another path: the path was added.
    NewPath,
    /// The document was already there at this path: nothing changed.
    Unchanged,
}

/// Writes to an [`Index`]; changes become visible at [`Writer::commit`].
///
/// ```
/// use vopis_parse::{extract_bytes, ParseOptions};
/// let dir = tempfile::tempdir()?;
/// let index = vopis_index::Index::create_or_open(dir.path())?;
/// let doc = extract_bytes("a.txt", "Аб навукова-тэхнічным супрацоўніцтве".as_bytes(), &ParseOptions::default())?;
/// let mut writer = index.writer()?;
/// assert_eq!(writer.add(&doc, "a.txt")?, vopis_index::Added::New);
/// assert_eq!(writer.add(&doc, "a.txt")?, vopis_index::Added::Unchanged);
/// assert_eq!(writer.add(&doc, "copy/a.txt")?, vopis_index::Added::NewPath);
/// writer.commit()?;
/// assert_eq!(index.document(&doc.id)?.unwrap().paths, ["a.txt", "copy/a.txt"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct Writer<'i> {
    index: &'i Index,
    inner: IndexWriter,
    searcher: Searcher,
    pending: HashMap<String, StoredDocument>,
    /// For each path of a pending document, the pending ids that had it
    /// (may be stale: always check the document's own paths).
    pending_paths: HashMap<String, BTreeSet<String>>,
    deleted: HashSet<String>,
}

impl<'i> Writer<'i> {
    /// Opens tantivy's writer on `index` (takes the directory's writer lock).
    pub(crate) fn new(index: &'i Index, options: &WriterOptions) -> Result<Self> {
        let inner = index
            .tantivy()
            .writer_with_num_threads(options.threads.max(1), options.heap_bytes.max(15 << 20))?;
        Ok(Writer {
            index,
            inner,
            searcher: index.searcher()?,
            pending: HashMap::new(),
            pending_paths: HashMap::new(),
            deleted: HashSet::new(),
        })
    }

    /// The index written to.
    pub fn index(&self) -> &'i Index {
        self.index
    }

    /// The document `id` as this writer sees it (last commit plus this batch).
    pub fn current(&self, id: &str) -> Result<Option<StoredDocument>> {
        if let Some(doc) = self.pending.get(id) {
            return Ok(Some(doc.clone()));
        }
        if self.deleted.contains(id) {
            return Ok(None);
        }
        document_in(&self.searcher, self.index.fields(), id)
    }

    /// Adds `doc`, read from `path`. A path that held other bytes before is
    /// detached from the document it held (deleted if left with no path).
    pub fn add(&mut self, doc: &Document, path: &str) -> Result<Added> {
        let current = self.current(&doc.id)?;
        if current
            .as_ref()
            .is_some_and(|c| c.paths.iter().any(|p| p == path))
        {
            return Ok(Added::Unchanged);
        }
        self.detach(path, Some(&doc.id))?;
        let (added, mut paths, mut record) = match current {
            Some(c) => (Added::NewPath, c.paths, c.document),
            None => (Added::New, Vec::new(), doc.clone()),
        };
        if added == Added::New && record.path.is_empty() {
            record.path = path.to_owned();
        }
        paths.push(path.to_owned());
        // A new id has no entry to replace unless this batch deleted one
        // (tantivy applies a delete only to what was added before it).
        let replaces = added == Added::NewPath || self.deleted.contains(&doc.id);
        self.put(record, paths, replaces);
        Ok(added)
    }

    /// Removes `path` from every document; documents left with no path are
    /// deleted. Returns how many were deleted.
    pub fn remove_path(&mut self, path: &str) -> Result<usize> {
        self.detach(path, None)
    }

    /// Deletes the document `id`; `false` if there was none.
    pub fn delete(&mut self, id: &str) -> Result<bool> {
        let existed = self.current(id)?.is_some();
        self.inner
            .delete_term(Term::from_field_text(self.index.fields().id, id));
        self.pending.remove(id);
        self.deleted.insert(id.to_owned());
        Ok(existed)
    }

    /// Stores the record of a file, replacing the path's previous record.
    pub fn put_file(&mut self, record: &FileRecord) -> Result<()> {
        let f = self.index.fields();
        self.inner
            .delete_term(Term::from_field_text(f.file_path, &record.path));
        self.inner.add_document(record.to_entry(f))?;
        Ok(())
    }

    /// Removes the record of a file path.
    pub fn remove_file(&mut self, path: &str) {
        self.inner
            .delete_term(Term::from_field_text(self.index.fields().file_path, path));
    }

    /// Makes every change since the last commit durable and visible.
    pub fn commit(&mut self) -> Result<()> {
        self.inner.commit()?;
        self.index.reload()?;
        self.searcher = self.index.searcher()?;
        self.pending.clear();
        self.pending_paths.clear();
        self.deleted.clear();
        Ok(())
    }

    /// Drops every change since the last commit.
    pub fn rollback(&mut self) -> Result<()> {
        self.inner.rollback()?;
        self.pending.clear();
        self.pending_paths.clear();
        self.deleted.clear();
        Ok(())
    }

    /// Number of documents (re)written since the last commit.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Detaches `path` from every document but `keep`; returns how many were deleted.
    fn detach(&mut self, path: &str, keep: Option<&str>) -> Result<usize> {
        let mut holders: Vec<StoredDocument> = Vec::new();
        let mut ids: BTreeSet<String> = BTreeSet::new();
        for id in self.pending_paths.get(path).into_iter().flatten() {
            if let Some(doc) = self.pending.get(id)
                && doc.paths.iter().any(|p| p == path)
                && ids.insert(id.clone())
            {
                holders.push(doc.clone());
            }
        }
        for doc in documents_at(&self.searcher, self.index.fields(), path)? {
            let id = doc.document.id.clone();
            if self.deleted.contains(&id) || self.pending.contains_key(&id) || !ids.insert(id) {
                continue;
            }
            holders.push(doc);
        }
        let mut deleted = 0;
        for holder in holders {
            if Some(holder.document.id.as_str()) == keep {
                continue;
            }
            let paths: Vec<String> = holder.paths.into_iter().filter(|p| p != path).collect();
            if paths.is_empty() {
                self.delete(&holder.document.id)?;
                deleted += 1;
            } else {
                self.put(holder.document, paths, true);
            }
        }
        Ok(deleted)
    }

    /// (Re)writes the entry of `document` with `paths`; `replaces`: an entry
    /// with its id may exist and is deleted first.
    fn put(&mut self, mut document: Document, mut paths: Vec<String>, replaces: bool) {
        paths.sort();
        paths.dedup();
        if !paths.contains(&document.path)
            && let Some(first) = paths.first()
        {
            document.path = first.clone();
        }
        let f = self.index.fields();
        if replaces {
            self.inner
                .delete_term(Term::from_field_text(f.id, &document.id));
        }
        let entry: TantivyDocument = to_entry(f, &document, &paths);
        // add_document only fails when the indexing threads are gone; commit reports that.
        let _ = self.inner.add_document(entry);
        self.deleted.remove(&document.id);
        for p in &paths {
            self.pending_paths
                .entry(p.clone())
                .or_default()
                .insert(document.id.clone());
        }
        self.pending
            .insert(document.id.clone(), StoredDocument { document, paths });
    }
}
