//! The index at scale: indexing throughput against bare tantivy, index size,
//! and query latency, on generated documents (`benches/generate/`).
//!
//! Run: `cargo bench --bench index` (100,000 documents; set
//! `VOPIS_BENCH_DOCS=N` for another count; `VOPIS_BENCH_PROFILE=N` indexes
//! with vopis alone on N threads and stops, for a profiler;
//! `VOPIS_BENCH_KEEP=DIR` keeps the last vopis index at DIR). Prints one table:
//! - indexing: documents/s and MB/s of text for vopis (`Writer::add`, every
//!   analyzer, stored record) and for bare tantivy (one text field, the
//!   default tokenizer, the same texts), both with the same number of
//!   tantivy indexing threads (1, then 2), a 128 MB budget and a commit
//!   every 10,000 documents, in the same run; the ratios are the figures
//!   that matter;
//! - index size on disk per MB of text, for both;
//! - query latency p50/p99 over 200 queries each of four kinds: word,
//!   phrase, filtered (language + date range + type), faceted.
//!
//! Last measured (2 cores, 2026-12-08, 100,000 documents, 306 MB of text,
//! a quiet machine; the second of two runs that day):
//!
//! | indexer | tantivy threads | docs/s | MB/s | index MB per MB of text |
//! |---|---:|---:|---:|---:|
//! | bare tantivy | 1 | 6,861 | 21.0 | 0.13 |
//! | vopis | 1 | 4,095 | 12.5 | 0.89 |
//! | bare tantivy | 2 | 11,871 | 36.3 | 0.13 |
//! | vopis | 2 | 5,463 | 16.7 | 0.89 |
//!
//! vopis against bare tantivy at one thread: 0.60× and 0.53× that day
//! (0.52×, 0.48×, 0.48×, 0.61× in four runs on 2026-11-22; median of the six
//! 0.53×); at two threads 0.46× and 0.50× (0.36–0.41× before). Each word is
//! posted about twice (its stem in its language's field and its exact form
//! for phrases), which bounds the ratio near 0.5–0.6. Query latency (one
//! client): word p50 2.5–3.5 / p99 7.6–8.7 ms, phrase 7.1–7.8 / 26–28,
//! filtered 2.7–3.1 / 4.8–5.9, faceted 3.4–4.5 / 8.7–13.3.
//!
//! Each stage asserts on its result (every document counted, queries find
//! what they were built from), so a broken index cannot look fast.

#[path = "generate/mod.rs"]
mod generate;

use std::path::Path;
use std::time::{Duration, Instant};

use tantivy::schema::{Schema, TEXT};
use vopis_index::{Index, SearchRequest, WriterOptions};
use vopis_parse::Document;

/// Documents per commit, for both indexers.
const BATCH: usize = 10_000;
/// Queries per kind.
const QUERIES: usize = 200;

