//! The search page: the search box with its syntax help, the facet
//! sidebar, the hits and the pages.
//!
//! Everything is a plain link or form, so the page works without script
//! and by keyboard; the current search lives in the URL, so it can be
//! bookmarked. Facet links add or remove one value and go back to page 1.

use maud::{Markup, html};
use vopis_index::{Facets, Hit, SearchResults};

use super::layout::{Frame, page};
use crate::error::ApiError;
use crate::highlight::pieces;
use crate::i18n::{Ui, UiLang};
use crate::params::{FACETS, SearchParams, SortParam, url};

/// The search page for `params` with its results or the error that stopped it.
pub(crate) fn search_page(
    ui: UiLang,
    params: &SearchParams,
    results: &Result<SearchResults, ApiError>,
) -> Markup {
    let t = ui.text();
    let pairs = page_pairs(params);
    let title = if params.q.is_empty() {
        t.search_button
    } else {
        params.q.as_str()
    };
    let frame = Frame {
        ui,
        title,
        path: "/",
        pairs: &pairs,
    };
    page(
        &frame,
        html! {
            (search_form(t, params))
            @match results {
                Err(error) => {
                    section.error role="alert" {
                        h2 { (match error { ApiError::BadRequest { .. } => t.bad_query, _ => t.unavailable }) }
                        p { (error.to_string()) }
                        @if let ApiError::BadRequest { position: Some(p), .. } = error {
                            (query_pointer(&params.q, *p))
                        }
                    }
                }
                Ok(results) => {
                    div.layout {
                        (facets(t, params, results.facets.as_ref()))
                        section.results aria-labelledby="results-heading" {
                            (results_head(t, params, results.total))
                            (active_filters(t, params))
                            @if results.hits.is_empty() {
                                p.empty { (t.nothing_found) }
                            } @else {
                                ol.hits start=(params.offset + 1) {
                                    @for hit in &results.hits { (hit_item(t, params, hit)) }
                                }
                            }
                            (pagination(t, params, results.total))
                        }
                    }
                }
            }
        },
    )
}

/// The URL pairs of the page as it is (with its page number).
fn page_pairs(params: &SearchParams) -> Vec<(&'static str, String)> {
    let mut pairs = params.pairs();
    if params.page() > 1 {
        pairs.push(("page", params.page().to_string()));
    }
    pairs
}

/// The search box, the hidden current filters, and the syntax help.
fn search_form(t: &Ui, params: &SearchParams) -> Markup {
    html! {
        form.search role="search" action="/" method="get" {
            label for="q" { (t.search_label) }
            div.row {
                input #q type="search" name="q" value=(params.q) placeholder=(t.search_placeholder)
                    maxlength="1000" autocomplete="off" aria-describedby="help-summary";
                button type="submit" { (t.search_button) }
            }
            @for (name, value) in params.pairs() {
                @if name != "q" { input type="hidden" name=(name) value=(value); }
            }
            details.help {
                summary #help-summary { (t.help_summary) }
                ul { @for line in t.help_lines { li { (line) } } }
            }
        }
    }
}

/// Where in the query a parse error is.
fn query_pointer(q: &str, position: usize) -> Markup {
    let before: String = q.chars().take(position).collect();
    let rest: String = q.chars().skip(position).collect();
    html! { p.pointer { code { (before) mark { "▶" } (rest) } } }
}

/// The count and the sort links.
fn results_head(t: &Ui, params: &SearchParams, total: usize) -> Markup {
    let sorts = [
        (SortParam::Relevance, t.sort_relevance),
        (SortParam::Date, t.sort_newest),
        (SortParam::DateAsc, t.sort_oldest),
    ];
    html! {
        div.results-head {
            h1 #results-heading { (t.found) ": " span.total { (total) } }
            nav.sort aria-label=(t.sort_label) {
                span { (t.sort_label) ": " }
                ul {
                    @for (sort, label) in sorts {
                        li {
                            a href=(sorted(params, sort))
                                aria-current=[(params.sort == sort).then_some("true")] { (label) }
                        }
                    }
                }
            }
        }
    }
}

/// The chips of the active filters, each removable.
fn active_filters(t: &Ui, params: &SearchParams) -> Markup {
    let mut chips = Vec::new();
    for name in FACETS {
        for value in params.filters.values(name) {
            chips.push((name, value.clone()));
        }
    }
    if chips.is_empty() {
        return html! {};
    }
    let mut cleared = params.clone();
    cleared.filters = Default::default();
    cleared.offset = 0;
    html! {
        div.active {
            h2.visually-hidden { (t.active_filters) }
            ul {
                @for (name, value) in &chips {
                    li {
                        a.chip href=(url("/", &params.toggled(name, value).pairs()))
                            aria-label={ (t.remove_filter) ": " (facet_title(t, name)) " " (value_label(t, name, value)) } {
                            (facet_title(t, name)) ": " (value_label(t, name, value)) span aria-hidden="true" { " ×" }
                        }
                    }
                }
                li { a.clear href=(url("/", &cleared.pairs())) { (t.clear_filters) } }
            }
        }
    }
}

