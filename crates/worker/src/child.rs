//! The parse child: the other end of [`crate::isolate`].
//!
//! `vopis` runs this in a hidden subcommand. Protocol, one JSON object per
//! line: the parent first writes a [`ChildConfig`]; the child warms up and
//! writes `ready`; then the parent writes one [`Request`] per file and the
//! child answers each with one [`Reply`]. The child
//! limits its own address space (RLIMIT_AS) before parsing anything, catches
//! panics (a panic is a `crashed` failure, and the child lives on), ignores
//! SIGINT/SIGTERM (the parent decides when it stops: on the terminal's
//! Ctrl-C the parent finishes the file in flight) and exits at the end of
//! its input, or by its own watchdog when a parse overruns the hard limit
//! (so an orphaned child never outlives a killed parent for long).

use std::io::{self, BufRead, BufWriter, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use vopis_parse::{Document, ErrorKind, FailureInfo, ParseOptions, extract_file};

use crate::faults::Faults;

/// Settings sent to the child before the first file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct ChildConfig {
    /// Address-space limit in bytes (0: none).
    pub memory_limit: u64,
    /// The parser's own time limit, in ms.
    pub time_limit_ms: u64,
    /// After this many ms on one file the child exits by itself.
    pub hard_limit_ms: u64,
    /// Largest file read, in bytes.
    pub max_file_size: u64,
    /// Read metadata from the text.
    pub metadata: bool,
}

/// One file to parse.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Request {
    /// The file, as the bytes of its name on Unix (a name need not be UTF-8).
    #[serde(with = "path_bytes")]
    pub path: PathBuf,
}

/// A path in JSON as the array of its bytes on Unix, exactly; as a string
/// elsewhere.
mod path_bytes {
    use std::path::{Path, PathBuf};

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[cfg(unix)]
    pub fn serialize<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().serialize(s)
    }

    #[cfg(unix)]
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
        use std::os::unix::ffi::OsStringExt;
        Vec::<u8>::deserialize(d).map(|b| PathBuf::from(std::ffi::OsString::from_vec(b)))
    }

    #[cfg(not(unix))]
    pub fn serialize<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
        path.serialize(s)
    }

    #[cfg(not(unix))]
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
        PathBuf::deserialize(d)
    }
}

/// The answer for one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) enum Reply {
    /// Parsed.
    Parsed(Box<Document>),
    /// Not parsed, with the reason.
    Failed(FailureInfo),
}

/// The line a child writes when it is ready for requests.
pub(crate) const READY: &[u8] = b"ready\n";

/// A short text in the three languages, parsed once at start.
const WARM_UP: &str =
    "Аб навукова-тэхнічным супрацоўніцтве. О научном сотрудничестве. On research cooperation.";

/// Milliseconds since the epoch.
fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// The failure for a caught panic.
pub(crate) fn panic_failure(payload: &(dyn std::any::Any + Send)) -> FailureInfo {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_owned());
    FailureInfo {
        kind: ErrorKind::Crashed,
        message: format!("the parser failed on this file (an internal error: {what})"),
    }
}

/// Parses `path` with panics caught.
pub(crate) fn parse_caught(path: &std::path::Path, opts: &ParseOptions, faults: &Faults) -> Reply {
    let result = catch_unwind(AssertUnwindSafe(|| {
        faults.apply(path);
        extract_file(path, opts)
    }));
    match result {
        Ok(Ok(doc)) => Reply::Parsed(Box::new(doc)),
        Ok(Err(e)) => Reply::Failed(FailureInfo {
            kind: e.kind(),
            message: e.to_string(),
        }),
        Err(payload) => Reply::Failed(panic_failure(payload.as_ref())),
    }
}

/// Runs the parse child on stdin/stdout until stdin ends.
pub fn serve() -> io::Result<()> {
    // The parent stops us (by closing stdin or killing); a terminal's signals do not.
    let ignored = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register(signal, Arc::clone(&ignored))?;
    }
    // A panic becomes a failure reply; its message goes there, not to stderr.
    std::panic::set_hook(Box::new(|_| {}));
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(());
    }
    let config: ChildConfig = serde_json::from_str(&line).map_err(io::Error::other)?;
    if config.memory_limit > 0 {
        rlimit::setrlimit(
            rlimit::Resource::AS,
            config.memory_limit,
            config.memory_limit,
        )?;
    }
    let opts = ParseOptions {
        time_limit: Duration::from_millis(config.time_limit_ms),
        max_file_size: config.max_file_size,
        metadata: config.metadata,
        ..ParseOptions::default()
    };
    // Warm up (compiled regexes, word lists) before saying ready, so that
    // the first file's time limit is not spent on it.
    let _ = vopis_parse::extract_bytes("warm-up.txt", WARM_UP.as_bytes(), &opts);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    out.write_all(READY)?;
    out.flush()?;
    let faults = Faults::from_env();
    let started = Arc::new(AtomicU64::new(0));
    let watched = Arc::clone(&started);
    let hard = config.hard_limit_ms;
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_millis(500));
            let t = watched.load(Ordering::Relaxed);
            if t != 0 && now_ms().saturating_sub(t) > hard {
                std::process::exit(3);
            }
        }
    });
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let request: Request = serde_json::from_str(&line).map_err(io::Error::other)?;
        started.store(now_ms(), Ordering::Relaxed);
        let reply = parse_caught(&request.path, &opts, &faults);
        started.store(0, Ordering::Relaxed);
        serde_json::to_writer(&mut out, &reply).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
        out.flush()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_is_a_crashed_failure() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("boom.txt");
        std::fs::write(&path, "Паведамленне аб памылцы").unwrap();
        let reply = parse_caught(
            &path,
            &ParseOptions::default(),
            &Faults::parse("panic:boom"),
        );
        match reply {
            Reply::Failed(info) => {
                assert_eq!(info.kind, ErrorKind::Crashed);
                assert!(info.message.contains("test double"), "{}", info.message);
            }
            Reply::Parsed(_) => panic!("the panicking double parsed"),
        }
    }

    #[test]
    fn replies_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ліст.txt");
        std::fs::write(
            &path,
            "Уважаемый Сергей Сергеевич! Прошу рассмотреть вопрос.",
        )
        .unwrap();
        let reply = parse_caught(&path, &ParseOptions::default(), &Faults::default());
        let json = serde_json::to_string(&reply).unwrap();
        let back: Reply = serde_json::from_str(&json).unwrap();
        match (reply, back) {
            (Reply::Parsed(a), Reply::Parsed(b)) => assert_eq!(a, b),
            other => panic!("not parsed: {other:?}"),
        }
    }
}
