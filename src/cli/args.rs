//! Turns argv into a validated [`Config`].
//!
//! Every command accepts `--index DIR` (default `./index`) and `--json`
//! (JSON Lines instead of human output), as the contract says.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// vopis: turns an archive's incoming paperwork into a searchable full-text index.
#[derive(Debug, Parser)]
#[command(name = "vopis", version, about, long_about = None)]
pub struct Config {
    /// The index directory.
    #[arg(long, global = true, value_name = "DIR", default_value = "index")]
    pub index: PathBuf,
    /// Print JSON Lines (one object per line) instead of human output.
    #[arg(long, global = true)]
    pub json: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract text and metadata from files, one record per file, in input order.
    Extract(ExtractArgs),
    /// Detect the language of each line of stdin: one JSON object per line, in order.
    Lang,
    /// Parse every file under each PATH in parallel and index it.
    Ingest(IngestArgs),
    /// Watch an inbox folder and index every file that lands in it, until stopped.
    Watch(WatchArgs),
    /// Search the index.
    Search(SearchArgs),
    /// Show the stored record of one document, with its paths and thread links.
    Show(ShowArgs),
    /// Documents by language, type and year, and the failures.
    Stats,
    /// Serve the search page and the HTTP API.
    Serve(ServeArgs),
    /// Internal: the worker's parse child (reads requests on stdin).
    #[command(hide = true)]
    ParseChild,
}

/// Arguments of `vopis serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (loopback by default).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7700")]
    pub addr: std::net::SocketAddr,
    /// Folder that uploads (`POST /api/documents`) are saved to; uploads are off without it.
    #[arg(long, value_name = "DIR")]
    pub inbox: Option<PathBuf>,
    /// File whose first line is the bearer token uploads need; uploads are off without it.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
}

/// Arguments of `vopis ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Files or directories (walked recursively).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Parse threads (default: the machine's cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Parse again the files whose last attempt failed, even if unchanged.
    #[arg(long)]
    pub retry_failed: bool,
    /// Remove from the index the documents whose every path is gone.
    #[arg(long)]
    pub sync: bool,
    /// Parse limits and commit policy.
    #[command(flatten)]
    pub worker: WorkerArgs,
}

/// Options shared by `ingest` and `watch`.
#[derive(Debug, Args)]
pub struct WorkerArgs {
    /// Time limit per file, in seconds (the parser is killed a little later).
    #[arg(long, value_name = "SECS", default_value_t = 120.0)]
    pub timeout: f64,
    /// Memory (address space) limit of each parser process, in MiB (0: none).
    #[arg(long, value_name = "MIB", default_value_t = 2048)]
    pub memory_limit: u64,
    /// Extract the text and the format's own properties only: no language
    /// detection, requisites or entities.
    #[arg(long)]
    pub no_metadata: bool,
    /// tantivy indexing threads of the index writer.
    #[arg(long, value_name = "N", default_value_t = 1, hide = true)]
    pub writer_threads: usize,
    /// Commit after this many files.
    #[arg(long, value_name = "N", default_value_t = 256, hide = true)]
    pub commit_every: usize,
    /// Commit at least this often, in milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 2000, hide = true)]
    pub commit_ms: u64,
    /// Parse on the worker's own threads instead of child processes (no
    /// time or memory limit can be enforced; for trusted input).
    #[arg(long, hide = true)]
    pub in_process: bool,
}

/// Arguments of `vopis watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The inbox folder.
    #[arg(value_name = "INBOX")]
    pub inbox: PathBuf,
    /// Parse threads (default: the machine's cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    pub jobs: Option<usize>,
    /// Parse again the files whose last attempt failed, even if unchanged.
    #[arg(long)]
    pub retry_failed: bool,
    /// Seconds between full rescans of the inbox (beside notifications).
    #[arg(long, value_name = "SECS", default_value_t = 30.0)]
    pub rescan: f64,
    /// Seconds a file's size and mtime must stay unchanged before it is read.
    #[arg(long, value_name = "SECS", default_value_t = 1.0)]
    pub settle: f64,
    /// Parse limits and commit policy.
    #[command(flatten)]
    pub worker: WorkerArgs,
}

/// Arguments of `vopis search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The query (Lucene-style: words, "phrases", +required, -excluded, AND/OR/NOT, field:value).
    #[arg(value_name = "QUERY")]
    pub query: String,
    /// Most hits to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub offset: usize,
    /// Also print facet counts (language, type, year, country, sender) of the whole result set.
    #[arg(long)]
    pub facets: bool,
    /// Order of the hits: relevance (best first), newest or oldest.
    #[arg(long, value_name = "ORDER", default_value = "relevance", value_parser = ["relevance", "newest", "oldest"])]
    pub sort: String,
}

/// Arguments of `vopis show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The document's id (its content hash; a unique prefix is enough).
    #[arg(value_name = "ID")]
    pub id: String,
}

/// Arguments of `vopis extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files to extract; a directory stands for every file under it (sorted, recursively).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Largest file to read, in MiB.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub max_file_size: u64,
    /// Time limit per file, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 120)]
    pub timeout: u64,
    /// Extract the text and the format's own properties only: no language
    /// detection, requisites or entities (faster on a single small file).
    #[arg(long)]
    pub no_metadata: bool,
}

impl Config {
    /// Parses the process's arguments; on a usage error clap prints it and exits 2.
    pub fn from_env() -> Config {
        Config::parse()
    }
}
