//! Runs the subcommand the command line names, and turns its outcome into
//! the process's exit status (a closed output pipe is a quiet success).

use std::process::ExitCode;

use super::args::{Command, Config};
use super::{extract, ingest, lang, output, parse_child, search, serve, show, stats, watch};

/// Parses the command line and runs the chosen subcommand.
pub fn run() -> ExitCode {
    let config = Config::from_env();
    let result = match &config.command {
        Command::Extract(extract) => extract::run(&config, extract),
        Command::Lang => lang::run(),
        Command::Ingest(args) => ingest::run(&config, args),
        Command::Watch(args) => watch::run(&config, args),
        Command::Search(args) => search::run(&config, args),
        Command::Show(args) => show::run(&config, args),
        Command::Stats => stats::run(&config),
        Command::ParseChild => parse_child::run(),
        Command::Serve(args) => serve::run(&config, args),
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
