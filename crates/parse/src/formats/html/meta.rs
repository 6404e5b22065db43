//! What a page says about itself: title, author, dates, generator.
//!
//! Sources, best first. Title: `og:title`, `<title>` (without a site-name
//! suffix such as " | БелТА"), JSON-LD `headline`, the first `<h1>`.
//! Author: `<meta name="author">`, `article:author`, JSON-LD `author`,
//! `[itemprop=author]`, `[rel=author]`. Publication date:
//! `article:published_time`, `<meta name="date"|"pubdate"|"dcterms.created"|
//! "DC.date">`, JSON-LD `datePublished`, `[itemprop=datePublished]`,
//! `<time datetime>` inside the article. Modified: `article:modified_time`
//! and its kin. `generator` becomes the producer.
//!
//! Invariant: dates are returned only as ISO 8601 (see [`super::date`]).

use super::date::iso8601;
use super::dom::{Dom, Kind, Tag};

/// Largest JSON-LD block read, in bytes.
const JSON_LD_MAX: usize = 256 * 1024;

/// The metadata of one page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct PageMeta {
    /// The page title, without a site-name suffix.
    pub title: Option<String>,
    /// The author.
    pub author: Option<String>,
    /// Publication date-time, ISO 8601.
    pub published: Option<String>,
    /// Modification date-time, ISO 8601.
    pub modified: Option<String>,
    /// The program that made the page (`generator`).
    pub generator: Option<String>,
}

/// Candidates gathered in one pass, before choosing.
#[derive(Debug, Default)]
struct Found {
    /// `og:title` / `twitter:title`.
    og_title: Option<String>,
    /// `<title>`.
    title: Option<String>,
    /// The first `<h1>`.
    h1: Option<String>,
    /// `og:site_name` / `application-name`.
    site_name: Option<String>,
    /// `<meta name=author>` and kin.
    meta_author: Option<String>,
    /// `[itemprop=author]`.
    item_author: Option<String>,
    /// `<a rel=author>`.
    rel_author: Option<String>,
    /// Publication dates with their rank (lower is better).
    published: Vec<(u8, String)>,
    /// Modification dates with their rank.
    modified: Vec<(u8, String)>,
    /// `<meta name=generator>`.
    generator: Option<String>,
    /// JSON-LD `headline`.
    ld_headline: Option<String>,
    /// JSON-LD `author`.
    ld_author: Option<String>,
}

/// Reads the metadata of a page; `article` is the main-content element, if known.
pub(crate) fn collect(dom: &Dom<'_>, article: Option<usize>) -> PageMeta {
    let mut f = Found::default();
    for (i, node) in dom.nodes.iter().enumerate() {
        let Kind::Element(tag, a) = node.kind else {
            continue;
        };
        match tag {
            Tag::Meta => {
                let key = a.property.or(a.name).or(a.itemprop).unwrap_or("");
                let Some(value) = a.content.map(str::trim).filter(|v| !v.is_empty()) else {
                    continue;
                };
                meta_pair(&mut f, &key.trim().to_ascii_lowercase(), value);
            }
            Tag::Title if f.title.is_none() => f.title = nonempty(dom.text_of(i)),
            Tag::H1 if f.h1.is_none() => f.h1 = nonempty(dom.text_of(i)),
            Tag::Script
                if a.kind
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                json_ld(&mut f, &dom.text_of(i));
            }
            _ => {}
        }
        if tag == Tag::Meta {
            continue;
        }
        if let Some(prop) = a.itemprop {
            let value = || {
                a.content
                    .or(a.datetime)
                    .map(str::to_owned)
                    .or_else(|| nonempty(dom.text_of(i)))
            };
            if has(prop, "author") && f.item_author.is_none() {
                f.item_author = value().and_then(|v| nonempty(v.trim().to_owned()));
            }
            if has(prop, "datePublished") && f.published.len() < 32 {
                push(&mut f.published, 5, value());
            }
            if has(prop, "dateModified") && f.modified.len() < 32 {
                push(&mut f.modified, 5, value());
            }
        }
        if a.rel.is_some_and(|r| has(r, "author")) && tag == Tag::A && f.rel_author.is_none() {
            f.rel_author = nonempty(dom.text_of(i));
        }
        if tag == Tag::Time && article.is_some_and(|art| dom.contains(art, i)) {
            push(&mut f.published, 6, a.datetime.map(str::to_owned));
        }
    }
    choose(f)
}

