//! `vopis parse-child` (hidden): the worker's parse child process.
//!
//! The worker (`vopis ingest`, `vopis watch`) starts one per parse slot and
//! talks to it over stdin/stdout; see `vopis_worker::serve_child`. Not for
//! people: it reads a configuration line and then JSON requests.

use std::process::ExitCode;

/// Runs the parse child until its input ends.
pub fn run() -> anyhow::Result<ExitCode> {
    vopis_worker::serve_child()?;
    Ok(ExitCode::SUCCESS)
}
