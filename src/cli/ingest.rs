//! `vopis ingest`: parses and indexes every file under the given paths.
//!
//! Not built yet: this module is being written (issue 4/5).

use std::process::ExitCode;

use super::args::{Config, IngestArgs};

/// Runs the subcommand.
pub fn run(_config: &Config, _args: &IngestArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`vopis ingest` is not built yet")
}
