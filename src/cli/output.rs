//! Writing records: JSON Lines or human-readable text, to stdout.
//!
//! A reader of our output that goes away (`vopis extract … | head`) closes the
//! pipe; that ends the run quietly instead of as an error.

use std::io::{self, Write};

use vopis_parse::{Document, Outcome};

/// Whether `error` (anywhere in its chain) is a broken pipe.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Writes one outcome as one line of JSON.
pub fn write_json(out: &mut impl Write, outcome: &Outcome) -> anyhow::Result<()> {
    serde_json::to_writer(&mut *out, outcome).map_err(io::Error::from)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Writes one outcome for a person to read.
pub fn write_human(out: &mut impl Write, outcome: &Outcome) -> anyhow::Result<()> {
    match outcome {
        Outcome::Parsed(doc) => write_document(out, doc, 0)?,
        Outcome::Failed(failure) => writeln!(
            out,
            "== {}: FAILED ({}): {}\n",
            failure.path,
            failure.error.kind.as_str(),
            failure.error.message
        )?,
    }
    Ok(())
}

fn write_document(out: &mut impl Write, doc: &Document, depth: usize) -> io::Result<()> {
    let indent = "  ".repeat(depth);
    let mut facts = vec![doc.format.as_str().to_owned()];
    if let Some(pages) = doc.page_count {
        facts.push(format!("{pages} page{}", if pages == 1 { "" } else { "s" }));
    }
    if let Some(encoding) = &doc.encoding {
        facts.push(encoding.clone());
    }
    writeln!(out, "{indent}== {} ({})", doc.path, facts.join(", "))?;
    let fields = [
        ("title", &doc.title),
        ("author", &doc.author),
        ("from", &doc.sender),
        ("to", &doc.recipient),
        ("date", &doc.date),
    ];
    for (name, value) in fields {
        if let Some(value) = value {
            writeln!(out, "{indent}{name}: {value}")?;
        }
    }
    for warning in &doc.warnings {
        writeln!(out, "{indent}warning: {warning}")?;
    }
    writeln!(out)?;
    for line in doc.text.lines() {
        writeln!(out, "{indent}{line}")?;
    }
    writeln!(out)?;
    for attachment in &doc.attachments {
        match attachment {
            Outcome::Parsed(inner) => write_document(out, inner, depth + 1)?,
            Outcome::Failed(f) => writeln!(
                out,
                "{indent}  == {}: FAILED ({}): {}\n",
                f.path,
                f.error.kind.as_str(),
                f.error.message
            )?,
        }
    }
    Ok(())
}
