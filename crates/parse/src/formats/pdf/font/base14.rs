//! The standard 14 fonts: recognising them by name, and their glyph widths.
//!
//! A PDF may use Helvetica, Times, Courier, Symbol or ZapfDingbats without
//! /Widths; their metrics are then the standard AFM widths (generated into
//! `standard14.rs`). Producers also name them by their Windows twins (Arial,
//! Times New Roman, Courier New) with `,Bold`/`-BoldItalic`/`PSMT` styles and
//! a subset prefix, or by the short names of form fields (`Helv`, `TiRo`,
//! `Cour`, `ZaDb`), which are recognised here too.
//!
//! Invariant: width lookups never index out of bounds (generated rows have
//! the length of the name list, and we still use `get`).

use super::standard14::{GLYPH_NAMES, WIDTHS};

/// One of the standard 14 fonts, in the row order of `WIDTHS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Standard14 {
    /// Courier family: every glyph is 600 wide.
    Courier { bold: bool, italic: bool },
    /// Helvetica (and Arial).
    Helvetica { bold: bool, italic: bool },
    /// Times (and Times New Roman).
    Times { bold: bool, italic: bool },
    /// Symbol, with its own built-in encoding.
    Symbol,
    /// ZapfDingbats, with its own built-in encoding.
    ZapfDingbats,
}

/// Strips a 6-capital-letter subset prefix `ABCDEF+`.
pub(super) fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    }
}

impl Standard14 {
    /// Recognises a BaseFont name (subset prefix already stripped or not).
    pub fn from_name(name: &str) -> Option<Standard14> {
        let key: String = strip_subset(name)
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | ',' | '_'))
            .flat_map(char::to_lowercase)
            .collect();
        let bold = key.contains("bold") || key.contains("black") || key.contains("heavy");
        let italic = key.contains("italic") || key.contains("oblique");
        if key.starts_with("cour") {
            Some(Standard14::Courier { bold, italic })
        } else if key.starts_with("helv") || key.starts_with("arial") {
            Some(Standard14::Helvetica { bold, italic })
        } else if key.starts_with("times") || key == "tiro" {
            Some(Standard14::Times { bold, italic })
        } else if key.starts_with("symbol") {
            Some(Standard14::Symbol)
        } else if key.starts_with("zapfdingbats") || key.starts_with("dingbats") || key == "zadb" {
            Some(Standard14::ZapfDingbats)
        } else {
            None
        }
    }

    /// The row of this font in `WIDTHS`.
    fn row(self) -> usize {
        let style = |bold: bool, italic: bool| usize::from(bold) + 2 * usize::from(italic);
        match self {
            // Rows per family: regular, bold, italic, bold italic.
            Standard14::Courier { bold, italic } => [0, 1, 2, 3][style(bold, italic)],
            Standard14::Helvetica { bold, italic } => 4 + [0, 1, 2, 3][style(bold, italic)],
            Standard14::Times { bold, italic } => 8 + [0, 1, 2, 3][style(bold, italic)],
            Standard14::Symbol => 12,
            Standard14::ZapfDingbats => 13,
        }
    }

    /// The advance width of glyph `name`, in thousandths of text space.
    pub fn width(self, name: &str) -> Option<f32> {
        if matches!(self, Standard14::Courier { .. }) {
            return Some(600.0);
        }
        let i = GLYPH_NAMES.binary_search(&name).ok()?;
        let w = *WIDTHS.get(self.row())?.get(i)?;
        (w != 0).then_some(f32::from(w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases() {
        let helv = Standard14::Helvetica {
            bold: false,
            italic: false,
        };
        assert_eq!(Standard14::from_name("Helvetica"), Some(helv));
        assert_eq!(Standard14::from_name("ABCDEF+ArialMT"), Some(helv));
        assert_eq!(
            Standard14::from_name("Arial,BoldItalic"),
            Some(Standard14::Helvetica {
                bold: true,
                italic: true
            })
        );
        assert_eq!(
            Standard14::from_name("TimesNewRomanPS-BoldMT"),
            Some(Standard14::Times {
                bold: true,
                italic: false
            })
        );
        assert_eq!(
            Standard14::from_name("Times-New-Roman,Italic"),
            Some(Standard14::Times {
                bold: false,
                italic: true
            })
        );
        assert_eq!(
            Standard14::from_name("CourierNew"),
            Some(Standard14::Courier {
                bold: false,
                italic: false
            })
        );
        assert_eq!(Standard14::from_name("Calibri"), None);
        // The short names of Acrobat's form fonts.
        assert_eq!(Standard14::from_name("Helv"), Some(helv));
        assert_eq!(
            Standard14::from_name("ZaDb"),
            Some(Standard14::ZapfDingbats)
        );
        assert!(matches!(
            Standard14::from_name("TiRo"),
            Some(Standard14::Times { .. })
        ));
        assert_eq!(strip_subset("abcdef+X"), "abcdef+X");
    }

    #[test]
    fn afm_widths() {
        let helv = Standard14::from_name("Helvetica").unwrap();
        assert_eq!(helv.width("a"), Some(556.0));
        assert_eq!(helv.width("space"), Some(278.0));
        let times = Standard14::from_name("Times-Roman").unwrap();
        assert_eq!(times.width("a"), Some(444.0));
        assert_eq!(times.width("nosuchglyph"), None);
        let courier = Standard14::from_name("Courier-Bold").unwrap();
        assert_eq!(courier.width("afii10017"), Some(600.0));
        assert_eq!(Standard14::Symbol.width("alpha"), Some(631.0));
        let bold = Standard14::from_name("Helvetica-Bold").unwrap();
        assert_eq!(bold.width("a"), Some(556.0));
        assert_eq!(bold.width("b"), Some(611.0));
    }
}
