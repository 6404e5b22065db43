//! The worker (`vopis ingest`, `vopis watch`) run as a user runs it, on temp dirs.
//!
//! Crash safety (20 random SIGKILLs, then every file exactly once), the file
//! life cycle (rename, change, delete with and without `--sync`, one file
//! under two names, a file copied slowly into a watched inbox), runaway
//! parsers (the child's test doubles: `VOPIS_TEST_FAULTS=hang:…,panic:…,
//! abort:…`), signals, and write errors on the index (a file-size limit
//! always; a full tmpfs where this user may mount one).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use vopis_index::{FileStatus, Index};

use crate::support::root;

/// A `vopis` command with the index at `index`.
fn vopis(index: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vopis"));
    cmd.arg("--index")
        .arg(index)
        .env_remove("VOPIS_TEST_FAULTS");
    cmd
}

/// Runs `vopis --json ingest ARGS` and returns the output.
fn ingest(index: &Path, args: &[&str], dirs: &[&Path]) -> Output {
    vopis(index)
        .args(["--json", "ingest"])
        .args(args)
        .args(dirs)
        .output()
        .unwrap()
}

/// The summary object of a successful ingest; panics with its stderr otherwise.
fn summary(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "ingest failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| panic!("bad summary {text:?}: {e}"))
}

/// A tiny deterministic generator (no dependency needed for test data).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const WORDS: &[&str] = &[
    "супрацоўніцтва",
    "навуковы",
    "дакумент",
    "сумеснага",
    "пагадненне",
    "сотрудничество",
    "письмо",
    "соглашение",
    "отчёт",
    "научный",
    "agreement",
    "report",
    "cooperation",
    "research",
    "letter",
    "Мінск",
    "Гомель",
    "Москва",
    "Warsaw",
    "archive",
];

/// Text of `n` words from the generator, with a unique tag.
fn text(rng: &mut Lcg, tag: usize, n: usize) -> String {
    let mut s = format!("Дакумент № {tag}.\n\n");
    for i in 0..n {
        s.push_str(WORDS[rng.below(WORDS.len() as u64) as usize]);
        s.push(if i % 12 == 11 { '\n' } else { ' ' });
    }
    s
}

/// Writes `n` generated files (txt, md, html, eml, distinct contents) plus
/// copies of a few corpus documents into `dir`; returns every path written.
fn generate(dir: &Path, n: usize, words: usize) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let mut rng = Lcg(0x5eed);
    let mut paths = Vec::new();
    for i in 0..n {
        let body = text(&mut rng, i, words);
        let (name, bytes) = match i % 4 {
            0 => (format!("doc-{i}.txt"), body),
            1 => (
                format!("sub/note-{i}.md"),
                format!("# Справаздача {i}\n\n{body}"),
            ),
            2 => (
                format!("page-{i}.html"),
                format!(
                    "<html><head><title>Ліст {i}</title></head><body><p>{body}</p></body></html>"
                ),
            ),
            _ => (
                format!("sub/mail-{i}.eml"),
                format!(
                    "From: office@example.by\r\nTo: archive@example.by\r\nSubject: Letter {i}\r\n\
                     Date: Mon, 15 Jul 2019 10:00:00 +0300\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}"
                ),
            ),
        };
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        paths.push(path);
    }
    for name in [
        "letter-ru-heat-exchangers.txt",
        "article-en-news.html",
        "letter-be-cp1251.eml",
        "report-be-hackathon.md",
    ] {
        let path = dir.join(format!("z-corpus-{name}"));
        std::fs::copy(root().join("corpus/documents").join(name), &path).unwrap();
        paths.push(path);
    }
    paths
}

/// The blake3 hex of a file (the document id).
fn hash(path: &Path) -> String {
    blake3::hash(&std::fs::read(path).unwrap())
        .to_hex()
        .to_string()
}

/// The index's document ids (asserting none is there twice) and the hashes
/// of `paths`.
fn ids_and_hashes(index: &Index, paths: &[PathBuf]) -> (BTreeSet<String>, BTreeSet<String>) {
    let ids = index.document_ids().unwrap();
    let distinct: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(
        distinct.len(),
        ids.len(),
        "a document is in the index twice"
    );
    (distinct, paths.iter().map(|p| hash(p)).collect())
}

