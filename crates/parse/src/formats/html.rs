//! HTML reader: a saved web page's own text and what its head says.
//!
//! Archives keep news items and announcements as saved pages. Their text is
//! wrapped in the site's chrome — menus, breadcrumbs, accessibility panels
//! ("Версия для слабовидящих"), footers, scripts — which repeats on every
//! page and must not be indexed as the page's content. The reader:
//! 1. decodes the bytes (`charset`: BOM, `<meta>` prescan, else a guess);
//! 2. parses with html5ever (through scraper), which copes with the broken
//!    markup real pages have, in chunks under the time limit (`parse`), and
//!    copies the tree flat (`dom`);
//! 3. finds the main content (`content`) and removes the chrome around and
//!    inside it (`chrome`), never the content's own ancestors;
//! 4. renders the content as paragraphs, lines and table cells (`render`);
//! 5. reads title, author, dates and generator from the head (`meta`).
//!
//! E-mail bodies in HTML use [`mail_text`]: the same parsing and rendering,
//! but no chrome removal (a letter has no site around it).
//!
//! Invariants: no recursion over the document (depth costs no stack); time
//! and element count are checked against [`Limits`]; if chrome removal
//! would leave nothing, the whole page is kept with a warning.

mod charset;
mod chrome;
mod content;
mod date;
mod dom;
mod meta;
mod parse;
mod render;

use self::dom::{Dom, Tag};
use super::Extracted;
use crate::error::Result;
use crate::limits::Limits;

/// Reads an HTML file.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    limits.check_time()?;
    let page = charset::decode_page(bytes);
    limits.check_time()?;
    let mut ex = extract_page(&page.text, limits)?;
    ex.encoding = Some(page.encoding.to_owned());
    let mut warnings = page.warnings;
    warnings.append(&mut ex.warnings);
    ex.warnings = warnings;
    Ok(ex)
}

/// The charset an HTML text declares in its head (`<meta charset>` and kin).
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<String> {
    charset::prescan(bytes.get(..4096).unwrap_or(bytes))
}

/// The text of an HTML e-mail body (already decoded), without chrome removal.
pub(crate) fn mail_text(html: &str, limits: &Limits) -> Result<String> {
    let parsed = parse::document(html, limits)?;
    let dom = Dom::build(&parsed, limits)?;
    let stats = content::stats(&dom);
    let body = dom.find(Tag::Body).unwrap_or(0);
    let removed = vec![false; dom.len()];
    Ok(render::render(&dom, &stats, body, &removed))
}

