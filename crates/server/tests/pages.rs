//! The server-rendered pages: results in the URL, escaping, CSP, language.

use crate::support::{agent, fixture, server};

/// GET `path` with optional headers: (status, headers as (name, value), body).
fn get(path: &str, headers: &[(&str, &str)]) -> (u16, Vec<(String, String)>, String) {
    let mut request = agent().get(&format!("{}{path}", server()));
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let mut response = request.call().expect("request");
    let status = response.status().as_u16();
    let heads = response
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap_or("").to_owned()))
        .collect();
    (
        status,
        heads,
        response.body_mut().read_to_string().expect("body"),
    )
}

/// The value of header `name`.
fn header<'a>(heads: &'a [(String, String)], name: &str) -> Option<&'a str> {
    heads
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn search_url_renders_results_on_the_server() {
    let q =
        "q=%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE";
    let letter = format!("/documents/{}?", fixture().letter);
    let (_, _, unfiltered) = get(&format!("/?{q}&sort=date"), &[]);
    assert!(unfiltered.contains(&letter), "the letter is not listed");
    let (status, heads, body) = get(&format!("/?{q}&type=agreement"), &[]);
    assert_eq!(status, 200);
    assert!(body.contains("<mark>"), "no marked words");
    assert!(
        !body.contains(&letter),
        "the letter should be filtered out by type=agreement"
    );
    assert!(
        body.contains("aria-pressed=\"true\""),
        "the active facet is not shown as pressed"
    );
    let csp = header(&heads, "content-security-policy").expect("CSP header");
    assert!(
        csp.contains("default-src 'self'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(
        !body.contains("<script>") && !body.contains(" style="),
        "inline script or style"
    );
}

#[test]
fn script_in_a_document_is_text() {
    let (status, _, body) = get(&format!("/documents/{}?q=alert", fixture().script), &[]);
    assert_eq!(status, 200);
    assert!(
        body.contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;"),
        "{body}"
    );
    assert!(!body.contains("<script>alert"));
}

#[test]
fn document_page_has_requisites_thread_and_marks() {
    let f = fixture();
    let (status, _, body) = get(
        &format!(
            "/documents/{}?q=%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE&ui=en",
            f.letter
        ),
        &[],
    );
    assert_eq!(status, 200);
    assert!(body.contains("06-09/398"));
    assert!(body.contains("Answered by"));
    assert!(body.contains(&format!("href=\"/documents/{}\"", f.reply)));
    assert!(
        body.contains("<mark>сотрудничестве</mark>"),
        "query word forms are not marked"
    );
    assert!(body.contains(&format!("/api/documents/{}/original", f.letter)));
    let (status, _, _) = get(&format!("/documents/{}", "0".repeat(64)), &[]);
    assert_eq!(status, 404);
}

#[test]
fn interface_language_from_header_parameter_and_cookie() {
    let (_, _, ru) = get("/", &[("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5")]);
    assert!(ru.contains("lang=\"ru\"") && ru.contains("Поисковый запрос"));
    let (_, heads, en) = get("/?ui=en", &[("Accept-Language", "ru")]);
    assert!(en.contains("Search query"));
    assert!(header(&heads, "set-cookie").is_some_and(|c| c.starts_with("ui=en")));
    let (_, _, be) = get("/", &[("Cookie", "ui=be"), ("Accept-Language", "en")]);
    assert!(be.contains("Пошукавы запыт"));
}

#[test]
fn a_bad_query_is_a_400_page_with_the_message() {
    let (status, _, body) = get(
        "/?q=%28%D0%BD%D0%B0%D0%B2%D1%83%D0%BA%D0%B0",
        &[("Accept-Language", "en")],
    );
    assert_eq!(status, 400);
    assert!(body.contains("role=\"alert\""));
}

#[test]
fn static_files_and_404() {
    let (status, heads, _) = get("/static/app.css", &[]);
    assert_eq!(status, 200);
    assert!(header(&heads, "content-type").is_some_and(|t| t.starts_with("text/css")));
    let (status, _, _) = get("/static/app.js", &[]);
    assert_eq!(status, 200);
    let (status, _, _) = get("/nowhere", &[]);
    assert_eq!(status, 404);
}
