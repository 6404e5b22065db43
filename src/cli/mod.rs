//! The `vopis` command line: argv → [`args::Config`] → one subcommand.
//!
//! Follows ripgrep's two stages: `args.rs` validates the command line into a
//! `Config`; each subcommand module runs from that `Config` alone and
//! returns the process's exit status. `output.rs` owns writing JSON Lines
//! and treats a closed pipe as a quiet end, not an error.

mod args;
mod extract;
mod lang;
mod output;

use std::process::ExitCode;

use args::{Command, Config};

/// Parses the command line and runs the chosen subcommand.
pub fn run() -> ExitCode {
    let config = Config::from_env();
    let result = match &config.command {
        Command::Extract(extract) => extract::run(&config, extract),
        Command::Lang => lang::run(),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vopis: {e:#}");
            ExitCode::from(2)
        }
    }
}