/// Files one `<meta>` key/value pair.
fn meta_pair(f: &mut Found, key: &str, value: &str) {
    let owned = || Some(value.to_owned());
    match key {
        "og:title" | "twitter:title" if f.og_title.is_none() => f.og_title = owned(),
        "og:site_name" | "application-name" if f.site_name.is_none() => f.site_name = owned(),
        "author" | "article:author" | "dc.creator" | "dcterms.creator" | "sailthru.author"
            if f.meta_author.is_none() && !value.starts_with("http") =>
        {
            f.meta_author = owned()
        }
        "article:published_time" | "og:article:published_time" => {
            push(&mut f.published, 0, owned())
        }
        "date" | "pubdate" | "publishdate" | "publish-date" | "dcterms.created" | "dc.date"
        | "created" | "dc.date.created" | "dc.date.issued" | "dcterms.issued" | "datepublished" => {
            push(&mut f.published, 1, owned())
        }
        "article:modified_time"
        | "og:updated_time"
        | "dcterms.modified"
        | "dc.date.modified"
        | "datemodified"
        | "changed"
        | "last-modified" => push(&mut f.modified, 0, owned()),
        "generator" if f.generator.is_none() => f.generator = owned(),
        _ => {}
    }
}

/// Reads `headline`, `author`, `datePublished`, `dateModified` from a JSON-LD block.
fn json_ld(f: &mut Found, raw: &str) {
    if raw.len() > JSON_LD_MAX {
        return;
    }
    let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
        return;
    };
    // The article object may be the top value, inside an array, or in "@graph".
    let mut objects: Vec<&serde_json::Value> = vec![&value];
    let mut k = 0;
    while let Some(obj) = objects.get(k).copied() {
        k += 1;
        if k > 64 {
            break;
        }
        match obj {
            serde_json::Value::Array(items) => objects.extend(items.iter().take(32)),
            serde_json::Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    objects.push(graph);
                }
                let text = |key: &str| map.get(key).and_then(|v| v.as_str()).map(str::to_owned);
                if f.ld_headline.is_none() {
                    f.ld_headline = text("headline");
                }
                push(&mut f.published, 4, text("datePublished"));
                push(&mut f.modified, 4, text("dateModified"));
                if f.ld_author.is_none() {
                    f.ld_author = map.get("author").and_then(author_name);
                }
            }
            _ => {}
        }
    }
}

/// The name of a JSON-LD author: a string, a Person, or a list of them.
fn author_name(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => nonempty(s.trim().to_owned()),
        serde_json::Value::Object(map) => map
            .get("name")
            .and_then(|n| n.as_str())
            .and_then(|s| nonempty(s.trim().to_owned())),
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items.iter().take(8).filter_map(author_name).collect();
            nonempty(names.join(", "))
        }
        _ => None,
    }
}

/// Chooses among the candidates.
fn choose(f: Found) -> PageMeta {
    let title = f
        .og_title
        .clone()
        .map(|t| strip_site_name(&t, f.site_name.as_deref(), f.h1.as_deref()))
        .or_else(|| {
            f.title
                .as_deref()
                .map(|t| strip_site_name(t, f.site_name.as_deref(), f.h1.as_deref()))
        })
        .filter(|t| !t.is_empty())
        .or(f.ld_headline)
        .or(f.h1);
    let best = |mut v: Vec<(u8, String)>| {
        v.sort_by_key(|(rank, _)| *rank);
        v.into_iter().find_map(|(_, raw)| iso8601(&raw))
    };
    PageMeta {
        title,
        author: f
            .meta_author
            .or(f.ld_author)
            .or(f.item_author)
            .or(f.rel_author),
        published: best(f.published),
        modified: best(f.modified),
        generator: f.generator,
    }
}