/// The heading of a facet.
fn facet_title<'a>(t: &'a Ui, name: &str) -> &'a str {
    match name {
        "lang" => t.facet_lang,
        "type" => t.facet_type,
        "year" => t.facet_year,
        "country" => t.facet_country,
        _ => t.facet_sender,
    }
}

/// How a facet value is shown.
fn value_label<'a>(t: &'a Ui, name: &str, value: &'a str) -> &'a str {
    match name {
        "lang" => t.lang_name(value),
        "type" => t.type_name(value),
        _ => value,
    }
}

/// The facet sidebar.
fn facets(t: &Ui, params: &SearchParams, facets: Option<&Facets>) -> Markup {
    let Some(f) = facets else {
        return html! {};
    };
    let groups: [(&str, &[(String, u64)]); 5] = [
        ("lang", &f.language),
        ("type", &f.doc_type),
        ("year", &f.year),
        ("country", &f.country),
        ("sender", &f.sender),
    ];
    html! {
        nav.facets aria-label=(t.filters_label) {
            @for (name, counts) in groups {
                @let active = params.filters.values(name);
                @let items = facet_items(counts, active);
                @if !items.is_empty() {
                    section.facet {
                        h2 #{ "facet-" (name) } { (facet_title(t, name)) }
                        ul aria-labelledby={ "facet-" (name) } {
                            @for (value, count) in &items {
                                @let on = active.contains(value);
                                li {
                                    a.on[on] href=(url("/", &params.toggled(name, value).pairs()))
                                        aria-pressed=(if on { "true" } else { "false" })
                                        data-facet=(name) data-value=(value) {
                                        span.check aria-hidden="true" { @if on { "✓" } }
                                        span.label { (value_label(t, name, value)) }
                                        @if let Some(count) = count { span.count { (count) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A facet's values with their counts, plus the active values the counts
/// do not list (without a count).
fn facet_items(counts: &[(String, u64)], active: &[String]) -> Vec<(String, Option<u64>)> {
    let mut items: Vec<(String, Option<u64>)> =
        counts.iter().map(|(v, c)| (v.clone(), Some(*c))).collect();
    for value in active {
        if !items.iter().any(|(v, _)| v == value) {
            items.push((value.clone(), None));
        }
    }
    items
}

/// The URL of this search in another order, on page 1.
fn sorted(params: &SearchParams, sort: SortParam) -> String {
    let mut next = params.clone();
    next.sort = sort;
    next.offset = 0;
    url("/", &next.pairs())
}

/// One hit.
fn hit_item(t: &Ui, params: &SearchParams, hit: &Hit) -> Markup {
    let mut link_pairs = Vec::new();
    if !params.q.is_empty() {
        link_pairs.push(("q", params.q.clone()));
    }
    let href = url(&format!("/documents/{}", hit.id), &link_pairs);
    let language = hit.language.code();
    let doc_type = hit.doc_type.as_str();
    html! {
        li.hit {
            h2 { a href=(href) { (hit.title.as_deref().filter(|s| !s.trim().is_empty()).unwrap_or(t.untitled)) } }
            p.meta {
                @if let Some(date) = &hit.date { time datetime=(date) { (date) } " · " }
                span.type { (t.type_name(doc_type)) } " · "
                span.lang lang=(language) { (t.lang_name(language)) }
                @if hit.sender.is_some() || hit.recipient.is_some() {
                    " · "
                    @if let Some(sender) = &hit.sender { span.sender title=(t.sender) { (sender) } }
                    @if let Some(recipient) = &hit.recipient { " → " span.recipient title=(t.recipient) { (recipient) } }
                }
            }
            p.snippet lang=(language) {
                @for (piece, marked) in pieces(&hit.snippet.text, &hit.snippet.highlights) {
                    @if marked { mark { (piece) } } @else { (piece) }
                }
            }
        }
    }
}

/// Previous / numbered / next page links.
fn pagination(t: &Ui, params: &SearchParams, total: usize) -> Markup {
    let per = params.limit.max(1);
    let pages = total.div_ceil(per).min(crate::limits::MAX_OFFSET / per + 1);
    if pages <= 1 {
        return html! {};
    }
    let current = params.page();
    let link = |n: usize| {
        let mut pairs = params.pairs();
        if n > 1 {
            pairs.push(("page", n.to_string()));
        }
        url("/", &pairs)
    };
    let mut shown: Vec<usize> = vec![1, pages];
    shown.extend(current.saturating_sub(2).max(1)..=(current + 2).min(pages));
    shown.sort_unstable();
    shown.dedup();
    html! {
        nav.pages aria-label=(t.pages_label) {
            ul {
                @if current > 1 { li { a rel="prev" href=(link(current - 1)) { (t.previous) } } }
                @for (i, n) in shown.iter().enumerate() {
                    @if i > 0 && shown.get(i - 1).is_some_and(|p| p + 1 < *n) { li.gap aria-hidden="true" { "…" } }
                    li {
                        @if *n == current {
                            span aria-current="page" { (n) }
                        } @else {
                            a href=(link(*n)) aria-label={ (t.page) " " (n) } { (n) }
                        }
                    }
                }
                @if current < pages { li { a rel="next" href=(link(current + 1)) { (t.next) } } }
            }
        }
    }
}
