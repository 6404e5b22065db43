//! Search parameters from a URL's query string, checked, and turned into
//! the index's query language and back into URLs.
//!
//! The page and the API share these: `q`, the filters `lang`, `type`,
//! `year`, `country`, `sender` (each may repeat: values of one filter are
//! OR-ed, different filters AND-ed), `from`/`to` (dates), `sort`, and the
//! page (`limit`/`offset` in the API, `page` on the web page).
//!
//! Invariant: every filter value is checked against its own small grammar
//! before it is written into the query, and a `sender` value is quoted with
//! its quotes and backslashes removed, so a filter can never change the
//! structure of the query it is added to.

use vopis_index::{SearchRequest, Sort};

use crate::error::ApiError;
use crate::limits::{
    MAX_FILTER_CHARS, MAX_FILTER_VALUES, MAX_OFFSET, MAX_PAGE_SIZE, MAX_QUERY_CHARS,
};

/// The filters, one list per facet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Filters {
    /// `lang=` language codes.
    pub lang: Vec<String>,
    /// `type=` document types.
    pub doc_type: Vec<String>,
    /// `year=` years.
    pub year: Vec<String>,
    /// `country=` ISO codes.
    pub country: Vec<String>,
    /// `sender=` senders, as the facet lists them.
    pub sender: Vec<String>,
}

/// The facets a filter can be on, with their URL parameter names.
pub(crate) const FACETS: [&str; 5] = ["lang", "type", "year", "country", "sender"];

impl Filters {
    /// The values of the filter named `name` (one of [`FACETS`]).
    pub(crate) fn values(&self, name: &str) -> &[String] {
        match name {
            "lang" => &self.lang,
            "type" => &self.doc_type,
            "year" => &self.year,
            "country" => &self.country,
            "sender" => &self.sender,
            _ => &[],
        }
    }

    /// Removes every value of filter `name`.
    pub(crate) fn clear(&mut self, name: &str) {
        if let Some(list) = self.values_mut(name) {
            list.clear();
        }
    }

    /// The list for `name`, to add to.
    fn values_mut(&mut self, name: &str) -> Option<&mut Vec<String>> {
        Some(match name {
            "lang" => &mut self.lang,
            "type" => &mut self.doc_type,
            "year" => &mut self.year,
            "country" => &mut self.country,
            "sender" => &mut self.sender,
            _ => return None,
        })
    }
}

/// Order of the hits as the URL gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum SortParam {
    /// `relevance` (the default).
    #[default]
    Relevance,
    /// `date`: newest first.
    Date,
    /// `date_asc`: oldest first.
    DateAsc,
}

impl SortParam {
    /// The URL value.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SortParam::Relevance => "relevance",
            SortParam::Date => "date",
            SortParam::DateAsc => "date_asc",
        }
    }

    /// The index's order.
    fn to_sort(self) -> Sort {
        match self {
            SortParam::Relevance => Sort::Relevance,
            SortParam::Date => Sort::DateDesc,
            SortParam::DateAsc => Sort::DateAsc,
        }
    }
}

/// A checked search from a URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SearchParams {
    /// The user's query as typed.
    pub q: String,
    /// Facet filters.
    pub filters: Filters,
    /// Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    /// Latest date.
    pub to: Option<String>,
    /// Order.
    pub sort: SortParam,
    /// Hits per page.
    pub limit: usize,
    /// Hits skipped.
    pub offset: usize,
}

