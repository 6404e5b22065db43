//! `vopis serve`: the search page and the HTTP API (see `vopis-server`).

use std::process::ExitCode;

use super::args::{Config, ServeArgs};

/// Runs the subcommand until Ctrl-C.
pub fn run(config: &Config, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let mut options = vopis_server::ServeOptions::new(config.index.clone());
    options.addr = args.addr;
    options.inbox = args.inbox.clone();
    if let Some(path) = &args.token_file {
        options.token = Some(vopis_server::ServeOptions::read_token(path)?);
    }
    vopis_server::run(&options)?;
    Ok(ExitCode::SUCCESS)
}
