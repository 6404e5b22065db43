//! The frame of every page: head (our CSS and JS files only), the header
//! with the interface-language switcher, a skip link, and `<main>`.

use maud::{DOCTYPE, Markup, html};

use crate::i18n::{UI_LANGS, UiLang};
use crate::params::url;

/// What the frame needs to know about the page.
pub(crate) struct Frame<'a> {
    /// Interface language.
    pub ui: UiLang,
    /// The page title (before " — vopis").
    pub title: &'a str,
    /// The page's path, for the language links.
    pub path: &'a str,
    /// The page's URL parameters (without `ui`), for the language links.
    pub pairs: &'a [(&'static str, String)],
}

/// The whole page around `content`.
pub(crate) fn page(frame: &Frame<'_>, content: Markup) -> Markup {
    let t = frame.ui.text();
    html! {
        (DOCTYPE)
        html lang=(frame.ui.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (frame.title) " — vopis" }
                link rel="stylesheet" href="/static/app.css";
                script src="/static/app.js" defer {}
            }
            body {
                a.skip href="#main" { (t.skip) }
                header.top {
                    a.brand href="/" { "vopis" }
                    span.tagline { (t.tagline) }
                    nav.ui-switch aria-label=(t.ui_label) {
                        ul {
                            @for lang in UI_LANGS {
                                li {
                                    a href=(with_ui(frame, lang)) lang=(lang.code()) hreflang=(lang.code())
                                        aria-current=[(lang == frame.ui).then_some("true")] {
                                        (lang.native_name())
                                    }
                                }
                            }
                        }
                    }
                }
                main #main tabindex="-1" { (content) }
            }
        }
    }
}

/// The current page's URL in interface language `lang`.
fn with_ui(frame: &Frame<'_>, lang: UiLang) -> String {
    let mut pairs = frame.pairs.to_vec();
    pairs.push(("ui", lang.code().to_owned()));
    url(frame.path, &pairs)
}
