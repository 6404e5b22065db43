//! The built-in encoding of an embedded Type1 font program (FontFile).
//!
//! A Type1 font without /Encoding in the PDF uses the encoding in its font
//! program: either `StandardEncoding` or an array filled by
//! `dup <code> /<glyph> put` lines in the clear-text part. TeX and other
//! producers subset fonts this way, often with Cyrillic `afii` names.
//!
//! Invariant: only the clear-text part (before `eexec`, at most
//! [`MAX_CLEARTEXT`] bytes) is scanned, once.

/// Most bytes of the font program scanned for the encoding.
const MAX_CLEARTEXT: usize = 256 << 10;

/// The encoding a Type1 font program declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum BuiltinEncoding {
    /// `/Encoding StandardEncoding def`.
    Standard,
    /// Explicit (code, glyph name) pairs; codes not listed are undefined.
    Custom(Vec<(u8, String)>),
}

/// Finds the built-in encoding in a Type1 font program.
pub(super) fn builtin_encoding(program: &[u8]) -> Option<BuiltinEncoding> {
    let clear = program.get(..program.len().min(MAX_CLEARTEXT))?;
    let clear = match find(clear, b"eexec") {
        Some(end) => clear.get(..end)?,
        None => clear,
    };
    let start = find(clear, b"/Encoding")? + b"/Encoding".len();
    let rest = clear.get(start..)?;
    let mut words = rest
        .split(|b| b.is_ascii_whitespace() || *b == b'/')
        .filter(|w| !w.is_empty());
    let mut entries = Vec::new();
    let mut first = true;
    while let Some(word) = words.next() {
        if first && word == b"StandardEncoding" {
            return Some(BuiltinEncoding::Standard);
        }
        first = false;
        if word == b"def" || word == b"readonly" {
            break;
        }
        if word != b"dup" {
            continue;
        }
        let code = words
            .next()
            .and_then(|w| std::str::from_utf8(w).ok())
            .and_then(|w| w.parse::<u8>().ok());
        let name = words.next().and_then(|w| std::str::from_utf8(w).ok());
        if let (Some(code), Some(name)) = (code, name)
            && words.next() == Some(b"put".as_slice())
        {
            entries.push((code, name.to_owned()));
        }
    }
    (!entries.is_empty()).then_some(BuiltinEncoding::Custom(entries))
}

/// The position of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_encoding_with_cyrillic_names() {
        let program = b"%!PS-AdobeFont-1.0: CMR10\n/FontName /XYZ def\n\
            /Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n\
            dup 192 /afii10017 put\ndup 162/afii10110 put\n\
            readonly def\ncurrentfile eexec\x80\x81dup 1 /A put";
        let enc = builtin_encoding(program).unwrap();
        assert_eq!(
            enc,
            BuiltinEncoding::Custom(vec![
                (192, "afii10017".to_owned()),
                (162, "afii10110".to_owned())
            ])
        );
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_programs_do_not_panic(tail in "[ a-z0-9/]{0,80}") {
            let _ = builtin_encoding(format!("/Encoding {tail}").as_bytes());
        }
    }

    #[test]
    fn standard_and_missing() {
        assert_eq!(
            builtin_encoding(b"/Encoding StandardEncoding def"),
            Some(BuiltinEncoding::Standard)
        );
        assert_eq!(builtin_encoding(b"no encoding here"), None);
        assert_eq!(
            builtin_encoding(b"/Encoding 256 array dup 300 /A put def"),
            None
        );
    }
}
