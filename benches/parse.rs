//! Extraction speed per format, on the corpus, with pdftotext beside it.
//!
//! - `extract/<format>`: our library on every corpus document of that format,
//!   text extraction only (no metadata), throughput in bytes (criterion prints MB/s);
//! - `pdf-pages/vopis` vs `pdf-pages/pdftotext`: every corpus PDF, throughput
//!   in pages, both as a fresh process per file (`vopis extract --json
//!   --no-metadata` and `pdftotext -q FILE -`: text against text), measured in the same run, so the ratio of the
//!   two is our speed relative to poppler's. Skipped when pdftotext or the
//!   release binary is missing.
//!
//! - `metadata/on` vs `metadata/off`: the whole corpus with language and
//!   metadata reading on and off.
//!
//! Each bench asserts on its result (text came out), so a broken reader
//! cannot look fast.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use vopis_parse::{Format, ParseOptions, extract_bytes};

fn corpus() -> BTreeMap<Format, Vec<(PathBuf, Vec<u8>)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/documents");
    let mut by_format: BTreeMap<Format, Vec<(PathBuf, Vec<u8>)>> = BTreeMap::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus/documents exists")
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths {
        let bytes = std::fs::read(&path).expect("corpus file reads");
        if let Ok(format) = vopis_parse::sniff(&bytes) {
            by_format.entry(format).or_default().push((path, bytes));
        }
    }
    by_format
}

fn extract_per_format(c: &mut Criterion) {
    // The extraction stage alone; `metadata_on_off` measures what metadata adds.
    let opts = ParseOptions {
        metadata: false,
        ..ParseOptions::default()
    };
    for (format, files) in corpus() {
        let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
        let mut group = c.benchmark_group("extract");
        group.throughput(Throughput::Bytes(bytes));
        group.bench_function(format.as_str(), |b| {
            b.iter(|| {
                let mut chars = 0;
                for (path, data) in &files {
                    let doc = extract_bytes(&path.to_string_lossy(), data, &opts)
                        .expect("corpus document extracts");
                    chars += doc.text.len();
                }
                assert!(chars > 0, "{format:?} gave no text");
                chars
            })
        });
        group.finish();
    }
}

fn pdf_against_pdftotext(c: &mut Criterion) {
    let pdfs: Vec<(PathBuf, u32)> = corpus()
        .remove(&Format::Pdf)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(path, data)| {
            let doc = extract_bytes("", &data, &ParseOptions::default()).ok()?;
            Some((path, doc.page_count?))
        })
        .collect();
    let pages: u64 = pdfs.iter().map(|(_, p)| u64::from(*p)).sum();
    let vopis = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/vopis");
    let vopis = std::env::var_os("VOPIS_BIN")
        .map(PathBuf::from)
        .unwrap_or(vopis);
    let have_pdftotext = Command::new("pdftotext").arg("-v").output().is_ok();
    if pdfs.is_empty() || !have_pdftotext || !vopis.exists() {
        eprintln!(
            "pdf-pages skipped: needs corpus PDFs, pdftotext and {} (cargo build --release)",
            vopis.display()
        );
        return;
    }
    let mut group = c.benchmark_group("pdf-pages");
    group.throughput(Throughput::Elements(pages));
    group.bench_function("vopis", |b| {
        b.iter(|| {
            for (path, _) in &pdfs {
                let out = Command::new(&vopis)
                    .args(["extract", "--json", "--no-metadata"])
                    .arg(path)
                    .output()
                    .expect("vopis runs");
                assert!(out.status.success() && out.stdout.len() > 100);
            }
        })
    });
    group.bench_function("pdftotext", |b| {
        b.iter(|| {
            for (path, _) in &pdfs {
                let out = Command::new("pdftotext")
                    .arg("-q")
                    .arg(path)
                    .arg("-")
                    .output()
                    .expect("pdftotext runs");
                assert!(out.status.success());
            }
        })
    });
    group.finish();
}

/// The whole corpus with language and metadata reading on and off: the
/// ratio of the two is what metadata costs.
fn metadata_on_off(c: &mut Criterion) {
    let files: Vec<(PathBuf, Vec<u8>)> = corpus().into_values().flatten().collect();
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    let mut group = c.benchmark_group("metadata");
    group.throughput(Throughput::Bytes(bytes));
    for on in [false, true] {
        let opts = ParseOptions {
            metadata: on,
            ..ParseOptions::default()
        };
        group.bench_function(if on { "on" } else { "off" }, |b| {
            b.iter(|| {
                let mut languages = 0;
                for (path, data) in &files {
                    let doc =
                        extract_bytes(&path.to_string_lossy(), data, &opts).expect("extracts");
                    languages += doc.languages.len();
                }
                assert_eq!(languages > 0, on, "languages only with metadata on");
                languages
            })
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    extract_per_format,
    pdf_against_pdftotext,
    metadata_on_off
);
criterion_main!(benches);
