//! The index schema: every field, its analyzer and what it is for.
//!
//! One tantivy index holds two kinds of entries, told apart by `kind`:
//! - `doc`: one per distinct document (keyed by `id`, the content hash),
//!   with its text split by paragraph language into `body_*`, its heading
//!   fields, requisites, filters, facets and the full record as JSON;
//! - `file`: one per file path the worker has seen (keyed by `path`), with
//!   size, mtime, hash and status in `file_*` fields of its own, so that a
//!   term on `id` or `path` only ever hits documents. They live in the same index so that a
//!   document and the record of the file it came from are committed in the
//!   same atomic tantivy commit: after a crash both are there or neither.
//!
//! Invariant: [`SCHEMA_VERSION`] changes whenever a field is added,
//! removed or analysed differently; an index of another version is refused.

use tantivy::schema::{
    DateOptions, DateTimePrecision, FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED,
    STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::names;

/// Version of the schema and analyzers this build writes and reads.
pub const SCHEMA_VERSION: u32 = 2;

/// Value of `kind` for a document entry.
pub const KIND_DOC: &str = "doc";
/// Value of `kind` for a file record entry.
pub const KIND_FILE: &str = "file";

/// Handles of every field in the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// `doc` or `file` (raw).
    pub kind: Field,
    /// Content hash: the unique key of a document (raw, stored).
    pub id: Field,
    /// Paths of a document: several when the same bytes sit at several places (raw, stored).
    pub path: Field,
    /// The full extract record as JSON (stored only).
    pub record: Field,
    /// Belarusian paragraphs (Belarusian analyzer; snippets split the record's text again).
    pub body_be: Field,
    /// Russian paragraphs (Russian analyzer).
    pub body_ru: Field,
    /// English paragraphs (English analyzer).
    pub body_en: Field,
    /// Paragraphs in any other language, Ukrainian included (plain analyzer).
    pub body_other: Field,
    /// The whole text, lower-cased only: precise words and phrases.
    pub exact: Field,
    /// Romanised keys of names and capitalised words of the text, title and people.
    pub translit: Field,
    /// Title, subject and sender: Belarusian analyzer.
    pub head_be: Field,
    /// Title, subject and sender: Russian analyzer.
    pub head_ru: Field,
    /// Title, subject and sender: English analyzer.
    pub head_en: Field,
    /// Title, subject and sender: lower-case only.
    pub head_exact: Field,
    /// Sender (words, lower-case).
    pub sender: Field,
    /// Addressee (words, lower-case).
    pub recipient: Field,
    /// Organisations and people mentioned, signatories (words, lower-case).
    pub names: Field,
    /// Registration number, normalised key (raw).
    pub number: Field,
    /// Number of the letter this one answers, normalised key (raw).
    pub reply_to: Field,
    /// Incoming stamp number, normalised key (raw).
    pub incoming: Field,
    /// Languages: the main one and each with a notable share (raw).
    pub lang: Field,
    /// Document type (raw).
    pub doc_type: Field,
    /// ISO 3166 country codes, upper case (raw).
    pub country: Field,
    /// The document's date (fast, range-queryable, stored).
    pub date: Field,
    /// Year of the date (fast).
    pub year: Field,
    /// Facets: /lang/…, /type/…, /year/…, /country/…, /sender/….
    pub facet: Field,
    /// File record: its path (raw, stored; the record's key).
    pub file_path: Field,
    /// File record: content hash of the bytes last read (raw, stored).
    pub file_hash: Field,
    /// File record: size in bytes.
    pub file_size: Field,
    /// File record: modification time, nanoseconds since the epoch.
    pub file_mtime: Field,
    /// File record: status ("indexed" or "failed", raw, stored).
    pub file_status: Field,
    /// File record: failure kind and message as JSON (stored).
    pub file_error: Field,
}

/// Text options: indexed with `tokenizer` and positions, not stored (the
/// record holds the text).
fn text(tokenizer: &str) -> TextOptions {
    indexed(tokenizer, IndexRecordOption::WithFreqsAndPositions)
}

