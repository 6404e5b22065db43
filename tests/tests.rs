//! Integration tests of the `vopis` binary, run as a user runs it.
//!
//! One test binary (faster to link than one per file):
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test here

mod cli; // the command line: exit codes, JSON Lines shape, failure objects, order
mod corpus; // every corpus document against its expected record (corpus/expected/)
mod expect; // the expected-record checker used by `corpus` (and its own tests)
mod metadata; // field-by-field metadata accuracy against corpus/expected-metadata/
mod search; // queries over an index of the corpus, and the search/show/stats commands
mod support; // running the binary, reading JSON Lines, word-level F1
mod worker; // ingest/watch: kill -9 crash safety, rename/change/delete/sync, runaway parsers, signals, write errors
