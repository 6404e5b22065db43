//! One pass over some paths: `vopis ingest`.
//!
//! Walks every root, feeds the pipeline, and with `sync` removes afterwards
//! the recorded paths under the roots whose files are gone (their documents
//! go when no path is left). Roots are made absolute first, so the paths in
//! the index do not depend on the directory the command ran in.

use std::path::PathBuf;
use std::time::Instant;

use vopis_index::Index;

use crate::catalog::Catalog;
use crate::discover::{under, walk};
use crate::error::{Error, Result};
use crate::options::IngestOptions;
use crate::pipeline::{self, Context};
use crate::progress::Progress;
use crate::signals::Halt;
use crate::summary::Stats;

/// The absolute form of each root (errors name the root as given).
pub(crate) fn absolute(roots: &[PathBuf]) -> Result<Vec<PathBuf>> {
    roots
        .iter()
        .map(|r| {
            std::fs::canonicalize(r).map_err(|source| Error::Root {
                path: r.clone(),
                source,
            })
        })
        .collect()
}

/// Ingests every file under `roots` into `index`; returns the run's counts.
/// Stops early (committing what is done) when `halt` is stopped.
pub fn ingest(
    index: &Index,
    roots: &[PathBuf],
    opts: &IngestOptions,
    halt: &Halt,
) -> Result<Stats> {
    let started = Instant::now();
    let roots = absolute(roots)?;
    let exclude = std::fs::canonicalize(index.dir()).ok();
    let catalog = Catalog::load(index)?;
    let progress = Progress::new(opts.progress);
    let cx = Context {
        opts,
        catalog: &catalog,
        halt,
        progress: &progress,
    };
    let mut writer = index.writer_with(&opts.writer)?;
    let result = pipeline::run(&mut writer, &cx, |feeder| {
        for root in &roots {
            let walked = walk(root, exclude.as_deref(), &mut |c| feeder.offer(c));
            if let Err(e) = walked {
                tracing::warn!(path = %root.display(), "cannot walk: {e}");
            }
            if feeder.stopping() {
                break;
            }
        }
    });
    progress.finish();
    let mut stats = result?;
    if opts.sync && !halt.stopping() {
        let keys: Vec<String> = roots.iter().map(|r| vopis_index::path_key(r)).collect();
        for path in catalog.paths() {
            if keys.iter().any(|k| under(&path, k)) && !vopis_index::key_path(&path).exists() {
                writer.remove_path(&path)?;
                writer.remove_file(&path);
                catalog.remove_record(&path);
                stats.removed += 1;
            }
        }
        writer.commit()?;
    }
    stats.interrupted = halt.stop_requested();
    stats.finish(started.elapsed());
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ingest_twice_then_a_rename_in_process() {
        let dir = tempfile::tempdir().unwrap();
        let inbox = dir.path().join("inbox");
        std::fs::create_dir_all(&inbox).unwrap();
        std::fs::write(
            inbox.join("ліст.txt"),
            "Аб навукова-тэхнічным супрацоўніцтве",
        )
        .unwrap();
        std::fs::write(
            inbox.join("письмо.txt"),
            "О научно-техническом сотрудничестве",
        )
        .unwrap();
        std::fs::write(inbox.join("empty.txt"), "").unwrap();
        let index = Index::create_or_open(&dir.path().join("index")).unwrap();
        let opts = IngestOptions {
            jobs: 2,
            ..IngestOptions::default()
        };
        let halt = Halt::default();
        let stats = ingest(&index, std::slice::from_ref(&inbox), &opts, &halt).unwrap();
        assert_eq!((stats.indexed, stats.failed), (2, 1), "{stats:?}");
        assert_eq!(stats.failures[0].kind, vopis_parse::ErrorKind::Empty);
        let again = ingest(&index, std::slice::from_ref(&inbox), &opts, &halt).unwrap();
        assert_eq!(
            (again.indexed, again.unchanged, again.failed_before),
            (0, 2, 1),
            "{again:?}"
        );
        std::fs::rename(inbox.join("ліст.txt"), inbox.join("перайменаваны.txt")).unwrap();
        let moved = ingest(&index, std::slice::from_ref(&inbox), &opts, &halt).unwrap();
        assert_eq!((moved.indexed, moved.moved), (0, 1), "{moved:?}");
        assert_eq!(index.document_count().unwrap(), 2);
    }
}
