//! A page's chrome: the parts that belong to the site, not to the page.
//!
//! Menus, breadcrumbs, share buttons, cookie notices, page-level headers
//! and footers, and the accessibility panels of Belarusian and Russian
//! government sites ("Версия для слабовидящих", "Font settings") repeat on
//! every page of a site and would drown its search results. They are found
//! by element (`nav`, `aside`, `form`, page-level `header`/`footer`), by the
//! words of their `class`, `id`, `role` and `aria-label`, and, for the
//! accessibility panels, by their own short texts.
//!
//! Invariant: the main-content anchor and its ancestors are never removed,
//! so chrome removal cannot empty the page by matching a wrapper's class.

use std::sync::LazyLock;

use regex::Regex;

use super::content::Stats;
use super::dom::{Dom, Kind, Tag};

/// Longest text (chars) of a panel removed for its accessibility wording.
const PANEL_MAX: u32 = 300;

/// Longest text (chars) of a block of links removed as a menu or trail.
const LINK_ROW_MAX: u32 = 400;

/// Longest text run (chars) that is read as a panel's label rather than prose.
const LABEL_MAX: usize = 80;

/// Words in `class`/`id`/`role`/`aria-label` that mark chrome; a word part
/// matches when it starts with one of these.
const PREFIXES: &[&str] = &[
    "nav",
    "menu",
    "breadcrumb",
    "footer",
    "sidebar",
    "share",
    "sharing",
    "social",
    "cookie",
    "banner",
    "advert",
    "related",
    "pagination",
    "pager",
    "skip",
    "search",
    "a11y",
    "accessib",
    "bvi",
    "special",
    "visually",
    "impaired",
    "toolbar",
    "topbar",
    "subscribe",
    "popup",
    "complementary",
    "contentinfo",
    "навигац",
    "навігац",
    "меню",
    "крошк",
];

/// Word parts that mark chrome only as whole parts (they are too short or
/// too common as prefixes).
const WHOLE: &[&str] = &[
    "ad",
    "ads",
    "eye",
    "vision",
    "path",
    "tags",
    "promo",
    "widget",
    "crumbs",
    "crumb",
    "uhpv",
    "lowvision",
    "comment",
    "comments",
    "commentlist",
    "commentform",
];

/// Short texts of accessibility panels and their buttons, as one
/// case-insensitive pattern (one scan per text run, however many phrases).
static PANEL_TEXTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        "(?i)для слабовидящих|для слабабачных|для слабавідушчых|обычная версия сайта\
         |звычайная версія|настройки шрифта|налады шрыфта|размер шрифта|памер шрыфта\
         |цветовая схема|каляровая схема|font settings|font size\
         |for the visually impaired|visually impaired|normal version",
    )
    .expect("the panel-text pattern is a valid regex literal")
});

/// Marks the chrome of a page as removed (subtree roots), keeping the
/// anchor's ancestors and the anchor itself.
pub(crate) fn mark(dom: &Dom<'_>, stats: &Stats, anchor: Option<usize>, removed: &mut [bool]) {
    let protected = |i: usize| anchor.is_some_and(|a| dom.contains(i, a));
    // Whether node i sits inside an article or main (its own header/footer stay).
    let mut in_content = vec![false; dom.len()];
    let mut i = 0;
    while i < dom.len() {
        let Some(node) = dom.get(i) else { break };
        let inherited = i > 0 && in_content.get(node.parent).copied().unwrap_or(false);
        let Kind::Element(tag, attrs) = node.kind else {
            if let Some(slot) = in_content.get_mut(i) {
                *slot = inherited;
            }
            i += 1;
            continue;
        };
        if stats.is_hard(i) {
            i = node.end;
            continue;
        }
        let is_content_root = matches!(tag, Tag::Article | Tag::Main)
            || anchor == Some(i)
            || attrs.role.is_some_and(|r| r.eq_ignore_ascii_case("main"));
        if let Some(slot) = in_content.get_mut(i) {
            *slot = inherited || is_content_root;
        }
        let by_tag = match tag {
            Tag::Nav | Tag::Aside | Tag::Form => true,
            Tag::Header | Tag::Footer => !inherited,
            _ => false,
        };
        let chrome = by_tag
            || [attrs.class, attrs.id, attrs.role, attrs.aria_label]
                .into_iter()
                .flatten()
                .any(says_chrome)
            || (matches!(tag, Tag::Block | Tag::P) && is_link_row(dom, stats, i));
        if chrome && !protected(i) && tag != Tag::Body {
            if let Some(slot) = removed.get_mut(i) {
                *slot = true;
            }
            i = node.end;
            continue;
        }
        i += 1;
    }
    mark_panels(dom, stats, anchor, removed);
}

