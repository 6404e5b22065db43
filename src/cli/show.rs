//! `vopis show`: one document's stored record, paths and thread links.
//!
//! Not built yet: this module is being written (issue 4/5).

use std::process::ExitCode;

use super::args::{Config, ShowArgs};

/// Runs the subcommand.
pub fn run(_config: &Config, _args: &ShowArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`vopis show` is not built yet")
}
