//! Bytes to text: byte-order marks, UTF-8, UTF-16, and a guess among legacy code pages.
//!
//! Archive text arrives in every Cyrillic code page of the last thirty
//! years. [`decode`] tries, in order: a BOM (UTF-8, UTF-16 LE/BE), strict
//! UTF-8 (or UTF-8 with a few broken bytes), UTF-16 without a BOM, then
//! [`detect`], which decodes a sample of the bytes in each candidate code
//! page (windows-1251, KOI8-R, IBM866, ISO-8859-5, x-mac-cyrillic, KOI8-U,
//! windows-1252) and keeps the one whose text is most plausible by the small
//! model in `decode/score.rs`; text that is not clearly Cyrillic may be in
//! another script's code page, which `chardetng` is asked for. [`decode_as`] decodes by a declared label (a
//! MIME charset, an HTML `<meta>`), falling back to [`decode`] for labels
//! encoding_rs does not know.
//!
//! Invariants: decoding never fails (undecodable bytes become U+FFFD and set
//! [`Decoded::had_errors`]); detection is linear in the input and looks at a
//! bounded sample of it.

mod bigrams;
mod chars;
mod score;

use encoding_rs::Encoding;

/// Text decoded from bytes, with the encoding used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding's canonical lower-case name, e.g. "utf-8", "windows-1251", "koi8-r".
    pub encoding: &'static str,
    /// Whether any byte could not be decoded (and became U+FFFD).
    pub had_errors: bool,
}

/// Decodes bytes of unknown encoding.
///
/// ```
/// // "Прывітанне" in windows-1251
/// let bytes = [0xcf, 0xf0, 0xfb, 0xe2, 0xb3, 0xf2, 0xe0, 0xed, 0xed, 0xe5];
/// let d = vopis_parse::decode::decode(&bytes);
/// assert_eq!(d.text, "Прывітанне");
/// assert_eq!(d.encoding, "windows-1251");
/// ```
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(rest, encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if crate::sniff::utf16_without_bom(head(bytes)).is_none() {
            return Decoded {
                text: text.to_owned(),
                encoding: "utf-8",
                had_errors: false,
            };
        }
    } else if mostly_utf8(bytes) {
        return decode_with(bytes, encoding_rs::UTF_8);
    }
    decode_with(bytes, detect(bytes))
}

/// Decodes bytes declared to be in the encoding `label` (a WHATWG label such
/// as "koi8-r", "cp1251", "windows-1251"). A BOM overrides the label; an
/// unknown label falls back to [`decode`].
///
/// ```
/// let d = vopis_parse::decode::decode_as(&[0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], "koi8-r");
/// assert_eq!(d.text, "Привет");
/// ```
pub fn decode_as(bytes: &[u8], label: &str) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(rest, encoding);
    }
    match Encoding::for_label(label.trim().as_bytes()) {
        Some(encoding) => decode_with(bytes, encoding),
        None => decode(bytes),
    }
}

/// Guesses the encoding of bytes that have no BOM and are not UTF-8:
/// UTF-16 without a BOM, one of the Cyrillic code pages, windows-1252, or,
/// when the text is not clearly Cyrillic and `chardetng` names a code page
/// of another script (Greek, Central European, CJK, ...), that one.
///
/// ```
/// use vopis_parse::decode::detect;
/// let koi8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x2c, 0x20, 0xcd, 0xc9, 0xd2];  // "Привет, мир"
/// assert_eq!(detect(&koi8), encoding_rs::KOI8_R);
/// ```
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    if let Some(encoding) = crate::sniff::utf16_without_bom(head(bytes)) {
        return encoding;
    }
    let sample = score::sample(bytes);
    let best = score::best_candidate(&sample);
    if best.is_convincing() {
        return best.encoding;
    }
    // Not clearly Cyrillic: perhaps another script's code page (Greek,
    // Central European, CJK), which chardetng knows and we do not score.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&sample, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    if score::is_candidate(guess) {
        best.encoding
    } else {
        guess
    }
}

/// The Cyrillic code page in which `bytes` read as real Cyrillic words
/// (not merely letters), if there is one: a check for text declared to be
/// Western (an RTF `\ansicpg1252`) that may not be.
pub(crate) fn cyrillic_reading(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = score::sample(bytes);
    let best = score::best_candidate(&sample);
    (best.encoding != encoding_rs::WINDOWS_1252 && best.has_cyrillic_words())
        .then_some(best.encoding)
}

/// Decodes `bytes` (without BOM) as `encoding`.
pub(crate) fn decode_with(bytes: &[u8], encoding: &'static Encoding) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: canonical_name(encoding),
        had_errors,
    }
}

/// The first bytes, where UTF-16 without a BOM is looked for.
fn head(bytes: &[u8]) -> &[u8] {
    bytes.get(..4096).unwrap_or(bytes)
}

/// UTF-8 with a few broken bytes (a cut-off last character, one stray
/// legacy byte): many valid multi-byte characters, few invalid bytes.
///
/// Legacy Cyrillic text forms valid UTF-8 pairs only by chance (cp1251
/// "Рё" is UTF-8 "и"), so the valid characters must clearly dominate.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    invalid > 0 && valid >= 4 && valid >= invalid * 10
}

