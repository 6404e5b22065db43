//! `vopis search`: runs a query and prints ranked hits with snippets.
//!
//! With `--json`, one object per hit, best first, with the contract's keys
//! (`id`, `path`, `title`, `date`, `language`, `doc_type`, `score`,
//! `snippet`) and our extensions (`paths`, `sender`, `recipient`,
//! `highlights` as byte ranges of `snippet`, `snippet_html`); with
//! `--facets` a last line `{"facets": …}`. Human output numbers the hits,
//! marks the matched words (bold on a terminal, `**…**` otherwise: «…» are
//! quotation marks in Belarusian and Russian text) and ends
//! with `N of M documents` and the facets if asked.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use serde_json::json;
use vopis_index::{Facets, Hit, Index, SearchRequest, Sort};

use super::args::{Config, SearchArgs};

/// Runs the subcommand.
pub fn run(config: &Config, args: &SearchArgs) -> anyhow::Result<ExitCode> {
    let index = Index::open(&config.index)?;
    let request = SearchRequest {
        limit: args.limit,
        offset: args.offset,
        facets: args.facets,
        sort: match args.sort.as_str() {
            "newest" => Sort::DateDesc,
            "oldest" => Sort::DateAsc,
            _ => Sort::Relevance,
        },
        ..SearchRequest::new(args.query.as_str())
    };
    let results = index.search(&request)?;
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = io::BufWriter::new(stdout.lock());
    if config.json {
        for hit in &results.hits {
            serde_json::to_writer(&mut out, &hit_json(hit)).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
        if let Some(facets) = &results.facets {
            serde_json::to_writer(&mut out, &json!({ "facets": facets }))
                .map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
    } else {
        let (open, close) = if terminal {
            ("\x1b[1m", "\x1b[0m")
        } else {
            ("**", "**")
        };
        for (n, hit) in results.hits.iter().enumerate() {
            write_hit(&mut out, args.offset + n + 1, hit, open, close)?;
        }
        let shown = results.hits.len();
        let plural = if results.total == 1 { "" } else { "s" };
        if args.offset > 0 && shown > 0 {
            let (first, last) = (args.offset + 1, args.offset + shown);
            writeln!(
                out,
                "{shown} of {} document{plural} (hits {first}–{last})",
                results.total
            )?;
        } else {
            writeln!(out, "{shown} of {} document{plural}", results.total)?;
        }
        if let Some(facets) = &results.facets {
            write_facets(&mut out, facets)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The JSON object of one hit.
fn hit_json(hit: &Hit) -> serde_json::Value {
    let highlights: Vec<[usize; 2]> = hit
        .snippet
        .highlights
        .iter()
        .map(|r| [r.start, r.end])
        .collect();
    json!({
        "id": hit.id,
        "path": hit.path,
        "title": hit.title,
        "date": hit.date,
        "language": hit.language,
        "doc_type": hit.doc_type,
        "score": hit.score,
        "snippet": hit.snippet.text,
        "paths": hit.paths,
        "sender": hit.sender,
        "recipient": hit.recipient,
        "highlights": highlights,
        "snippet_html": hit.snippet.to_html(),
    })
}

/// One numbered hit for a person to read.
fn write_hit(out: &mut impl Write, n: usize, hit: &Hit, open: &str, close: &str) -> io::Result<()> {
    let title = hit.title.as_deref().unwrap_or("(untitled)");
    writeln!(out, "{n}. {title}")?;
    let mut facts = vec![hit.date.clone().unwrap_or_else(|| "undated".into())];
    facts.push(hit.doc_type.as_str().to_owned());
    facts.push(hit.language.code().to_owned());
    if let Some(sender) = &hit.sender {
        facts.push(format!("from {sender}"));
    }
    writeln!(out, "   {}", facts.join(" · "))?;
    writeln!(out, "   {}", hit.path)?;
    for other in hit.paths.iter().filter(|p| **p != hit.path) {
        writeln!(out, "   also {other}")?;
    }
    writeln!(out, "   id {}", hit.id.get(..12).unwrap_or(&hit.id))?;
    let snippet = hit.snippet.to_marked(open, close);
    if !snippet.is_empty() {
        let flat: Vec<&str> = snippet.split_whitespace().collect();
        writeln!(out, "   {}", flat.join(" "))?;
    }
    writeln!(out)
}

/// Facet counts, one line per facet.
fn write_facets(out: &mut impl Write, facets: &Facets) -> io::Result<()> {
    let lists = [
        ("language", &facets.language),
        ("type", &facets.doc_type),
        ("year", &facets.year),
        ("country", &facets.country),
        ("sender", &facets.sender),
    ];
    for (name, list) in lists {
        if list.is_empty() {
            continue;
        }
        let items: Vec<String> = list.iter().map(|(v, n)| format!("{v} ({n})")).collect();
        writeln!(out, "{name}: {}", items.join(", "))?;
    }
    Ok(())
}
