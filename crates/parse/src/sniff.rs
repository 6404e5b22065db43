//! Which format a file is, from its bytes alone.
//!
//! File names lie (a `.doc` that is RTF, a `.txt` that is HTML, an e-mail
//! saved as `.txt`), so vopis never looks at the extension. Containers are
//! told apart by what is inside (a zip with `word/document.xml` is DOCX, one
//! whose `mimetype` entry says OpenDocument text is ODT). Formats we do not
//! read get an [`Error::Unsupported`] that names what the file seems to be.

use std::io::Cursor;

use crate::error::{Error, Result};
use crate::model::Format;

/// How many leading bytes the text sniffers look at.
const HEAD: usize = 4096;

/// The format of `bytes`.
///
/// ```
/// use vopis_parse::{sniff, Format};
/// assert_eq!(sniff(b"%PDF-1.7\n...").unwrap(), Format::Pdf);
/// assert_eq!(sniff(b"{\\rtf1\\ansi\\ansicpg1251 ...}").unwrap(), Format::Rtf);
/// assert_eq!(sniff("Ліст аб супрацоўніцтве".as_bytes()).unwrap(), Format::Txt);
/// assert!(sniff(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]).is_err());
/// ```
pub fn sniff(bytes: &[u8]) -> Result<Format> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty);
    }
    let head = &bytes[..bytes.len().min(HEAD)];
    if find(head, b"%PDF-").is_some() {
        return Ok(Format::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return sniff_zip(bytes);
    }
    if let Some(what) = known_binary(bytes) {
        return Err(Error::unsupported(what));
    }
    let text = head_as_text(head);
    let lead = text.trim_start_matches('\u{feff}').trim_start();
    if lead.starts_with("{\\rtf") {
        return Ok(Format::Rtf);
    }
    if lead.starts_with('<') && text.contains("<office:document ") {
        return flat_odf(&text);
    }
    if looks_like_html(lead) {
        return Ok(Format::Html);
    }
    if looks_like_email(lead) {
        return Ok(Format::Eml);
    }
    if is_binary(bytes) {
        return Err(Error::unsupported("a binary file of unknown type"));
    }
    if looks_like_markdown(&text) {
        return Ok(Format::Md);
    }
    Ok(Format::Txt)
}

/// A zip container: DOCX, ODT, or something we do not read.
fn sniff_zip(bytes: &[u8]) -> Result<Format> {
    let archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(e) => {
            return Err(Error::corrupt(
                "zip",
                format!("the archive cannot be opened ({e})"),
            ));
        }
    };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(|n| n.ok())
        .map(|n| n.into_owned())
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("word/document.xml") {
        return Ok(Format::Docx);
    }
    // The ODF package stores the MIME type uncompressed as the first entry.
    if let Some(pos) = find(&bytes[..bytes.len().min(256)], b"mimetype") {
        let after = &bytes[pos + 8..bytes.len().min(pos + 8 + 64)];
        if after.starts_with(b"application/vnd.oasis.opendocument.text") {
            return Ok(Format::Odt);
        }
        if after.starts_with(b"application/vnd.oasis.opendocument") {
            return Err(Error::unsupported(
                "an OpenDocument file that is not a text document",
            ));
        }
    }
    if has("content.xml") && has("META-INF/manifest.xml") {
        return Ok(Format::Odt);
    }
    if has("xl/workbook.xml") {
        return Err(Error::unsupported("an Excel workbook (XLSX)"));
    }
    if has("ppt/presentation.xml") {
        return Err(Error::unsupported("a PowerPoint presentation (PPTX)"));
    }
    Err(Error::unsupported(
        "a zip archive that is not a DOCX or ODT document",
    ))
}

/// A flat (single XML file) OpenDocument file: text documents are read as
/// ODT; other declared types are not read.
fn flat_odf(head: &str) -> Result<Format> {
    match head.split_once("office:mimetype=\"") {
        Some((_, rest)) if !rest.starts_with("application/vnd.oasis.opendocument.text") => Err(
            Error::unsupported("a flat OpenDocument file that is not a text document"),
        ),
        _ => Ok(Format::Odt),
    }
}

/// Names well-known binary formats that vopis does not read.
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "a legacy Microsoft Office file (.doc/.xls, OLE2)",
        ),
        (
            b"\x89PNG\r\n\x1a\n",
            "a PNG image (scans need OCR, which vopis does not do yet)",
        ),
        (
            b"\xff\xd8\xff",
            "a JPEG image (scans need OCR, which vopis does not do yet)",
        ),
        (
            b"II*\x00",
            "a TIFF image (scans need OCR, which vopis does not do yet)",
        ),
        (
            b"MM\x00*",
            "a TIFF image (scans need OCR, which vopis does not do yet)",
        ),
        (b"GIF8", "a GIF image"),
        (b"\x1f\x8b", "a gzip-compressed file"),
        (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
        (b"Rar!\x1a\x07", "a RAR archive"),
        (b"AT&TFORM", "a DjVu document"),
        (b"\x7fELF", "an executable program"),
        (b"MZ", "a Windows executable"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| *what)
}

/// The head of the file as text, good enough for sniffing (UTF-16 included).
fn head_as_text(head: &[u8]) -> String {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(head) {
        let (text, _) = encoding.decode_without_bom_handling(head.get(bom..).unwrap_or_default());
        return text.into_owned();
    }
    if let Some(encoding) = utf16_without_bom(head) {
        let (text, _) = encoding.decode_without_bom_handling(head);
        return text.into_owned();
    }
    String::from_utf8_lossy(head).into_owned()
}