impl SearchParams {
    /// Parses and checks a query string; `page_size` is the default `limit`.
    /// With `web`, the page is given by `page=` (1-based) instead of `offset`.
    pub(crate) fn parse(raw: &str, page_size: usize, web: bool) -> Result<SearchParams, ApiError> {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw)
            .map_err(|e| ApiError::bad(format!("malformed query string: {e}")))?;
        let mut p = SearchParams {
            limit: page_size,
            ..SearchParams::default()
        };
        let mut page: Option<usize> = None;
        for (key, value) in pairs {
            let value = value.trim().to_owned();
            match key.as_str() {
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        return Err(ApiError::bad(format!(
                            "the query is longer than {MAX_QUERY_CHARS} characters"
                        )));
                    }
                    p.q = value;
                }
                "from" | "to" if !value.is_empty() => {
                    if !is_date(&value) {
                        return Err(ApiError::bad(format!(
                            "`{key}` must be a date: YYYY, YYYY-MM or YYYY-MM-DD"
                        )));
                    }
                    if key == "from" {
                        p.from = Some(value);
                    } else {
                        p.to = Some(value);
                    }
                }
                "sort" => {
                    p.sort = match value.as_str() {
                        "" | "relevance" => SortParam::Relevance,
                        "date" | "date_desc" => SortParam::Date,
                        "date_asc" => SortParam::DateAsc,
                        _ => {
                            return Err(ApiError::bad(
                                "`sort` must be relevance, date or date_asc",
                            ));
                        }
                    }
                }
                "limit" if !web => {
                    p.limit = number(&key, &value)?;
                    if p.limit > MAX_PAGE_SIZE {
                        return Err(ApiError::bad(format!(
                            "`limit` must be at most {MAX_PAGE_SIZE}"
                        )));
                    }
                }
                "offset" if !web => p.offset = number(&key, &value)?,
                "page" if web => page = Some(number(&key, &value)?.max(1)),
                name if FACETS.contains(&name) && !value.is_empty() => {
                    check_filter(name, &value)?;
                    let Some(list) = p.filters.values_mut(name) else {
                        continue;
                    };
                    if !list.contains(&value) {
                        if list.len() >= MAX_FILTER_VALUES {
                            return Err(ApiError::bad(format!(
                                "at most {MAX_FILTER_VALUES} values of `{name}`"
                            )));
                        }
                        list.push(value);
                    }
                }
                _ => {}
            }
        }
        if let Some(page) = page {
            p.offset = (page - 1).saturating_mul(p.limit);
        }
        if p.offset > MAX_OFFSET {
            return Err(ApiError::bad(format!(
                "`offset` must be at most {MAX_OFFSET}"
            )));
        }
        Ok(p)
    }

    /// The 1-based page number.
    pub(crate) fn page(&self) -> usize {
        self.offset / self.limit.max(1) + 1
    }

    /// The whole query in the index's language: the user's query AND each filter.
    pub(crate) fn index_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.q.trim().is_empty() {
            parts.push(format!("({})", self.q));
        }
        for name in FACETS {
            let clauses: Vec<String> = self
                .filters
                .values(name)
                .iter()
                .map(|v| match name {
                    "sender" => format!("sender:\"{}\"", quoted(v)),
                    _ => format!("{name}:{v}"),
                })
                .collect();
            match clauses.len() {
                0 => {}
                1 => parts.extend(clauses),
                _ => parts.push(format!("({})", clauses.join(" OR "))),
            }
        }
        if self.from.is_some() || self.to.is_some() {
            let end = |d: &Option<String>| d.clone().unwrap_or_else(|| "*".into());
            parts.push(format!("date:[{} TO {}]", end(&self.from), end(&self.to)));
        }
        parts.join(" AND ")
    }

    /// The index's request for this search.
    pub(crate) fn request(&self, facets: bool, snippet_chars: usize) -> SearchRequest {
        SearchRequest {
            query: self.index_query(),
            limit: self.limit,
            offset: self.offset,
            facets,
            sort: self.sort.to_sort(),
            snippet_chars,
        }
    }

    /// The URL pairs of this search (no page), in a stable order.
    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out: Vec<(&'static str, String)> = Vec::new();
        if !self.q.is_empty() {
            out.push(("q", self.q.clone()));
        }
        for name in FACETS {
            for v in self.filters.values(name) {
                out.push((name, v.clone()));
            }
        }
        if let Some(from) = &self.from {
            out.push(("from", from.clone()));
        }
        if let Some(to) = &self.to {
            out.push(("to", to.clone()));
        }
        if self.sort != SortParam::Relevance {
            out.push(("sort", self.sort.as_str().into()));
        }
        out
    }

    /// A copy with `value` added to (or, if present, removed from) filter `name`, on page 1.
    pub(crate) fn toggled(&self, name: &str, value: &str) -> SearchParams {
        let mut next = self.clone();
        next.offset = 0;
        if let Some(list) = next.filters.values_mut(name) {
            if let Some(i) = list.iter().position(|v| v == value) {
                list.remove(i);
            } else {
                list.push(value.to_owned());
            }
        }
        next
    }
}

