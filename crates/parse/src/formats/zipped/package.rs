//! Bounded access to the zip container of a DOCX or ODT file.
//!
//! A zip archive states each entry's uncompressed size, but a hostile file
//! can lie, so the size is never trusted: an entry is read in chunks through
//! `take(budget + 1)`, every chunk is charged to [`Limits::charge`], and
//! reading stops with [`Error::TooLarge`] as soon as the file's total
//! decompression budget is spent. Archives with more entries than
//! `max_objects` are refused before any entry is read.
//!
//! Invariants: no entry is ever decompressed past the remaining budget plus
//! one chunk; zip-level encryption (ZipCrypto or AES) is [`Error::Encrypted`];
//! every other zip failure is [`Error::Corrupt`] naming the format.

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use crate::error::{Error, Result};
use crate::limits::Limits;

/// Size of one decompression chunk, charged to the budget as it is read.
const CHUNK: usize = 64 * 1024;

/// Largest allocation made up front for an entry, whatever size it declares.
const MAX_PREALLOC: u64 = 4 << 20;

/// An opened zip package whose entries are read under the file's budget.
pub(crate) struct Package<'b, 'l, 'o> {
    archive: ZipArchive<Cursor<&'b [u8]>>,
    limits: &'l Limits<'o>,
    format: &'static str,
}

impl<'b, 'l, 'o> Package<'b, 'l, 'o> {
    /// Opens `bytes` as a zip package of `format` ("DOCX", "ODT").
    pub fn open(bytes: &'b [u8], limits: &'l Limits<'o>, format: &'static str) -> Result<Self> {
        limits.check_time()?;
        let archive = ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| zip_error(format, "the zip container cannot be opened", e))?;
        let entries = archive.len() as u64;
        if entries > limits.opts.max_objects {
            return Err(Error::TooLarge {
                what: "zip entries",
                limit: limits.opts.max_objects,
                actual: entries,
            });
        }
        Ok(Package {
            archive,
            limits,
            format,
        })
    }

    /// The names of all entries (undecodable names are skipped).
    pub fn names(&self) -> Vec<String> {
        self.archive
            .file_names()
            .filter_map(|name| name.ok())
            .map(|name| name.into_owned())
            .collect()
    }

    /// The index of entry `name`: exact match first, then ignoring ASCII case
    /// and a leading `/` (OPC part names are case-insensitive).
    fn index_of(&self, name: &str) -> Option<usize> {
        let name = name.trim_start_matches('/');
        if let Some(index) = self.archive.index_for_name(name) {
            return Some(index);
        }
        self.archive
            .file_names()
            .position(|n| n.is_ok_and(|n| n.trim_start_matches('/').eq_ignore_ascii_case(name)))
    }

    /// The decompressed bytes of entry `name`, or `None` when there is none.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>> {
        let Some(index) = self.index_of(name) else {
            return Ok(None);
        };
        let format = self.format;
        let limits = self.limits;
        let entry = self
            .archive
            .by_index(index)
            .map_err(|e| zip_error(format, &format!("entry {name} cannot be read"), e))?;
        let budget = limits
            .opts
            .max_decompressed_size
            .saturating_sub(limits.decompressed());
        let prealloc = entry.size().min(budget).min(MAX_PREALLOC);
        let mut out = Vec::with_capacity(usize::try_from(prealloc).unwrap_or(0));
        let mut bounded = entry.take(budget.saturating_add(1));
        let mut chunk = vec![0u8; CHUNK];
        loop {
            let n = match bounded.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    return Err(Error::corrupt(
                        format,
                        format!("entry {name} cannot be decompressed ({e})"),
                    ));
                }
            };
            limits.charge(n as u64)?;
            out.extend_from_slice(chunk.get(..n).unwrap_or_default());
        }
        Ok(Some(out))
    }

    /// Entry `name` decoded as XML text (UTF-8, or the encoding its BOM or
    /// XML declaration names), or `None` when there is no such entry.
    pub fn read_xml(&mut self, name: &str) -> Result<Option<String>> {
        Ok(self.read(name)?.map(decode_xml))
    }
}

