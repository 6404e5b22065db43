//! `vopis ingest PATH...`: parses and indexes every file under the paths.
//!
//! A progress bar on a terminal, log lines otherwise; then the summary
//! (human, or one JSON object with `--json`). Exit 0 unless the index
//! could not be written (then the error, and status 2): failed files are
//! in the summary and in the index's failure records, not in the status.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use vopis_index::Index;
use vopis_worker::{CommitPolicy, Halt, IngestOptions, Isolation, ProgressMode, Stats};

use super::args::{Config, IngestArgs, WorkerArgs};

/// The worker options of `ingest` and `watch` from the command line.
pub fn options(
    config: &Config,
    jobs: Option<usize>,
    worker: &WorkerArgs,
) -> anyhow::Result<IngestOptions> {
    let defaults = IngestOptions::default();
    let isolation = if worker.in_process {
        Isolation::InProcess
    } else {
        let program = std::env::current_exe().context("cannot find the vopis executable")?;
        Isolation::Child {
            program,
            args: vec!["parse-child".to_owned()],
        }
    };
    let mut parse = defaults.parse.clone();
    parse.time_limit = Duration::from_secs_f64(worker.timeout.max(0.001));
    parse.metadata = !worker.no_metadata;
    let progress = if config.json || !std::io::stderr().is_terminal() {
        ProgressMode::Log
    } else {
        ProgressMode::Bar
    };
    Ok(IngestOptions {
        jobs: jobs.unwrap_or(defaults.jobs).max(1),
        parse,
        memory_limit: worker.memory_limit.saturating_mul(1 << 20),
        isolation,
        commit: CommitPolicy {
            max_changes: worker.commit_every.max(1),
            max_interval: Duration::from_millis(worker.commit_ms),
        },
        progress,
        writer: vopis_index::WriterOptions {
            threads: worker.writer_threads.max(1),
            ..defaults.writer
        },
        ..defaults
    })
}

/// Log lines on stderr (level from `RUST_LOG`, default info).
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}

/// Prints the summary, human or JSON, on stdout.
pub fn print_summary(config: &Config, stats: &Stats) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if config.json {
        serde_json::to_writer(&mut out, stats)?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(stats.human().as_bytes())?;
    }
    out.flush()?;
    Ok(())
}

/// Runs the subcommand.
pub fn run(config: &Config, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    init_logging();
    let mut opts = options(config, args.jobs, &args.worker)?;
    opts.retry_failed = args.retry_failed;
    opts.sync = args.sync;
    let halt = Halt::on_signals()?;
    let index = Index::create_or_open(&config.index)
        .with_context(|| format!("cannot open the index at {}", config.index.display()))?;
    let stats = vopis_worker::ingest(&index, &args.paths, &opts, &halt)?;
    print_summary(config, &stats)?;
    Ok(ExitCode::SUCCESS)
}
