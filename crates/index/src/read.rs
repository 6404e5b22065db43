//! Reading stored entries back: a document by id, the documents of a path,
//! every file record.

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};
use vopis_parse::Document;

use crate::error::{Error, Result};
use crate::files::FileRecord;
use crate::index::Index;
use crate::schema::{Fields, KIND_DOC, KIND_FILE};

/// A document as stored: the extract record and every path it was found at.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDocument {
    /// The extract record (its `path` is the first path it was ingested from).
    pub document: Document,
    /// Every path holding these bytes, sorted.
    pub paths: Vec<String>,
}

/// A query for every entry of one kind.
pub(crate) fn kind_query(f: &Fields, kind: &str) -> TermQuery {
    TermQuery::new(
        Term::from_field_text(f.kind, kind),
        IndexRecordOption::Basic,
    )
}

/// A query for the term `value` in the raw field `field`.
pub(crate) fn raw_term(field: tantivy::schema::Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// Addresses of every entry matching `query`.
fn addresses(searcher: &Searcher, query: &dyn Query) -> Result<Vec<DocAddress>> {
    let mut found: Vec<DocAddress> = searcher
        .search(query, &DocSetCollector)?
        .into_iter()
        .collect();
    found.sort();
    Ok(found)
}

/// Decodes a stored document entry.
pub(crate) fn stored_document(entry: &TantivyDocument, f: &Fields) -> Result<StoredDocument> {
    let id = entry
        .get_first(f.id)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_owned();
    let json = entry
        .get_first(f.record)
        .and_then(|v| v.as_str())
        .ok_or_else(|| Error::Record {
            id: id.clone(),
            detail: "no record stored".into(),
        })?;
    let document: Document = serde_json::from_str(json).map_err(|e| Error::Record {
        id,
        detail: e.to_string(),
    })?;
    let mut paths: Vec<String> = entry
        .get_all(f.path)
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    paths.sort();
    paths.dedup();
    Ok(StoredDocument { document, paths })
}

impl Index {
    /// The stored document with content hash `id`, if the index has it.
    ///
    /// ```
    /// let dir = tempfile::tempdir()?;
    /// let index = vopis_index::Index::create_or_open(dir.path())?;
    /// assert!(index.document("0123")?.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn document(&self, id: &str) -> Result<Option<StoredDocument>> {
        let searcher = self.searcher()?;
        document_in(&searcher, self.fields(), id)
    }

    /// Every file record of the last commit, sorted by path.
    pub fn file_records(&self) -> Result<Vec<FileRecord>> {
        let searcher = self.searcher()?;
        let f = self.fields();
        let mut records = Vec::new();
        for address in addresses(&searcher, &kind_query(f, KIND_FILE))? {
            let entry: TantivyDocument = searcher.doc(address)?;
            if let Some(record) = FileRecord::from_entry(&entry, f) {
                records.push(record);
            }
        }
        records.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(records)
    }

    /// Ids of every document of the last commit, sorted.
    pub fn document_ids(&self) -> Result<Vec<String>> {
        let searcher = self.searcher()?;
        let f = self.fields();
        let mut ids = Vec::new();
        for address in addresses(&searcher, &kind_query(f, KIND_DOC))? {
            let entry: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = entry.get_first(f.id).and_then(|v| v.as_str()) {
                ids.push(id.to_owned());
            }
        }
        ids.sort();
        Ok(ids)
    }
}

/// The document `id` as seen by `searcher`.
pub(crate) fn document_in(
    searcher: &Searcher,
    f: &Fields,
    id: &str,
) -> Result<Option<StoredDocument>> {
    let query = raw_term(f.id, id);
    let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
    let Some((_, address)) = top.first() else {
        return Ok(None);
    };
    let entry: TantivyDocument = searcher.doc(*address)?;
    stored_document(&entry, f).map(Some)
}

/// Ids of the documents that list `path` among their paths, as seen by `searcher`.
pub(crate) fn documents_at(
    searcher: &Searcher,
    f: &Fields,
    path: &str,
) -> Result<Vec<StoredDocument>> {
    let query = BooleanQuery::new(vec![
        (Occur::Must, raw_term(f.path, path)),
        (
            Occur::Must,
            Box::new(kind_query(f, KIND_DOC)) as Box<dyn Query>,
        ),
    ]);
    let mut out = Vec::new();
    for address in addresses(searcher, &query)? {
        let entry: TantivyDocument = searcher.doc(address)?;
        out.push(stored_document(&entry, f)?);
    }
    Ok(out)
}
