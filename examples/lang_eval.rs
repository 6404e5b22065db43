//! Measures the language detector against whatlang on real translated text.
//!
//! Builds a labelled set at run time from the gettext catalogues installed
//! on this machine (`/usr/share/locale/{be,ru,uk}/LC_MESSAGES/*.mo`): the
//! translations are Belarusian, Russian and Ukrainian, the English originals
//! (msgids) are English. None of it is stored in the repository: it is other
//! projects' text. The strings are cleaned (format directives, markup,
//! keyboard accelerators dropped), deduplicated and sampled into sentences
//! (four words or more) and two-word snippets, and each sample is labelled
//! by ours, by whatlang with the same allow-list and by whatlang alone.
//!
//! The catalogues are split by a stable hash of their file name into a
//! tuning half and a held-out half, reported separately: tune the detector
//! only by reading the tuning half's misses (`--misses` shows only those),
//! and judge it by the held-out half. Both halves of one project's text stay
//! together, so no string of the held-out half was ever looked at.
//!
//! Each table is followed by how many samples of each language are word
//! for word in another language's set too (no detector can get both).
//! `--root DIR` reads the catalogues from another directory (e.g. a
//! directory of links that keeps the set fixed while packages come and go).
//!
//! Run: `cargo run --release --example lang_eval [-- --misses N] [-- --root DIR]`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use vopis::parse::analysis::detection::Detector;
use vopis::parse::model::Language;

/// Languages of the labelled set, in report order.
const LANGS: [Language; 4] = [Language::Be, Language::Ru, Language::Uk, Language::En];

/// Most samples per language and kind, so one big catalogue does not dominate.
const PER_LANG: usize = 3000;

fn main() {
    let mut args = std::env::args().skip(1);
    let mut misses = 0usize;
    let mut root = PathBuf::from("/usr/share/locale");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--misses" => misses = args.next().and_then(|n| n.parse().ok()).unwrap_or(20),
            "--root" => root = args.next().map(PathBuf::from).unwrap_or(root),
            _ => {
                eprintln!("usage: lang_eval [--misses N] [--root DIR]");
                std::process::exit(2);
            }
        }
    }
    let halves = [
        ("tuning half", Corpus::load(&root, 0)),
        ("held-out half", Corpus::load(&root, 1)),
    ];
    let ours = Detector::new(&LANGS);
    let allow = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Bel,
        whatlang::Lang::Rus,
        whatlang::Lang::Ukr,
        whatlang::Lang::Eng,
    ]);
    let free = whatlang::Detector::new();
    for (half, corpus) in &halves {
        let misses = if half.starts_with("tuning") {
            misses
        } else {
            0
        };
        report(half, corpus, misses, &ours, &allow, &free);
    }
    for (half, corpus) in &halves {
        print!("\n{half}:");
        speed(corpus, &ours, &allow);
    }
}

/// Prints one half's accuracy tables and, if asked, its misses.
fn report(
    half: &str,
    corpus: &Corpus,
    misses: usize,
    ours: &Detector,
    allow: &whatlang::Detector,
    free: &whatlang::Detector,
) {
    for (kind, sets) in [
        ("sentences (>= 4 words)", &corpus.sentences),
        ("two-word snippets", &corpus.pairs),
    ] {
        println!("\n## {half}: {kind}\n");
        println!("| lang | n | ours | whatlang allow-list | whatlang alone |");
        println!("|---|---:|---:|---:|---:|");
        let mut total = [0usize; 4];
        let mut shown = Vec::new();
        for (lang, samples) in LANGS.iter().zip(sets.iter()) {
            let mut right = [0usize; 3];
            let mut shown_here = 0usize;
            for s in samples {
                let got = ours.detect(s).lang;
                if got == *lang {
                    right[0] += 1;
                } else if shown_here < misses {
                    shown_here += 1;
                    shown.push(format!("{} -> {}: {s}", code(*lang), code(got)));
                }
                right[1] += usize::from(allow.detect_lang(s).map(from_whatlang) == Some(*lang));
                right[2] += usize::from(free.detect_lang(s).map(from_whatlang) == Some(*lang));
            }
            let n = samples.len();
            println!(
                "| {} | {n} | {} | {} | {} |",
                code(*lang),
                pct(right[0], n),
                pct(right[1], n),
                pct(right[2], n)
            );
            total[0] += n;
            for i in 0..3 {
                total[i + 1] += right[i];
            }
        }
        println!(
            "| all | {} | {} | {} | {} |",
            total[0],
            pct(total[1], total[0]),
            pct(total[2], total[0]),
            pct(total[3], total[0])
        );
        // Samples that are word for word in another language's set too:
        // no detector can get both right.
        let shared: Vec<usize> = sets
            .iter()
            .enumerate()
            .map(|(i, own)| {
                own.iter()
                    .filter(|s| {
                        sets.iter()
                            .enumerate()
                            .any(|(j, other)| j != i && other.contains(s))
                    })
                    .count()
            })
            .collect();
        println!("(identical in two languages' sets, per lang: {shared:?})");
        for line in shown {
            println!("  miss {line}");
        }
    }
}

