//! The command line's promises: JSON Lines shape, exit codes, failure objects.

use crate::support::{json_lines, vopis};

const CONTRACT_KEYS: &[&str] = &[
    "path",
    "id",
    "format",
    "language",
    "languages",
    "doc_type",
    "title",
    "date",
    "number",
    "in_reply_to",
    "incoming",
    "sender",
    "recipient",
    "subject",
    "signatories",
    "emails",
    "phones",
    "urls",
    "countries",
    "organizations",
    "people",
    "amounts",
    "page_count",
    "text",
    "warnings",
];

#[test]
fn extract_prints_every_contract_key() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ліст.txt");
    std::fs::write(&file, "Аб навукова-тэхнічным супрацоўніцтве\n").unwrap();
    let output = vopis(["extract", "--json", file.to_str().unwrap()]);
    assert!(output.status.success());
    let records = json_lines(&output.stdout);
    assert_eq!(records.len(), 1);
    let record = records[0].as_object().unwrap();
    for key in CONTRACT_KEYS {
        assert!(record.contains_key(*key), "missing {key}");
    }
    assert_eq!(record["format"], "txt");
    assert_eq!(record["text"], "Аб навукова-тэхнічным супрацоўніцтве");
    assert_eq!(record["id"].as_str().unwrap().len(), 64);
}

#[test]
fn failures_are_objects_and_exit_one_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    let empty = dir.path().join("b.txt");
    std::fs::write(&good, "Report").unwrap();
    std::fs::write(&empty, "").unwrap();
    let missing = dir.path().join("c.pdf");
    let output = vopis([
        "extract",
        "--json",
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let records = json_lines(&output.stdout);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["error"]["kind"], "empty");
    assert_eq!(records[1]["error"]["kind"], "io");
    assert_eq!(records[2]["text"], "Report");
    for failure in &records[..2] {
        assert_eq!(failure.as_object().unwrap().len(), 2, "{failure}");
        assert!(failure["error"]["message"].as_str().unwrap().len() > 10);
    }
}

#[test]
fn same_bytes_same_id_across_names() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["x.txt", "y.md"] {
        std::fs::write(dir.path().join(name), "Пагадненне").unwrap();
    }
    let output = vopis(["extract", "--json", dir.path().to_str().unwrap()]);
    let records = json_lines(&output.stdout);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], records[1]["id"]);
}

#[test]
fn human_output_names_the_file_and_shows_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "Дагавор аб супрацоўніцтве").unwrap();
    let output = vopis(["extract", file.to_str().unwrap()]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("a.txt (txt, utf-8)"), "{stdout}");
    assert!(stdout.contains("Дагавор аб супрацоўніцтве"), "{stdout}");
}

#[test]
fn usage_errors_exit_two() {
    let output = vopis(["extract"]);
    assert_eq!(output.status.code(), Some(2));
    let output = vopis(["no-such-command"]);
    assert_eq!(output.status.code(), Some(2));
}
