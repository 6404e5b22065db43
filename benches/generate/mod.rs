//! Generates realistic archive documents for the index benchmark.
//!
//! Letters (with a bilingual letterhead), agreements, reports and articles
//! in Belarusian, Russian and English, with dates, numbers, replies to
//! earlier letters, senders, addressees, signatories and countries — as
//! `vopis_parse::Document`s, the way `extract` would give them. The words
//! are drawn with a Zipf-like weight from `words.rs`, so the term
//! distribution looks like real text. Deterministic for a seed; nothing of
//! it is committed as data.

pub mod words;

use vopis_parse::{
    DocType, Document, Format, Language, LanguageShare, LanguageSpan, Reference, Signatory,
};

/// A small deterministic random source (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A source seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// An index in `0..n`, small ones much more likely (Zipf-like).
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0).floor() as usize % n.max(1)
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Russian month names in the genitive, for dates written out.
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A sentence of 8–18 words of `vocab`, capitalised, with a full stop.
fn sentence(rng: &mut Rng, vocab: &[&str], out: &mut String) {
    let n = 8 + rng.below(11);
    for i in 0..n {
        let w = vocab[rng.zipf(vocab.len())];
        if i == 0 {
            let mut cs = w.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push(' ');
            out.push_str(w);
        }
    }
    out.push_str(". ");
}

/// A paragraph of 2–5 sentences.
fn paragraph(rng: &mut Rng, vocab: &[&str], out: &mut String) {
    for _ in 0..2 + rng.below(4) {
        sentence(rng, vocab, out);
    }
    out.truncate(out.trim_end().len());
    out.push_str("\n\n");
}

/// Generated documents, `i` numbering them from 0.
pub fn document(i: usize, seed: u64) -> Document {
    let mut rng = Rng::new(seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407));
    let lang = match rng.below(10) {
        0..=4 => Language::Ru,
        5..=7 => Language::Be,
        _ => Language::En,
    };
    let doc_type = match rng.below(10) {
        0..=5 => DocType::Letter,
        6 | 7 => DocType::Agreement,
        8 => DocType::Report,
        _ => DocType::Article,
    };
    let vocab = match lang {
        Language::Be => words::BE,
        Language::En => words::EN,
        _ => words::RU,
    };
    let pick_name = |t: &(&'static str, &'static str, &'static str)| match lang {
        Language::Be => t.0,
        Language::En => t.2,
        _ => t.1,
    };
    let year = 2005 + rng.below(20);
    let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
    let date = format!("{year:04}-{month:02}-{day:02}");
    let sender_org = *rng.pick(words::ORGS);
    let recipient_org = *rng.pick(words::ORGS);
    let signer = *rng.pick(words::PEOPLE);
    let number = format!(
        "{:02}-{:02}/{}",
        1 + rng.below(12),
        1 + rng.below(30),
        1 + rng.below(999)
    );
    let reply = (i > 0 && rng.below(3) == 0).then(|| Reference {
        number: Some(format!(
            "{:02}-{:02}/{}",
            1 + rng.below(12),
            1 + rng.below(30),
            1 + rng.below(999)
        )),
        date: Some(format!("{year:04}-{month:02}-01")),
    });
    let country_a = *rng.pick(words::COUNTRIES);
    let country_b = *rng.pick(words::COUNTRIES);

    let mut text = String::with_capacity(4096);
    let mut languages = vec![LanguageShare { lang, share: 1.0 }];
    let mut language_spans = Vec::new();
    if doc_type == DocType::Letter && lang != Language::En {
        // The bilingual letterhead: Belarusian block, then Russian block.
        text.push_str(sender_org.0);
        text.push_str("\nвул. Акадэмічная, 1, 220072, г. Мінск");
        let be_end = text.len();
        text.push_str("\n\n");
        let ru_start = text.len();
        text.push_str(sender_org.1);
        text.push_str("\nул. Академическая, 1, 220072, г. Минск");
        let ru_end = text.len();
        text.push_str("\n\n");
        let other = if lang == Language::Be {
            Language::Ru
        } else {
            Language::Be
        };
        let (start, end) = if other == Language::Be {
            (0, be_end)
        } else {
            (ru_start, ru_end)
        };
        language_spans.push(LanguageSpan {
            lang: other,
            start,
            end,
        });
        languages = vec![
            LanguageShare { lang, share: 0.93 },
            LanguageShare {
                lang: other,
                share: 0.07,
            },
        ];
    }
    text.push_str(&format!(
        "{day} {} {year} г. № {number}\n\n",
        MONTHS_RU[month - 1]
    ));
    if let Some(r) = &reply {
        text.push_str(&format!(
            "На № {} ад {}\n\n",
            r.number.as_deref().unwrap_or(""),
            r.date.as_deref().unwrap_or("")
        ));
    }
    let recipient = pick_name(&recipient_org).to_owned();
    text.push_str(&recipient);
    text.push_str("\n\n");
    let subject = {
        let mut s = String::from(match lang {
            Language::Be => "Аб ",
            Language::En => "On ",
            _ => "О ",
        });
        for k in 0..3 + rng.below(4) {
            if k > 0 {
                s.push(' ');
            }
            s.push_str(vocab[14 + rng.zipf(vocab.len() - 14)]);
        }
        s
    };
    text.push_str(&subject);
    text.push_str("\n\n");
    for _ in 0..3 + rng.below(6) {
        paragraph(&mut rng, vocab, &mut text);
    }
    let (cname_a, cname_b) = (
        pick_name(&(country_a.1, country_a.2, country_a.3)),
        pick_name(&(country_b.1, country_b.2, country_b.3)),
    );
    text.push_str(&format!("{cname_a} — {cname_b}.\n\n"));
    let position = match lang {
        Language::Be => "Намеснік Старшыні",
        Language::En => "Deputy Chairman",
        _ => "Заместитель Председателя",
    };
    let signer_name = pick_name(&signer).to_owned();
    text.push_str(&format!("{position}\t{signer_name}"));

    let id = blake3::hash(text.as_bytes()).to_hex().to_string();
    let title = (doc_type != DocType::Letter).then(|| subject.clone());
    let mut countries = vec![country_a.0.to_owned(), country_b.0.to_owned()];
    countries.dedup();
    Document {
        path: format!("generated/{i:06}.txt"),
        id,
        format: Format::Txt,
        language: lang,
        languages,
        doc_type,
        title: title.or_else(|| Some(subject.clone())),
        date: Some(date),
        number: Some(number),
        in_reply_to: reply,
        incoming: None,
        sender: Some(pick_name(&sender_org).to_owned()),
        recipient: Some(recipient),
        subject: Some(subject),
        signatories: vec![Signatory {
            name: signer_name.clone(),
            position: Some(position.to_owned()),
        }],
        countries,
        organizations: vec![
            pick_name(&sender_org).to_owned(),
            pick_name(&recipient_org).to_owned(),
        ],
        people: vec![signer_name],
        text,
        language_spans,
        ..Document::default()
    }
}
