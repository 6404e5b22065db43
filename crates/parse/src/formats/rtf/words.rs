//! What RTF control words mean to the text: destinations to skip, `\*`
//! destinations to read, and words that stand for one character.
//!
//! The tables list what the RTF 1.9 specification and the files of Word and
//! LibreOffice use; any word not listed is formatting and means nothing to
//! the text.
//!
//! Invariant: a destination is either skipped or read; none is both.

/// Destinations whose content is not text of the document.
pub(super) const SKIPPED: &[&str] = &[
    "colortbl",
    "stylesheet",
    "listtable",
    "listoverridetable",
    "pict",
    "nonshppict",
    "shprslt",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "rsidtbl",
    "xmlnstbl",
    "mmathPr",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "fldinst",
    "filetbl",
    "revtbl",
    "pgdsctbl",
    "pn",
    "xe",
    "tc",
    "txe",
    "rxe",
    "bkmkstart",
    "bkmkend",
    "annotation",
    "atnid",
    "atnauthor",
    "atndate",
    "atnref",
    "objdata",
    "objclass",
    "objname",
    "sp",
    "template",
    "docvar",
    "ftnsep",
    "ftnsepc",
    "ftncn",
    "aftnsep",
    "aftnsepc",
    "aftncn",
    "nonesttables",
];

/// `\*` destinations that we do read.
pub(super) const KEPT_STARRED: &[&str] = &["footnote", "generator", "ud", "shpinst"];

/// The character a control word stands for (`\emdash`, `\rquote`, ...).
pub(super) fn special_char(name: &str) -> Option<char> {
    Some(match name {
        "emdash" => '—',
        "endash" => '–',
        "bullet" => '•',
        "lquote" => '‘',
        "rquote" => '’',
        "ldblquote" => '“',
        "rdblquote" => '”',
        "emspace" | "enspace" | "qmspace" => ' ',
        "tab" | "cell" | "nestcell" => '\t',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_destination_is_both_skipped_and_kept() {
        for name in KEPT_STARRED {
            assert!(!SKIPPED.contains(name), "{name}");
        }
        assert_eq!(special_char("rquote"), Some('’'));
        assert_eq!(special_char("par"), None);
    }
}