/// `/?…` for `pairs` plus extra pairs.
pub(crate) fn url(path: &str, pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return path.to_owned();
    }
    match serde_urlencoded::to_string(pairs) {
        Ok(qs) => format!("{path}?{qs}"),
        Err(_) => path.to_owned(),
    }
}

/// A non-negative integer parameter.
fn number(key: &str, value: &str) -> Result<usize, ApiError> {
    if value.is_empty() {
        return Ok(0);
    }
    value
        .parse()
        .map_err(|_| ApiError::bad(format!("`{key}` must be a non-negative whole number")))
}

/// Whether `v` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_date(v: &str) -> bool {
    let parts: Vec<&str> = v.split('-').collect();
    let widths: &[usize] = match parts.len() {
        1 => &[4],
        2 => &[4, 2],
        3 => &[4, 2, 2],
        _ => return false,
    };
    parts
        .iter()
        .zip(widths)
        .all(|(p, w)| p.len() == *w && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Checks a filter value against its facet's grammar.
fn check_filter(name: &str, value: &str) -> Result<(), ApiError> {
    let ok = match name {
        "lang" => (2..=3).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_lowercase()),
        "type" => (1..=20).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_lowercase()),
        "year" => value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()),
        "country" => value.len() == 2 && value.bytes().all(|b| b.is_ascii_alphabetic()),
        "sender" => value.chars().count() <= MAX_FILTER_CHARS && !quoted(value).trim().is_empty(),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(ApiError::bad(format!(
            "`{name}={value}` is not a valid value for that filter"
        )))
    }
}

/// `v` with the characters that could end a quoted value replaced by spaces.
fn quoted(v: &str) -> String {
    v.chars()
        .map(|c| if matches!(c, '"' | '\\') { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_are_anded_across_and_ored_within() {
        let p = SearchParams::parse(
            "q=сотрудничество&lang=ru&lang=be&type=letter&year=2019",
            10,
            false,
        )
        .unwrap();
        assert_eq!(
            p.index_query(),
            "(сотрудничество) AND (lang:ru OR lang:be) AND type:letter AND year:2019"
        );
    }

    #[test]
    fn a_sender_cannot_break_out_of_its_quotes() {
        let p = SearchParams::parse("sender=%D0%91%D0%93%D0%A3%22+OR+x%3A%5C", 10, false).unwrap();
        assert_eq!(p.index_query(), "sender:\"БГУ  OR x: \"");
    }

    #[test]
    fn bad_values_and_limits_are_refused() {
        for raw in [
            "lang=ru)",
            "year=19",
            "country=BYR",
            "from=2019-1",
            "sort=size",
            "limit=101",
            "offset=-1",
        ] {
            assert!(
                SearchParams::parse(raw, 10, false).is_err(),
                "{raw} was accepted"
            );
        }
        let long = format!("q={}", "ў".repeat(MAX_QUERY_CHARS + 1));
        assert!(SearchParams::parse(&long, 10, false).is_err());
    }

    #[test]
    fn web_pages_and_dates() {
        let p = SearchParams::parse("q=Minsk&page=3&from=2019&to=2020-06-30&sort=date", 10, true)
            .unwrap();
        assert_eq!((p.offset, p.page()), (20, 3));
        assert_eq!(p.index_query(), "(Minsk) AND date:[2019 TO 2020-06-30]");
        assert_eq!(p.request(true, 200).sort, Sort::DateDesc);
    }

    #[test]
    fn toggling_adds_and_removes_and_urls_round_trip() {
        let p = SearchParams::parse("q=навука&lang=be", 10, true).unwrap();
        let more = p.toggled("type", "letter");
        let back = more.toggled("type", "letter");
        assert_eq!(back.filters, p.filters);
        let u = url("/", &more.pairs());
        let again = SearchParams::parse(u.trim_start_matches("/?"), 10, true).unwrap();
        assert_eq!(again, more);
    }
}