/// Checks that `paths` are each indexed exactly once, with consistent records.
fn assert_exactly_once(index_dir: &Path, paths: &[PathBuf]) {
    let index = Index::open(index_dir).unwrap();
    let (distinct, expected) = ids_and_hashes(&index, paths);
    assert_eq!(
        distinct, expected,
        "documents differ from the files' hashes"
    );
    assert_eq!(index.document_count().unwrap(), expected.len());
    let records: BTreeMap<String, _> = index
        .file_records()
        .unwrap()
        .into_iter()
        .map(|r| (r.path.clone(), r))
        .collect();
    for path in paths {
        let key = vopis_index::path_key(&path.canonicalize().unwrap());
        let record = records
            .get(&key)
            .unwrap_or_else(|| panic!("no record for {key}"));
        assert_eq!(
            record.status,
            FileStatus::Indexed,
            "{key}: {:?}",
            record.error
        );
        assert_eq!(record.hash, hash(path), "{key}: record hash");
        let doc = index.document(&record.hash).unwrap().unwrap();
        assert!(
            doc.paths.contains(&key),
            "{key} not among its document's paths"
        );
    }
    assert_eq!(
        records.len(),
        paths.len(),
        "records for files that are not there"
    );
}

/// Sends `signal` to a child.
fn signal(child: &Child, signal: &str) {
    let ok = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
}

#[test]
fn kill_9_at_random_moments_then_every_file_exactly_once() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    let mut paths = generate(&inbox, 600, 120);
    let mut rng = Lcg(std::process::id() as u64);
    let mut kills = 0;
    let mut finished_early = 0;
    let (mut last_count, mut mid_run) = (0, 0);
    while kills < 20 {
        let mut child = vopis(&index)
            .args([
                "--json",
                "ingest",
                "--no-metadata",
                "-j",
                "2",
                "--commit-every",
                "16",
                "--commit-ms",
                "100",
            ])
            .arg(&inbox)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let delay = 150 + rng.below(900);
        std::thread::sleep(Duration::from_millis(delay));
        if child.try_wait().unwrap().is_some() {
            // Done before the kill: give the next run more to do (copies of
            // known documents under new names, and new ones).
            finished_early += 1;
            assert!(
                finished_early < 40,
                "ingest always finishes before the kill"
            );
            let more = inbox.join(format!("more-{finished_early}"));
            paths.extend(generate(&more, 60, 120));
            std::fs::write(
                more.join("new.txt"),
                format!("Новы дакумент {finished_early}"),
            )
            .unwrap();
            paths.push(more.join("new.txt"));
            continue;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        kills += 1;
        // After each kill the index opens, and its count only grows.
        let count = Index::open(&index).map_or(0, |i| i.document_count().unwrap());
        assert!(count >= last_count, "a kill lost committed documents");
        if count > last_count && count < paths.len() {
            mid_run += 1;
        }
        last_count = count;
    }
    assert!(mid_run > 0, "no kill landed in the middle of an ingest");
    let s = summary(&ingest(&index, &["--no-metadata", "-j", "2"], &[&inbox]));
    assert_eq!(s["failed"], 0, "{s}");
    assert_exactly_once(&index, &paths);
    // Once more: nothing to do.
    let s = summary(&ingest(&index, &[], &[&inbox]));
    assert_eq!(
        (s["indexed"].as_u64(), s["unchanged"].as_u64()),
        (Some(0), Some(paths.len() as u64)),
        "{s}"
    );
}

