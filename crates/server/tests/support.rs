//! Shared set-up of the server tests: an index of `corpus/documents` plus
//! the three documents in `tests/fixtures` (a letter № 06-09/398, its reply,
//! a note with `<script>` in its text), built once per test binary with the
//! library, and servers on ephemeral loopback ports.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use vopis_index::Index;
use vopis_parse::{ParseOptions, extract_file};
use vopis_server::ServeOptions;

/// The built index and the ids of the fixture documents.
pub struct Fixture {
    /// Keeps the index directory alive.
    _dir: tempfile::TempDir,
    /// The index directory.
    pub index: PathBuf,
    /// Id of the letter № 06-09/398.
    pub letter: String,
    /// Id of its reply.
    pub reply: String,
    /// Id of the note with `<script>` in its text.
    pub script: String,
    /// Id and path of a corpus PDF.
    pub pdf: (String, PathBuf),
    /// Documents indexed.
    pub documents: usize,
}

/// The fixture, built on first use.
pub fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(build)
}

/// Builds the index.
fn build() -> Fixture {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("temp dir");
    let index_dir = dir.path().join("index");
    let index = Index::create_or_open(&index_dir).expect("create index");
    let mut writer = index.writer().expect("writer");
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("../../corpus/documents"))
        .expect("corpus/documents")
        .chain(std::fs::read_dir(root.join("tests/fixtures")).expect("tests/fixtures"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let opts = ParseOptions::default();
    let (mut letter, mut reply, mut script, mut pdf) = (None, None, None, None);
    for path in files {
        let path = path.canonicalize().expect("canonical path");
        let Ok(doc) = extract_file(&path, &opts) else {
            continue;
        };
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match name.as_str() {
            "letter-gknt-398.txt" => letter = Some(doc.id.clone()),
            "reply-bsu-398.txt" => reply = Some(doc.id.clone()),
            "note-script.txt" => script = Some(doc.id.clone()),
            "letter-en-rivers.pdf" => pdf = Some((doc.id.clone(), path.clone())),
            _ => {}
        }
        writer.add(&doc, &path.to_string_lossy()).expect("add");
    }
    writer.commit().expect("commit");
    let documents = index.document_count().expect("count");
    drop(writer);
    Fixture {
        _dir: dir,
        index: index_dir,
        letter: letter.expect("letter fixture indexed"),
        reply: reply.expect("reply fixture indexed"),
        script: script.expect("script fixture indexed"),
        pdf: pdf.expect("corpus PDF indexed"),
        documents,
    }
}

/// Starts a server for `options` on an ephemeral loopback port (it runs
/// until the test process ends); returns its base URL.
pub fn start(options: ServeOptions) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr"))
                .expect("send addr");
            vopis_server::serve(listener, &options, std::future::pending())
                .await
                .expect("serve");
        });
    });
    let addr = rx.recv().expect("server started");
    format!("http://{addr}")
}

/// The read-only server over the fixture index, started once.
pub fn server() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| start(ServeOptions::new(fixture().index.clone())))
}

/// An HTTP client that returns 4xx/5xx responses instead of failing.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

/// `/api/search?…` for the pairs, URL-encoded.
pub fn search_url(pairs: &[(&str, &str)]) -> String {
    format!(
        "{}/api/search?{}",
        server(),
        serde_urlencoded::to_string(pairs).unwrap()
    )
}
