//! E-mail reader (RFC 5322 / MIME, also a single mbox entry).
//!
//! Letters reach the archive as saved `.eml` files, often from old Russian
//! and Belarusian mailers: KOI8-R and windows-1251 bodies, quoted-printable
//! and base64, RFC 2047 subjects, RFC 2231 file names, 8-bit text with no
//! charset at all. mail-parser splits the MIME tree and decodes headers;
//! this reader chooses the body (`parts`), decodes each text part again by
//! what its bytes really are (`charset`), reads From/To/Date/Subject
//! (`headers`), and hands every attachment back for extraction with the
//! same readers (a `message/rfc822` part as the whole embedded message).
//!
//! Invariants: a message with no text and no attachments is not an error
//! (empty text and a warning); bytes with no readable header are
//! `Error::Corrupt`; MIME nesting is bounded by `max_depth`.

mod charset;
mod headers;
mod parts;

use mail_parser::MessageParser;

use super::Extracted;
use crate::error::{Error, Result};
use crate::limits::Limits;

/// Reads an e-mail message.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Extracted> {
    limits.check_time()?;
    let raw = without_mbox_line(bytes);
    let msg = MessageParser::default()
        .parse(raw)
        .filter(|m| !m.parts.is_empty())
        .ok_or_else(|| Error::corrupt("e-mail", "no message header could be read"))?;
    let email = headers::read(&msg, raw);
    let author = headers::author(&msg, raw);
    let walk = parts::Walk::run(&msg, raw, limits)?;
    let mut warnings = walk.warnings;
    if walk.texts.is_empty() && walk.attachments.is_empty() {
        warnings.push("the message has no text and no attachments".to_owned());
    }
    Ok(Extracted {
        text: walk.texts.join("\n\n"),
        title: email.subject.clone(),
        author,
        created: email.date.clone(),
        encoding: walk.encoding.map(str::to_owned),
        producer: headers::mailer(&msg, raw),
        warnings,
        email: Some(email),
        attachments: walk.attachments,
        ..Extracted::default()
    })
}