#[test]
fn rename_change_delete_and_sync() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    std::fs::create_dir_all(&inbox).unwrap();
    let a = inbox.join("ліст.txt");
    let b = inbox.join("пагадненне.txt");
    std::fs::write(&a, "Аб навукова-тэхнічным супрацоўніцтве. Ліст першы.").unwrap();
    std::fs::write(&b, "Соглашение о сотрудничестве в области науки.").unwrap();
    let s = summary(&ingest(&index, &[], &[&inbox]));
    assert_eq!(s["indexed"], 2, "{s}");

    // Renamed: recognised by its hash, not parsed again.
    let renamed = inbox.join("перайменаваны.txt");
    let old_hash = hash(&a);
    std::fs::rename(&a, &renamed).unwrap();
    let s = summary(&ingest(&index, &[], &[&inbox]));
    assert_eq!(
        (s["indexed"].as_u64(), s["moved"].as_u64()),
        (Some(0), Some(1)),
        "{s}"
    );
    // Deleted paths stay by default (an archive keeps what it received) ...
    let doc = Index::open(&index)
        .unwrap()
        .document(&old_hash)
        .unwrap()
        .unwrap();
    assert_eq!(doc.paths.len(), 2, "{:?}", doc.paths);
    // ... and go with --sync.
    let s = summary(&ingest(&index, &["--sync"], &[&inbox]));
    assert_eq!(s["removed"], 1, "{s}");
    let doc = Index::open(&index)
        .unwrap()
        .document(&old_hash)
        .unwrap()
        .unwrap();
    assert_eq!(
        doc.paths,
        [renamed.canonicalize().unwrap().to_string_lossy()]
    );

    // Changed: parsed again; the old version, left with no path, is gone.
    let b_old = hash(&b);
    std::fs::write(
        &b,
        "Соглашение о сотрудничестве в области науки. Редакция вторая.",
    )
    .unwrap();
    let s = summary(&ingest(&index, &[], &[&inbox]));
    assert_eq!(s["indexed"], 1, "{s}");
    let idx = Index::open(&index).unwrap();
    assert!(idx.document(&b_old).unwrap().is_none());
    assert!(idx.document(&hash(&b)).unwrap().is_some());
    drop(idx);

    // Deleted: kept without --sync, removed with it.
    let b_new = hash(&b);
    std::fs::remove_file(&b).unwrap();
    summary(&ingest(&index, &[], &[&inbox]));
    assert!(
        Index::open(&index)
            .unwrap()
            .document(&b_new)
            .unwrap()
            .is_some()
    );
    let s = summary(&ingest(&index, &["--sync"], &[&inbox]));
    assert_eq!(s["removed"], 1, "{s}");
    assert_exactly_once(&index, &[renamed]);
}

#[test]
fn same_file_under_two_names_is_one_document() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    std::fs::create_dir_all(inbox.join("copy")).unwrap();
    let text = "Уважаемый Сергей Сергеевич! Направляем отчёт о научном сотрудничестве.";
    std::fs::write(inbox.join("отчёт.txt"), text).unwrap();
    std::fs::write(inbox.join("copy/report.txt"), text).unwrap();
    let s = summary(&ingest(&index, &["-j", "2"], &[&inbox]));
    assert_eq!(
        s["indexed"].as_u64().unwrap() + s["moved"].as_u64().unwrap(),
        2,
        "{s}"
    );
    assert_eq!(s["indexed"], 1, "{s}");
    let idx = Index::open(&index).unwrap();
    assert_eq!(idx.document_count().unwrap(), 1);
    let doc = idx
        .document(&blake3::hash(text.as_bytes()).to_hex())
        .unwrap()
        .unwrap();
    assert_eq!(doc.paths.len(), 2);
}

