//! The JSON API against a live server.

use serde_json::Value;

use crate::support::{agent, fixture, search_url, server};

/// GET `url`: (status, JSON body).
fn get_json(url: &str) -> (u16, Value) {
    let mut response = agent().get(url).call().expect("request");
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().expect("body");
    (
        status,
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("{url}: not JSON ({e}): {body}")),
    )
}

#[test]
fn search_finds_both_languages_with_marked_snippets() {
    let (status, body) = get_json(&search_url(&[("q", "сотрудничество")]));
    assert_eq!(status, 200, "{body}");
    let total = body["total"].as_u64().unwrap();
    assert!(
        total >= 3,
        "expected the letter, the reply and corpus hits: {body}"
    );
    let hits = body["hits"].as_array().unwrap();
    for key in [
        "id",
        "path",
        "title",
        "date",
        "language",
        "doc_type",
        "score",
        "snippet",
        "paths",
        "sender",
        "recipient",
    ] {
        assert!(hits[0].get(key).is_some(), "hit lacks `{key}`: {}", hits[0]);
    }
    assert!(
        hits.iter()
            .any(|h| h["snippet"].as_str().unwrap().contains("<mark>")),
        "no <mark> in any snippet"
    );
    let ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&fixture().letter.as_str()),
        "Russian letter not found"
    );
    // The Belarusian reply matches in its own language's words.
    let (_, body) = get_json(&search_url(&[("q", "сотрудничество OR супрацоўніцтве")]));
    let ids: Vec<&str> = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&fixture().reply.as_str()),
        "Belarusian reply (супрацоўніцтве) not found: {body}"
    );
}

#[test]
fn snippets_escape_markup() {
    let (_, body) = get_json(&search_url(&[("q", "alert")]));
    let hit = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == fixture().script.as_str())
        .expect("script note");
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.contains("&lt;script&gt;"), "{snippet}");
    assert!(!snippet.contains("<script"), "{snippet}");
}

