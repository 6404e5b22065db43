//! No reader panics, hangs or runs away with memory, whatever the bytes.
//!
//! Every reader gets arbitrary bytes (behind its format's magic, so the
//! reader really runs), and every corpus sample gets truncated and mutated.
//! The answer must be `Ok` or a typed `Err`; the peak resident memory of the
//! whole run stays under a bound.

use std::path::PathBuf;
use std::time::Duration;

use proptest::prelude::*;
use vopis_parse::{Format, ParseOptions, extract_bytes, extract_bytes_as};

const FORMATS: [Format; 8] = [
    Format::Pdf,
    Format::Docx,
    Format::Odt,
    Format::Rtf,
    Format::Html,
    Format::Eml,
    Format::Txt,
    Format::Md,
];

/// Small limits, so a runaway input hits a limit quickly.
fn tight() -> ParseOptions {
    ParseOptions {
        max_decompressed_size: 16 << 20,
        max_pages: 50,
        max_objects: 20_000,
        max_depth: 32,
        time_limit: Duration::from_secs(10),
        ..ParseOptions::default()
    }
}

/// A prefix that makes each format's reader take the bytes seriously.
fn magic(format: Format) -> &'static [u8] {
    match format {
        Format::Pdf => b"%PDF-1.7\n",
        Format::Docx | Format::Odt => b"PK\x03\x04",
        Format::Rtf => b"{\\rtf1\\ansi\\ansicpg1251 ",
        Format::Html => b"<!DOCTYPE html><html><head><meta charset=windows-1251>",
        Format::Eml => b"From: a@b.by\r\nTo: c@d.ru\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n",
        Format::Txt | Format::Md => b"",
    }
}

fn samples() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus/documents");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                out.push((entry.path(), bytes));
            }
        }
    }
    out.sort();
    out
}

/// Peak resident memory of this process so far, in bytes (Linux).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..2048), which in 0usize..8) {
        let format = FORMATS[which];
        let mut bytes = magic(format).to_vec();
        bytes.extend(&tail);
        let _ = extract_bytes_as("fuzz", &bytes, format, &tight());
        let _ = extract_bytes("fuzz", &bytes, &tight());
    }
}

#[test]
fn truncated_and_mutated_samples_never_panic() {
    let samples = samples();
    assert!(samples.len() >= 10, "the corpus has documents to mutate");
    let opts = tight();
    // A fixed xorshift sequence: the same mutations on every run.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (path, bytes) in &samples {
        // Truncations at 32 points, from the first byte to the last.
        for i in 1..=32 {
            let cut = bytes.len() * i / 33;
            let _ = extract_bytes(&path.to_string_lossy(), &bytes[..cut], &opts);
        }
        // Random byte flips, 24 variants per sample.
        for _ in 0..24 {
            let mut mutated = bytes.clone();
            for _ in 0..1 + next() % 16 {
                let at = (next() % bytes.len().max(1) as u64) as usize;
                if let Some(b) = mutated.get_mut(at) {
                    *b = next() as u8;
                }
            }
            let _ = extract_bytes(&path.to_string_lossy(), &mutated, &opts);
        }
    }
    if let Some(peak) = peak_rss() {
        assert!(peak < 512 << 20, "peak memory {} MiB", peak >> 20);
    }
}
