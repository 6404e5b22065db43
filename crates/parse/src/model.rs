//! The one `Document` model, shared by every vopis crate.
//!
//! Serde field names are the keys of the JSON contract (`shared/CONTRACT.md`)
//! and are always present: `Option<T>` serialises as `null`, lists as `[]`.
//! Closed sets are enums that serialise to the contract's strings. Keys beyond
//! the contract (`author`, `created`, `modified`, `producer`, `encoding`,
//! `attachments`) are extensions the contract allows.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};

/// A file format, sniffed from the bytes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Portable Document Format.
    Pdf,
    /// Office Open XML word-processing document.
    Docx,
    /// OpenDocument text.
    Odt,
    /// Rich Text Format.
    Rtf,
    /// A web page.
    Html,
    /// An e-mail message (RFC 5322 / MIME).
    Eml,
    /// Plain text.
    #[default]
    Txt,
    /// Markdown.
    Md,
}

impl Format {
    /// The contract's string for this format.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Rtf => "rtf",
            Format::Html => "html",
            Format::Eml => "eml",
            Format::Txt => "txt",
            Format::Md => "md",
        }
    }
}

/// A language, as ISO 639-1; [`Language::Und`] when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Belarusian.
    Be,
    /// Russian.
    Ru,
    /// Ukrainian.
    Uk,
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Polish.
    Pl,
    /// Chinese.
    Zh,
    /// Undetermined.
    #[default]
    Und,
}

impl Language {
    /// Every language, in a fixed order.
    pub const ALL: [Language; 9] = [
        Language::Be,
        Language::Ru,
        Language::Uk,
        Language::En,
        Language::De,
        Language::Fr,
        Language::Pl,
        Language::Zh,
        Language::Und,
    ];

    /// The ISO 639-1 code, as in the contract ("und" when unknown).
    ///
    /// ```
    /// assert_eq!(vopis_parse::Language::Be.code(), "be");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Language::Be => "be",
            Language::Ru => "ru",
            Language::Uk => "uk",
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Pl => "pl",
            Language::Zh => "zh",
            Language::Und => "und",
        }
    }

    /// The language of an ISO 639-1 code (any case); `None` if not one of ours.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// One language's share of a text's letters.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageShare {
    /// The language.
    pub lang: Language,
    /// Its share of the letters, 0.0–1.0.
    pub share: f64,
}

/// What kind of document this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocType {
    /// Official correspondence.
    Letter,
    /// Agreement, memorandum, protocol, contract.
    Agreement,
    /// Report, reference note, analytical note.
    Report,
    /// News or magazine article.
    Article,
    /// Anything else, or not yet known.
    #[default]
    Other,
}

impl DocType {
    /// Every document type, in a fixed order.
    pub const ALL: [DocType; 5] = [
        DocType::Letter,
        DocType::Agreement,
        DocType::Report,
        DocType::Article,
        DocType::Other,
    ];

    /// The contract's string for this type.
    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Letter => "letter",
            DocType::Agreement => "agreement",
            DocType::Report => "report",
            DocType::Article => "article",
            DocType::Other => "other",
        }
    }

    /// The type named by a contract string (any case); `None` if unknown.
    pub fn from_name(name: &str) -> Option<DocType> {
        DocType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

/// A registration reference: a number and its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// The registration number, e.g. "06-09/398" or "Вх-44318".
    pub number: Option<String>,
    /// Its date, "YYYY-MM-DD".
    pub date: Option<String>,
}

/// A person who signed the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    /// The name as written, e.g. "С.С.Щербаков".
    pub name: String,
    /// The position, e.g. "Заместитель Председателя".
    pub position: Option<String>,
}

/// A sum of money mentioned in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// The value in units of the currency.
    pub value: f64,
    /// ISO 4217 code.
    pub currency: Option<String>,
    /// The words it was written as.
    pub text: String,
}

