//! Search over an index of corpus/documents: word forms in each language,
//! ё/е, Belarusian apostrophes, names across scripts, phrases, every filter,
//! facets, threads, queries that find nothing, malformed queries; and the
//! `search`, `show` and `stats` commands on that index.
//!
//! The index is built once per test run with the library (extract_file +
//! Writer::add) into a temp dir; the command-line tests pass it with `--index`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use vopis_index::{Error, FileRecord, FileStatus, Index, SearchRequest, SearchResults, Sort};
use vopis_parse::{Document, Language, ParseOptions};

use crate::support::{files_in, json_lines, root, vopis};

/// The corpus index and the documents put in it.
struct Fixture {
    dir: tempfile::TempDir,
    index: Index,
    docs: Vec<Document>,
}

/// Path of the failed file record the fixture adds.
const FAILED_PATH: &str = "corpus/broken/not-a-real-file.pdf";

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::create_or_open(dir.path()).unwrap();
        let mut docs = Vec::new();
        {
            let mut writer = index.writer().unwrap();
            for path in files_in(&root().join("corpus/documents")) {
                let relative = path
                    .strip_prefix(root())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                let Ok(doc) = vopis_parse::extract_file(&path, &ParseOptions::default()) else {
                    continue;
                };
                writer.add(&doc, &relative).unwrap();
                docs.push(doc);
            }
            writer
                .put_file(&FileRecord {
                    path: FAILED_PATH.into(),
                    size: 10,
                    mtime_ns: 0,
                    hash: "00".into(),
                    status: FileStatus::Failed,
                    error: Some(vopis_parse::FailureInfo {
                        kind: vopis_parse::ErrorKind::Corrupt,
                        message: "PDF: no cross-reference table".into(),
                    }),
                })
                .unwrap();
            writer.commit().unwrap();
        }
        Fixture { dir, index, docs }
    })
}

fn run(query: &str) -> SearchResults {
    let request = SearchRequest {
        limit: 200,
        ..SearchRequest::new(query)
    };
    fixture()
        .index
        .search(&request)
        .unwrap_or_else(|e| panic!("query {query:?} failed: {e}"))
}

/// File names of every hit of `query`.
fn found(query: &str) -> BTreeSet<String> {
    run(query)
        .hits
        .iter()
        .map(|h| h.path.rsplit('/').next().unwrap_or_default().to_owned())
        .collect()
}

/// File names of the fixture's documents that satisfy `keep`.
fn docs_where(keep: impl Fn(&Document) -> bool) -> BTreeSet<String> {
    fixture()
        .docs
        .iter()
        .filter(|d| keep(d))
        .map(|d| d.path.rsplit('/').next().unwrap_or_default().to_owned())
        .collect()
}

/// Asserts that `form` is not a word of any corpus text (so a hit proves word-form matching).
fn nowhere_verbatim(form: &str) {
    let form = form.to_lowercase();
    for doc in &fixture().docs {
        let words = crate::support::words(&doc.text);
        assert!(
            !words.contains(&form),
            "{form} appears verbatim in {}; pick another form",
            doc.path
        );
    }
}

fn assert_finds(query: &str, want: &[&str]) {
    let got = found(query);
    for name in want {
        assert!(
            got.contains(*name),
            "query {query:?} should find {name}; found {got:?}"
        );
    }
}

// ---- word forms -------------------------------------------------------------

#[test]
fn russian_word_forms_meet() {
    nowhere_verbatim("теплообменник");
    assert_finds("теплообменник", &["letter-ru-heat-exchangers.txt"]);
    nowhere_verbatim("сотрудничествами");
    assert_finds(
        "сотрудничествами",
        &["agreement-ru-china.pdf", "letter-ru-krynica.pdf"],
    );
}

#[test]
fn english_word_forms_and_spellings_meet() {
    nowhere_verbatim("programs");
    assert_finds(
        "programs",
        &[
            "agreement-en-vietnam.docx",
            "letter-en-summer-school.pdf",
            "report-en-review.md",
        ],
    );
    nowhere_verbatim("catalysts");
    assert_finds("catalysts", &["article-en-catalyst.txt"]);
}

