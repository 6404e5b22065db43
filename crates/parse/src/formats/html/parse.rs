//! Parsing a page with html5ever, in chunks, under the time limit.
//!
//! html5ever copes with the broken markup real pages have, but some of its
//! tree-building steps scan the stack of open elements, so a page nested
//! tens of thousands of levels deep (by accident or by design) costs time
//! quadratic in its depth. Feeding the text in small chunks lets the reader
//! check [`Limits::check_time`] between them, so such a page stops with a
//! timeout instead of running on.
//!
//! Invariant: chunks are cut at char boundaries; the tree is the same as
//! parsing the whole text at once.

use html5ever::tendril::{StrTendril, TendrilSink};
use scraper::{Html, HtmlTreeSink};

use crate::error::Result;
use crate::limits::Limits;

/// Bytes fed to the parser between two time checks.
const CHUNK: usize = 16 * 1024;

/// Parses a whole document.
pub(crate) fn document(text: &str, limits: &Limits) -> Result<Html> {
    let mut parser = html5ever::driver::parse_document(
        HtmlTreeSink::new(Html::new_document()),
        Default::default(),
    );
    let mut rest = text;
    while !rest.is_empty() {
        limits.check_time()?;
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(chunk));
        rest = tail;
    }
    limits.check_time()?;
    Ok(parser.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::options::ParseOptions;
    use std::time::Duration;

    #[test]
    fn chunked_parse_equals_whole_parse() {
        let page = format!("<p>{}</p>", "Сям’я і ёлка. ".repeat(5000));
        let opts = ParseOptions::default();
        let chunked = document(&page, &Limits::new(&opts)).unwrap();
        let whole = Html::parse_document(&page);
        assert_eq!(chunked.html(), whole.html());
    }

    #[test]
    fn a_deep_page_stops_at_the_time_limit() {
        let page = "<div>".repeat(100_000);
        let opts = ParseOptions {
            time_limit: Duration::from_millis(200),
            ..ParseOptions::default()
        };
        let started = std::time::Instant::now();
        let got = document(&page, &Limits::new(&opts));
        assert!(matches!(got, Err(Error::Timeout { .. })));
        assert!(started.elapsed() < Duration::from_secs(30));
    }
}
