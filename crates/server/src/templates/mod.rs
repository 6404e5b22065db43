//! The HTML of the pages, written with maud (compiled into the binary;
//! every `(value)` is escaped).

pub(crate) mod document;
pub(crate) mod error;
pub(crate) mod layout;
pub(crate) mod search;
