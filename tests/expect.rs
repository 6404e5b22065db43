//! Checks an extract record against an expected record from corpus/expected/.
//!
//! The expected schema (all keys optional but `format` or `error`):
//! `format`, `error` (a failure kind), `page_count`, `title`, `author`,
//! `encoding`, `sender`, `recipient`, `subject`, `date` (exact values);
//! `contains`, `absent`, `in_order` (phrases, compared with whitespace
//! collapsed); `same_paragraph`, `different_paragraph` (groups of phrases);
//! `warnings_contain`; `attachments` (expected records, in order);
//! `reference_text` + `min_f1` (word-level F1 against a reference text).

use std::path::Path;

use serde_json::Value;

use crate::support::word_f1;

/// Every way `actual` differs from `expected`, as readable lines.
pub fn check(actual: &Value, expected: &Value, corpus: &Path) -> Vec<String> {
    let mut misses = Vec::new();
    if let Some(kind) = expected.get("error") {
        match actual.get("error") {
            Some(error) if error["kind"] == *kind => {
                if error["message"].as_str().is_none_or(|m| m.len() < 10) {
                    misses.push(format!("error message too thin: {}", error["message"]));
                }
            }
            Some(error) => misses.push(format!("error kind {} , expected {kind}", error["kind"])),
            None => misses.push(format!("parsed, but expected a {kind} failure")),
        }
        return misses;
    }
    if let Some(error) = actual.get("error") {
        misses.push(format!("failed: {error}"));
        return misses;
    }
    for key in [
        "format",
        "page_count",
        "title",
        "author",
        "encoding",
        "sender",
        "recipient",
        "subject",
        "date",
    ] {
        if let Some(want) = expected.get(key)
            && actual.get(key) != Some(want)
        {
            misses.push(format!("{key}: got {}, expected {want}", actual[key]));
        }
    }
    let text = actual["text"].as_str().unwrap_or_default();
    let flat = collapse(text);
    for phrase in strings(expected, "contains") {
        if !flat.contains(&collapse(&phrase)) {
            misses.push(format!("text lacks {phrase:?}"));
        }
    }
    for phrase in strings(expected, "absent") {
        if flat.contains(&collapse(&phrase)) {
            misses.push(format!("text has {phrase:?}, which should be absent"));
        }
    }
    let mut from = 0;
    for phrase in strings(expected, "in_order") {
        let phrase = collapse(&phrase);
        match flat.get(from..).and_then(|rest| rest.find(&phrase)) {
            Some(at) => from += at + phrase.len(),
            None => misses.push(format!("{phrase:?} missing or out of order")),
        }
    }
    let paragraphs: Vec<String> = text.split("\n\n").map(collapse).collect();
    let holder = |phrase: &str| {
        paragraphs
            .iter()
            .position(|p| p.contains(&collapse(phrase)))
    };
    for group in groups(expected, "same_paragraph") {
        let places: Vec<Option<usize>> = group.iter().map(|p| holder(p)).collect();
        if places.iter().any(Option::is_none) || places.windows(2).any(|w| w[0] != w[1]) {
            misses.push(format!(
                "not in one paragraph: {group:?} (paragraphs {places:?})"
            ));
        }
    }
    for group in groups(expected, "different_paragraph") {
        let places: Vec<Option<usize>> = group.iter().map(|p| holder(p)).collect();
        if places.iter().any(Option::is_none) || places.windows(2).any(|w| w[0] == w[1]) {
            misses.push(format!(
                "should be in different paragraphs: {group:?} ({places:?})"
            ));
        }
    }
    let warnings = actual["warnings"].to_string();
    for w in strings(expected, "warnings_contain") {
        if !warnings.contains(&w) {
            misses.push(format!("no warning containing {w:?} in {warnings}"));
        }
    }
    if let Some(reference) = expected.get("reference_text").and_then(Value::as_str) {
        let min = expected
            .get("min_f1")
            .and_then(Value::as_f64)
            .unwrap_or(0.98);
        match std::fs::read_to_string(corpus.join(reference)) {
            Ok(reference) => {
                let f1 = word_f1(text, &reference);
                if f1 < min {
                    misses.push(format!(
                        "word F1 {f1:.4} against the reference, below {min}"
                    ));
                }
            }
            Err(e) => misses.push(format!("cannot read reference {reference}: {e}")),
        }
    }
    if let Some(want) = expected.get("attachments").and_then(Value::as_array) {
        let got = actual["attachments"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if got.len() != want.len() {
            misses.push(format!(
                "{} attachments, expected {}",
                got.len(),
                want.len()
            ));
        }
        for (i, (a, e)) in got.iter().zip(want).enumerate() {
            misses.extend(
                check(a, e, corpus)
                    .into_iter()
                    .map(|m| format!("attachment {i}: {m}")),
            );
        }
    }
    misses
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strings(expected: &Value, key: &str) -> Vec<String> {
    expected
        .get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn groups(expected: &Value, key: &str) -> Vec<Vec<String>> {
    expected
        .get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_array)
                .map(|g| {
                    g.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn checker_catches_each_kind_of_miss() {
    let actual = serde_json::json!({
        "format": "txt", "title": null, "text": "Ліст\n\nаб супрацоўніцтве", "warnings": [],
        "attachments": []
    });
    let ok = serde_json::json!({
        "format": "txt", "contains": ["аб супрацоўніцтве"], "in_order": ["Ліст", "супрацоўніцтве"],
        "different_paragraph": [["Ліст", "супрацоўніцтве"]], "absent": ["меню"]
    });
    assert!(check(&actual, &ok, Path::new(".")).is_empty());
    let bad = serde_json::json!({
        "format": "pdf", "contains": ["няма"], "in_order": ["супрацоўніцтве", "Ліст"],
        "same_paragraph": [["Ліст", "супрацоўніцтве"]], "absent": ["Ліст"], "error": null
    });
    let misses = check(
        &actual,
        &serde_json::json!({"error": "corrupt"}),
        Path::new("."),
    );
    assert_eq!(misses.len(), 1, "{misses:?}");
    let bad = bad
        .as_object()
        .unwrap()
        .clone()
        .into_iter()
        .filter(|(k, _)| k != "error")
        .collect();
    assert_eq!(check(&actual, &Value::Object(bad), Path::new(".")).len(), 5);
}
