//! `vopis show`: one document's stored record, paths and thread links.
//!
//! The id may be a unique prefix of the content hash. With `--json`, the
//! extract object plus `paths`, `answers` (the letters it answers) and
//! `replies` (the letters answering it); otherwise a table of requisites
//! and then the text.

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Context, bail};
use vopis_index::{Index, ThreadLink};
use vopis_parse::Document;

use super::args::{Config, ShowArgs};

/// Runs the subcommand.
pub fn run(config: &Config, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let index = Index::open(&config.index)?;
    let Some(id) = index.resolve_id(&args.id)? else {
        bail!(
            "no document with id {} in {}",
            args.id,
            config.index.display()
        );
    };
    let stored = index
        .document(&id)?
        .with_context(|| format!("document {id} vanished from the index"))?;
    let thread = index.thread(&id)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    if config.json {
        let mut value = serde_json::to_value(&stored.document)?;
        if let Some(object) = value.as_object_mut() {
            object.insert("paths".into(), serde_json::to_value(&stored.paths)?);
            object.insert("answers".into(), serde_json::to_value(&thread.answers)?);
            object.insert("replies".into(), serde_json::to_value(&thread.replies)?);
        }
        serde_json::to_writer(&mut out, &value).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    } else {
        write_human(
            &mut out,
            &stored.document,
            &stored.paths,
            &thread.answers,
            &thread.replies,
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Requisites as a table, the thread, then the text.
fn write_human(
    out: &mut impl Write,
    doc: &Document,
    paths: &[String],
    answers: &[ThreadLink],
    replies: &[ThreadLink],
) -> io::Result<()> {
    let reference = |r: &Option<vopis_parse::Reference>| {
        r.as_ref().map(|r| {
            let number = r.number.as_deref().unwrap_or("—");
            match &r.date {
                Some(date) => format!("{number} of {date}"),
                None => number.to_owned(),
            }
        })
    };
    let countries = (!doc.countries.is_empty()).then(|| doc.countries.join(", "));
    let signatories = (!doc.signatories.is_empty()).then(|| {
        doc.signatories
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    });
    let rows: [(&str, Option<String>); 14] = [
        ("id", Some(doc.id.clone())),
        ("title", doc.title.clone()),
        ("type", Some(doc.doc_type.as_str().to_owned())),
        ("language", Some(doc.language.code().to_owned())),
        ("format", Some(doc.format.as_str().to_owned())),
        ("date", doc.date.clone()),
        ("number", doc.number.clone()),
        ("in reply to", reference(&doc.in_reply_to)),
        ("incoming", reference(&doc.incoming)),
        ("from", doc.sender.clone()),
        ("to", doc.recipient.clone()),
        ("subject", doc.subject.clone()),
        ("signed", signatories),
        ("countries", countries),
    ];
    for (name, value) in rows {
        if let Some(value) = value {
            writeln!(out, "{name:<12} {}", value.replace('\n', " "))?;
        }
    }
    for path in paths {
        writeln!(out, "{:<12} {path}", "path")?;
    }
    for (name, links) in [("answers", answers), ("reply", replies)] {
        for link in links {
            let title = link.title.as_deref().unwrap_or("(untitled)");
            let number = link.number.as_deref().unwrap_or("—");
            let date = link.date.as_deref().unwrap_or("undated");
            let id = link.id.get(..12).unwrap_or(&link.id);
            writeln!(out, "{name:<12} № {number} of {date}: {title} [{id}]")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", doc.text)
}
