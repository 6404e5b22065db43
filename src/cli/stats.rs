//! `vopis stats`: documents by language, type and year, and the failures.
//!
//! Not built yet: this module is being written (issue 4).

use std::process::ExitCode;

use super::args::Config;

/// Runs the subcommand.
pub fn run(_config: &Config) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`vopis stats` is not built yet")
}