/// Times ours and whatlang (allow-list) over every sample.
fn speed(corpus: &Corpus, ours: &Detector, allow: &whatlang::Detector) {
    let all: Vec<&String> = corpus
        .sentences
        .iter()
        .chain(corpus.pairs.iter())
        .flatten()
        .collect();
    let start = Instant::now();
    let mut n = 0usize;
    for _ in 0..3 {
        for s in &all {
            n += usize::from(ours.detect(s).lang == Language::Ru);
        }
    }
    let t_ours = start.elapsed();
    let start = Instant::now();
    for _ in 0..3 {
        for s in &all {
            n += usize::from(allow.detect_lang(s) == Some(whatlang::Lang::Rus));
        }
    }
    let t_wl = start.elapsed();
    println!(
        "\nspeed over {} samples x3: ours {:.1} ms, whatlang allow-list {:.1} ms, ratio {:.2} ({n})",
        all.len(),
        t_ours.as_secs_f64() * 1e3,
        t_wl.as_secs_f64() * 1e3,
        t_ours.as_secs_f64() / t_wl.as_secs_f64().max(1e-9)
    );
}

fn code(lang: Language) -> &'static str {
    match lang {
        Language::Be => "be",
        Language::Ru => "ru",
        Language::Uk => "uk",
        Language::En => "en",
        _ => "other",
    }
}

fn pct(right: usize, n: usize) -> String {
    format!("{:.2} %", 100.0 * right as f64 / n.max(1) as f64)
}

fn from_whatlang(lang: whatlang::Lang) -> Language {
    match lang {
        whatlang::Lang::Bel => Language::Be,
        whatlang::Lang::Rus => Language::Ru,
        whatlang::Lang::Ukr => Language::Uk,
        whatlang::Lang::Eng => Language::En,
        _ => Language::Und,
    }
}

/// The labelled samples, per language in [`LANGS`] order.
struct Corpus {
    sentences: [Vec<String>; 4],
    pairs: [Vec<String>; 4],
}

/// Which half a catalogue falls in: 0 tuning, 1 held-out (FNV-1a of the file name).
fn half_of(name: &str) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h >> 29) as usize & 1
}

