//! The structure of a document: its type and the parts a registry clerk
//! reads off a letter, an agreement, a report or an article.
//!
//! Runs after language detection and before the requisites (dates and
//! numbers), so nothing here relies on `doc.date` or `doc.number`. Fills
//! only its own fields: `doc_type`, `title`, `sender`, `recipient`,
//! `subject`, `signatories`, `executor`, `parties`, `place`, `term`,
//! `source`, `headings`, and an article's `author` when the properties gave
//! none. E-mails keep the sender, recipient and subject of their headers.
//!
//! Every reader works on `&str` slices of the clean text (paragraphs split
//! by a blank line, lines by `\n`, table cells by `\t`) with bounded passes:
//! the head and the tail of a document are looked at, not all of it, except
//! for a report's headings (one linear pass).

mod addressee;
mod agreement;
mod article;
mod doc_type;
mod fill;
mod head;
mod layout;
mod letterhead;
mod report;
mod signature;
mod subject;

pub(crate) use fill::fill;

#[cfg(test)]
mod samples;