#[test]
fn hanging_panicking_and_aborting_parsers_cost_one_file_each() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    let paths = generate(&inbox, 12, 30);
    for name in ["stuck.txt", "boom.txt", "dies.txt"] {
        std::fs::write(
            inbox.join(name),
            format!("Файл {name}: парсер на ім не спраўляецца."),
        )
        .unwrap();
    }
    let started = Instant::now();
    let out = vopis(&index)
        .args([
            "--json",
            "ingest",
            "--no-metadata",
            "-j",
            "2",
            "--timeout",
            "2",
        ])
        .arg(&inbox)
        .env("VOPIS_TEST_FAULTS", "hang:stuck,panic:boom,abort:dies")
        .output()
        .unwrap();
    let s = summary(&out);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the hang was not cut short"
    );
    assert_eq!(s["failed"], 3, "{s}");
    let kinds: BTreeMap<String, String> = s["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let name = Path::new(f["path"].as_str().unwrap()).file_name().unwrap();
            (
                name.to_string_lossy().into_owned(),
                f["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(kinds["stuck.txt"], "timeout");
    assert_eq!(kinds["boom.txt"], "crashed");
    assert_eq!(kinds["dies.txt"], "crashed");
    // The failures are recorded, the good files all indexed.
    let idx = Index::open(&index).unwrap();
    let failed = idx
        .file_records()
        .unwrap()
        .into_iter()
        .filter(|r| r.status == FileStatus::Failed)
        .count();
    assert_eq!(failed, 3);
    assert_eq!(idx.document_count().unwrap(), paths.len());
    drop(idx);
    // Not retried until they change, or until asked.
    let s = summary(&ingest(&index, &[], &[&inbox]));
    assert_eq!(
        (s["failed"].as_u64(), s["failed_before"].as_u64()),
        (Some(0), Some(3)),
        "{s}"
    );
    let s = summary(&ingest(&index, &["--retry-failed"], &[&inbox]));
    assert_eq!(s["indexed"], 3, "without the doubles they parse: {s}");
}

#[test]
fn watch_waits_for_a_slow_copy_and_stops_cleanly_on_sigterm() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    std::fs::create_dir_all(&inbox).unwrap();
    let child = vopis(&index)
        .args([
            "--json",
            "watch",
            "-j",
            "1",
            "--settle",
            "0.6",
            "--rescan",
            "1",
            "--commit-ms",
            "200",
        ])
        .arg(&inbox)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    // Copied in slowly: three pieces, 300 ms apart.
    let target = inbox.join("павольна.txt");
    let mut full = String::new();
    for part in 0..3 {
        full.push_str(&format!(
            "Частка {part}: аб навукова-тэхнічным супрацоўніцтве.\n\n"
        ));
        std::fs::write(&target, &full).unwrap();
        std::thread::sleep(Duration::from_millis(300));
    }
    let want = hash(&target);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ids = Index::open(&index)
            .ok()
            .and_then(|i| i.document_ids().ok())
            .unwrap_or_default();
        if ids.contains(&want) {
            assert_eq!(ids.len(), 1, "a half-copied version was indexed: {ids:?}");
            break;
        }
        assert!(Instant::now() < deadline, "the file never got indexed");
        std::thread::sleep(Duration::from_millis(200));
    }
    signal(&child, "-TERM");
    let out = child.wait_with_output().unwrap();
    let s = summary(&out);
    assert_eq!(s["indexed"], 1, "{s}");
    assert_eq!(s["interrupted"], true, "{s}");
}

#[test]
fn sigint_stops_ingest_with_a_valid_index() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    let paths = generate(&inbox, 300, 60);
    let child = vopis(&index)
        .args(["--json", "ingest", "--no-metadata", "-j", "2"])
        .arg(&inbox)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(700));
    signal(&child, "-INT");
    let s = summary(&child.wait_with_output().unwrap());
    let done = s["indexed"].as_u64().unwrap();
    let idx = Index::open(&index).unwrap();
    assert_eq!(idx.document_count().unwrap() as u64, done, "{s}");
    drop(idx);
    summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_exactly_once(&index, &paths);
}

/// Writes `bytes` to `file` and puts its mtime back to `mtime`: a rewrite
/// within one filesystem timestamp tick, as the record cannot tell it.
fn rewrite_within_tick(file: &Path, bytes: &str, mtime: std::time::SystemTime) {
    std::fs::write(file, bytes).unwrap();
    std::fs::File::options()
        .write(true)
        .open(file)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
}