impl Corpus {
    /// The samples of the catalogues in `half` (see [`half_of`]).
    fn load(root: &Path, half: usize) -> Corpus {
        let mut strings: [BTreeSet<String>; 4] = Default::default();
        for (i, dir) in ["be", "ru", "uk"].iter().enumerate() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir).join("LC_MESSAGES"))
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            files.sort();
            for file in files {
                let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
                // The iso-codes catalogues are long lists of names, not text.
                if !name.ends_with(".mo") || name.starts_with("iso_") || half_of(name) != half {
                    continue;
                }
                let Ok(bytes) = std::fs::read(&file) else {
                    continue;
                };
                for (id, tr) in read_mo(&bytes) {
                    for part in tr.split('\0') {
                        let clean = clean(part);
                        if clean != clean_id(&id) && cyrillic_share(&clean) > 0.6 {
                            strings[i].insert(clean);
                        }
                    }
                    for part in id.split('\0') {
                        let clean = clean(part);
                        if cyrillic_share(&clean) == 0.0 && latin_share(&clean) > 0.9 {
                            strings[3].insert(clean);
                        }
                    }
                }
            }
        }
        let mut sentences: [Vec<String>; 4] = Default::default();
        let mut pairs: [Vec<String>; 4] = Default::default();
        for (i, set) in strings.iter().enumerate() {
            let mut rng = Lcg(0x5eed + i as u64);
            let all: Vec<&String> = set.iter().collect();
            let mut sent: Vec<String> = all
                .iter()
                .filter(|s| words(s).len() >= 4)
                .map(|s| (*s).clone())
                .collect();
            rng.shuffle(&mut sent);
            sent.truncate(PER_LANG);
            let mut pair_set = BTreeSet::new();
            let mut order: Vec<&String> = all.clone();
            rng.shuffle(&mut order);
            for s in order {
                let w = words(s);
                if w.len() < 2 {
                    continue;
                }
                let at = rng.below(w.len() - 1);
                let pair = format!("{} {}", w[at], w[at + 1]);
                // A pair cut from a translation may be two Latin words ("GNU Wget"): not labelled.
                let script_ok = if i == 3 {
                    latin_share(&pair) > 0.9
                } else {
                    cyrillic_share(&pair) > 0.6
                };
                if script_ok {
                    pair_set.insert(pair);
                }
                if pair_set.len() >= PER_LANG {
                    break;
                }
            }
            sentences[i] = sent;
            pairs[i] = pair_set.into_iter().collect();
        }
        Corpus { sentences, pairs }
    }
}

/// The words of a string: whitespace-separated, edge punctuation trimmed, with at least one letter.
fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect()
}

fn clean_id(s: &str) -> String {
    clean(s.split('\0').next().unwrap_or(""))
}

/// Drops format directives, markup, accelerators and entities; collapses whitespace.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '%' => {
                // printf directive: flags, width, precision, length, conversion.
                while let Some(&n) = chars.peek() {
                    chars.next();
                    if n.is_ascii_alphabetic()
                        && !matches!(n, 'l' | 'h' | 'z' | 'j' | 't' | 'L' | 'q')
                        || n == '%'
                    {
                        break;
                    }
                    if n == '(' {
                        for m in chars.by_ref() {
                            if m == ')' {
                                break;
                            }
                        }
                    }
                }
                out.push(' ');
            }
            '<' | '{' | '$' => {
                let close = match c {
                    '<' => '>',
                    '{' => '}',
                    _ => ' ',
                };
                for m in chars.by_ref() {
                    if m == close
                        || (c == '$' && !(m.is_alphanumeric() || m == '_' || m == '{' || m == '}'))
                    {
                        break;
                    }
                }
                out.push(' ');
            }
            '_' | '&' | '~' => {}
            '\\' => {
                chars.next();
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return String::new();
    }
    joined
}

fn cyrillic_share(s: &str) -> f64 {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let cyr = s
        .chars()
        .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
        .count();
    cyr as f64 / letters.max(1) as f64
}

fn latin_share(s: &str) -> f64 {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let lat = s.chars().filter(|c| c.is_ascii_alphabetic()).count();
    lat as f64 / letters.max(1) as f64
}

/// The (msgid, msgstr) pairs of a GNU .mo file; empty on anything malformed.
fn read_mo(bytes: &[u8]) -> Vec<(String, String)> {
    let word = |at: usize, le: bool| -> Option<u32> {
        let b: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
        Some(if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let le = match word(0, true) {
        Some(0x9504_12de) => true,
        Some(0xde12_0495) => false,
        _ => return Vec::new(),
    };
    let (Some(count), Some(ids), Some(strs)) = (word(8, le), word(12, le), word(16, le)) else {
        return Vec::new();
    };
    let string = |table: u32, i: u32| -> Option<String> {
        let at = table as usize + i as usize * 8;
        let (len, off) = (word(at, le)? as usize, word(at + 4, le)? as usize);
        let raw = bytes.get(off..off.checked_add(len)?)?;
        String::from_utf8(raw.to_vec()).ok()
    };
    (0..count)
        .filter_map(|i| Some((string(ids, i)?, string(strs, i)?)))
        .filter(|(id, _)| !id.is_empty())
        .collect()
}

/// A small deterministic generator, so every run samples the same set.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}
