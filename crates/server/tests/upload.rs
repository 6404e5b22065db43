//! `POST /api/documents`: refused without token or inbox, saved with one.

use vopis_server::ServeOptions;

use crate::support::{agent, fixture, server, start};

/// The token of the upload server.
const TOKEN: &str = "s3cret-token-for-tests-0123456789";

/// A multipart body with one file part.
fn multipart(name: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let boundary = "----vopis-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/plain\r\n\r\n").as_bytes());
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// POSTs a file to `base` with an optional token: (status, body).
fn post(base: &str, token: Option<&str>, name: &str, bytes: &[u8]) -> (u16, String) {
    let (content_type, body) = multipart(name, bytes);
    let mut request = agent()
        .post(&format!("{base}/api/documents"))
        .header("Content-Type", &content_type);
    if let Some(token) = token {
        request = request.header("Authorization", &format!("Bearer {token}"));
    }
    let mut response = request.send(&body[..]).expect("request");
    (
        response.status().as_u16(),
        response.body_mut().read_to_string().unwrap_or_default(),
    )
}

#[test]
fn uploads_are_refused_without_inbox_or_token() {
    let text = "Ліст ад 18.07.2019".as_bytes();
    let (status, body) = post(server(), Some(TOKEN), "a.txt", text);
    assert_eq!(status, 403, "read-only server accepted an upload: {body}");
    let inbox = tempfile::tempdir().unwrap();
    let mut options = ServeOptions::new(fixture().index.clone());
    options.inbox = Some(inbox.path().to_path_buf());
    options.token = Some(TOKEN.into());
    let base = start(options);
    assert_eq!(post(&base, None, "a.txt", text).0, 403);
    assert_eq!(
        post(
            &base,
            Some("wrong-token-wrong-token-wrong-tok"),
            "a.txt",
            text
        )
        .0,
        403
    );
    assert_eq!(
        std::fs::read_dir(inbox.path()).unwrap().count(),
        0,
        "a refused upload left a file"
    );
}

#[test]
fn an_upload_with_the_token_lands_in_the_inbox_under_a_safe_name() {
    let inbox = tempfile::tempdir().unwrap();
    let mut options = ServeOptions::new(fixture().index.clone());
    options.inbox = Some(inbox.path().to_path_buf());
    options.token = Some(TOKEN.into());
    let base = start(options);
    let text = "Аб супрацоўніцтве з Кітаем\n\nНа № 06-09/398 ад 18.07.2019".as_bytes();
    let (status, body) = post(&base, Some(TOKEN), "../../ліст ад 5.08.2019.txt", text);
    assert_eq!(status, 201, "{body}");
    let saved: Vec<std::path::PathBuf> = std::fs::read_dir(inbox.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    let name = saved[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.ends_with("-ліст_ад_5.08.2019.txt") && !name.starts_with('.'),
        "{name}"
    );
    assert_eq!(std::fs::read(&saved[0]).unwrap(), text);
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["files"][0]["name"], name.as_str());
    assert_eq!(json["files"][0]["id"], blake3::hash(text).to_hex().as_str());
    let (status, _) = post(&base, Some(TOKEN), "same.txt", text);
    assert_eq!(status, 201);
    assert_eq!(
        std::fs::read_dir(inbox.path()).unwrap().count(),
        2,
        "the second upload must not overwrite the first"
    );
}