/// A short block that is all links (a breadcrumb trail, a row of menu
/// links): at least two links and hardly any other text.
fn is_link_row(dom: &Dom<'_>, stats: &Stats, i: usize) -> bool {
    let text = stats.text.get(i).copied().unwrap_or(0);
    if text == 0 || text > LINK_ROW_MAX || stats.link_density(i) < 0.8 {
        return false;
    }
    let end = dom.end(i).min(i + 256);
    let links = (i + 1..end)
        .filter(|&j| dom.tag(j) == Some(Tag::A))
        .take(2)
        .count();
    links >= 2
}

/// Removes the small blocks around accessibility-panel labels.
fn mark_panels(dom: &Dom<'_>, stats: &Stats, anchor: Option<usize>, removed: &mut [bool]) {
    for i in 0..dom.len() {
        let Some(node) = dom.get(i) else { break };
        let Kind::Text(text) = node.kind else {
            continue;
        };
        let text = text.trim();
        if text.is_empty() || text.chars().count() > LABEL_MAX || stats.is_hard(i) {
            continue;
        }
        if !PANEL_TEXTS.is_match(text) {
            continue;
        }
        // Climb to the largest small ancestor, short of the body.
        let mut top = node.parent;
        let mut up = top;
        while up > 0 {
            let Some(parent) = dom.get(up) else { break };
            if matches!(dom.tag(up), Some(Tag::Body) | None)
                || anchor.is_some_and(|a| dom.contains(up, a))
                || stats.text.get(up).copied().unwrap_or(0) > PANEL_MAX
            {
                break;
            }
            top = up;
            up = parent.parent;
        }
        if top > 0
            && dom.tag(top).is_some_and(|t| t != Tag::Body)
            && !anchor.is_some_and(|a| dom.contains(top, a))
            && let Some(slot) = removed.get_mut(top)
        {
            *slot = true;
        }
    }
}

/// Whether a `class`/`id`/`role`/`aria-label` value names chrome.
pub(crate) fn says_chrome(value: &str) -> bool {
    let mut part = String::new();
    let mut prev_lower = false;
    let mut found = false;
    let mut check = |part: &mut String| {
        if !part.is_empty() {
            let p = part.as_str();
            if PREFIXES.iter().any(|k| p.starts_with(k)) || WHOLE.contains(&p) {
                found = true;
            }
            part.clear();
        }
    };
    for c in value.chars() {
        if !c.is_alphanumeric() {
            check(&mut part);
            prev_lower = false;
            continue;
        }
        // camelCase: a capital after a small letter starts a new part.
        if c.is_uppercase() && prev_lower {
            check(&mut part);
        }
        prev_lower = c.is_lowercase();
        part.extend(c.to_lowercase());
    }
    check(&mut part);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_words_are_recognised() {
        for yes in [
            "main-nav",
            "navbar",
            "site_footer",
            "breadcrumbs",
            "b-share",
            "socialLinks",
            "cookie-notice",
            "top-banner",
            "comments-list",
            "related-news",
            "skip-link",
            "search-form",
            "special-version",
            "bvi-panel",
            "eye",
            "a11y",
            "navigation",
            "Хлебные крошки меню",
        ] {
            assert!(says_chrome(yes), "{yes}");
        }
        for no in [
            "article-body",
            "content",
            "news-text",
            "division",
            "television",
            "research",
            "header-title",
            "canvas",
            "eyebrow",
            "downloads",
            "legal-commentary",
        ] {
            assert!(!says_chrome(no), "{no}");
        }
    }
}