fn main() {
    let n: usize = std::env::var("VOPIS_BENCH_DOCS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let started = Instant::now();
    let docs: Vec<Document> = (0..n).map(|i| generate::document(i, 0x5EED)).collect();
    let text_bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = text_bytes as f64 / 1e6;
    println!(
        "generated {n} documents, {mb:.1} MB of text, in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    println!(
        "\n| indexer | tantivy threads | docs/s | MB/s | index MB | index MB per MB of text |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let mut times = Vec::new();
    let mut kept = None;
    // `VOPIS_BENCH_PROFILE=N`: vopis alone, N threads, for a profiler.
    if let Some(threads) = std::env::var("VOPIS_BENCH_PROFILE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        let dir = tempfile::tempdir().expect("temp dir");
        let (t, _) = index_ours(&docs, dir.path(), threads);
        println!("vopis alone: {:.0} docs/s", n as f64 / t.as_secs_f64());
        return;
    }
    for threads in [1, 2] {
        let bare_dir = tempfile::tempdir().expect("temp dir");
        let bare = index_bare(&docs, bare_dir.path(), threads);
        let ours_dir = tempfile::tempdir().expect("temp dir");
        let (ours, index) = index_ours(&docs, ours_dir.path(), threads);
        for (name, t, dir) in [
            ("bare tantivy", bare, bare_dir.path()),
            ("vopis", ours, ours_dir.path()),
        ] {
            let s = t.as_secs_f64();
            let size = dir_size(dir) as f64 / 1e6;
            println!(
                "| {name} | {threads} | {:.0} | {:.2} | {size:.1} | {:.2} |",
                n as f64 / s,
                mb / s,
                size / mb
            );
        }
        times.push((threads, bare, ours));
        kept = Some((index, ours_dir));
    }
    println!();
    for (threads, bare, ours) in &times {
        println!(
            "vopis indexing speed with {threads} thread(s) = {:.2}x bare tantivy with {threads}",
            bare.as_secs_f64() / ours.as_secs_f64()
        );
    }
    if let (Some((_, bare1, _)), Some((_, _, ours2))) = (times.first(), times.get(1)) {
        println!(
            "vopis with 2 threads = {:.2}x bare tantivy with 1",
            bare1.as_secs_f64() / ours2.as_secs_f64()
        );
    }
    let Some((index, dir)) = kept else { return };
    latency(&index, &docs);
    // `VOPIS_BENCH_KEEP=DIR`: the last vopis index stays at DIR (for the
    // `vopis serve` load test).
    if let Some(to) = std::env::var_os("VOPIS_BENCH_KEEP") {
        drop(index);
        let to = Path::new(&to);
        let _ = std::fs::remove_dir_all(to);
        match std::fs::rename(dir.path(), to) {
            Ok(()) => println!("index kept at {}", to.display()),
            Err(e) => println!("could not keep the index at {}: {e}", to.display()),
        }
    }
}

/// Indexes the texts with tantivy's defaults; returns the time taken.
fn index_bare(docs: &[Document], dir: &Path, threads: usize) -> Duration {
    let mut builder = Schema::builder();
    let body = builder.add_text_field("body", TEXT);
    let index = tantivy::Index::create_in_dir(dir, builder.build()).expect("bare index");
    let mut writer: tantivy::IndexWriter = index
        .writer_with_num_threads(threads, 128 << 20)
        .expect("bare writer");
    let started = Instant::now();
    for (i, doc) in docs.iter().enumerate() {
        writer
            .add_document(tantivy::doc!(body => doc.text.as_str()))
            .expect("bare add");
        if (i + 1) % BATCH == 0 {
            writer.commit().expect("bare commit");
        }
    }
    writer.commit().expect("bare commit");
    let took = started.elapsed();
    let count = index.reader().expect("reader").searcher().num_docs() as usize;
    assert_eq!(count, docs.len(), "bare tantivy lost documents");
    took
}

/// Indexes the documents with vopis; returns the time taken and the index.
fn index_ours(docs: &[Document], dir: &Path, threads: usize) -> (Duration, Index) {
    let index = Index::create_or_open(dir).expect("vopis index");
    let started = Instant::now();
    {
        let options = WriterOptions {
            heap_bytes: 128 << 20,
            threads,
        };
        let mut writer = index.writer_with(&options).expect("vopis writer");
        for (i, doc) in docs.iter().enumerate() {
            writer.add(doc, &doc.path).expect("vopis add");
            if (i + 1) % BATCH == 0 {
                writer.commit().expect("vopis commit");
            }
        }
        writer.commit().expect("vopis commit");
    }
    let took = started.elapsed();
    let unique = docs
        .iter()
        .map(|d| d.id.as_str())
        .collect::<std::collections::HashSet<_>>()
        .len();
    assert_eq!(
        index.document_count().expect("count"),
        unique,
        "vopis lost documents"
    );
    (took, index)
}

/// Bytes of every file under `dir`.
fn dir_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Runs each kind of query and prints p50/p99.
fn latency(index: &Index, docs: &[Document]) {
    let mut rng = generate::Rng::new(7);
    let words: Vec<&str> = generate::words::RU
        .iter()
        .chain(generate::words::BE)
        .chain(generate::words::EN)
        .copied()
        .filter(|w| w.chars().count() > 4)
        .collect();
    let mut kinds: Vec<(&str, Vec<SearchRequest>)> = Vec::new();
    let request = |query: String, facets: bool| SearchRequest {
        query,
        facets,
        ..SearchRequest::default()
    };
    let word: Vec<SearchRequest> = (0..QUERIES)
        .map(|_| request(rng.pick(&words).to_string(), false))
        .collect();
    let phrase: Vec<SearchRequest> = (0..QUERIES)
        .map(|_| {
            let doc = rng.pick(docs);
            let ws: Vec<&str> = doc
                .text
                .split_whitespace()
                .filter(|w| w.chars().all(char::is_alphabetic))
                .collect();
            let at = rng.below(ws.len().saturating_sub(2).max(1));
            let pair = ws
                .get(at..at + 2)
                .map(|p| p.join(" "))
                .unwrap_or_else(|| "сотрудничества".into());
            request(format!("\"{pair}\""), false)
        })
        .collect();
    let filtered: Vec<SearchRequest> = (0..QUERIES)
        .map(|_| {
            let y = 2005 + rng.below(18);
            request(
                format!(
                    "{} lang:ru type:letter date:[{y}-01-01 TO {}-12-31]",
                    rng.pick(&words),
                    y + 2
                ),
                false,
            )
        })
        .collect();
    let faceted: Vec<SearchRequest> = (0..QUERIES)
        .map(|_| request(rng.pick(&words).to_string(), true))
        .collect();
    kinds.push(("word", word));
    kinds.push(("phrase", phrase));
    kinds.push(("filtered", filtered));
    kinds.push(("faceted", faceted));

    println!("\n| query kind | p50 ms | p99 ms | mean hits |");
    println!("|---|---:|---:|---:|");
    for (name, requests) in kinds {
        let mut times = Vec::with_capacity(requests.len());
        let mut hits = 0usize;
        for r in &requests {
            let started = Instant::now();
            let results = index.search(r).expect("query runs");
            times.push(started.elapsed());
            hits += results.total;
            if r.facets {
                assert!(results.facets.is_some(), "facets asked, none given");
            }
        }
        assert!(hits > 0, "{name} queries found nothing");
        times.sort();
        let at = |q: f64| {
            times[((times.len() as f64 * q) as usize).min(times.len() - 1)].as_secs_f64() * 1e3
        };
        println!(
            "| {name} | {:.2} | {:.2} | {:.0} |",
            at(0.50),
            at(0.99),
            hits as f64 / requests.len() as f64
        );
    }
}