/// Text and metadata of a decoded page.
fn extract_page(text: &str, limits: &Limits) -> Result<Extracted> {
    let parsed = parse::document(text, limits)?;
    let dom = Dom::build(&parsed, limits)?;
    let stats = content::stats(&dom);
    let body = dom.find(Tag::Body).unwrap_or(0);
    let anchor = content::anchor(&dom, &stats);
    let mut removed = vec![false; dom.len()];
    chrome::mark(&dom, &stats, anchor, &mut removed);
    limits.check_time()?;
    let mut warnings = Vec::new();
    let mut text = String::new();
    if let Some(anchor) = anchor {
        text = render::render(&dom, &stats, anchor, &removed);
    }
    if text.trim().is_empty() {
        text = render::render(&dom, &stats, body, &removed);
    }
    if text.trim().is_empty() && stats.own_text(body) > 0 {
        let kept = vec![false; dom.len()];
        text = render::render(&dom, &stats, body, &kept);
        if !text.trim().is_empty() {
            warnings.push(
                "the page's text could not be told from its menus; the whole page was kept"
                    .to_owned(),
            );
        }
    }
    let meta = meta::collect(&dom, anchor);
    Ok(Extracted {
        text,
        title: meta.title,
        author: meta.author,
        created: meta.published,
        modified: meta.modified,
        producer: meta.generator,
        warnings,
        ..Extracted::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ParseOptions;
    use proptest::prelude::*;

    /// A news page as Belarusian government sites make them.
    const NEWS: &str = r##"<!DOCTYPE html>
<html lang="ru"><head>
<meta charset="utf-8">
<title>Лукашенко встретился с послом Китая | БелТА</title>
<meta name="generator" content="1C-Bitrix">
<meta property="article:published_time" content="2019-07-18T10:15:00+03:00">
<script>var msg = "Секретная строка скрипта"; window.dataLayer = [];</script>
<style>.menu { color: red }</style>
</head><body>
<div class="special-panel"><a href="/special">Версия для слабовидящих</a>
 <span>Настройки шрифта:</span> <button>A</button> <button>A+</button></div>
<header class="site-header"><div class="logo">БелТА — новости Беларуси</div>
 <nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li>
 <li><a href="/economy">Экономика</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/politics">Политика</a></div>
<div class="layout">
<article>
 <header><h1>Лукашенко встретился с послом Китая</h1>
 <time datetime="2019-07-18T10:00">18 июля 2019</time>
 <span itemprop="author">Иван Петров</span></header>
 <div itemprop="articleBody">
 <p>Президент Беларуси Александр Лукашенко 18 июля встретился с Чрезвычайным и Полномочным
 послом Китая. Стороны обсудили ход реализации совместных проектов в индустриальном парке
 «Великий камень».</p>
 <p>«Мы высоко ценим наше всестороннее стратегическое партнерство», — отметил глава
 государства. Товарооборот за пять месяцев вырос на 9,4&nbsp;%.</p>
 <table><tr><th>Год</th><th>Товарооборот</th></tr><tr><td>2018</td><td>4,5 млрд</td></tr></table>
 </div>
 <div class="share"><a href="https://vk.com/share">ВКонтакте</a> <a href="#">Facebook</a></div>
</article>
<aside class="sidebar"><h3>Популярное</h3><ul><li><a href="/1">Новость дня о погоде</a></li></ul></aside>
</div>
<div class="comments"><p>Комментарий читателя с мнением</p></div>
<footer><p>© 2019 БелТА. Все права защищены. Перепечатка запрещена.</p></footer>
<script>document.write("Ещё одна строка скрипта");</script>
</body></html>"##;

    fn read_str(bytes: &[u8]) -> Extracted {
        let opts = ParseOptions::default();
        read(bytes, &Limits::new(&opts)).unwrap()
    }

    #[test]
    fn news_page_keeps_the_article_and_drops_the_chrome() {
        let ex = read_str(NEWS.as_bytes());
        let text = &ex.text;
        assert!(
            text.contains("Александр Лукашенко 18 июля встретился"),
            "{text}"
        );
        assert!(text.contains("вырос на 9,4 %."), "{text}");
        assert!(text.contains("Год\tТоваро"), "{text}");
        assert!(
            text.contains("Лукашенко встретился с послом Китая\n\n"),
            "{text}"
        );
        for chrome in [
            "Секретная",
            "скрипта",
            "слабовидящих",
            "Настройки шрифта",
            "Главная",
            "Политика",
            "ВКонтакте",
            "Популярное",
            "Комментарий",
            "права защищены",
            "color",
        ] {
            assert!(!text.contains(chrome), "{chrome} leaked into {text}");
        }
        assert_eq!(
            ex.title.as_deref(),
            Some("Лукашенко встретился с послом Китая")
        );
        assert_eq!(ex.author.as_deref(), Some("Иван Петров"));
        assert_eq!(ex.created.as_deref(), Some("2019-07-18T10:15:00+03:00"));
        assert_eq!(ex.producer.as_deref(), Some("1C-Bitrix"));
        assert_eq!(ex.encoding.as_deref(), Some("utf-8"));
        assert!(ex.warnings.is_empty(), "{:?}", ex.warnings);
    }

    #[test]
    fn windows_1251_declared_by_http_equiv() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
                    charset=windows-1251\"><title>Навіны</title></head><body>\
                    <p>Урад Рэспублікі Беларусь зацвердзіў праграму развіцця на 2021–2025 гады.</p>\
                    <p>Сям’я і школа — разам.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(page);
        let ex = read_str(&bytes);
        assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
        assert!(
            ex.text.contains("Урад Рэспублікі Беларусь зацвердзіў"),
            "{}",
            ex.text
        );
        assert!(ex.text.contains("Сям’я і школа — разам."), "{}", ex.text);
        assert_eq!(ex.title.as_deref(), Some("Навіны"));
    }

    #[test]
    fn windows_1251_without_declaration_is_sniffed() {
        let page = "<html><head><title>Сообщение</title></head><body>\
                    <p>Министерство иностранных дел Республики Беларусь сообщает о встрече \
                    делегаций. Стороны обсудили вопросы торгово-экономического сотрудничества \
                    и подписали меморандум о взаимопонимании.</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(page);
        let ex = read_str(&bytes);
        assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
        assert!(
            ex.text.contains("Министерство иностранных дел"),
            "{}",
            ex.text
        );
        assert_eq!(ex.title.as_deref(), Some("Сообщение"));
    }

    #[test]
    fn utf8_with_bom() {
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend_from_slice(
            "<html><body><p>Ёлка ў Мінску запалена. Reading room opens on Monday.</p></body></html>"
                .as_bytes(),
        );
        let ex = read_str(&bytes);
        assert_eq!(ex.encoding.as_deref(), Some("utf-8"));
        assert_eq!(
            ex.text,
            "Ёлка ў Мінску запалена. Reading room opens on Monday."
        );
    }

    #[test]
    fn a_page_wrapped_in_a_form_keeps_its_text() {
        // ASP.NET wraps the whole page in one <form>.
        let page = "<html><body><form id=aspnetForm><div id=content>\
                    <p>Протокол заседания комиссии от 12.03.2018.</p></div></form></body></html>";
        let ex = read_str(page.as_bytes());
        assert!(ex.text.contains("Протокол заседания"), "{}", ex.text);
    }

    #[test]
    fn mail_text_keeps_everything_but_scripts() {
        let opts = ParseOptions::default();
        let text = mail_text(
            "<html><head><style>p{}</style></head><body><div class=footer>Добры дзень!</div>\
             <script>alert('x')</script><p>Дасылаю дакумент.</p></body></html>",
            &Limits::new(&opts),
        )
        .unwrap();
        assert_eq!(text, "Добры дзень!\n\nДасылаю дакумент.");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let page = format!("{}Тэкст{}", "<div>".repeat(3_000), "</div>".repeat(3_000));
        let ex = read_str(page.as_bytes());
        assert_eq!(ex.text.trim(), "Тэкст");
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let opts = ParseOptions::default();
            let _ = read(&bytes, &Limits::new(&opts));
        }

        #[test]
        fn truncated_pages_never_panic(cut in 0usize..5000) {
            let bytes = NEWS.as_bytes();
            let opts = ParseOptions::default();
            let _ = read(&bytes[..cut.min(bytes.len())], &Limits::new(&opts));
        }
    }
}
