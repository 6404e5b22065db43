//! The `\info` group: title, author, subject, producer and dates.
//!
//! `{\info{\title ...}{\author ...}{\creatim\yr2019\mo7\dy18\hr10\min5}}`
//! holds the document's properties; their text is RTF text like any other
//! (with `\'xx` and `\uN`), so each field collects into its own [`Sink`].
//! Dates are given as control words and become ISO 8601.
//!
//! Invariant: a date is produced only from in-range parts.

use encoding_rs::Encoding;

use super::charset::Deferred;
use super::sink::Sink;

/// A text property of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    /// `\title`
    Title,
    /// `\author`
    Author,
    /// `\*\generator`: the producing program.
    Generator,
}

/// A date property of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum When {
    /// `\creatim`
    Created,
    /// `\revtim`
    Modified,
}

/// The parts of an RTF date (`\yr \mo \dy \hr \min \sec`).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct DateParts {
    year: Option<i32>,
    month: Option<i32>,
    day: Option<i32>,
    hour: Option<i32>,
    minute: Option<i32>,
    second: Option<i32>,
}

impl DateParts {
    /// Records one part; returns whether `word` was a date part.
    pub fn set(&mut self, word: &str, value: Option<i32>) -> bool {
        let slot = match word {
            "yr" => &mut self.year,
            "mo" => &mut self.month,
            "dy" => &mut self.day,
            "hr" => &mut self.hour,
            "min" => &mut self.minute,
            "sec" => &mut self.second,
            _ => return false,
        };
        *slot = value;
        true
    }

    /// ISO 8601: `YYYY-MM-DDTHH:MM:SS`, or `YYYY-MM-DD` without a time.
    pub fn iso(&self) -> Option<String> {
        let year = self.year.filter(|y| (1000..=9999).contains(y))?;
        let month = self.month.filter(|m| (1..=12).contains(m))?;
        let day = self.day.filter(|d| (1..=31).contains(d))?;
        let date = format!("{year:04}-{month:02}-{day:02}");
        let hour = self.hour.filter(|h| (0..=23).contains(h));
        let minute = self.minute.filter(|m| (0..=59).contains(m));
        match (hour, minute) {
            (Some(h), Some(m)) => {
                let s = self.second.filter(|s| (0..=59).contains(s)).unwrap_or(0);
                Some(format!("{date}T{h:02}:{m:02}:{s:02}"))
            }
            _ => Some(date),
        }
    }
}

/// Everything `\info` (and `\*\generator`) says.
#[derive(Debug, Default)]
pub(super) struct Info {
    /// `\title`
    pub title: Sink,
    /// `\author`
    pub author: Sink,
    /// `\*\generator`
    pub generator: Sink,
    /// `\creatim`
    pub created: DateParts,
    /// `\revtim`
    pub modified: DateParts,
}

impl Info {
    /// The sink of a text field.
    pub fn field(&mut self, field: Field) -> &mut Sink {
        match field {
            Field::Title => &mut self.title,
            Field::Author => &mut self.author,
            Field::Generator => &mut self.generator,
        }
    }

    /// Whether a text field already has text.
    pub fn has(&self, field: Field) -> bool {
        let sink = match field {
            Field::Title => &self.title,
            Field::Author => &self.author,
            Field::Generator => &self.generator,
        };
        !sink.is_empty()
    }

    /// The parts of a date.
    pub fn date(&mut self, when: When) -> &mut DateParts {
        match when {
            When::Created => &mut self.created,
            When::Modified => &mut self.modified,
        }
    }
}

/// A field's text, trimmed (and without the `;` generators end with), or `None`.
pub(super) fn finish_field(
    sink: Sink,
    resolve: impl Fn(Deferred) -> &'static Encoding,
) -> Option<String> {
    let text = sink.finish(resolve);
    let text = text.trim().trim_end_matches(';').trim();
    (!text.is_empty()).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_iso_8601() {
        let mut d = DateParts::default();
        for (w, v) in [("yr", 2019), ("mo", 7), ("dy", 18), ("hr", 9), ("min", 5)] {
            assert!(d.set(w, Some(v)));
        }
        assert!(!d.set("edmins", Some(3)));
        assert_eq!(d.iso().as_deref(), Some("2019-07-18T09:05:00"));
        let mut d = DateParts::default();
        d.set("yr", Some(2019));
        d.set("mo", Some(13));
        d.set("dy", Some(1));
        assert_eq!(d.iso(), None);
        d.set("mo", Some(12));
        assert_eq!(d.iso().as_deref(), Some("2019-12-01"));
    }
}