/// Depends on the Belarusian stemmer (vopis_parse; pending.rs does not stem).
#[test]
fn belarusian_word_forms_meet() {
    nowhere_verbatim("навукоўцамі");
    assert_finds("навукоўцамі", &["letter-be-forestry.txt"]);
    nowhere_verbatim("балотамі");
    assert_finds("балотамі", &["article-be-newspaper.pdf"]);
}

#[test]
fn yo_and_ye_meet() {
    nowhere_verbatim("учеными");
    assert_finds("учеными", &["agreement-ru-china.pdf"]);
    assert_eq!(found("учеными"), found("учёными"));
    assert_finds("Могилеве", &["article-ru-news-cp1251-meta.html"]);
}

#[test]
fn belarusian_apostrophes_meet() {
    let typographic = found("з’яўляецца");
    assert!(
        typographic.contains("report-be-hackathon.md"),
        "{typographic:?}"
    );
    assert_eq!(found("з'яўляецца"), typographic);
    assert_eq!(found("зʼяўляецца"), typographic);
    assert_eq!(found("З'ЯЎЛЯЕЦЦА"), typographic);
    assert_finds("аб'ява", &["text-be-utf16le-nobom.txt"]);
}

/// Depends on the romanised key (vopis_parse; pending.rs has none).
#[test]
fn names_meet_across_scripts() {
    assert_finds("Shcherbakov", &["letter-ru-seminar.rtf"]);
    assert_finds("Ščarbakoŭ", &["letter-ru-seminar.rtf"]);
    assert_finds("Михневич", &["letter-en-summer-school.pdf"]);
}

/// A name or a place only in an inflected form (instrumental, genitive)
/// is found by its Latin spelling, through the command line on a fresh
/// index.
#[test]
fn inflected_names_meet_their_latin_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(
        inbox.join("note.txt"),
        "Договор подписан С.С.Щербаковым в Витебском районе.\n",
    )
    .unwrap();
    std::fs::write(inbox.join("other.txt"), "Договор подписан в Гродно.\n").unwrap();
    let index = dir.path().join("index");
    let run = |args: &[&std::ffi::OsStr]| {
        let out = vopis(args.iter().chain([&"--index".as_ref(), &index.as_os_str()]));
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{err}");
        out
    };
    run(&["ingest".as_ref(), inbox.as_os_str()]);
    for query in ["Shcherbakov", "Ščarbakoŭ", "Vitebsk"] {
        let out = run(&["search".as_ref(), query.as_ref(), "--json".as_ref()]);
        let hits = json_lines(&out.stdout);
        let paths: Vec<String> = hits
            .iter()
            .filter_map(|h| h["path"].as_str())
            .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
            .collect();
        assert_eq!(paths, ["note.txt"], "{query}: {hits:?}");
    }
}

// ---- phrases and operators ----------------------------------------------------

#[test]
fn phrases_keep_word_order() {
    assert_finds(
        "\"научно-техническом сотрудничестве\"",
        &[
            "agreement-ru-china.pdf",
            "letter-ru-krynica.pdf",
            "report-ru-china.docx",
        ],
    );
    assert!(found("\"сотрудничестве научно-техническом\"").is_empty());
    assert!(found("\"теплообменников пластинчатых\"").is_empty());
    assert_finds(
        "\"пластинчатых теплообменников\"",
        &["letter-ru-heat-exchangers.txt"],
    );
}

#[test]
fn phrases_with_function_words_match_other_forms() {
    // The stemmed fields leave out function words but keep their places,
    // so a phrase with one in it still meets other forms of its words.
    nowhere_verbatim("цифровом");
    assert_finds(
        "\"сотрудничество в области цифровом\"",
        &["letter-ru-krynica.pdf"],
    );
    assert!(found("\"сотрудничество области в цифровом\"").is_empty());
    nowhere_verbatim("subjects");
    assert_finds(
        "\"subjects of the agreements\"",
        &["agreement-en-vietnam.docx", "agreement-en-vietnam.odt"],
    );
    // Function words alone are still found, in the exact field, and a
    // phrase left with one word by them is taken as written.
    assert_finds("\"в области\"", &["letter-ru-krynica.pdf"]);
    let verbatim = docs_where(|d| d.text.to_lowercase().contains("в области"));
    assert!(found("\"в области\"").is_subset(&verbatim));
    assert_finds("the", &["agreement-en-vietnam.docx"]);
}