#[test]
fn filters_narrow_and_combine() {
    let q = "сотрудничество OR супрацоўніцтве";
    let (_, all) = get_json(&search_url(&[("q", q), ("limit", "100")]));
    let (_, be) = get_json(&search_url(&[("q", q), ("lang", "be"), ("limit", "100")]));
    assert!(be["total"].as_u64().unwrap() >= 1);
    assert!(be["total"].as_u64() < all["total"].as_u64());
    assert!(
        be["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["language"] == "be"),
        "{be}"
    );
    let (_, both) = get_json(&search_url(&[
        ("q", q),
        ("lang", "be"),
        ("lang", "ru"),
        ("type", "letter"),
        ("year", "2019"),
    ]));
    let hits = both["hits"].as_array().unwrap();
    assert!(
        hits.iter()
            .all(|h| h["doc_type"] == "letter" && h["date"].as_str().unwrap().starts_with("2019")),
        "{both}"
    );
    let ids: Vec<&str> = hits.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert!(
        ids.contains(&fixture().letter.as_str()) && ids.contains(&fixture().reply.as_str()),
        "{both}"
    );
    let (_, dated) = get_json(&search_url(&[
        ("q", q),
        ("from", "2019-08-01"),
        ("to", "2019-08-31"),
    ]));
    assert!(
        dated["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h["date"].as_str().is_some_and(|d| d.starts_with("2019-08"))),
        "{dated}"
    );
    let (_, sender) = get_json(&search_url(&[(
        "sender",
        "Беларускі дзяржаўны ўніверсітэт",
    )]));
    assert!(
        sender["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["id"] == fixture().reply.as_str()),
        "{sender}"
    );
}

#[test]
fn facets_count_the_whole_result_set() {
    let (_, body) = get_json(&search_url(&[("q", "сотрудничество"), ("limit", "1")]));
    let total = body["total"].as_u64().unwrap();
    let facets = &body["facets"];
    let sum: u64 = facets["language"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .sum();
    assert_eq!(
        sum, total,
        "language counts should add up to the total: {facets}"
    );
    for name in ["doc_type", "year", "country", "sender"] {
        assert!(facets[name].is_array(), "facet {name} missing: {facets}");
    }
    assert!(
        facets["year"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["value"] == "2019")
    );
}

#[test]
fn sort_by_date_orders_hits() {
    let (_, body) = get_json(&search_url(&[
        ("q", "сотрудничество"),
        ("sort", "date"),
        ("limit", "100"),
    ]));
    let dates: Vec<&str> = body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["date"].as_str())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn document_has_record_paths_and_thread() {
    let f = fixture();
    let (status, letter) = get_json(&format!("{}/api/documents/{}", server(), f.letter));
    assert_eq!(status, 200, "{letter}");
    assert_eq!(letter["number"], "06-09/398");
    assert!(
        letter["paths"].as_array().unwrap()[0]
            .as_str()
            .unwrap()
            .ends_with("letter-gknt-398.txt")
    );
    assert!(
        letter["replies"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["id"] == f.reply.as_str()),
        "{letter}"
    );
    let (_, reply) = get_json(&format!("{}/api/documents/{}", server(), &f.reply[..12]));
    assert_eq!(
        reply["id"],
        f.reply.as_str(),
        "a unique prefix finds the document"
    );
    assert!(
        reply["answers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["id"] == f.letter.as_str()),
        "{reply}"
    );
    let (status, missing) = get_json(&format!("{}/api/documents/{}", server(), "ab".repeat(32)));
    assert_eq!(status, 404, "{missing}");
}

#[test]
fn original_sends_the_known_bytes_with_their_type() {
    let f = fixture();
    let mut response = agent()
        .get(&format!("{}/api/documents/{}/original", server(), f.pdf.0))
        .call()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        disposition.starts_with("attachment;") && disposition.contains("letter-en-rivers.pdf"),
        "{disposition}"
    );
    let bytes = response
        .body_mut()
        .with_config()
        .limit(64 << 20)
        .read_to_vec()
        .unwrap();
    assert_eq!(bytes, std::fs::read(&f.pdf.1).unwrap());
    let response = agent()
        .get(&format!("{}/api/documents/{}/original", server(), f.letter))
        .call()
        .unwrap();
    assert_eq!(response.headers()["content-type"], "text/plain");
    assert!(
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
}

#[test]
fn traversal_attempts_get_404() {
    for path in [
        "/api/documents/..%2F..%2F..%2Fetc%2Fpasswd/original",
        "/api/documents/../../../../etc/passwd",
        "/api/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd/original",
        "/api/documents/%2Fetc%2Fpasswd/original",
        "/api/documents/0000000000000000/original",
        "/static/..%2F..%2FCargo.toml",
        "/static/../../Cargo.toml",
        "/documents/..%2F..%2Fetc%2Fpasswd",
    ] {
        let response = agent().get(&format!("{}{path}", server())).call().unwrap();
        assert_eq!(response.status().as_u16(), 404, "{path}");
    }
}

#[test]
fn stats_and_health() {
    let (status, stats) = get_json(&format!("{}/api/stats", server()));
    assert_eq!(status, 200);
    assert_eq!(
        stats["documents"].as_u64().unwrap() as usize,
        fixture().documents
    );
    assert!(stats["by_language"]["be"].as_u64().unwrap() >= 1);
    let (status, health) = get_json(&format!("{}/healthz", server()));
    assert_eq!(
        (status, health["status"].as_str(), health["index"].as_str()),
        (200, Some("ok"), Some("ready"))
    );
    let (status, openapi) = get_json(&format!("{}/api/openapi.json", server()));
    assert_eq!(status, 200);
    assert_eq!(openapi["openapi"], "3.0.3");
}

#[test]
fn malformed_queries_get_400_with_the_position() {
    let (status, body) = get_json(&search_url(&[("q", "(сотрудничество AND")]));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["kind"], "query");
    assert!(body["error"]["position"].is_u64(), "{body}");
    assert!(!body["error"]["message"].as_str().unwrap().is_empty());
    let (status, body) = get_json(&search_url(&[("q", "lang:xx")]));
    assert_eq!(status, 400, "{body}");
}

#[test]
fn limits_are_enforced() {
    let long = "ў".repeat(vopis_server::MAX_QUERY_CHARS + 1);
    for pairs in [
        vec![("q", long.as_str())],
        vec![("q", "навука"), ("limit", "101")],
        vec![("q", "навука"), ("offset", "100000")],
        vec![("lang", "ru) OR (x")],
        vec![("from", "2019-13")],
    ] {
        let (status, body) = get_json(&search_url(&pairs));
        assert_eq!(status, 400, "{pairs:?}: {body}");
    }
}

#[test]
fn a_server_without_an_index_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::support::start(vopis_server::ServeOptions::new(dir.path().join("none")));
    let (status, body) = get_json(&format!("{url}/api/search?q=x"));
    assert_eq!(status, 503, "{body}");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("vopis ingest")
    );
    let (status, health) = get_json(&format!("{url}/healthz"));
    assert_eq!(
        (status, health["index"].as_str()),
        (200, Some("unavailable"))
    );
}

#[test]
fn documents_committed_while_serving_show_up_at_the_next_request() {
    let dir = tempfile::tempdir().unwrap();
    let index = vopis_index::Index::create_or_open(dir.path()).unwrap();
    let url = crate::support::start(vopis_server::ServeOptions::new(dir.path()));
    let search =
        format!("{url}/api/search?q=%D0%BC%D0%B5%D0%BB%D1%96%D1%8F%D1%80%D0%B0%D1%86%D1%8B%D1%96");
    assert_eq!(get_json(&search).1["total"], 0);
    let text = "Аб меліярацыі забалочаных зямель Палесся.\n\nПраект меліярацыі ўзгоднены.";
    let doc = vopis_parse::extract_bytes(
        "melioration.txt",
        text.as_bytes(),
        &vopis_parse::ParseOptions::default(),
    )
    .unwrap();
    let mut writer = index.writer().unwrap();
    writer.add(&doc, "melioration.txt").unwrap();
    writer.commit().unwrap();
    let (_, all) = get_json(&format!("{url}/api/search?q="));
    assert_eq!(all["total"], 1, "{all}");
    let (status, body) = get_json(&search);
    assert_eq!((status, body["total"].as_u64()), (200, Some(1)), "{body}");
}
