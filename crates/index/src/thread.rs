//! Correspondence threads: the letter a document answers and the letters
//! answering it, linked by registration number.
//!
//! A letter's `На № 06-09/398 от 18.07.2019` is its `in_reply_to`; the
//! letter it answers is the one whose own `number` has the same key
//! ([`crate::number_key`]). Numbers repeat across senders and years, so
//! when the reference also gives a date, candidates with that date are
//! preferred, and a reply whose reference date differs from this letter's
//! date is not counted as its reply.
//!
//! Invariant: a document is never linked to itself; each list holds at
//! most [`MAX_LINKS`] links, sorted by date then id.

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, RegexQuery};
use tantivy::{Searcher, TantivyDocument};
use vopis_parse::Document;

use crate::error::{Error, Result};
use crate::index::Index;
use crate::keys::number_key;
use crate::read::{document_in, kind_query, raw_term, stored_document};
use crate::schema::{Fields, KIND_DOC};

/// Most links listed each way.
pub const MAX_LINKS: usize = 100;

/// Another document of the thread.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThreadLink {
    /// Its content hash.
    pub id: String,
    /// Its title.
    pub title: Option<String>,
    /// Its date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Its registration number.
    pub number: Option<String>,
    /// Its first path.
    pub path: String,
}

/// The documents a document is linked with by number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Thread {
    /// The letters this one answers (by its `in_reply_to` number).
    pub answers: Vec<ThreadLink>,
    /// The letters answering this one (their `in_reply_to` is its number).
    pub replies: Vec<ThreadLink>,
}

impl Index {
    /// The thread of document `id` (empty if the index has no such document).
    pub fn thread(&self, id: &str) -> Result<Thread> {
        let searcher = self.searcher()?;
        let f = self.fields();
        let Some(stored) = document_in(&searcher, f, id)? else {
            return Ok(Thread::default());
        };
        let doc = stored.document;
        let mut thread = Thread::default();
        if let Some(reference) = &doc.in_reply_to
            && let Some(key) = reference.number.as_deref().and_then(number_key)
        {
            let mut found = linked(&searcher, f, f.number, &key, &doc.id)?;
            if let Some(date) = &reference.date
                && found.iter().any(|d| d.date.as_ref() == Some(date))
            {
                found.retain(|d| d.date.as_ref() == Some(date));
            }
            thread.answers = found.into_iter().map(link).collect();
        }
        if let Some(key) = doc.number.as_deref().and_then(number_key) {
            let mut found = linked(&searcher, f, f.reply_to, &key, &doc.id)?;
            found.retain(|d| {
                let their = d.in_reply_to.as_ref().and_then(|r| r.date.as_ref());
                their.is_none() || doc.date.is_none() || their == doc.date.as_ref()
            });
            thread.replies = found.into_iter().map(link).collect();
        }
        Ok(thread)
    }

    /// The full id of the one document whose id starts with `prefix`;
    /// `None` if none does, [`Error::AmbiguousId`] if several do.
    pub fn resolve_id(&self, prefix: &str) -> Result<Option<String>> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if prefix.is_empty() || !prefix.chars().all(|c| c.is_ascii_hexdigit()) {
            return Ok(None);
        }
        let searcher = self.searcher()?;
        let f = self.fields();
        let query: Box<dyn Query> = match RegexQuery::from_pattern(&format!("{prefix}.*"), f.id) {
            Ok(q) => Box::new(q),
            Err(_) => return Ok(None),
        };
        let query = BooleanQuery::new(vec![
            (Occur::Must, query),
            (
                Occur::Must,
                Box::new(kind_query(f, KIND_DOC)) as Box<dyn Query>,
            ),
        ]);
        let (count, top) =
            searcher.search(&query, &(Count, TopDocs::with_limit(1).order_by_score()))?;
        if count > 1 {
            return Err(Error::AmbiguousId { prefix, count });
        }
        let Some((_, address)) = top.first() else {
            return Ok(None);
        };
        let entry: TantivyDocument = searcher.doc(*address)?;
        Ok(Some(stored_document(&entry, f)?.document.id))
    }
}

/// Documents (not `own_id`) with `key` in the raw field `field`, sorted by date then id.
fn linked(
    searcher: &Searcher,
    f: &Fields,
    field: tantivy::schema::Field,
    key: &str,
    own_id: &str,
) -> Result<Vec<Document>> {
    let query = BooleanQuery::new(vec![
        (Occur::Must, raw_term(field, key)),
        (
            Occur::Must,
            Box::new(kind_query(f, KIND_DOC)) as Box<dyn Query>,
        ),
    ]);
    let top = searcher.search(&query, &TopDocs::with_limit(MAX_LINKS + 1).order_by_score())?;
    let mut out = Vec::new();
    for (_, address) in top {
        let entry: TantivyDocument = searcher.doc(address)?;
        let doc = stored_document(&entry, f)?.document;
        if doc.id != own_id {
            out.push(doc);
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    out.truncate(MAX_LINKS);
    Ok(out)
}

/// The link to `doc`.
fn link(doc: Document) -> ThreadLink {
    ThreadLink {
        id: doc.id,
        title: doc.title,
        date: doc.date,
        number: doc.number,
        path: doc.path,
    }
}