/// Everything vopis extracted from one file: the contract's success object.
///
/// ```
/// use vopis_parse::{extract_bytes, ParseOptions};
///
/// let doc = extract_bytes("a.txt", b"Report on cooperation", &ParseOptions::default())?;
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["format"], "txt");
/// assert_eq!(json["doc_type"], "report");
/// assert!(json["number"].is_null());
/// assert_eq!(json["signatories"], serde_json::json!([]));
/// # Ok::<(), vopis_parse::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// The file as given.
    pub path: String,
    /// Hex BLAKE3 hash of the file's bytes.
    pub id: String,
    /// The sniffed format.
    pub format: Format,
    /// Main language.
    pub language: Language,
    /// Languages by share of letters, descending.
    pub languages: Vec<LanguageShare>,
    /// Letter, agreement, report, article or other.
    pub doc_type: DocType,
    /// The document's title.
    pub title: Option<String>,
    /// The document's own date, "YYYY-MM-DD".
    pub date: Option<String>,
    /// Registration / outgoing number.
    pub number: Option<String>,
    /// The letter this one answers.
    pub in_reply_to: Option<Reference>,
    /// The receiver's registration stamp.
    pub incoming: Option<Reference>,
    /// Who wrote it.
    pub sender: Option<String>,
    /// To whom.
    pub recipient: Option<String>,
    /// The heading to the text.
    pub subject: Option<String>,
    /// Who signed it.
    pub signatories: Vec<Signatory>,
    /// E-mail addresses found.
    pub emails: Vec<String>,
    /// Phone numbers found.
    pub phones: Vec<String>,
    /// URLs found.
    pub urls: Vec<String>,
    /// ISO 3166-1 alpha-2 codes of countries mentioned.
    pub countries: Vec<String>,
    /// Organisations mentioned.
    pub organizations: Vec<String>,
    /// People mentioned.
    pub people: Vec<String>,
    /// Sums of money mentioned.
    pub amounts: Vec<Amount>,
    /// Pages, where the format has pages.
    pub page_count: Option<u32>,
    /// The full text in reading order, paragraphs separated by a blank line.
    pub text: String,
    /// What went imperfectly.
    pub warnings: Vec<String>,
    /// Author from the document's properties (extension).
    pub author: Option<String>,
    /// Creation date-time from the properties, ISO 8601 (extension).
    pub created: Option<String>,
    /// Modification date-time from the properties, ISO 8601 (extension).
    pub modified: Option<String>,
    /// The program that produced the file (extension).
    pub producer: Option<String>,
    /// The character encoding the text was decoded from, when the format
    /// does not fix it (extension), e.g. "windows-1251".
    pub encoding: Option<String>,
    /// Files attached to (embedded in) this one, each extracted in full
    /// (extension; e-mail attachments).
    pub attachments: Vec<Outcome>,
    /// Every date found in the text, with its role (extension).
    pub dates: Vec<DateMention>,
    /// The period a report covers (extension).
    pub period: Option<Period>,
    /// The parties of an agreement (extension).
    pub parties: Vec<String>,
    /// Where an agreement was signed, e.g. "г. Минск" (extension).
    pub place: Option<String>,
    /// An agreement's term and entry into force, as written (extension).
    pub term: Option<String>,
    /// The executor line of a letter: name and phone (extension).
    pub executor: Option<String>,
    /// An article's source, e.g. "БелТА" (extension).
    pub source: Option<String>,
    /// A report's outline: its headings in order (extension).
    pub headings: Vec<String>,
    /// For each of `people`, in the same order, a script-independent key so
    /// that `Щербаков`, `Shcherbakov` and `Шчарбакоў` meet (extension).
    pub people_keys: Vec<String>,
    /// The stretches of the text written in another language than the main
    /// one (a letterhead's Belarusian half in a Russian letter), in text
    /// order, as UTF-8 byte offsets into `text` (extension).
    pub language_spans: Vec<LanguageSpan>,
}

/// A stretch of a document's text in a language other than its main one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSpan {
    /// The stretch's language.
    pub lang: Language,
    /// UTF-8 byte offset of its first character in the text.
    pub start: usize,
    /// UTF-8 byte offset just past its last character.
    pub end: usize,
}

/// What a date in a document stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRole {
    /// The document's own date.
    Document,
    /// The date of the letter this one answers.
    Reply,
    /// The receiver's stamp.
    Incoming,
    /// The signing of an agreement.
    Signing,
    /// Entry into force.
    EntryIntoForce,
    /// Start of a covered period.
    PeriodStart,
    /// End of a covered period.
    PeriodEnd,
    /// Publication of an article.
    Published,
    /// Any other date in the text.
    #[default]
    Mentioned,
}

/// A date found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when the text gives no day).
    pub date: String,
    /// What it stands for.
    pub role: DateRole,
    /// The words it was written as.
    pub text: String,
}

/// A span of time, e.g. "за 2020–2022 гг.".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// First day, "YYYY-MM-DD" (or "YYYY-MM" / "YYYY").
    pub from: Option<String>,
    /// Last day, same forms.
    pub to: Option<String>,
    /// The words it was written as.
    pub text: String,
}

/// The contract's failure object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// The file as given.
    pub path: String,
    /// What went wrong.
    pub error: FailureInfo,
}

/// The `error` member of a failure object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FailureInfo {
    /// One of the contract's kinds.
    pub kind: ErrorKind,
    /// Plain words on what is wrong with the file.
    pub message: String,
}

impl Failure {
    /// The failure object for `path` failing with `error`.
    pub fn new(path: impl Into<String>, error: &Error) -> Self {
        Failure {
            path: path.into(),
            error: FailureInfo {
                kind: error.kind(),
                message: error.to_string(),
            },
        }
    }
}

/// One file's result: a document or a failure (serialised untagged, as the
/// contract's success or failure object).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Outcome {
    /// Extracted.
    Parsed(Box<Document>),
    /// Not extracted, with the reason.
    Failed(Failure),
}

impl Outcome {
    /// The document, if extraction succeeded.
    pub fn document(&self) -> Option<&Document> {
        match self {
            Outcome::Parsed(doc) => Some(doc),
            Outcome::Failed(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTRACT_KEYS: &[&str] = &[
        "path",
        "id",
        "format",
        "language",
        "languages",
        "doc_type",
        "title",
        "date",
        "number",
        "in_reply_to",
        "incoming",
        "sender",
        "recipient",
        "subject",
        "signatories",
        "emails",
        "phones",
        "urls",
        "countries",
        "organizations",
        "people",
        "amounts",
        "page_count",
        "text",
        "warnings",
    ];

    #[test]
    fn document_serialises_every_contract_key() {
        let json = serde_json::to_value(Document::default()).unwrap();
        let obj = json.as_object().unwrap();
        for key in CONTRACT_KEYS {
            assert!(obj.contains_key(*key), "missing contract key {key}");
        }
        assert_eq!(json["language"], "und");
        assert_eq!(json["doc_type"], "other");
        assert!(json["page_count"].is_null());
    }

    #[test]
    fn failure_serialises_as_contract_object() {
        let f = Failure::new("a.pdf", &Error::Encrypted);
        let json = serde_json::to_value(Outcome::Failed(f)).unwrap();
        assert_eq!(json["path"], "a.pdf");
        assert_eq!(json["error"]["kind"], "encrypted");
        assert!(
            json["error"]["message"]
                .as_str()
                .unwrap()
                .contains("password")
        );
    }
}
