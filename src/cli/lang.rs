//! `vopis lang`: the language of each line of stdin, one JSON object per line.
//!
//! Uses the same detector, with the same default allow-list, as `extract`
//! uses for a block of text, so a line's answer here is the answer a
//! one-paragraph document would get. Output is in input order, one line out
//! per line in, also for empty lines (`"und"`, confidence 0).
//!
//! Invariant: input that is not UTF-8 is read lossily, never rejected.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use serde::Serialize;
use vopis_parse::ParseOptions;
use vopis_parse::analysis::detection::Detector;
use vopis_parse::model::Language;

/// One output line.
#[derive(Serialize)]
struct Answer {
    /// ISO 639-1 code, or "und".
    lang: Language,
    /// 0.0–1.0, rounded to two decimals.
    confidence: f64,
}

/// Runs `vopis lang`.
pub fn run() -> anyhow::Result<ExitCode> {
    let detector = Detector::new(&ParseOptions::default().languages);
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let detection = detector.detect(text.trim_end_matches(['\n', '\r']));
        let answer = Answer {
            lang: detection.lang,
            confidence: (detection.confidence * 100.0).round() / 100.0,
        };
        serde_json::to_writer(&mut out, &answer).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
