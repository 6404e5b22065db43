//! The PDF reader: load, interpret each page, lay it out, clean up across
//! pages, and assemble the text.
//!
//! Pages past `max_pages` are not read: the first `max_pages` are, with a
//! warning, and `page_count` still reports every page. A page without any
//! text gets a warning naming it (runs of such pages are named as a range).
//! Running headers, footers and page numbers are removed, then hyphenated
//! line ends joined, over the whole document at once.
//!
//! Invariant: the output has paragraphs separated by a blank line, the
//! lines of a paragraph by `\n`; pages are separated like paragraphs.

use super::document::{geometry, load};
use super::interpret::{MAX_GLYPHS, page_glyphs};
use super::layout::{PageText, page};
use super::resources::Caches;
use super::{furniture, hyphenation, info};
use crate::error::Result;
use crate::formats::Extracted;
use crate::limits::Limits;

/// Reads a PDF file.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    let pdf = load(bytes, limits)?;
    let meta = info::read(&pdf.doc, limits);
    let total = pdf.pages.len();
    let max_pages = usize::try_from(limits.opts.max_pages).unwrap_or(usize::MAX);
    let mut warnings = Vec::new();
    if total > max_pages {
        warnings.push(format!(
            "only the first {max_pages} of {total} pages were read (the page limit)"
        ));
    }
    let mut caches = Caches::default();
    let mut pages: Vec<PageText> = Vec::new();
    let mut textless: Vec<usize> = Vec::new();
    let mut truncated = false;
    let mut text_bytes = 0u64;
    for (i, &id) in pdf.pages.iter().take(max_pages).enumerate() {
        limits.check_time()?;
        let glyphs = page_glyphs(&pdf.doc, id, &geometry(&pdf.doc, id), &mut caches, limits)?;
        if glyphs.truncated && !truncated {
            truncated = true;
            warnings.push(format!(
                "page {} was not read in full (a form that draws itself, or more than {MAX_GLYPHS} characters)",
                i + 1
            ));
        }
        if !glyphs.has_text() {
            textless.push(i + 1);
        }
        text_bytes += glyphs.text.len() as u64;
        pages.push(page(&glyphs));
        if text_bytes > limits.opts.max_text_size {
            warnings.push(format!(
                "reading stopped after page {}: the text limit was reached",
                i + 1
            ));
            break;
        }
    }
    furniture::remove(&mut pages);
    hyphenation::join(&mut pages);
    warnings.extend(textless_warnings(&textless));
    Ok(Extracted {
        text: assemble(&pages),
        title: meta.title,
        author: meta.author,
        created: meta.created,
        modified: meta.modified,
        producer: meta.producer,
        page_count: Some(u32::try_from(total).unwrap_or(u32::MAX)),
        warnings,
        ..Extracted::default()
    })
}

/// Joins the pages' paragraphs into the text.
fn assemble(pages: &[PageText]) -> String {
    let mut out = String::new();
    for para in pages.iter().flat_map(|p| &p.paragraphs) {
        let mut first = true;
        for line in &para.lines {
            if line.text.is_empty() {
                continue;
            }
            if first {
                if !out.is_empty() {
                    out.push_str("\n\n");
                }
                first = false;
            } else {
                out.push('\n');
            }
            out.push_str(&line.text);
        }
    }
    out
}

/// "page 3 has no text layer", or "pages 3–7 have no text layer" for runs.
fn textless_warnings(pages: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&start) = pages.get(i) {
        let mut end = start;
        while pages.get(i + 1) == Some(&(end + 1)) {
            end += 1;
            i += 1;
        }
        i += 1;
        out.push(if start == end {
            format!("page {start} has no text layer")
        } else {
            format!("pages {start}-{end} have no text layer")
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textless_pages_are_named_in_runs() {
        assert_eq!(
            textless_warnings(&[3, 5, 6, 7, 9]),
            vec![
                "page 3 has no text layer",
                "pages 5-7 have no text layer",
                "page 9 has no text layer"
            ]
        );
        assert!(textless_warnings(&[]).is_empty());
    }
}
