//! `vopis extract [--json] FILE...`: one record per file, in input order.
//!
//! Directories given on the command line are expanded to the files under
//! them, sorted, so a run over a folder is reproducible. Exit status 0 when
//! every file parsed, 1 when any failed; the others are still printed.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use vopis_parse::{Failure, Outcome, ParseOptions, extract_outcome};

use super::args::{Config, ExtractArgs};
use super::output;

/// Runs `vopis extract`.
pub fn run(config: &Config, args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let opts = ParseOptions {
        max_file_size: args.max_file_size.saturating_mul(1 << 20),
        time_limit: Duration::from_secs(args.timeout),
        metadata: !args.no_metadata,
        ..ParseOptions::default()
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in expand(&args.files) {
        let outcome = match path {
            Ok(path) => extract_outcome(&path, &opts),
            Err((path, error)) => Outcome::Failed(Failure::new(
                path.to_string_lossy(),
                &vopis_parse::Error::Io {
                    path: path.clone(),
                    source: error,
                },
            )),
        };
        failed |= matches!(outcome, Outcome::Failed(_));
        if config.json {
            output::write_json(&mut out, &outcome)?;
        } else {
            output::write_human(&mut out, &outcome)?;
        }
        // One line per file as soon as it is ready, for pipelines watching progress.
        out.flush()?;
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

type Listed = Result<PathBuf, (PathBuf, io::Error)>;

/// The files named on the command line, directories expanded (sorted, recursively).
fn expand(paths: &[PathBuf]) -> Vec<Listed> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut files, 0);
        } else {
            files.push(Ok(path.clone()));
        }
    }
    files
}

/// Deepest directory nesting followed (symlink loops end here).
const MAX_DIR_DEPTH: usize = 64;

fn walk(dir: &Path, files: &mut Vec<Listed>, depth: usize) {
    if depth > MAX_DIR_DEPTH {
        files.push(Err((
            dir.to_owned(),
            io::Error::other("directories nested too deeply"),
        )));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return files.push(Err((dir.to_owned(), e))),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, files, depth + 1);
        } else {
            files.push(Ok(path));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_expand_sorted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for name in ["b.txt", "a.txt", "sub/c.txt"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let listed: Vec<String> = expand(&[dir.path().to_owned()])
            .into_iter()
            .map(|p| {
                p.unwrap()
                    .strip_prefix(dir.path())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(listed, ["a.txt", "b.txt", "sub/c.txt"]);
    }
}
