//! How the clean text is laid out: paragraphs, lines and table cells, and
//! turning a multi-line block into one line.
//!
//! Invariant: every function returns slices of its input (or owned strings
//! built from them) and never slices at a byte that is not a char boundary.

use crate::model::Language;

/// How many paragraphs of a document's head or tail the readers look at.
pub(super) const WINDOW: usize = 14;

/// The non-empty paragraphs of `text`, trimmed.
pub(super) fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// The non-empty lines of a paragraph, trimmed.
pub(super) fn lines(par: &str) -> impl Iterator<Item = &str> {
    par.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// The non-empty table cells of a line, trimmed.
pub(super) fn cells(line: &str) -> Vec<&str> {
    line.split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// `s` with every run of whitespace (line breaks and tabs too) made one
/// space, trimmed.
pub(super) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The number of whitespace-separated words in `s`.
pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The language the letters of a short string give away, if they do:
/// `і`/`ў` are Belarusian, `и`/`щ`/`ъ` Russian, only Latin letters English.
pub(super) fn script_language(s: &str) -> Language {
    let (mut be, mut ru, mut cyr, mut lat) = (0, 0, 0, 0);
    for c in s.chars() {
        match c {
            'і' | 'І' | 'ў' | 'Ў' => be += 1,
            'и' | 'И' | 'щ' | 'Щ' | 'ъ' | 'Ъ' => ru += 1,
            _ => {}
        }
        if ('\u{0400}'..='\u{04FF}').contains(&c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            lat += 1;
        }
    }
    if be > ru {
        Language::Be
    } else if ru > be {
        Language::Ru
    } else if cyr == 0 && lat > 0 {
        Language::En
    } else {
        Language::Und
    }
}

/// `s` without a trailing full stop, comma, colon or semicolon.
pub(super) fn strip_end_punct(s: &str) -> &str {
    s.trim_end_matches(['.', ',', ':', ';', ' ']).trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paragraphs_lines_cells() {
        let t = "A\nB\n\n\n\nC\tD\n\n  ";
        assert_eq!(paragraphs(t), vec!["A\nB", "C\tD"]);
        assert_eq!(lines("A\n \nB").collect::<Vec<_>>(), vec!["A", "B"]);
        assert_eq!(
            cells("Намеснік Старшыні\t\tА.Л.Карповіч"),
            vec!["Намеснік Старшыні", "А.Л.Карповіч"]
        );
    }

    #[test]
    fn joins_one_line() {
        assert_eq!(
            one_line("Дзяржаўны камітэт па навуцы\nі тэхналогіях\tРэспублікі  Беларусь "),
            "Дзяржаўны камітэт па навуцы і тэхналогіях Рэспублікі Беларусь"
        );
    }

    #[test]
    fn tells_script() {
        assert_eq!(script_language("Дзяржаўны камітэт"), Language::Be);
        assert_eq!(script_language("Государственный комитет"), Language::Ru);
        assert_eq!(script_language("State Committee"), Language::En);
        assert_eq!(script_language("Установа «Гомель»"), Language::Und);
    }
}