#[test]
fn boolean_operators() {
    let both = found("теплообменник OR хакатона");
    assert!(
        both.contains("letter-ru-heat-exchangers.txt") && both.contains("report-be-hackathon.md")
    );
    assert!(found("теплообменник AND хакатона").is_empty());
    assert!(found("теплообменник -теплообменников").is_empty());
    assert!(found("теплообменник NOT завод").is_empty());
    assert_eq!(found("+теплообменник"), found("теплообменник"));
    let grouped = found("(теплообменник OR хакатона) type:report");
    assert_eq!(
        grouped,
        BTreeSet::from(["report-be-hackathon.md".to_owned()])
    );
    let and = found("and");
    assert!(
        found("\"and\"").is_subset(&and) && and.contains("report-en-review.md"),
        "lower-case and is a word: {and:?}"
    );
}

#[test]
fn word_prefixes() {
    assert_finds("теплообменн*", &["letter-ru-heat-exchangers.txt"]);
    assert_finds("ХАКАТОН*", &["report-be-hackathon.md"]);
    assert!(found("теплообменнз*").is_empty());
}

#[test]
fn queries_that_find_nothing() {
    for q in [
        "квазиксилофон",
        "теплообменник lang:en",
        "teploobmennik xyzzy",
        "date:1999",
        "country:JP",
        "—",
    ] {
        assert!(found(q).is_empty(), "{q} found {:?}", found(q));
    }
}

#[test]
fn empty_query_lists_every_document_and_never_file_records() {
    let all = run("");
    assert_eq!(all.total, fixture().docs.len());
    assert!(all.hits.iter().all(|h| h.path != FAILED_PATH));
}

// ---- filters ------------------------------------------------------------------

#[test]
fn language_and_type_filters() {
    let be = run("lang:be");
    assert!(be.total > 0);
    let main_be = docs_where(|d| d.language == Language::Be);
    let got = found("lang:be");
    assert!(
        main_be.is_subset(&got),
        "every Belarusian document: {main_be:?} vs {got:?}"
    );
    assert_eq!(
        found("type:letter"),
        docs_where(|d| d.doc_type.as_str() == "letter")
    );
    assert_eq!(found("type:letters"), found("TYPE:letter"));
    assert_eq!(
        found("lang:be type:report"),
        docs_where(|d| d.language == Language::Be && d.doc_type.as_str() == "report")
    );
}

#[test]
fn date_and_year_filters() {
    let in_2019 = docs_where(|d| d.date.as_deref().is_some_and(|x| x.starts_with("2019")));
    assert!(in_2019.len() >= 3);
    assert_eq!(found("date:[2019-01-01 TO 2019-12-31]"), in_2019);
    assert_eq!(found("date:2019"), in_2019);
    assert_eq!(found("year:2019"), in_2019);
    assert_eq!(found("date:{2018 TO 2020}"), in_2019);
    assert_eq!(
        found("date:2019-08"),
        BTreeSet::from(["letter-ru-heat-exchangers.txt".to_owned()])
    );
    assert_eq!(found("date:2019-08-12"), found("date:2019-08"));
    let late = docs_where(|d| d.date.as_deref().is_some_and(|x| x >= "2025-06-01"));
    assert_eq!(found("date:>=2025-06-01"), late);
    assert_eq!(found("date:[2025-06-01 TO *]"), late);
    let early = docs_where(|d| d.date.as_deref().is_some_and(|x| x < "2020-01-01"));
    assert_eq!(found("date:<2020"), early);
}

#[test]
fn country_filter() {
    let cn = docs_where(|d| d.countries.iter().any(|c| c == "CN"));
    assert!(!cn.is_empty());
    assert_eq!(found("country:CN"), cn);
    assert_eq!(found("country:cn"), cn);
    assert_eq!(found("country:Китай"), cn);
    assert_eq!(found("country:Кітая"), cn);
    assert_eq!(found("country:china"), cn);
}

