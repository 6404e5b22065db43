//! Running a parse where a runaway parser cannot hurt the run.
//!
//! Why a child process per parse slot: the documents are untrusted, and a
//! thread cannot be stopped from outside, nor its memory capped. A parser
//! stuck in a loop would hold a slot forever; one that allocates without
//! bound would take the whole worker (and the index writer with its
//! uncommitted batch) down with it; an abort or a stack overflow kills the
//! process, and no `catch_unwind` helps. A child process can be killed at
//! the time limit, limits its own address space, and dies alone.
//!
//! The child is long-lived (one per slot, restarted only after a kill or a
//! death), so a file costs a line of JSON each way rather than a process
//! start. [`Isolation::InProcess`] parses on the slot's own thread with
//! panics caught: for library users and unit tests that trust their input.
//!
//! Invariant: after [`Parser::parse`] returns, the child (if any) is idle
//! and ready, or gone and reaped; a timed-out or dead child is never reused.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdin, Command, Stdio};
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, bounded};
use vopis_parse::{ErrorKind, FailureInfo, ParseOptions};

use crate::child::{ChildConfig, READY, Reply, Request, parse_caught};
use crate::faults::Faults;

/// Longest wait for a new child to be ready (it warms up first).
const STARTUP_LIMIT: Duration = Duration::from_secs(60);

/// How files are parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Isolation {
    /// In a child process per slot: `program` with `args` must run
    /// [`crate::serve_child`] (`vopis` does, as `vopis parse-child`).
    Child {
        /// The executable.
        program: PathBuf,
        /// Its arguments.
        args: Vec<String>,
    },
    /// On the slot's thread, panics caught; no time or memory limit beyond
    /// the parser's own.
    InProcess,
}

/// A running child.
struct Running {
    child: Child,
    stdin: ChildStdin,
    stderr: Option<ChildStderr>,
    replies: Receiver<String>,
}

/// One slot's parser.
pub(crate) struct Parser {
    isolation: Isolation,
    config: ChildConfig,
    opts: ParseOptions,
    hard_limit: Duration,
    running: Option<Running>,
}

impl Parser {
    /// A parser with these limits (a child is started at the first file).
    pub(crate) fn new(
        isolation: &Isolation,
        opts: &ParseOptions,
        memory_limit: u64,
        hard_limit: Duration,
    ) -> Parser {
        let ms = |d: Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        Parser {
            isolation: isolation.clone(),
            config: ChildConfig {
                memory_limit,
                time_limit_ms: ms(opts.time_limit),
                // The child's own watchdog fires later than the parent's kill.
                hard_limit_ms: ms(hard_limit) * 2,
                max_file_size: opts.max_file_size,
                metadata: opts.metadata,
            },
            opts: opts.clone(),
            hard_limit,
            running: None,
        }
    }

    /// Parses one file.
    pub(crate) fn parse(&mut self, path: &Path) -> Reply {
        let Isolation::Child { program, args } = &self.isolation else {
            return parse_caught(path, &self.opts, &Faults::default());
        };
        if self.running.is_none() {
            match start(program, args, &self.config) {
                Ok(r) => self.running = Some(r),
                Err(e) => {
                    return Reply::Failed(FailureInfo {
                        kind: ErrorKind::Crashed,
                        message: format!("the parser process could not start: {e}"),
                    });
                }
            }
        }
        let Some(running) = self.running.as_mut() else {
            return crashed("the parser process is not running");
        };
        let request = Request {
            path: path.to_owned(),
        };
        let sent = serde_json::to_string(&request)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(running.stdin, "{json}"))
            .and_then(|()| running.stdin.flush());
        if sent.is_err() {
            return self.died();
        }
        match running.replies.recv_timeout(self.hard_limit) {
            Ok(line) => match serde_json::from_str::<Reply>(&line) {
                Ok(reply) => reply,
                Err(e) => {
                    self.stop();
                    crashed(&format!("the parser process answered nonsense ({e})"))
                }
            },
            Err(RecvTimeoutError::Timeout) => {
                self.stop();
                Reply::Failed(FailureInfo {
                    kind: ErrorKind::Timeout,
                    message: format!(
                        "extraction took longer than {} s and was stopped",
                        self.hard_limit.as_secs_f32()
                    ),
                })
            }
            Err(RecvTimeoutError::Disconnected) => self.died(),
        }
    }

    /// The failure after the child died on a file; reaps it.
    fn died(&mut self) -> Reply {
        let Some(mut running) = self.running.take() else {
            return crashed("the parser process stopped");
        };
        let _ = running.child.kill();
        let status = running.child.wait();
        let mut stderr = String::new();
        if let Some(err) = running.stderr.take() {
            let _ = err.take(64 << 10).read_to_string(&mut stderr);
        }
        if stderr.contains("memory allocation") {
            let mib = self.config.memory_limit >> 20;
            return crashed(&format!(
                "the document needs more memory than the parser's limit of {mib} MiB"
            ));
        }
        let how = match status {
            Ok(s) => {
                use std::os::unix::process::ExitStatusExt;
                match s.signal() {
                    Some(sig) => format!("killed by signal {sig}"),
                    None => format!("exit status {}", s.code().unwrap_or(-1)),
                }
            }
            Err(e) => e.to_string(),
        };
        crashed(&format!("the parser process died on this file ({how})"))
    }

    /// Kills and reaps the child, if any.
    fn stop(&mut self) {
        if let Some(mut running) = self.running.take() {
            let _ = running.child.kill();
            let _ = running.child.wait();
        }
    }
}