#[test]
fn a_change_within_one_mtime_tick_is_not_missed() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    std::fs::create_dir_all(&inbox).unwrap();
    let file = inbox.join("ліст.txt");
    std::fs::write(&file, "Нумар 06-09/398: першая рэдакцыя ліста.").unwrap();
    let mtime = std::fs::metadata(&file).unwrap().modified().unwrap();
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(s["indexed"], 1, "{s}");
    // Rewritten with as many bytes within the filesystem's timestamp tick:
    // size and mtime are what the record says, the bytes are not.
    rewrite_within_tick(&file, "Нумар 06-09/399: першая рэдакцыя ліста.", mtime);
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(s["indexed"], 1, "the second version was missed: {s}");
    assert_exactly_once(&index, std::slice::from_ref(&file));
    // Read again once its mtime is old enough to trust: nothing is parsed.
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(
        (s["indexed"].as_u64(), s["unchanged"].as_u64()),
        (Some(0), Some(1)),
        "{s}"
    );
}

#[test]
fn a_failed_file_rewritten_within_one_mtime_tick_is_read_again() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    std::fs::create_dir_all(&inbox).unwrap();
    let file = inbox.join("скан.pdf");
    let broken = b"%PDF-1.7\n% not a real PDF: no objects, no xref\n";
    std::fs::write(&file, broken).unwrap();
    let mtime = std::fs::metadata(&file).unwrap().modified().unwrap();
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(
        (s["indexed"].as_u64(), s["failed"].as_u64()),
        (Some(0), Some(1)),
        "{s}"
    );
    // Read again at once, same bytes: the failure stands, counted as an
    // earlier one, not reported (or parsed) anew.
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(
        (s["failed"].as_u64(), s["failed_before"].as_u64()),
        (Some(0), Some(1)),
        "{s}"
    );
    // Replaced by a good file of the same size within the same tick.
    let good = "Нумар 06-09/398, ліст.";
    let good = format!("{good}{}", " ".repeat(broken.len() - good.len()));
    assert_eq!(good.len(), broken.len());
    rewrite_within_tick(&file, &good, mtime);
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(
        (s["indexed"].as_u64(), s["failed_before"].as_u64()),
        (Some(1), Some(0)),
        "the good version was missed: {s}"
    );
    assert_exactly_once(&index, std::slice::from_ref(&file));
}

/// A name in cp1251 bytes (not UTF-8) is indexed under a lossless key,
/// kept by `--sync` while the file is there and removed once it is gone.
#[cfg(unix)]
#[test]
fn a_file_named_in_an_old_code_page_is_indexed_and_synced() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    std::fs::create_dir_all(&inbox).unwrap();
    // "Письмо 50%.txt" in cp1251.
    let file = inbox.join(std::ffi::OsStr::from_bytes(
        b"\xcf\xe8\xf1\xfc\xec\xee 50%.txt",
    ));
    std::fs::write(&file, "Пратакол пасяджэння камісіі па супрацоўніцтве.").unwrap();
    let s = summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_eq!(
        (s["indexed"].as_u64(), s["failed"].as_u64()),
        (Some(1), Some(0)),
        "{s}"
    );
    assert_exactly_once(&index, std::slice::from_ref(&file));
    let key = vopis_index::path_key(&file.canonicalize().unwrap());
    assert!(key.ends_with("/%CF%E8%F1%FC%EC%EE 50%25.txt"), "{key}");
    let s = summary(&ingest(&index, &["--no-metadata", "--sync"], &[&inbox]));
    assert_eq!(
        (s["unchanged"].as_u64(), s["removed"].as_u64()),
        (Some(1), Some(0)),
        "{s}"
    );
    std::fs::remove_file(&file).unwrap();
    let s = summary(&ingest(&index, &["--no-metadata", "--sync"], &[&inbox]));
    assert_eq!(s["removed"].as_u64(), Some(1), "{s}");
    assert_eq!(Index::open(&index).unwrap().document_count().unwrap(), 0);
}