#[test]
fn sender_recipient_and_title_filters() {
    let scst = [
        "letter-be-scst.docx",
        "letter-be-scst.odt",
        "letter-be-scst.pdf",
    ];
    assert_finds("sender:\"Дзяржаўны камітэт\"", &scst);
    assert_finds("sender:камітэт", &scst);
    assert!(found("sender:\"камітэт Дзяржаўны\"").is_empty());
    assert_finds("recipient:Рэктару", &scst);
    assert!(!found("recipient:Рэктару").contains("letter-ru-heat-exchangers.txt"));
    assert_eq!(
        found("title:хакатона"),
        BTreeSet::from(["report-be-hackathon.md".to_owned()])
    );
}

#[test]
fn number_filters() {
    assert_eq!(
        found("number:\"№ 06-09/398\""),
        BTreeSet::from([
            "letter-ru-heat-exchangers.txt".to_owned(),
            "letter-ru-seminar.rtf".to_owned()
        ])
    );
    assert_eq!(found("number:06–09/398"), found("number:06-09/398"));
    assert_eq!(
        found("reply_to:07-2/315"),
        BTreeSet::from([
            "letter-en-owner-protected.pdf".to_owned(),
            "letter-en-summer-school.pdf".to_owned()
        ])
    );
    assert_eq!(
        found("incoming:ВХ-44318"),
        BTreeSet::from(["letter-ru-heat-exchangers.txt".to_owned()])
    );
}

#[test]
fn id_filter_takes_a_prefix() {
    let doc = fixture()
        .docs
        .iter()
        .find(|d| d.path.ends_with("report-be-hackathon.md"))
        .unwrap();
    let prefix = doc.id.get(..10).unwrap();
    assert_eq!(
        found(&format!("id:{prefix}")),
        BTreeSet::from(["report-be-hackathon.md".to_owned()])
    );
    assert_eq!(
        found(&format!("id:{}", doc.id)),
        found(&format!("id:{prefix}"))
    );
}

// ---- results --------------------------------------------------------------------

#[test]
fn facets_count_the_whole_result_set() {
    let request = SearchRequest {
        limit: 1,
        facets: true,
        ..SearchRequest::new("")
    };
    let results = fixture().index.search(&request).unwrap();
    let facets = results.facets.unwrap();
    assert_eq!(results.hits.len(), 1);
    let sum: u64 = facets.language.iter().map(|(_, n)| n).sum();
    assert_eq!(sum as usize, results.total);
    for (code, count) in &facets.language {
        let want = fixture()
            .docs
            .iter()
            .filter(|d| d.language.code() == code)
            .count();
        assert_eq!(*count as usize, want, "language {code}");
    }
    let letters = facets
        .doc_type
        .iter()
        .find(|(t, _)| t == "letter")
        .unwrap()
        .1;
    assert_eq!(letters as usize, found("type:letter").len());
    assert!(
        facets.language.windows(2).all(|w| w[0].1 >= w[1].1),
        "descending"
    );
    let cn = facets.country.iter().find(|(c, _)| c == "CN").unwrap().1;
    assert_eq!(cn as usize, found("country:CN").len());
    assert!(facets.year.iter().any(|(y, _)| y == "2019"));
    assert!(
        facets
            .sender
            .iter()
            .any(|(s, _)| s.starts_with("Дзяржаўны камітэт"))
    );
    let filtered = fixture()
        .index
        .search(&SearchRequest {
            facets: true,
            ..SearchRequest::new("type:letter")
        })
        .unwrap();
    let types = filtered.facets.unwrap().doc_type;
    assert_eq!(types.len(), 1, "{types:?}");
}

