//! The document page: requisites, thread links, the original's download,
//! and the full text with the query's words marked.

use maud::{Markup, html};
use vopis_index::{StoredDocument, Thread, ThreadLink};
use vopis_parse::Reference;

use super::layout::{Frame, page};
use crate::highlight::{Marker, pieces};
use crate::i18n::{Ui, UiLang};
use crate::params::url;

/// The page of `stored`, its thread, with `marker`'s words marked; `q` is
/// the query it was reached from (kept in the back link).
pub(crate) fn document_page(
    ui: UiLang,
    stored: &StoredDocument,
    thread: &Thread,
    q: &str,
    marker: &Marker,
) -> Markup {
    let t = ui.text();
    let doc = &stored.document;
    let title = doc
        .title
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or(t.untitled);
    let q_pairs: Vec<(&'static str, String)> = if q.is_empty() {
        Vec::new()
    } else {
        vec![("q", q.to_owned())]
    };
    let path = format!("/documents/{}", doc.id);
    let frame = Frame {
        ui,
        title,
        path: &path,
        pairs: &q_pairs,
    };
    let language = doc.language.code();
    let doc_type = doc.doc_type.as_str();
    let signatories: Vec<String> = doc
        .signatories
        .iter()
        .map(|s| match &s.position {
            Some(p) => format!("{} — {}", s.name, p),
            None => s.name.clone(),
        })
        .collect();
    let text = &doc.text;
    let ranges = marker.ranges(text);
    page(
        &frame,
        html! {
            p.back { a href=(url("/", &q_pairs)) { (t.back) } }
            article.document {
                h1 lang=(language) { (title) }
                div.doc-grid {
                    aside.doc-side {
                        p.download {
                            a.button href={ "/api/documents/" (doc.id) "/original" } download {
                                (t.download) " (" (doc.format.as_str()) ")"
                            }
                        }
                        @if !thread.answers.is_empty() || !thread.replies.is_empty() {
                            nav.thread aria-label=(t.answers) {
                                (links(t, t.answers, "answers", &thread.answers))
                                (links(t, t.answered_by, "replies", &thread.replies))
                            }
                        }
                        table.requisites {
                            caption { (t.requisites) }
                            tbody {
                                (row(t.number, doc.number.as_deref()))
                                (row(t.date, doc.date.as_deref()))
                                (row(t.sender, doc.sender.as_deref()))
                                (row(t.recipient, doc.recipient.as_deref()))
                                (row(t.subject, doc.subject.as_deref()))
                                @if !signatories.is_empty() {
                                    tr {
                                        th scope="row" { (t.signatories) }
                                        td { ul.plain { @for s in &signatories { li { (s) } } } }
                                    }
                                }
                                (row(t.incoming, reference(doc.incoming.as_ref()).as_deref()))
                                (row(t.in_reply_to, reference(doc.in_reply_to.as_ref()).as_deref()))
                                (row(t.doc_type, Some(t.type_name(doc_type))))
                                (row(t.language, Some(t.lang_name(language))))
                                (row(t.format, Some(doc.format.as_str())))
                                (row(t.pages, doc.page_count.map(|n| n.to_string()).as_deref()))
                                (row(t.countries, joined(&doc.countries, ", ").as_deref()))
                                (row(t.organizations, joined(&doc.organizations, "; ").as_deref()))
                                tr {
                                    th scope="row" { (t.files) }
                                    td { ul.plain { @for p in &stored.paths { li { code { (p) } } } } }
                                }
                            }
                        }
                    }
                    section.text-section aria-labelledby="text-heading" {
                        h2 #text-heading { (t.text) }
                        div.text lang=(language) {
                            @for (piece, marked) in pieces(text, &ranges) {
                                @if marked { mark { (piece) } } @else { (piece) }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// A requisites row, if there is a value.
fn row(label: &str, value: Option<&str>) -> Markup {
    html! {
        @if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            tr { th scope="row" { (label) } td { (value) } }
        }
    }
}

/// The items joined by `sep`, if there are any.
fn joined(items: &[String], sep: &str) -> Option<String> {
    (!items.is_empty()).then(|| items.join(sep))
}

/// `№ N of DATE`.
fn reference(r: Option<&Reference>) -> Option<String> {
    let r = r?;
    match (&r.number, &r.date) {
        (Some(n), Some(d)) => Some(format!("№ {n}, {d}")),
        (Some(n), None) => Some(format!("№ {n}")),
        (None, Some(d)) => Some(d.clone()),
        (None, None) => None,
    }
}

/// A list of thread links under `heading`.
fn links(t: &Ui, heading: &str, class: &str, list: &[ThreadLink]) -> Markup {
    html! {
        @if !list.is_empty() {
            section class=(class) {
                h2 { (heading) }
                ul {
                    @for link in list {
                        li {
                            a href={ "/documents/" (link.id) } {
                                (link.title.as_deref().filter(|s| !s.trim().is_empty()).unwrap_or(t.untitled))
                            }
                            @if let Some(n) = &link.number { " · № " (n) }
                            @if let Some(d) = &link.date { " · " time datetime=(d) { (d) } }
                        }
                    }
                }
            }
        }
    }
}
