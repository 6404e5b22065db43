//! Shared helpers: run `vopis`, parse its JSON Lines, compare texts by words.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The repository root (where corpus/ lives).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `vopis` binary with `args` in the repository root.
pub fn vopis<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_vopis"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the vopis binary runs")
}

/// The JSON objects of a JSON Lines output, one per line; panics naming a bad line.
pub fn json_lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8(stdout.to_vec())
        .expect("output is UTF-8")
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("bad JSON line {line:?}: {e}"))
        })
        .collect()
}

/// The files directly in `dir`, sorted.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Words of a text for comparison: lower-case runs of letters and digits
/// (apostrophes inside words kept, unified).
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '’' | '\'' | 'ʼ')))
        .map(|w| w.trim_matches(|c| matches!(c, '’' | '\'' | 'ʼ')))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace(['\'', 'ʼ'], "’").to_lowercase())
        .collect()
}

/// Word-level F1 of `ours` against `reference` (bags of words).
pub fn word_f1(ours: &str, reference: &str) -> f64 {
    let mut bag: HashMap<String, i64> = HashMap::new();
    let reference = words(reference);
    for w in &reference {
        *bag.entry(w.clone()).or_default() += 1;
    }
    let ours = words(ours);
    let mut hits = 0;
    for w in &ours {
        if let Some(n) = bag.get_mut(w)
            && *n > 0
        {
            *n -= 1;
            hits += 1;
        }
    }
    if ours.is_empty() || reference.is_empty() {
        return if ours.is_empty() && reference.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    let precision = hits as f64 / ours.len() as f64;
    let recall = hits as f64 / reference.len() as f64;
    if hits == 0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

#[test]
fn f1_counts_words_not_layout() {
    assert_eq!(word_f1("Аб’ём працы", "аб'ём\nпрацы"), 1.0);
    assert!((word_f1("a b c d", "a b c e") - 0.75).abs() < 1e-9);
    assert_eq!(word_f1("", "x"), 0.0);
}