#[test]
fn snippets_mark_the_matched_word_form() {
    let results = run("теплообменник");
    let hit = results
        .hits
        .iter()
        .find(|h| h.path.ends_with("letter-ru-heat-exchangers.txt"))
        .unwrap();
    let marked = hit.snippet.to_marked("[", "]");
    assert!(
        marked.to_lowercase().contains("[теплообменников]"),
        "{marked}"
    );
    assert!(hit.snippet.to_html().contains("<mark>"));
    let be = run("з’яўляецца");
    assert!(
        be.hits
            .iter()
            .all(|h| h.snippet.to_marked("[", "]").contains("[з’яўляецца]")),
        "{:?}",
        be.hits[0].snippet
    );
    let by_filter = run("type:report");
    assert!(
        by_filter
            .hits
            .iter()
            .all(|h| h.snippet.highlights.is_empty())
    );
    assert!(by_filter.hits.iter().any(|h| !h.snippet.text.is_empty()));
}

#[test]
fn title_matches_rank_above_body_matches() {
    let results = run("хакатона");
    assert_eq!(
        results.hits.first().map(|h| h.path.as_str()),
        Some("corpus/documents/report-be-hackathon.md")
    );
}

#[test]
fn paging_and_date_order() {
    let all = run("type:letter");
    let page = fixture()
        .index
        .search(&SearchRequest {
            limit: 2,
            offset: 1,
            ..SearchRequest::new("type:letter")
        })
        .unwrap();
    assert_eq!(page.total, all.total);
    assert_eq!(page.hits.len(), 2);
    let newest = fixture()
        .index
        .search(&SearchRequest {
            limit: 100,
            sort: Sort::DateDesc,
            ..SearchRequest::new("type:letter")
        })
        .unwrap();
    let dates: Vec<&str> = newest
        .hits
        .iter()
        .filter_map(|h| h.date.as_deref())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let oldest = fixture()
        .index
        .search(&SearchRequest {
            limit: 100,
            sort: Sort::DateAsc,
            ..SearchRequest::new("type:letter")
        })
        .unwrap();
    let dates: Vec<&str> = oldest
        .hits
        .iter()
        .filter_map(|h| h.date.as_deref())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
}

#[test]
fn malformed_queries_are_query_errors() {
    for q in [
        "(теплообменник",
        "теплообменник)",
        "\"пластинчатых теплообменников",
        "lang:",
        "lang:xx",
        "colour:red",
        "date:2019-02-30",
        "date:[2019 TO",
        "теплообменник AND",
        "OR теплообменник",
        "NOT",
        "type:memo",
    ] {
        match fixture().index.search(&SearchRequest::new(q)) {
            Err(Error::Query { message, position }) => {
                assert!(!message.is_empty());
                assert!(position <= q.chars().count(), "{q}: {position}");
            }
            other => panic!("{q}: expected a query error, got {other:?}"),
        }
    }
    let long = "слова ".repeat(500);
    assert!(matches!(
        fixture().index.search(&SearchRequest::new(long)),
        Err(Error::Query { .. })
    ));
}

// ---- threads, ids, stats ------------------------------------------------------------

/// A Russian letter with a number and, optionally, the number it answers.
fn letter(number: &str, date: &str, reply: Option<(&str, &str)>, subject: &str) -> Document {
    let reply = reply.map_or(
        "На № ________ от ____________".to_owned(),
        |(n, d)| format!("На № {n} от {d}"),
    );
    let text = format!(
        "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО «МИНСКИЙ ЗАВОД ТЕПЛООБМЕННИКОВ»\nг. Минск, Республика Беларусь\n\n\
         № {number} от {date}\n{reply}\n\n\
         Директору научно-производственного\nцентра «Термопласт»\nРомашко В.Н.\n\n\
         {subject}\n\nУважаемый Виктор Николаевич!\n\nСообщаем о ходе совместной разработки \
         пластинчатых теплообменников для котельных.\n\n\
         Заместитель генерального директора                        А.В.Лущик\n"
    );
    let path = format!("letters/{}-{date}.txt", number.replace('/', "_"));
    vopis_parse::extract_bytes(&path, text.as_bytes(), &ParseOptions::default()).unwrap()
}