/// The lower-case name we record for an encoding.
pub(crate) fn canonical_name(encoding: &'static Encoding) -> &'static str {
    match encoding.name() {
        "UTF-8" => "utf-8",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1251" => "windows-1251",
        "windows-1252" => "windows-1252",
        "KOI8-R" => "koi8-r",
        "KOI8-U" => "koi8-u",
        "IBM866" => "ibm866",
        "ISO-8859-5" => "iso-8859-5",
        "x-mac-cyrillic" => "x-mac-cyrillic",
        // Other encodings keep encoding_rs's own (stable) name.
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{
        IBM866, ISO_8859_5, KOI8_R, KOI8_U, WINDOWS_1251, WINDOWS_1252, X_MAC_CYRILLIC,
    };

    const RUSSIAN: &[&str] = &[
        "Министерство иностранных дел Республики Беларусь выражает уважение и сообщает следующее. \
         Ещё раз благодарим за плодотворное сотрудничество.",
        "Привет, как дела? Всё хорошо.",
        "ПРОТОКОЛ о намерениях № 5",
        "Съезд объявил: подъём ещё впереди.",
        "СПРАВКА О ВЫПОЛНЕНИИ ПЛАНА",
        "г. Минск, ул. Ленина, д. 5",
    ];
    const BELARUSIAN: &[&str] = &[
        "Міністэрства замежных спраў Рэспублікі Беларусь выказвае павагу і паведамляе наступнае. \
         Аб’ява пра з’езд будзе заўтра ў Мінску.",
        "Прывітанне, сябры! Як справы?",
        "Дзякуем за супрацоўніцтва і ўвагу.",
        "ПАСТАНОВА САВЕТА МІНІСТРАЎ",
    ];
    const UKRAINIAN: &[&str] = &[
        "Міністерство закордонних справ України висловлює повагу і повідомляє таке. \
         Ґрунтовна відповідь щодо їхнього з’їзду буде надіслана.",
        "Доброго дня! Це їхня позиція щодо угоди.",
    ];
    const ENGLISH: &[&str] =
        &["The Ministry presents its compliments and has the honour to inform."];

    /// Encodes `text` in `encoding`, or `None` when it has unmappable letters
    /// (trying an ASCII apostrophe for `’` first).
    fn encode(text: &str, encoding: &'static Encoding) -> Option<(String, Vec<u8>)> {
        for candidate in [text.to_owned(), text.replace('’', "'")] {
            let (bytes, _, unmappable) = encoding.encode(&candidate);
            if !unmappable {
                let bytes = bytes.into_owned();
                return Some((candidate, bytes));
            }
        }
        None
    }

    fn check(texts: &[&str], encoding: &'static Encoding, expected: &str) -> Vec<String> {
        let mut failures = Vec::new();
        for text in texts {
            let Some((text, bytes)) = encode(text, encoding) else {
                continue;
            };
            let d = decode(&bytes);
            // Where two code pages agree on every byte of the text, the
            // preferred one is named (all-caps Russian is the same in IBM866
            // and x-mac-cyrillic; Russian the same in KOI8-R and KOI8-U).
            let same_bytes = Encoding::for_label(d.encoding.as_bytes())
                .is_some_and(|named| named.encode(&text).0 == bytes);
            let named_right = d.encoding == expected || same_bytes;
            if d.text != text || !named_right && bytes.iter().any(|&b| b >= 0x80) {
                failures.push(format!(
                    "{expected}: {text:?} read as {} {:?}",
                    d.encoding, d.text
                ));
            }
        }
        failures
    }

    #[test]
    fn cyrillic_code_pages_are_told_apart() {
        let mut failures = Vec::new();
        for (encoding, name, russian_name) in [
            (WINDOWS_1251, "windows-1251", "windows-1251"),
            (KOI8_R, "koi8-r", "koi8-r"),
            (KOI8_U, "koi8-u", "koi8-r"),
            (IBM866, "ibm866", "ibm866"),
            (ISO_8859_5, "iso-8859-5", "iso-8859-5"),
            (X_MAC_CYRILLIC, "x-mac-cyrillic", "x-mac-cyrillic"),
        ] {
            failures.extend(check(RUSSIAN, encoding, russian_name));
            failures.extend(check(BELARUSIAN, encoding, name));
            failures.extend(check(UKRAINIAN, encoding, name));
            failures.extend(check(ENGLISH, encoding, "utf-8"));
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn cyrillic_reading_needs_real_words() {
        let (russian, _, _) = WINDOWS_1251.encode("Уважаемые коллеги, сообщаем о переносе.");
        assert_eq!(cyrillic_reading(&russian), Some(WINDOWS_1251));
        let (french, _, _) = WINDOWS_1252.encode("Le délégué a reçu la lettre à Genève.");
        assert_eq!(cyrillic_reading(&french), None);
        assert_eq!(cyrillic_reading(b"plain ASCII"), None);
    }

    #[test]
    fn koi8_u_is_named_only_for_its_own_letters() {
        let (russian, _, _) = KOI8_U.encode("Съезд объявил: подъём ещё впереди.");
        assert_eq!(decode(&russian).encoding, "koi8-r");
        let (ukrainian, _, _) = KOI8_U.encode("Це їхня позиція щодо угоди.");
        assert_eq!(decode(&ukrainian).encoding, "koi8-u");
    }

    #[test]
    fn box_drawing_tables_read_as_box_drawing() {
        let table = "╔════════╦═══════╗\n║ Страна ║ Сумма ║\n╠════════╬═══════╣\n\
                     ║ Китай  ║ 9,4   ║\n╚════════╩═══════╝\n";
        for (encoding, name) in [(KOI8_R, "koi8-r"), (IBM866, "ibm866")] {
            let (bytes, _, unmappable) = encoding.encode(table);
            assert!(!unmappable);
            let d = decode(&bytes);
            assert_eq!((d.text.as_str(), d.encoding), (table, name));
        }
    }

    #[test]
    fn dos_belarusian_with_latin_i_is_ibm866() {
        let text = "Мiнiстэрства адукацыi Рэспублiкi Беларусь";
        let (bytes, _, unmappable) = IBM866.encode(text);
        assert!(!unmappable);
        let d = decode(&bytes);
        assert_eq!((d.text.as_str(), d.encoding), (text, "ibm866"));
    }

    #[test]
    fn western_text_is_windows_1252() {
        let texts = [
            "Le délégué a reçu la lettre à Genève, où l’accord fut signé.",
            "Größere Änderungen für die Übersicht: Straße, Gebühr 5 €.",
            "Café",
            "It’s the “final” version – 2019.",
        ];
        assert!(
            check(&texts, WINDOWS_1252, "windows-1252").is_empty(),
            "{:?}",
            check(&texts, WINDOWS_1252, "windows-1252")
        );
    }

    #[test]
    fn other_scripts_fall_through_to_chardetng() {
        let cases = [
            (
                "Το Υπουργείο Εξωτερικών ενημερώνει ότι η συνάντηση θα γίνει στην Αθήνα.",
                encoding_rs::WINDOWS_1253,
            ),
            (
                "Zażółć gęślą jaźń. Urząd miasta przesłał odpowiedź w sprawie współpracy.",
                encoding_rs::WINDOWS_1250,
            ),
            (
                "中华人民共和国外交部向白俄罗斯共和国外交部致意。",
                encoding_rs::GBK,
            ),
        ];
        for (text, encoding) in cases {
            let (bytes, _, _) = encoding.encode(text);
            assert_eq!(decode(&bytes).text, text, "{}", encoding.name());
        }
    }

    #[test]
    fn shared_punctuation_alone_is_named_western() {
        let (bytes, _, _) = WINDOWS_1252.encode("It’s the “final” version – 2019.");
        assert_eq!(decode(&bytes).encoding, "windows-1252");
    }

    #[test]
    fn boms_and_utf16_without_bom() {
        let text = "Прывітанне, свет";
        let mut bom8 = vec![0xef, 0xbb, 0xbf];
        bom8.extend(text.as_bytes());
        assert_eq!(decode(&bom8).text, text);
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let d = decode(&le);
        assert_eq!((d.text.as_str(), d.encoding), (text, "utf-16le"));
        let d = decode(&be);
        assert_eq!((d.text.as_str(), d.encoding), (text, "utf-16be"));
        let mut bom16 = vec![0xff, 0xfe];
        bom16.extend(&le);
        assert_eq!(decode(&bom16).encoding, "utf-16le");
        let english: Vec<u8> = "Dear colleagues"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&english).text, "Dear colleagues");
    }

    #[test]
    fn cut_utf8_stays_utf8() {
        let text = "Дзякуем за супрацоўніцтва";
        let bytes = text.as_bytes();
        let cut = &bytes[..bytes.len() - 1];
        let d = decode(cut);
        assert_eq!(d.encoding, "utf-8");
        assert!(d.had_errors);
        assert!(d.text.starts_with("Дзякуем за супрацоўніцтв"));
    }

    #[test]
    fn declared_labels_are_used() {
        let (bytes, _, _) = KOI8_R.encode("Съезд");
        assert_eq!(decode_as(&bytes, " KOI8-R ").text, "Съезд");
        assert_eq!(decode_as(&bytes, "no-such-charset").encoding, "koi8-r");
    }

    #[test]
    fn large_input_is_sampled() {
        let line = "Ещё раз благодарим за плодотворное сотрудничество и ўвагу.\n";
        let text = line.repeat(3000);
        let (bytes, _, _) = WINDOWS_1251.encode(&text);
        let d = decode(&bytes);
        assert_eq!(d.encoding, "windows-1251");
        assert_eq!(d.text, text);
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_decode(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            let d = decode(&bytes);
            proptest::prop_assert!(d.text.len() >= bytes.len() / 4);
        }
    }
}
