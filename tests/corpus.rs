//! Runs `vopis extract --json` over the whole corpus, as a user would, and
//! checks every record against corpus/expected/.
//!
//! One process for all files, so the order promise (one line per input, in
//! input order) is checked too. Every miss of every file is listed at once.

use std::path::Path;

use serde_json::Value;

use crate::expect::check;
use crate::support::{files_in, json_lines, root, vopis, word_f1};

/// Extracts every file of `corpus/<dir>` in one run and checks it.
fn check_dir(dir: &str) -> (Vec<String>, Vec<(String, Value)>) {
    let corpus = root().join("corpus");
    let files = files_in(&corpus.join(dir));
    assert!(
        files.len() >= 3,
        "corpus/{dir} has only {} files",
        files.len()
    );
    let rel: Vec<String> = files
        .iter()
        .map(|f| {
            f.strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut args = vec!["extract".to_owned(), "--json".to_owned()];
    args.extend(rel.iter().cloned());
    let output = vopis(&args);
    let records = json_lines(&output.stdout);
    assert_eq!(
        records.len(),
        files.len(),
        "one line per file; stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut misses = Vec::new();
    let mut pairs = Vec::new();
    for (path, record) in rel.iter().zip(&records) {
        assert_eq!(record["path"], path.as_str(), "records in input order");
        let name = Path::new(path).file_name().unwrap().to_string_lossy();
        let expected_path = corpus
            .join("expected")
            .join(dir)
            .join(format!("{name}.json"));
        let Ok(expected) = std::fs::read_to_string(&expected_path) else {
            misses.push(format!(
                "{path}: no expected record at {}",
                expected_path.display()
            ));
            continue;
        };
        let expected: Value = serde_json::from_str(&expected)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        for miss in check(record, &expected, &corpus) {
            misses.push(format!("{path}: {miss}"));
        }
        pairs.push((path.clone(), record.clone()));
    }
    (misses, pairs)
}

#[test]
fn every_document_matches_its_expected_record() {
    let (misses, records) = check_dir("documents");
    let failed: Vec<_> = records
        .iter()
        .filter(|(_, r)| r.get("error").is_some())
        .collect();
    assert!(
        failed.is_empty() || !misses.is_empty(),
        "failures must be expected: {failed:?}"
    );
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

#[test]
fn every_broken_file_gets_a_failure_object_not_a_crash() {
    let (misses, _) = check_dir("broken");
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
    let output = vopis(["extract", "--json", "corpus/broken"]);
    assert_eq!(output.status.code(), Some(1), "exit 1 when any file failed");
}

#[test]
fn pdf_text_agrees_with_pdftotext() {
    // Mean word-level F1 per PDF against the pdftotext reference in corpus/reference/.
    let corpus = root().join("corpus");
    let mut scores = Vec::new();
    for pdf in files_in(&corpus.join("documents")) {
        if pdf.extension().is_none_or(|e| e != "pdf") {
            continue;
        }
        let name = pdf.file_name().unwrap().to_string_lossy().into_owned();
        let Ok(reference) =
            std::fs::read_to_string(corpus.join("reference").join(format!("{name}.txt")))
        else {
            continue;
        };
        let output = vopis(["extract", "--json", pdf.to_str().unwrap()]);
        let record = &json_lines(&output.stdout)[0];
        let f1 = word_f1(record["text"].as_str().unwrap_or_default(), &reference);
        println!("{name}: F1 {f1:.4}");
        scores.push(f1);
    }
    assert!(scores.len() >= 3, "at least three PDFs with a reference");
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    println!("mean F1 over {} PDFs: {mean:.4}", scores.len());
    assert!(mean >= 0.98, "mean word F1 {mean:.4} < 0.98");
}
