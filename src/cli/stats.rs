//! `vopis stats`: documents by language, type and year, and the failures.
//!
//! With `--json`, exactly the contract's object: `documents`, `failed`,
//! `by_language`, `by_type`, `by_year`, `failures` (`path`, `kind`,
//! `message`).

use std::io::{self, Write};
use std::process::ExitCode;

use vopis_index::Index;

use super::args::Config;

/// Runs the subcommand.
pub fn run(config: &Config) -> anyhow::Result<ExitCode> {
    let index = Index::open(&config.index)?;
    let stats = index.stats()?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    if config.json {
        serde_json::to_writer(&mut out, &stats).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    } else {
        writeln!(
            out,
            "{} documents, {} failed files",
            stats.documents, stats.failed
        )?;
        for (name, counts) in [
            ("language", &stats.by_language),
            ("type", &stats.by_type),
            ("year", &stats.by_year),
        ] {
            let items: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
            writeln!(out, "by {name}: {}", items.join(", "))?;
        }
        for failure in &stats.failures {
            writeln!(
                out,
                "failed: {} ({}): {}",
                failure.path, failure.kind, failure.message
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
