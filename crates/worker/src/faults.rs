//! Test doubles for parsers that hang, panic or abort: TEST USE ONLY.
//!
//! The parse child reads the environment variable [`FAULTS_VAR`] once at
//! start, and only if it is set: a comma-separated list of `hang:NAME`,
//! `panic:NAME`, `abort:NAME`, each applying to every file whose name
//! contains NAME. Integration tests set it to prove that a runaway parser
//! costs one failure record, not the run. It has no other use; unset (the
//! normal case) it does nothing.

use std::path::Path;

/// The environment variable that switches the test doubles on.
pub const FAULTS_VAR: &str = "VOPIS_TEST_FAULTS";

/// What to do instead of parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fault {
    /// Sleep forever (a parser stuck in a loop).
    Hang,
    /// Panic (a parser bug).
    Panic,
    /// Abort the process (a crash, or running out of memory).
    Abort,
}

/// The faults asked for, by file-name substring.
#[derive(Debug, Default, Clone)]
pub(crate) struct Faults(Vec<(Fault, String)>);

impl Faults {
    /// The faults named in [`FAULTS_VAR`], none if it is unset.
    pub(crate) fn from_env() -> Faults {
        std::env::var(FAULTS_VAR)
            .map(|v| Faults::parse(&v))
            .unwrap_or_default()
    }

    /// Parses `hang:NAME,panic:NAME,abort:NAME`; unknown items are ignored.
    pub(crate) fn parse(spec: &str) -> Faults {
        let items = spec
            .split(',')
            .filter_map(|item| {
                let (kind, name) = item.split_once(':')?;
                let fault = match kind.trim() {
                    "hang" => Fault::Hang,
                    "panic" => Fault::Panic,
                    "abort" => Fault::Abort,
                    _ => return None,
                };
                (!name.is_empty()).then(|| (fault, name.to_owned()))
            })
            .collect();
        Faults(items)
    }

    /// The fault for `path`, if its file name asks for one.
    pub(crate) fn for_path(&self, path: &Path) -> Option<Fault> {
        let name = path.file_name()?.to_string_lossy();
        self.0
            .iter()
            .find(|(_, n)| name.contains(n.as_str()))
            .map(|(f, _)| *f)
    }

    /// Acts out the fault for `path`, if any (never returns for hang/abort).
    pub(crate) fn apply(&self, path: &Path) {
        match self.for_path(path) {
            Some(Fault::Hang) => loop {
                std::thread::sleep(std::time::Duration::from_secs(3600));
            },
            Some(Fault::Panic) => panic!("test double: the parser panicked"),
            Some(Fault::Abort) => std::process::abort(),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_spec() {
        let f = Faults::parse("hang:завіс,panic:boom, bogus:x,abort:");
        assert_eq!(
            f.for_path(Path::new("/in/ліст-завіс.txt")),
            Some(Fault::Hang)
        );
        assert_eq!(f.for_path(Path::new("/in/boom.md")), Some(Fault::Panic));
        assert_eq!(f.for_path(Path::new("/in/x.txt")), None);
        assert_eq!(f.for_path(Path::new("/boom/ok.txt")), None);
    }
}
