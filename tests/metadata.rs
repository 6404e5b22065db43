//! Field-by-field accuracy of the metadata `vopis extract` reads, against
//! corpus/expected-metadata/, printed per field with every miss listed.
//!
//! Comparison rules (also in corpus/README.md): strings with whitespace
//! collapsed (and, for `recipient`, commas between the block's lines ignored); `phones` by their digits; `emails`, `urls`, `countries`,
//! `amounts` and `signatories` as sets; `organizations` and `people` as
//! names that must be found (case-insensitive, either containing the other),
//! one check each. A key missing from the expected record is not checked.

use std::collections::BTreeMap;
use std::collections::BTreeSet;

use serde_json::Value;

use crate::support::{files_in, json_lines, root, vopis};

/// How a list field's items are compared.
type KeyFn = fn(&str) -> String;

/// Per field: (right, checked, misses).
type Tally = BTreeMap<&'static str, (usize, usize, Vec<String>)>;

const SCALARS: &[&str] = &[
    "language",
    "doc_type",
    "title",
    "date",
    "number",
    "sender",
    "recipient",
    "subject",
    "in_reply_to",
    "incoming",
];

fn collapse(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(s.split_whitespace().collect::<Vec<_>>().join(" ")),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), collapse(v))).collect())
        }
        other => other.clone(),
    }
}

fn without_commas(v: &Value) -> Value {
    match v.as_str() {
        Some(s) => collapse(&Value::String(s.replace(',', " "))),
        None => v.clone(),
    }
}

fn string_set(v: &Value, key: fn(&str) -> String) -> BTreeSet<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).map(key).collect())
        .unwrap_or_default()
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn lower(s: &str) -> String {
    s.trim().to_lowercase()
}

fn signatories(v: &Value) -> BTreeSet<(String, String)> {
    let text = |v: &Value| collapse(v).as_str().unwrap_or_default().to_owned();
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|s| (text(&s["name"]), text(&s["position"])))
                .collect()
        })
        .unwrap_or_default()
}