#[test]
fn a_second_signal_exits_at_once_without_corrupting_the_index() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    let mut paths = generate(&inbox, 40, 40);
    // First in the walk, and stuck: the first signal waits for it to finish.
    let stuck = inbox.join("a-stuck.txt");
    std::fs::write(&stuck, "Файл, на якім парсер завісае.").unwrap();
    let started = Instant::now();
    let child = vopis(&index)
        .args([
            "--json",
            "ingest",
            "--no-metadata",
            "-j",
            "2",
            "--timeout",
            "120",
        ])
        .arg(&inbox)
        .env("VOPIS_TEST_FAULTS", "hang:stuck")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1500));
    signal(&child, "-INT");
    std::thread::sleep(Duration::from_millis(500));
    signal(&child, "-INT");
    let status = child.wait_with_output().unwrap().status;
    assert_eq!(status.code(), Some(130), "the second signal's exit status");
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the second signal did not cut the wait for the stuck file short"
    );
    // Whatever was committed is consistent, and a run without the double
    // finishes the job: every file exactly once.
    assert_consistent_subset(&index, &paths);
    paths.push(stuck);
    summary(&ingest(&index, &["--no-metadata"], &[&inbox]));
    assert_exactly_once(&index, &paths);
}

/// A run that cannot write the index stops with an error and status != 0,
/// leaving the last commit intact; a later run completes.
fn write_error_case(
    index: &Path,
    inbox: &Path,
    paths: &[PathBuf],
    run: &mut dyn FnMut() -> Output,
) {
    let out = run();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success(),
        "a write error went unnoticed: {stderr}"
    );
    assert!(
        stderr.contains("could not be written"),
        "unclear error: {stderr}"
    );
    assert_consistent_subset(index, paths);
    summary(&ingest(index, &["--no-metadata"], &[inbox]));
    assert_exactly_once(index, paths);
}

#[test]
fn index_write_error_stops_the_run_without_corruption() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, index) = (tmp.path().join("inbox"), tmp.path().join("index"));
    let paths = generate(&inbox, 200, 300);
    // Files of the index may not grow past 64 KiB: writes past it fail (EFBIG).
    let script = format!(
        "ulimit -f 64; exec {} --index {} --json ingest --no-metadata -j 2 --commit-every 500 {}",
        env!("CARGO_BIN_EXE_vopis"),
        index.display(),
        inbox.display()
    );
    write_error_case(&index, &inbox, &paths, &mut || {
        Command::new("sh").args(["-c", &script]).output().unwrap()
    });
}

#[test]
fn full_disk_stops_the_run_without_corruption() {
    let tmp = tempfile::tempdir().unwrap();
    let (inbox, disk) = (tmp.path().join("inbox"), tmp.path().join("disk"));
    std::fs::create_dir_all(&disk).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
        .arg(&disk)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!(
            "full_disk: cannot mount a tmpfs here (not root?): covered by the file-size-limit test"
        );
        return;
    }
    let index = disk.join("index");
    let paths = generate(&inbox, 200, 300);
    let out = ingest(
        &index,
        &["--no-metadata", "-j", "2", "--commit-every", "64"],
        &[&inbox],
    );
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    // What the last commit holds must be consistent (checked before unmounting).
    let consistent = std::panic::catch_unwind(|| assert_consistent_subset(&index, &paths));
    let _ = Command::new("umount").arg(&disk).status();
    assert!(
        !out.status.success(),
        "a full disk went unnoticed: {stderr}"
    );
    assert!(
        stderr.contains("could not be written"),
        "unclear error: {stderr}"
    );
    assert!(
        consistent.is_ok(),
        "the index on the full disk is inconsistent"
    );
}

/// Checks that what the index holds is a consistent part of `paths`: no
/// document twice, every document one of the files, every record's document there.
fn assert_consistent_subset(index_dir: &Path, paths: &[PathBuf]) {
    let index = Index::open(index_dir).unwrap();
    let (distinct, expected) = ids_and_hashes(&index, paths);
    assert!(
        distinct.is_subset(&expected),
        "documents that are no file's"
    );
    for record in index.file_records().unwrap() {
        assert_eq!(
            record.status,
            FileStatus::Indexed,
            "{}: {:?}",
            record.path,
            record.error
        );
        assert!(
            distinct.contains(&record.hash),
            "{}: record without its document",
            record.path
        );
    }
}
