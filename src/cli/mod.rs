//! The `vopis` command line: argv → [`args::Config`] → one subcommand.
//!
//! Follows ripgrep's two stages: `args.rs` validates the command line into a
//! `Config`; each subcommand module runs from that `Config` alone and
//! returns the process's exit status. `output.rs` owns writing JSON Lines
//! and treats a closed pipe as a quiet end, not an error.

mod args;
mod dispatch;
mod extract;
mod ingest;
mod lang;
mod output;
mod parse_child;
mod search;
mod serve;
mod show;
mod stats;
mod watch;

pub use dispatch::run;
