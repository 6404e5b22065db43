//! `vopis search`: runs a query and prints ranked hits with snippets.
//!
//! Not built yet: this module is being written (issue 4/5).

use std::process::ExitCode;

use super::args::{Config, SearchArgs};

/// Runs the subcommand.
pub fn run(_config: &Config, _args: &SearchArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`vopis search` is not built yet")
}
