//! Reading a document the way a registry clerk does: language, type,
//! requisites (dates, numbers, references, stamp), parties and entities.
//!
//! Runs after text extraction on the clean text. Each module fills its own
//! fields of the [`Document`], in this order: language (everything else may
//! depend on it), structure (`letter`: doc_type, sender, recipient, subject,
//! signatories, ...), requisites (`requisites`: dates with roles, number,
//! in_reply_to, incoming, period), entities (`entities`: contacts,
//! countries, organisations, people, amounts).

mod context;
mod entities;
mod letter;
mod requisites;

pub(crate) use context::{Context, fill};
pub use entities::country_code;
