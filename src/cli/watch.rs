//! `vopis watch INBOX`: indexes every file that lands in an inbox, until stopped.
//!
//! Runs until SIGINT or SIGTERM (the first finishes the files in flight and
//! commits, then prints the summary and exits 0; a second exits at once).

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use vopis_index::Index;
use vopis_worker::{Halt, WatchOptions};

use super::args::{Config, WatchArgs};
use super::ingest::{init_logging, options, print_summary};

/// Runs the subcommand.
pub fn run(config: &Config, args: &WatchArgs) -> anyhow::Result<ExitCode> {
    init_logging();
    let mut opts = options(config, args.jobs, &args.worker)?;
    opts.retry_failed = args.retry_failed;
    let wopts = WatchOptions {
        rescan_interval: Duration::from_secs_f64(args.rescan.max(0.01)),
        settle: Duration::from_secs_f64(args.settle.max(0.0)),
    };
    let halt = Halt::on_signals()?;
    let index = Index::create_or_open(&config.index)
        .with_context(|| format!("cannot open the index at {}", config.index.display()))?;
    let stats = vopis_worker::watch(&index, &args.inbox, &opts, &wopts, &halt)?;
    print_summary(config, &stats)?;
    Ok(ExitCode::SUCCESS)
}