#[test]
fn letters_answering_each_other_are_linked() {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::create_or_open(dir.path()).unwrap();
    let first = letter(
        "06-09/398",
        "12.08.2019",
        None,
        "О совместной разработке теплообменников",
    );
    let reply = letter(
        "2-14/501",
        "02.09.2019",
        Some(("06-09/398", "12.08.2019")),
        "Об ответе на предложение",
    );
    let other_year = letter("06-09/398", "03.03.2021", None, "О поставке насосов");
    assert_eq!(
        first.number.as_deref(),
        Some("06-09/398"),
        "the parser finds the number"
    );
    assert_eq!(
        reply.in_reply_to.as_ref().and_then(|r| r.number.as_deref()),
        Some("06-09/398")
    );
    let mut writer = index.writer().unwrap();
    for doc in [&first, &reply, &other_year] {
        writer.add(doc, &doc.path).unwrap();
    }
    writer.commit().unwrap();

    let thread = index.thread(&reply.id).unwrap();
    let answered: Vec<&str> = thread.answers.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        answered,
        [first.id.as_str()],
        "the reply answers the 2019 letter, not the 2021 one"
    );
    assert!(thread.replies.is_empty());
    let thread = index.thread(&first.id).unwrap();
    assert_eq!(thread.replies.len(), 1);
    assert_eq!(thread.replies[0].id, reply.id);
    assert_eq!(thread.replies[0].number.as_deref(), Some("2-14/501"));
    assert!(thread.answers.is_empty());
    assert!(
        index.thread(&other_year.id).unwrap().replies.is_empty(),
        "dated reference names another letter"
    );

    let request = SearchRequest::new("reply_to:06-09/398");
    let hits = index.search(&request).unwrap().hits;
    assert_eq!(
        hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
        [reply.id.as_str()]
    );
    assert_eq!(
        index.thread("0000").unwrap(),
        vopis_index::Thread::default()
    );
}

#[test]
fn ids_resolve_from_unique_prefixes() {
    let index = &fixture().index;
    let doc = &fixture().docs[0];
    assert_eq!(
        index
            .resolve_id(doc.id.get(..12).unwrap())
            .unwrap()
            .as_deref(),
        Some(doc.id.as_str())
    );
    assert_eq!(
        index.resolve_id(&doc.id.to_uppercase()).unwrap().as_deref(),
        Some(doc.id.as_str())
    );
    assert_eq!(index.resolve_id("").unwrap(), None);
    assert_eq!(index.resolve_id("not-hex").unwrap(), None);
    let shared = "0123456789abcdef"
        .chars()
        .find(|c| {
            fixture()
                .docs
                .iter()
                .filter(|d| d.id.starts_with(*c))
                .count()
                > 1
        })
        .unwrap();
    assert!(matches!(
        index.resolve_id(&shared.to_string()),
        Err(Error::AmbiguousId { .. })
    ));
}

#[test]
fn stats_count_documents_and_failures() {
    let stats = fixture().index.stats().unwrap();
    assert_eq!(stats.documents as usize, fixture().docs.len());
    assert_eq!(stats.failed, 1);
    assert_eq!(stats.failures[0].path, FAILED_PATH);
    assert_eq!(stats.failures[0].kind, "corrupt");
    let ru = fixture()
        .docs
        .iter()
        .filter(|d| d.language == Language::Ru)
        .count();
    assert_eq!(stats.by_language.get("ru").copied(), Some(ru as u64));
    assert_eq!(stats.by_type.values().sum::<u64>(), stats.documents);
    let in_2019 = docs_where(|d| d.date.as_deref().is_some_and(|x| x.starts_with("2019"))).len();
    assert_eq!(stats.by_year.get("2019").copied(), Some(in_2019 as u64));
}

// ---- the command line ---------------------------------------------------------------

fn index_arg() -> String {
    fixture().dir.path().to_string_lossy().into_owned()
}