impl Drop for Parser {
    fn drop(&mut self) {
        // Idle by the invariant: closing stdin lets it exit; kill to be sure.
        self.stop();
    }
}

/// A `crashed` failure.
fn crashed(message: &str) -> Reply {
    Reply::Failed(FailureInfo {
        kind: ErrorKind::Crashed,
        message: message.to_owned(),
    })
}

/// Starts a child and sends it its configuration.
fn start(program: &Path, args: &[String], config: &ChildConfig) -> std::io::Result<Running> {
    use std::os::unix::process::CommandExt;
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group: a terminal's Ctrl-C goes to the parent only.
        .process_group(0)
        .spawn()?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(std::io::Error::other("no pipes to the parser process"));
    };
    let stderr = child.stderr.take();
    // One reply at a time is ever outstanding: capacity 1 is enough.
    let (tx, replies) = bounded(1);
    std::thread::Builder::new()
        .name("parse-child-reader".into())
        .spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        })?;
    let json = serde_json::to_string(config).map_err(std::io::Error::other)?;
    let ready = writeln!(stdin, "{json}")
        .and_then(|()| stdin.flush())
        .map_err(|e| e.to_string())
        .and_then(|()| match replies.recv_timeout(STARTUP_LIMIT) {
            Ok(line) if line.as_bytes() == READY.strip_suffix(b"\n").unwrap_or(READY) => Ok(()),
            Ok(line) => Err(format!("it said {line:?} instead of ready")),
            Err(_) => Err("it did not get ready".to_owned()),
        });
    if let Err(e) = ready {
        let _ = child.kill();
        let _ = child.wait();
        return Err(std::io::Error::other(e));
    }
    Ok(Running {
        child,
        stdin,
        stderr,
        replies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_process_parses() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ліст.txt");
        std::fs::write(&path, "Аб навукова-тэхнічным супрацоўніцтве").unwrap();
        let mut parser = Parser::new(
            &Isolation::InProcess,
            &ParseOptions::default(),
            0,
            Duration::from_secs(5),
        );
        assert!(matches!(parser.parse(&path), Reply::Parsed(_)));
    }

    #[test]
    fn a_missing_program_is_a_failure_not_a_panic() {
        let isolation = Isolation::Child {
            program: "/nonexistent/vopis".into(),
            args: vec![],
        };
        let mut parser = Parser::new(
            &isolation,
            &ParseOptions::default(),
            0,
            Duration::from_secs(1),
        );
        match parser.parse(Path::new("/tmp/x.txt")) {
            Reply::Failed(info) => assert_eq!(info.kind, ErrorKind::Crashed),
            Reply::Parsed(_) => panic!("parsed without a parser"),
        }
    }

    #[test]
    fn a_hanging_child_times_out_and_is_replaced() {
        // Says ready, then never answers: the parent must kill it.
        let isolation = Isolation::Child {
            program: "sh".into(),
            args: vec!["-c".into(), "read line; echo ready; sleep 30".into()],
        };
        let mut parser = Parser::new(
            &isolation,
            &ParseOptions::default(),
            0,
            Duration::from_millis(200),
        );
        match parser.parse(Path::new("/tmp/x.txt")) {
            Reply::Failed(info) => assert_eq!(info.kind, ErrorKind::Timeout),
            Reply::Parsed(_) => panic!("sleep parsed a file"),
        }
        assert!(parser.running.is_none());
    }

    #[test]
    fn a_dying_child_is_crashed() {
        let isolation = Isolation::Child {
            program: "sh".into(),
            args: vec![
                "-c".into(),
                "read line; echo ready; read line; kill -ABRT $$".into(),
            ],
        };
        let mut parser = Parser::new(
            &isolation,
            &ParseOptions::default(),
            0,
            Duration::from_secs(5),
        );
        match parser.parse(Path::new("/tmp/x.txt")) {
            Reply::Failed(info) => {
                assert_eq!(info.kind, ErrorKind::Crashed);
                assert!(info.message.contains("signal 6"), "{}", info.message);
            }
            Reply::Parsed(_) => panic!("sh parsed a file"),
        }
    }
}