/// The message without an mbox `From ` separator line in front.
fn without_mbox_line(bytes: &[u8]) -> &[u8] {
    if !bytes.starts_with(b"From ") {
        return bytes;
    }
    match bytes.iter().position(|&b| b == b'\n') {
        Some(nl) => bytes.get(nl + 1..).unwrap_or_default(),
        None => bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ParseOptions;
    use proptest::prelude::*;

    fn b64(bytes: &[u8]) -> String {
        const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    fn qp(bytes: &[u8]) -> String {
        bytes
            .iter()
            .map(|&b| match b {
                b'\n' => "\n".to_owned(),
                b'=' => "=3D".to_owned(),
                33..=126 | b' ' => (b as char).to_string(),
                _ => format!("={b:02X}"),
            })
            .collect()
    }

    fn koi8(s: &str) -> Vec<u8> {
        encoding_rs::KOI8_R.encode(s).0.into_owned()
    }

    fn cp1251(s: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1251.encode(s).0.into_owned()
    }

    fn read_mail(bytes: &[u8]) -> Extracted {
        let opts = ParseOptions::default();
        read(bytes, &Limits::new(&opts)).unwrap()
    }

    const KOI8_BODY: &str = "Уважаемый Сергей Сергеевич!\nНаправляем проект соглашения о научно-техническом сотрудничестве.\nС уважением, Ё. Ёлкин";

    #[test]
    fn koi8_r_quoted_printable_with_encoded_subject() {
        let mail = format!(
            "From: =?koi8-r?B?{}?= <elkin@example.by>\r\nTo: office@mfa.gov.by\r\n\
             Subject: =?koi8-r?B?{}?=\r\nDate: Thu, 18 Jul 2019 10:15:00 +0300\r\nX-Mailer: The Bat! (v3.5)\r\n\
             MIME-Version: 1.0\r\nContent-Type: text/plain; charset=koi8-r\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\r\n{}\r\n",
            b64(&koi8("Ёлкин Ёсиф")),
            b64(&koi8("О сотрудничестве")),
            qp(&koi8(KOI8_BODY))
        );
        let ex = read_mail(mail.as_bytes());
        assert_eq!(ex.text.replace("\r\n", "\n").trim(), KOI8_BODY);
        assert_eq!(ex.title.as_deref(), Some("О сотрудничестве"));
        assert_eq!(ex.author.as_deref(), Some("Ёлкин Ёсиф"));
        assert_eq!(ex.encoding.as_deref(), Some("koi8-r"));
        let email = ex.email.unwrap();
        assert_eq!(email.from.as_deref(), Some("Ёлкин Ёсиф <elkin@example.by>"));
        assert_eq!(email.to.as_deref(), Some("office@mfa.gov.by"));
        assert_eq!(email.date.as_deref(), Some("2019-07-18T10:15:00+03:00"));
        assert!(ex.attachments.is_empty());
        assert_eq!(ex.producer.as_deref(), Some("The Bat! (v3.5)"));
    }

    #[test]
    fn windows_1251_base64_with_q_encoded_subject() {
        let body = "Паважаныя калегі!\nДасылаем справаздачу за 2019 год.\nСям’я Міхасёвых";
        let subject_q: String = cp1251("Справаздача")
            .iter()
            .map(|b| format!("={b:02X}"))
            .collect();
        let mail = format!(
            "From: Office <office@example.by>\nTo: A <a@example.by>, b@example.by\n\
             Subject: =?windows-1251?Q?{subject_q}?=\nMIME-Version: 1.0\n\
             Content-Type: text/plain; charset=\"windows-1251\"\n\
             Content-Transfer-Encoding: base64\n\n{}\n",
            b64(&cp1251(body))
        );
        let ex = read_mail(mail.as_bytes());
        assert_eq!(ex.text.trim(), body);
        assert_eq!(ex.title.as_deref(), Some("Справаздача"));
        assert_eq!(ex.author.as_deref(), Some("Office"));
        assert_eq!(
            ex.email.unwrap().to.as_deref(),
            Some("A <a@example.by>, b@example.by")
        );
        assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
    }

    #[test]
    fn eight_bit_body_and_subject_without_charset_are_sniffed() {
        let body = "Сообщаем, что заседание комиссии переносится на понедельник. Просим подтвердить участие.";
        let mut mail =
            b"From MAILER-DAEMON Thu Jul 18 10:00:00 2019\nFrom: sekretar@example.by\nSubject: "
                .to_vec();
        mail.extend(cp1251("Перенос заседания"));
        mail.extend(b"\nDate: 18 Jul 2019 09:00:00 GMT\n\n");
        mail.extend(cp1251(body));
        let ex = read_mail(&mail);
        assert_eq!(ex.text.trim(), body);
        assert_eq!(ex.title.as_deref(), Some("Перенос заседания"));
        assert_eq!(ex.encoding.as_deref(), Some("windows-1251"));
        assert_eq!(
            ex.email.unwrap().date.as_deref(),
            Some("2019-07-18T09:00:00Z")
        );
    }

    #[test]
    fn alternative_picks_plain_then_html() {
        let mail = "From: a@example.by\nSubject: Alt\nMIME-Version: 1.0\n\
                    Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\n\
                    Content-Type: text/plain; charset=utf-8\n\nReading room opens on Monday.\n\
                    --b1\nContent-Type: text/html; charset=utf-8\n\n\
                    <html><body><p>Reading <b>room</b> opens on Monday.</p></body></html>\n--b1--\n";
        let ex = read_mail(mail.as_bytes());
        assert_eq!(ex.text.trim(), "Reading room opens on Monday.");
        let html_only = "From: a@example.by\nSubject: Alt\nMIME-Version: 1.0\n\
                    Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\n\
                    Content-Type: text/plain; charset=utf-8\n\n\n--b1\n\
                    Content-Type: text/html; charset=utf-8\n\n\
                    <html><head><style>p {}</style></head><body><p>Дзень&nbsp;добры!</p><p>Другі абзац.</p></body></html>\n--b1--\n";
        let ex = read_mail(html_only.as_bytes());
        assert_eq!(
            ex.text.trim(),
            "Дзень\u{a0}добры!\n\nДругі абзац.".replace('\u{a0}', " ")
        );
    }

    #[test]
    fn attachments_with_rfc2231_names_and_a_nested_message() {
        let file_name: String = koi8("Протокол.txt")
            .iter()
            .map(|b| {
                if b.is_ascii_alphanumeric() || *b == b'.' {
                    (*b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let inner = "From: b@example.by\nSubject: Inner note\n\nВнутреннее письмо о встрече.\n";
        let mail = format!(
            "From: a@example.by\nSubject: Mixed\nMIME-Version: 1.0\n\
             Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n\
             Content-Type: text/plain; charset=utf-8\n\nСм. вложение.\n--outer\n\
             Content-Type: text/plain; charset=koi8-r\n\
             Content-Disposition: attachment; filename*=koi8-r''{file_name}\n\
             Content-Transfer-Encoding: base64\n\n{}\n--outer\n\
             Content-Type: message/rfc822\n\n{inner}\n--outer--\n",
            b64(&koi8("Протокол заседания №5"))
        );
        let ex = read_mail(mail.as_bytes());
        assert_eq!(ex.text.trim(), "См. вложение.");
        assert_eq!(ex.attachments.len(), 2, "{:?}", ex.attachments);
        assert_eq!(ex.attachments[0].name, "Протокол.txt");
        assert_eq!(ex.attachments[0].bytes, koi8("Протокол заседания №5"));
        let nested = String::from_utf8(ex.attachments[1].bytes.clone()).unwrap();
        assert!(nested.starts_with("From: b@example.by"), "{nested}");
        assert!(nested.contains("Внутреннее письмо"), "{nested}");
        assert_eq!(ex.attachments[1].name, "Inner note.eml");
    }

    #[test]
    fn html_body_charset_from_its_meta() {
        let mut mail = b"From: a@example.by\nSubject: Html\nMIME-Version: 1.0\n\
                         Content-Type: text/html\nContent-Transfer-Encoding: 8bit\n\n"
            .to_vec();
        mail.extend(encoding_rs::KOI8_R.encode(
            "<html><head><meta charset=koi8-r></head><body><p>Привет, коллеги!</p></body></html>",
        ).0.as_ref());
        let ex = read_mail(&mail);
        assert_eq!(ex.text, "Привет, коллеги!");
        assert_eq!(ex.encoding.as_deref(), Some("koi8-r"));
    }

    #[test]
    fn empty_message_is_a_warning_not_an_error() {
        let ex = read_mail(b"From: a@example.by\nSubject: (none)\n\n");
        assert!(ex.text.is_empty());
        assert_eq!(ex.warnings.len(), 1);
    }

    #[test]
    fn bytes_without_headers_are_corrupt() {
        let opts = ParseOptions::default();
        let err = read(b"", &Limits::new(&opts));
        assert!(err.is_err());
    }

    #[test]
    fn nesting_is_bounded() {
        let mut mail = String::from("From: a@example.by\nMIME-Version: 1.0\n");
        for i in 0..100 {
            mail.push_str(&format!(
                "Content-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\n"
            ));
        }
        mail.push_str("Content-Type: text/plain\n\ndeep\n");
        let opts = ParseOptions {
            max_depth: 10,
            ..ParseOptions::default()
        };
        let got = read(mail.as_bytes(), &Limits::new(&opts));
        assert!(matches!(got, Err(Error::TooLarge { .. }) | Ok(_)));
    }

    /// A message with every kind of part, for the damage tests.
    fn sample_message() -> String {
        let inner = "From: b@example.by\nSubject: Inner\n\nУнутраны ліст.\n";
        format!(
            "From: =?koi8-r?B?8NLP?= <a@example.by>\nSubject: Mixed\nMIME-Version: 1.0\n\
             Content-Type: multipart/mixed; boundary=\"o\"\n\n--o\n\
             Content-Type: multipart/alternative; boundary=\"a\"\n\n--a\n\
             Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: quoted-printable\n\n\
             =F0=D2=C9=D7=C5=D4\n--a\nContent-Type: text/html\n\n<p>Прывітанне</p>\n--a--\n--o\n\
             Content-Type: application/octet-stream; name*=utf-8''%D1%84.bin\n\
             Content-Transfer-Encoding: base64\n\n0YTQsNC50Ls=\n--o\n\
             Content-Type: message/rfc822\n\n{inner}\n--o--\n"
        )
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let opts = ParseOptions::default();
            let _ = read(&bytes, &Limits::new(&opts));
        }

        #[test]
        fn damaged_messages_never_panic(
            flips in proptest::collection::vec((0usize..2000, any::<u8>()), 1..12),
        ) {
            let mut bytes = sample_message().into_bytes();
            for (at, byte) in flips {
                let len = bytes.len();
                if let Some(slot) = bytes.get_mut(at % len) {
                    *slot = byte;
                }
            }
            let opts = ParseOptions::default();
            let _ = read(&bytes, &Limits::new(&opts));
        }

        #[test]
        fn truncated_messages_never_panic(cut in 0usize..2000) {
            let mail = sample_message();
            let bytes = mail.as_bytes();
            let opts = ParseOptions::default();
            let _ = read(&bytes[..cut.min(bytes.len())], &Limits::new(&opts));
        }
    }
}
