//! `vopis watch`: indexes every file that lands in an inbox, until stopped.
//!
//! Not built yet: this module is being written (issue 4/5).

use std::process::ExitCode;

use super::args::{Config, WatchArgs};

/// Runs the subcommand.
pub fn run(_config: &Config, _args: &WatchArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`vopis watch` is not built yet")
}