/// Text options without positions: for the cross-script keys, which are
/// looked up one word at a time (phrases skip that field).
fn words_only(tokenizer: &str) -> TextOptions {
    indexed(tokenizer, IndexRecordOption::WithFreqs)
}

/// Text indexed with `tokenizer`, recording `record`, not stored.
fn indexed(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(record);
    TextOptions::default().set_indexing_options(indexing)
}

/// Builds the schema and the handles of its fields.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        kind: b.add_text_field("kind", STRING | STORED),
        id: b.add_text_field("id", STRING | STORED),
        path: b.add_text_field("path", STRING | STORED),
        record: b.add_text_field("record", STORED),
        body_be: b.add_text_field("body_be", text(names::BE)),
        body_ru: b.add_text_field("body_ru", text(names::RU)),
        body_en: b.add_text_field("body_en", text(names::EN)),
        body_other: b.add_text_field("body_other", text(names::PLAIN)),
        exact: b.add_text_field("exact", text(names::EXACT)),
        translit: b.add_text_field("translit", words_only(names::TRANSLIT)),
        head_be: b.add_text_field("head_be", text(names::BE)),
        head_ru: b.add_text_field("head_ru", text(names::RU)),
        head_en: b.add_text_field("head_en", text(names::EN)),
        head_exact: b.add_text_field("head_exact", text(names::EXACT)),
        sender: b.add_text_field("sender", text(names::EXACT)),
        recipient: b.add_text_field("recipient", text(names::EXACT)),
        names: b.add_text_field("names", text(names::EXACT)),
        number: b.add_text_field("number", STRING),
        reply_to: b.add_text_field("reply_to", STRING),
        incoming: b.add_text_field("incoming", STRING),
        lang: b.add_text_field("lang", STRING),
        doc_type: b.add_text_field("doc_type", STRING),
        country: b.add_text_field("country", STRING),
        date: b.add_date_field(
            "date",
            DateOptions::default()
                .set_indexed()
                .set_fast()
                .set_stored()
                .set_precision(DateTimePrecision::Seconds),
        ),
        year: b.add_u64_field("year", INDEXED | FAST),
        facet: b.add_facet_field("facet", FacetOptions::default()),
        file_path: b.add_text_field("file_path", STRING | STORED),
        file_hash: b.add_text_field("file_hash", STRING | STORED),
        file_size: b.add_u64_field("file_size", STORED),
        file_mtime: b.add_i64_field("file_mtime", STORED),
        file_status: b.add_text_field("file_status", STRING | STORED),
        file_error: b.add_text_field("file_error", STORED),
    };
    (b.build(), fields)
}

/// The field handles of an existing schema, by name.
pub(crate) fn fields_of(schema: &Schema) -> tantivy::Result<Fields> {
    let f = |name: &str| schema.get_field(name);
    Ok(Fields {
        kind: f("kind")?,
        id: f("id")?,
        path: f("path")?,
        record: f("record")?,
        body_be: f("body_be")?,
        body_ru: f("body_ru")?,
        body_en: f("body_en")?,
        body_other: f("body_other")?,
        exact: f("exact")?,
        translit: f("translit")?,
        head_be: f("head_be")?,
        head_ru: f("head_ru")?,
        head_en: f("head_en")?,
        head_exact: f("head_exact")?,
        sender: f("sender")?,
        recipient: f("recipient")?,
        names: f("names")?,
        number: f("number")?,
        reply_to: f("reply_to")?,
        incoming: f("incoming")?,
        lang: f("lang")?,
        doc_type: f("doc_type")?,
        country: f("country")?,
        date: f("date")?,
        year: f("year")?,
        facet: f("facet")?,
        file_path: f("file_path")?,
        file_hash: f("file_hash")?,
        file_size: f("file_size")?,
        file_mtime: f("file_mtime")?,
        file_status: f("file_status")?,
        file_error: f("file_error")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_finds_every_field_of_the_built_schema() {
        let (schema, built) = build();
        let found = fields_of(&schema).unwrap();
        assert_eq!(format!("{built:?}"), format!("{found:?}"));
    }
}