/// Strips a site-name suffix (or prefix) from a page title when it is
/// clearly one: it equals the declared site name, or the rest equals the
/// page's `<h1>`, or it is a short tail after " | ".
pub(crate) fn strip_site_name(title: &str, site: Option<&str>, h1: Option<&str>) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    const SEPARATORS: &[&str] = &[" | ", " — ", " – ", " - ", " :: ", " « ", " » ", " / "];
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let clear = site.is_some_and(|s| same(tail, s))
                || h1.is_some_and(|h| same(head, h))
                || (*sep == " | "
                    && tail.split_whitespace().count() <= 3
                    && head.len() > tail.len());
            if clear && !head.trim().is_empty() {
                return head.trim().to_owned();
            }
        }
        if let Some((head, tail)) = title.split_once(sep) {
            let clear = site.is_some_and(|s| same(head, s)) || h1.is_some_and(|h| same(tail, h));
            if clear && !tail.trim().is_empty() {
                return tail.trim().to_owned();
            }
        }
    }
    title
}

/// Adds a ranked candidate (at most 32 are kept).
fn push(list: &mut Vec<(u8, String)>, rank: u8, value: Option<String>) {
    if let Some(v) = value
        && list.len() < 32
    {
        list.push((rank, v));
    }
}

/// Whether a space-separated attribute value holds `word`.
fn has(value: &str, word: &str) -> bool {
    super::content::has_word(value, word)
}

/// `Some` unless blank.
fn nonempty(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(page: &str) -> PageMeta {
        let html = scraper::Html::parse_document(page);
        let opts = crate::options::ParseOptions::default();
        let dom = Dom::build(&html, &crate::limits::Limits::new(&opts)).unwrap();
        let article = dom.find(Tag::Article);
        collect(&dom, article)
    }

    #[test]
    fn json_ld_microdata_and_time_are_read() {
        let got = meta_of(
            r#"<html><head><title>Навіны</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Ліст у Міністэрства",
               "datePublished":"2021-03-05T09:00:00+03:00","dateModified":"2021-03-06",
               "author":[{"@type":"Person","name":"Алесь Ш."},{"name":"Ганна К."}]}]}</script>
            </head><body><article><time datetime="2020-01-01">1 студзеня</time></article></body></html>"#,
        );
        assert_eq!(got.title.as_deref(), Some("Навіны"));
        assert_eq!(got.author.as_deref(), Some("Алесь Ш., Ганна К."));
        assert_eq!(got.published.as_deref(), Some("2021-03-05T09:00:00+03:00"));
        assert_eq!(got.modified.as_deref(), Some("2021-03-06"));

        let got = meta_of(
            "<body><h1>Пасяджэнне камісіі</h1><article><p>Тэкст</p>\
             <span itemprop=datePublished content=2019-07-18>18.07.2019</span>\
             <a rel=author href=/a>Іван Іваноў</a><time datetime=2018-01-01>x</time></article></body>",
        );
        assert_eq!(got.title.as_deref(), Some("Пасяджэнне камісіі"));
        assert_eq!(got.author.as_deref(), Some("Іван Іваноў"));
        assert_eq!(got.published.as_deref(), Some("2019-07-18"));
        assert_eq!(got.generator, None);
    }

    #[test]
    fn site_name_suffix_is_stripped_when_clear() {
        assert_eq!(
            strip_site_name("Лукашенко встретился с послом | БелТА", None, None),
            "Лукашенко встретился с послом"
        );
        assert_eq!(
            strip_site_name("Сустрэча ў Мінску - Звязда", Some("Звязда"), None),
            "Сустрэча ў Мінску"
        );
        assert_eq!(
            strip_site_name(
                "Звязда — Сустрэча ў Мінску",
                None,
                Some("Сустрэча ў Мінску")
            ),
            "Сустрэча ў Мінску"
        );
        // A dash inside a title is not a site name.
        assert_eq!(
            strip_site_name("Беларусь - Китай: новые проекты", None, None),
            "Беларусь - Китай: новые проекты"
        );
    }
}
