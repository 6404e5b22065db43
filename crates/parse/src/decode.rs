//! Bytes to text: byte-order marks, UTF-8, and a guess among legacy code pages.
//!
//! Archive text arrives in every Cyrillic code page of the last thirty
//! years. [`decode`] tries, in order: a BOM (UTF-8, UTF-16 LE/BE), strict
//! UTF-8, then a detector that picks the most plausible legacy encoding.
//! [`decode_as`] decodes by a declared label (a MIME charset, an HTML
//! `<meta>`), falling back to [`decode`] for labels encoding_rs does not know.
//!
//! Invariant: decoding never fails; undecodable bytes become U+FFFD and set
//! [`Decoded::had_errors`].

use encoding_rs::Encoding;

/// Text decoded from bytes, with the encoding used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's canonical lower-case name, e.g. "utf-8", "windows-1251", "koi8-r".
    pub encoding: &'static str,
    /// Whether any byte could not be decoded (and became U+FFFD).
    pub had_errors: bool,
}

/// Decodes bytes of unknown encoding.
///
/// ```
/// // "Прывітанне" in windows-1251
/// let bytes = [0xcf, 0xf0, 0xfb, 0xe2, 0xb3, 0xf2, 0xe0, 0xed, 0xed, 0xe5];
/// let d = vopis_parse::decode::decode(&bytes);
/// assert_eq!(d.text, "Прывітанне");
/// assert_eq!(d.encoding, "windows-1251");
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(rest, encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: "utf-8",
            had_errors: false,
        };
    }
    decode_with(bytes, detect(bytes))
}

/// Decodes bytes declared to be in the encoding `label` (a WHATWG label such
/// as "koi8-r", "cp1251", "windows-1251"). A BOM overrides the label; an
/// unknown label falls back to [`decode`].
pub fn decode_as(bytes: &[u8], label: &str) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(rest, encoding);
    }
    match Encoding::for_label(label.trim().as_bytes()) {
        Some(encoding) => decode_with(bytes, encoding),
        None => decode(bytes),
    }
}

/// Guesses the legacy encoding of bytes that are not UTF-8.
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Decodes `bytes` (without BOM) as `encoding`.
pub(crate) fn decode_with(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: canonical_name(encoding),
        had_errors,
    }
}

/// The lower-case name we record for an encoding.
fn canonical_name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-8" => "utf-8",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1251" => "windows-1251",
        "windows-1252" => "windows-1252",
        "KOI8-R" => "koi8-r",
        "KOI8-U" => "koi8-u",
        "IBM866" => "ibm866",
        "ISO-8859-5" => "iso-8859-5",
        "x-mac-cyrillic" => "x-mac-cyrillic",
        // Other encodings keep encoding_rs's own (stable) name.
        other => other,
    }
}