/// Maps a zip error onto ours: encryption is [`Error::Encrypted`], the rest
/// is [`Error::Corrupt`] with `what` and the zip library's reason.
fn zip_error(format: &'static str, what: &str, e: ZipError) -> Error {
    match e {
        ZipError::UnsupportedArchive(msg) if msg == ZipError::PASSWORD_REQUIRED => Error::Encrypted,
        ZipError::InvalidPassword => Error::Encrypted,
        e => Error::corrupt(format, format!("{what} ({e})")),
    }
}

/// XML bytes as text: a BOM or the declared encoding decides, UTF-8 otherwise
/// (invalid sequences become U+FFFD rather than failing the part).
pub(crate) fn decode_xml(bytes: Vec<u8>) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        let body = bytes.get(bom..).unwrap_or_default();
        return encoding.decode_without_bom_handling(body).0.into_owned();
    }
    if let Some(encoding) = declared_encoding(&bytes)
        && encoding != encoding_rs::UTF_8
    {
        return encoding.decode_without_bom_handling(&bytes).0.into_owned();
    }
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// The encoding named in an XML declaration `<?xml ... encoding="..."?>`.
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..bytes.len().min(200))?;
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(head.get(..end)?).ok()?;
    let rest = decl.get(decl.find("encoding")? + "encoding".len()..)?;
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next()?;
    let value = rest.get(1..)?.split(quote).next()?;
    // UTF-16 without a BOM cannot have been decoded this far; ignore the label.
    encoding_rs::Encoding::for_label(value.as_bytes()).filter(|e| e.output_encoding() == *e)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::zipped::testzip::zip_of;
    use crate::options::ParseOptions;

    #[test]
    fn reads_an_entry_and_charges_it() {
        let bytes = zip_of(&[("a.xml", "<a>Добры дзень</a>")]);
        let opts = ParseOptions::default();
        let limits = Limits::new(&opts);
        let mut package = Package::open(&bytes, &limits, "DOCX").unwrap();
        let text = package.read_xml("a.xml").unwrap().unwrap();
        assert_eq!(text, "<a>Добры дзень</a>");
        assert_eq!(limits.decompressed(), text.len() as u64);
        assert!(package.read("missing.xml").unwrap().is_none());
        assert!(package.read("/A.XML").unwrap().is_some());
    }

    #[test]
    fn too_many_entries_are_refused() {
        let names: Vec<String> = (0..20).map(|i| format!("f{i}.xml")).collect();
        let entries: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "<a/>")).collect();
        let bytes = zip_of(&entries);
        let opts = ParseOptions {
            max_objects: 10,
            ..ParseOptions::default()
        };
        let limits = Limits::new(&opts);
        let err = Package::open(&bytes, &limits, "ODT").err().unwrap();
        assert!(matches!(
            err,
            Error::TooLarge {
                what: "zip entries",
                limit: 10,
                actual: 20
            }
        ));
    }

    #[test]
    fn a_bomb_stops_at_the_budget() {
        let big = "а".repeat(200_000);
        let bytes = zip_of(&[("big.xml", big.as_str())]);
        let opts = ParseOptions {
            max_decompressed_size: 100_000,
            ..ParseOptions::default()
        };
        let limits = Limits::new(&opts);
        let mut package = Package::open(&bytes, &limits, "DOCX").unwrap();
        let err = package.read("big.xml").unwrap_err();
        assert!(
            matches!(err, Error::TooLarge { limit: 100_000, .. }),
            "{err}"
        );
        assert!(limits.decompressed() <= 100_000 + CHUNK as u64);
    }

    #[test]
    fn not_a_zip_is_corrupt() {
        let opts = ParseOptions::default();
        let limits = Limits::new(&opts);
        let err = Package::open(b"PK\x03\x04 broken", &limits, "ODT")
            .err()
            .unwrap();
        assert!(matches!(err, Error::Corrupt { format: "ODT", .. }), "{err}");
    }

    #[test]
    fn xml_text_is_decoded_by_bom_and_declaration() {
        let mut utf16 = vec![0xff, 0xfe];
        for unit in "<a>ў</a>".encode_utf16() {
            utf16.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode_xml(utf16), "<a>ў</a>");
        let mut cp1251 = b"<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>".to_vec();
        cp1251.extend_from_slice(&[0xb8, 0xeb, 0xea, 0xe0]);
        assert!(decode_xml(cp1251).ends_with("<a>ёлка"));
        assert_eq!(decode_xml(vec![b'a', 0xff]), "a\u{fffd}");
    }
}