/// UTF-16 without a BOM: NULs in every other byte of mostly-ASCII or
/// mostly-Cyrillic text.
pub(crate) fn utf16_without_bom(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even_zero, mut odd_zero, mut odd_cyr, mut even_cyr) = (0, 0, 0, 0);
    for pair in head.chunks_exact(2) {
        if pair[0] == 0 {
            even_zero += 1;
        }
        if pair[1] == 0 {
            odd_zero += 1;
        }
        if pair[1] == 0x04 {
            odd_cyr += 1;
        }
        if pair[0] == 0x04 {
            even_cyr += 1;
        }
    }
    let threshold = pairs * 7 / 10;
    if odd_zero + odd_cyr >= threshold && even_zero == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if even_zero + even_cyr >= threshold && odd_zero == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Binary: NUL bytes or many control characters, and not UTF-16.
fn is_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(HEAD)];
    if encoding_rs::Encoding::for_bom(head).is_some() || utf16_without_bom(head).is_some() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1a))
        .count();
    controls * 20 > head.len()
}

fn looks_like_html(lead: &str) -> bool {
    // Every test below wants a `<` first: most texts are told at once,
    // without lower-casing a kilobyte of them.
    if !lead.starts_with('<') {
        return false;
    }
    let lower: String = lead.chars().take(1024).collect::<String>().to_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return true;
    }
    if lower.starts_with("<?xml") && lower.contains("<html") {
        return true;
    }
    lower.starts_with('<')
        && ["<head", "<body", "<title", "<meta", "<div", "<p>", "<p "]
            .iter()
            .any(|tag| lower.contains(tag))
}

/// RFC 5322: the file opens with header fields, among them a telling one.
fn looks_like_email(lead: &str) -> bool {
    const TELLING: &[&str] = &[
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "received",
        "return-path",
        "delivered-to",
        "x-mailer",
        "content-type",
    ];
    let mut fields = 0;
    let mut telling = 0;
    for line in lead.lines().take(40) {
        if line.is_empty() {
            break;
        }
        if line.starts_with(' ') || line.starts_with('\t') {
            continue; // folded continuation
        }
        if fields == 0 && line.starts_with("From ") {
            continue; // mbox separator line
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        fields += 1;
        if TELLING.contains(&name.to_ascii_lowercase().as_str()) {
            telling += 1;
        }
    }
    fields >= 2 && telling >= 2
}

/// Markdown: headings, lists, links, emphasis or code fences, several times.
fn looks_like_markdown(text: &str) -> bool {
    let mut score = 0;
    for line in text.lines().take(200) {
        let t = line.trim_start();
        if t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### ") {
            score += 2;
        } else if t.starts_with("```")
            || (t.starts_with("---") && t.chars().all(|c| c == '-'))
            || t.starts_with("- ")
            || t.starts_with("* ")
            || t.starts_with("> ")
            || (t.starts_with('|') && t.ends_with('|'))
        {
            score += 1;
        }
        if t.contains("](") || t.contains("**") || t.contains("__") {
            score += 1;
        }
    }
    score >= 3
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_bytes() {
        assert_eq!(sniff(b"\n%PDF-1.4\n").unwrap(), Format::Pdf);
        assert_eq!(
            sniff(b"<!DOCTYPE html><html><body>x</body></html>").unwrap(),
            Format::Html
        );
        assert_eq!(
            sniff(b"<html lang=\"be\"><p>x</p></html>").unwrap(),
            Format::Html
        );
        let eml = b"From: a@b.by\r\nTo: c@d.ru\r\nSubject: test\r\n\r\nbody";
        assert_eq!(sniff(eml).unwrap(), Format::Eml);
        let md = "# Справаздача\n\n- пункт\n- пункт\n\n**важна**\n";
        assert_eq!(sniff(md.as_bytes()).unwrap(), Format::Md);
        assert_eq!(sniff(b"Dear colleagues: hello").unwrap(), Format::Txt);
    }

    #[test]
    fn flat_opendocument_text_is_odt() {
        let fodt = "<?xml version=\"1.0\"?>\n<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body/></office:document>";
        assert_eq!(sniff(fodt.as_bytes()).unwrap(), Format::Odt);
        let fods = fodt.replace(".text", ".spreadsheet");
        assert!(matches!(
            sniff(fods.as_bytes()),
            Err(Error::Unsupported { .. })
        ));
    }

    #[test]
    fn empty_and_binary() {
        assert!(matches!(sniff(b""), Err(Error::Empty)));
        assert!(matches!(sniff(b"  \n\t"), Err(Error::Empty)));
        assert!(matches!(
            sniff(b"\x00\x01\x02\x03abc\x00"),
            Err(Error::Unsupported { .. })
        ));
        assert!(matches!(
            sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
            Err(Error::Unsupported { .. })
        ));
    }

    #[test]
    fn utf16_text_is_text() {
        let le: Vec<u8> = "Прывітанне, свет"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(sniff(&le).unwrap(), Format::Txt);
        let mut bom = vec![0xff, 0xfe];
        bom.extend(&le);
        assert_eq!(sniff(&bom).unwrap(), Format::Txt);
    }

    #[test]
    fn broken_zip_is_corrupt() {
        assert!(matches!(
            sniff(b"PK\x03\x04garbage"),
            Err(Error::Corrupt { .. })
        ));
    }
}