fn amounts(v: &Value) -> Vec<(f64, String)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    (
                        x["value"].as_f64().unwrap_or(f64::NAN),
                        x["currency"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn same_amounts(got: &[(f64, String)], want: &[(f64, String)]) -> bool {
    let near =
        |a: &(f64, String), b: &(f64, String)| a.1 == b.1 && (a.0 - b.0).abs() <= b.0.abs() * 0.005;
    got.len() == want.len() && want.iter().all(|w| got.iter().any(|g| near(g, w)))
}

fn record(tally: &mut Tally, field: &'static str, right: bool, miss: impl FnOnce() -> String) {
    let entry = tally.entry(field).or_default();
    entry.1 += 1;
    if right {
        entry.0 += 1;
    } else {
        entry.2.push(miss());
    }
}

/// Scores one record against its expectation.
fn score(tally: &mut Tally, name: &str, got: &Value, want: &Value) {
    for &field in SCALARS {
        if let Some(w) = want.get(field) {
            let mut g = got.get(field).map(collapse).unwrap_or(Value::Null);
            let mut w = collapse(w);
            if field == "recipient" {
                // An addressee block's lines may be joined with commas or spaces.
                (g, w) = (without_commas(&g), without_commas(&w));
            }
            record(tally, field, g == w, || {
                format!("{name}: got {g}, expected {w}")
            });
        }
    }
    let sets: [(&'static str, KeyFn); 4] = [
        ("emails", lower),
        ("urls", lower),
        ("countries", lower),
        ("phones", digits),
    ];
    for (field, key) in sets {
        if let Some(w) = want.get(field) {
            let (g, w) = (string_set(&got[field], key), string_set(w, key));
            record(tally, field, g == w, || {
                format!("{name}: got {g:?}, expected {w:?}")
            });
        }
    }
    if let Some(w) = want.get("signatories") {
        let (g, w) = (signatories(&got["signatories"]), signatories(w));
        record(tally, "signatories", g == w, || {
            format!("{name}: got {g:?}, expected {w:?}")
        });
    }
    if let Some(w) = want.get("amounts") {
        let (g, w) = (amounts(&got["amounts"]), amounts(w));
        record(tally, "amounts", same_amounts(&g, &w), || {
            format!("{name}: got {g:?}, expected {w:?}")
        });
    }
    for field in ["organizations", "people"] {
        let field: &'static str = field;
        let found = string_set(&got[field], lower);
        for w in string_set(want.get(field).unwrap_or(&Value::Null), lower) {
            let hit = found
                .iter()
                .any(|g| g.contains(&w) || w.contains(g.as_str()));
            record(tally, field, hit, || {
                format!("{name}: {w:?} not found in {found:?}")
            });
        }
    }
}

#[test]
fn metadata_fields_are_right_on_the_corpus() {
    let corpus = root().join("corpus");
    let expected_dir = corpus.join("expected-metadata");
    let mut names = Vec::new();
    let mut args = vec!["extract".to_owned(), "--json".to_owned()];
    for file in files_in(&corpus.join("documents")) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if expected_dir.join(format!("{name}.json")).exists() {
            args.push(file.to_string_lossy().into_owned());
            names.push(name);
        }
    }
    assert!(
        names.len() >= 20,
        "expected metadata for at least 20 documents, found {}",
        names.len()
    );
    let output = vopis(&args);
    let records = json_lines(&output.stdout);
    assert_eq!(records.len(), names.len());
    let mut tally = Tally::new();
    for (name, got) in names.iter().zip(&records) {
        let path = expected_dir.join(format!("{name}.json"));
        let want: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        score(&mut tally, name, got, &want);
    }
    let (mut right, mut checked) = (0, 0);
    println!(
        "{:<14} {:>6} {:>6} {:>7}",
        "field", "right", "checks", "share"
    );
    for (field, (r, c, _)) in &tally {
        println!(
            "{field:<14} {r:>6} {c:>6} {:>6.1}%",
            100.0 * *r as f64 / *c as f64
        );
        right += r;
        checked += c;
    }
    let share = right as f64 / checked.max(1) as f64;
    println!(
        "{:<14} {right:>6} {checked:>6} {:>6.1}%",
        "all",
        100.0 * share
    );
    for (field, (_, _, misses)) in &tally {
        for miss in misses {
            println!("miss {field}: {miss}");
        }
    }
    assert!(
        share >= METADATA_FLOOR,
        "metadata accuracy {:.1}% below {:.0}%",
        100.0 * share,
        100.0 * METADATA_FLOOR
    );
}

/// The share of metadata checks that must be right (the target is 0.95).
const METADATA_FLOOR: f64 = 0.95;

#[test]
fn scoring_rules() {
    let got = serde_json::json!({
        "language": "be", "title": "Аб  удзеле", "phones": ["(017) 203-45-67"], "countries": ["BY", "VN"],
        "organizations": ["Дзяржаўны камітэт па навуцы і тэхналогіях"], "people": [],
        "amounts": [{"value": 60000.0, "currency": "BYN"}], "signatories": []
    });
    let want = serde_json::json!({
        "language": "be", "title": "Аб удзеле", "phones": ["+375 17 203 45 67"], "countries": ["VN", "BY"],
        "organizations": ["дзяржаўны камітэт па навуцы"], "people": ["Карповіч"],
        "amounts": [{"value": 60000, "currency": "BYN"}], "signatories": []
    });
    let mut tally = Tally::new();
    score(&mut tally, "x", &got, &want);
    let misses: Vec<_> = tally
        .iter()
        .filter(|(_, t)| t.0 < t.1)
        .map(|(f, _)| *f)
        .collect();
    // Phones differ by the country code; the person is not found.
    assert_eq!(misses, ["people", "phones"]);
}