#[test]
fn cli_search_json_lines() {
    let output = vopis([
        "search",
        "теплообменник",
        "--json",
        "--index",
        &index_arg(),
        "--facets",
        "--limit",
        "3",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(&output.stdout);
    let (last, hits) = lines.split_last().unwrap();
    assert!(last.get("facets").is_some(), "{last}");
    assert!(!hits.is_empty() && hits.len() <= 3);
    for hit in hits {
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
            "highlights",
            "snippet_html",
        ] {
            assert!(hit.get(key).is_some(), "{key} missing in {hit}");
        }
    }
    assert!(
        hits.iter()
            .any(|h| h["path"] == "corpus/documents/letter-ru-heat-exchangers.txt")
    );
    let plain = vopis(["search", "теплообменник", "--json", "--index", &index_arg()]);
    assert!(
        json_lines(&plain.stdout)
            .iter()
            .all(|l| l.get("facets").is_none())
    );
}

#[test]
fn cli_search_human_output() {
    let output = vopis([
        "search",
        "теплообменник",
        "--index",
        &index_arg(),
        "--facets",
    ]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("letter-ru-heat-exchangers.txt"), "{text}");
    assert!(
        text.contains("**теплообменников**") || text.contains("**ТЕПЛООБМЕННИКОВ**"),
        "{text}"
    );
    assert!(text.contains(" of "), "{text}");
}

#[test]
fn cli_malformed_query_and_missing_index_exit_2() {
    let output = vopis(["search", "(теплообменник", "--index", &index_arg()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("parenthesis"), "{stderr}");
    let empty = tempfile::tempdir().unwrap();
    let missing = empty.path().join("nothing-here");
    let output = vopis(["search", "x", "--index", missing.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no index"));
}

#[test]
fn cli_show_by_prefix() {
    let doc = fixture()
        .docs
        .iter()
        .find(|d| d.path.ends_with("letter-en-summer-school.pdf"))
        .unwrap();
    let prefix = doc.id.get(..10).unwrap();
    let output = vopis(["show", prefix, "--json", "--index", &index_arg()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(&output.stdout);
    assert_eq!(lines.len(), 1);
    let record = &lines[0];
    assert_eq!(record["id"], doc.id.as_str());
    for key in [
        "paths",
        "answers",
        "replies",
        "text",
        "number",
        "in_reply_to",
    ] {
        assert!(record.get(key).is_some(), "{key} missing");
    }
    let human = vopis(["show", prefix, "--index", &index_arg()]);
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(
        text.contains("NCEM/IP/25-044") && text.contains("Mikhnevich"),
        "{text}"
    );
    let unknown = vopis(["show", "fffffffffffffffff", "--index", &index_arg()]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn cli_stats_json() {
    let output = vopis(["stats", "--json", "--index", &index_arg()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(&output.stdout);
    assert_eq!(lines.len(), 1);
    let stats = &lines[0];
    for key in [
        "documents",
        "failed",
        "by_language",
        "by_type",
        "by_year",
        "failures",
    ] {
        assert!(stats.get(key).is_some(), "{key} missing");
    }
    assert_eq!(
        stats["documents"].as_u64(),
        Some(fixture().docs.len() as u64)
    );
    assert_eq!(stats["failures"][0]["kind"], "corrupt");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any string is a result or a query error, never a panic or another error.
    #[test]
    fn any_query_is_a_result_or_a_query_error(q in "[\\PC\"():\\[\\]{}*+\\-]{0,50}") {
        match fixture().index.search(&SearchRequest::new(q.as_str())) {
            Ok(_) | Err(Error::Query { .. }) => {}
            Err(other) => proptest::prop_assert!(false, "{q:?}: {other}"),
        }
    }

    /// Queries built from the syntax's own pieces, likewise.
    #[test]
    fn syntax_soup_is_a_result_or_a_query_error(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "навука", "теплообменник", "AND", "OR", "NOT", "(", ")", "\"", "+", "-", "lang:be",
                "date:[2019 TO *]", "type:", "sender:\"камітэт\"", "number:06-09/398", "з'яўляецца", "*", " ",
            ]),
            0..12,
        )
    ) {
        let q = parts.join(" ");
        match fixture().index.search(&SearchRequest::new(q.as_str())) {
            Ok(_) | Err(Error::Query { .. }) => {}
            Err(other) => proptest::prop_assert!(false, "{q:?}: {other}"),
        }
    }
}
