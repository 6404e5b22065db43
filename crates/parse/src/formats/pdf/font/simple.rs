//! Simple fonts (Type1, MMType1, TrueType, Type3): one byte per code.
//!
//! At load, every one of the 256 codes gets its text and width, so decoding
//! is a table lookup per byte. A code's text comes from, in order: the
//! ToUnicode CMap; windows-1251 for old Cyrillic fonts (see
//! [`is_legacy_cyrillic`]); the embedded TrueType cmap for symbolic TrueType
//! fonts without an encoding; the glyph name from /Encoding, /Differences or
//! the font's built-in encoding, through the Adobe Glyph List.
//!
//! Invariant: both tables have exactly 256 entries, so `decode` indexes them
//! by a byte with `get` that always succeeds.

use lopdf::{Dictionary, Document};

use super::Glyph;
use super::base_encodings::{STANDARD, SYMBOL, WIN_ANSI, ZAPF_DINGBATS};
use super::base14::Standard14;
use super::cff::Cff;
use super::cmap::CMap;
use super::encoding::{
    NameTable, apply_encoding, cp1251_char, empty_table, is_legacy_cyrillic, table_of,
};
use super::glyph_names::{dingbat_text_of, name_of, text_of};
use super::objects::{get, get_array, get_dict, get_name, get_stream_bytes, number};
use super::text::Text;
use super::truetype::TrueTypeCmap;
use super::type1::{BuiltinEncoding, builtin_encoding};
use super::widths::simple_widths;
use crate::limits::Limits;

/// A loaded simple font: text and width per byte.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SimpleFont {
    /// Text per code, 256 entries.
    text: Vec<Text>,
    /// Width per code, 256 entries.
    widths: Vec<f32>,
}

impl SimpleFont {
    /// Builds the tables of a simple font; `name` is the BaseFont without
    /// subset prefix.
    pub fn load(doc: &Document, dict: &Dictionary, name: &str, limits: &Limits) -> SimpleFont {
        let subtype = get_name(doc, dict, b"Subtype").unwrap_or_default();
        let descriptor = get_dict(doc, dict, b"FontDescriptor");
        let is_type3 = subtype == b"Type3";
        let is_truetype = subtype == b"TrueType";
        let std14 = if is_type3 {
            None
        } else {
            Standard14::from_name(name)
        };

        let enc_obj = dict.get(b"Encoding").ok();
        let needs_builtin = match enc_obj.and_then(|o| super::objects::deref(doc, o)) {
            None => true,
            Some(lopdf::Object::Dictionary(d)) => !d.has(b"BaseEncoding"),
            Some(_) => false,
        };
        let mut names = if is_type3 {
            empty_table()
        } else if needs_builtin {
            builtin_names(doc, descriptor, std14, limits)
        } else {
            table_of(&STANDARD)
        };
        let info = apply_encoding(doc, enc_obj, &mut names);

        let dingbats = std14 == Some(Standard14::ZapfDingbats);
        let mut text: Vec<Text> = names
            .iter()
            .map(|n| {
                if dingbats {
                    dingbat_text_of(n)
                } else {
                    text_of(n)
                }
            })
            .collect();
        if is_truetype
            && !info.present
            && let Some(program) =
                descriptor.and_then(|d| get_stream_bytes(doc, d, b"FontFile2", limits))
        {
            symbolic_truetype_text(&program, &mut text);
        }
        let charset = descriptor
            .and_then(|d| get(doc, d, b"CharSet"))
            .and_then(|c| c.as_str().ok());
        let to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| super::objects::stream_bytes(doc, o, limits))
            .map(|data| CMap::parse(&data));
        if to_unicode.as_ref().is_none_or(|c| c.unicode.is_empty())
            && !info.has_differences
            && is_legacy_cyrillic(name, info.win_ansi, charset)
            && !has_cyrillic(&text)
        {
            let upper = text.iter_mut().zip(names.iter_mut()).skip(0x80);
            for (b, (slot, name)) in (0x80..=0xFFu8).zip(upper) {
                if let Some(c) = cp1251_char(b) {
                    *slot = Text::One(c);
                    *name = name_of(c).unwrap_or_default().into();
                }
            }
        }
        if let Some(cmap) = &to_unicode {
            for (code, slot) in text.iter_mut().enumerate() {
                match cmap.unicode.get(&(code as u32)) {
                    Some(t) if !t.is_none() => *slot = t.clone(),
                    _ => {}
                }
            }
        }

        let scale = if is_type3 {
            type3_scale(doc, dict)
        } else {
            1.0
        };
        let widths = simple_widths(doc, dict, descriptor, &names, std14, scale);
        text.resize(256, Text::None);
        SimpleFont { text, widths }
    }

    /// The font used when a font is missing: WinAnsi text, width 500.
    pub fn fallback() -> SimpleFont {
        SimpleFont {
            text: WIN_ANSI.iter().map(|n| text_of(n)).collect(),
            widths: vec![500.0; 256],
        }
    }

    /// Splits `bytes` into one glyph per byte.
    pub fn decode(&self, bytes: &[u8]) -> Vec<Glyph> {
        bytes
            .iter()
            .map(|&b| Glyph {
                code: u32::from(b),
                text: self
                    .text
                    .get(usize::from(b))
                    .map(Text::to_owned_string)
                    .unwrap_or_default(),
                width: self.widths.get(usize::from(b)).copied().unwrap_or(0.0),
                is_space: b == b' ',
            })
            .collect()
    }
}

/// The names of the font's own encoding: an embedded Type1 or CFF
/// program's, Symbol's and ZapfDingbats' for those fonts, else StandardEncoding.
fn builtin_names(
    doc: &Document,
    descriptor: Option<&Dictionary>,
    std14: Option<Standard14>,
    limits: &Limits,
) -> NameTable {
    let type1 = descriptor.and_then(|d| get_stream_bytes(doc, d, b"FontFile", limits));
    let builtin = match type1 {
        Some(program) => builtin_encoding(&program),
        None => descriptor
            .and_then(|d| get_stream_bytes(doc, d, b"FontFile3", limits))
            .and_then(|program| Cff::parse(&program).and_then(|cff| cff.builtin_encoding())),
    };
    match builtin {
        Some(BuiltinEncoding::Standard) => return table_of(&STANDARD),
        Some(BuiltinEncoding::Custom(entries)) => {
            let mut names = empty_table();
            for (code, name) in entries {
                if let Some(slot) = names.get_mut(usize::from(code)) {
                    *slot = name.into();
                }
            }
            return names;
        }
        None => {}
    }
    match std14 {
        Some(Standard14::Symbol) => table_of(&SYMBOL),
        Some(Standard14::ZapfDingbats) => table_of(&ZAPF_DINGBATS),
        _ => table_of(&STANDARD),
    }
}

/// Whether the upper half already decodes to Cyrillic letters.
fn has_cyrillic(text: &[Text]) -> bool {
    text.iter()
        .skip(0x80)
        .any(|t| matches!(t, Text::One(c) if ('\u{400}'..='\u{4FF}').contains(c)))
}

/// Texts of a symbolic TrueType font without /Encoding: each code is looked
/// up as-is, then as 0xF000 + code, in the (3,0) cmap (or as-is in (1,0)),
/// and the glyph's Unicode comes from the font's Unicode cmap. Codes whose
/// glyph has no Unicode keep the WinAnsi reading of the byte.
fn symbolic_truetype_text(program: &[u8], text: &mut [Text]) {
    let Some(cmap) = TrueTypeCmap::parse(program) else {
        return;
    };
    let Some(unicode) = cmap.glyph_to_unicode() else {
        if cmap.has(3, 0) {
            // Symbol-only cmap: the codes are the best text we have.
            for (slot, name) in text.iter_mut().zip(WIN_ANSI.iter()) {
                if slot.is_none() {
                    *slot = text_of(name);
                }
            }
        }
        return;
    };
    let mut gids = [0u16; 256];
    let (pairs, symbol) = match cmap.pairs(3, 0) {
        Some(p) => (p, true),
        None => (cmap.pairs(1, 0).unwrap_or_default(), false),
    };
    for (code, gid) in pairs {
        let byte = if code < 256 {
            Some(code)
        } else if symbol && (0xF000..=0xF0FF).contains(&code) {
            Some(code - 0xF000)
        } else {
            None
        };
        if let Some(slot) = byte.and_then(|b| gids.get_mut(b as usize)) {
            // Codes as-is win over 0xF0xx.
            if *slot == 0 || code < 256 {
                *slot = gid;
            }
        }
    }
    for (slot, gid) in text.iter_mut().zip(gids.iter()) {
        if let Some(t) = unicode.get(&u32::from(*gid)).filter(|_| *gid != 0) {
            *slot = t.clone();
        }
    }
}

/// Thousandths of text space per Type3 glyph-space unit: FontMatrix[0] × 1000.
fn type3_scale(doc: &Document, dict: &Dictionary) -> f32 {
    get_array(doc, dict, b"FontMatrix")
        .and_then(|m| m.first())
        .and_then(|a| super::objects::deref(doc, a))
        .and_then(number)
        .filter(|a| *a != 0.0)
        .map_or(1.0, |a| a * 1000.0)
}

#[cfg(test)]
mod tests {
    use super::super::PdfFont;
    use super::super::truetype::tests::{font_with_cmaps, format4_body};
    use super::*;
    use crate::options::ParseOptions;
    use lopdf::{Object, Stream, dictionary};

    /// Loads `dict` as a font of `doc`.
    fn load(doc: &Document, dict: Dictionary) -> PdfFont {
        let opts = ParseOptions::default();
        PdfFont::load(doc, &dict, &Limits::new(&opts))
    }

    /// The decoded text of `bytes`.
    fn text(font: &PdfFont, bytes: &[u8]) -> String {
        font.decode(bytes).iter().map(|g| g.text.as_str()).collect()
    }

    /// The glyph name of a character, `afii` for Cyrillic letters.
    fn afii(c: char) -> &'static str {
        let name = name_of(c).unwrap();
        assert!(!c.is_alphabetic() || name.starts_with("afii"), "{c} {name}");
        name
    }

    /// A font whose Differences give `s`'s letters codes from 0xC0 up, and
    /// the bytes that spell `s` in it.
    fn differences_for(s: &str) -> (Vec<Object>, Vec<u8>) {
        let mut letters: Vec<char> = s.chars().filter(|c| *c != ' ').collect();
        letters.sort_unstable();
        letters.dedup();
        let mut diffs = vec![Object::Integer(0xC0)];
        diffs.extend(
            letters
                .iter()
                .map(|&c| Object::Name(afii(c).as_bytes().to_vec())),
        );
        let bytes = s
            .chars()
            .map(|c| match letters.iter().position(|&l| l == c) {
                Some(i) => 0xC0 + i as u8,
                None => b' ',
            })
            .collect();
        (diffs, bytes)
    }

    #[test]
    fn differences_with_afii_names_belarusian_and_russian() {
        let doc = Document::with_version("1.5");
        for phrase in [
            "Міністэрства адукацыі",
            "Ёлка",
            "Ў ўсіх ёсць",
            "З’езд, аб’ява",
        ] {
            let (diffs, bytes) = differences_for(phrase);
            let font = load(
                &doc,
                dictionary! {
                    "Subtype" => "Type1", "BaseFont" => "PragmaticaC",
                    "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => diffs },
                },
            );
            assert_eq!(text(&font, &bytes), phrase);
        }
    }

    #[test]
    fn odd_glyph_names_affect_only_their_code() {
        let doc = Document::with_version("1.5");
        let diffs = vec![
            Object::Integer(0x97),
            "emdash.cyr".into(),
            "g17".into(),
            "f_f_i".into(),
            "uni0456".into(),
            "zzz-unknown".into(),
        ];
        let font = load(
            &doc,
            dictionary! {
                "Subtype" => "Type1", "BaseFont" => "Times-Roman",
                "Encoding" => dictionary! { "BaseEncoding" => "WinAnsiEncoding", "Differences" => diffs },
            },
        );
        assert_eq!(text(&font, b"\x97\x98\x99\x9a\x9b Tea"), "—ffiі Tea");
        assert_eq!(font.decode(b"\x98")[0].text, "");
    }

    #[test]
    fn winansi_and_standard14_widths() {
        let doc = Document::with_version("1.5");
        let helv = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "Helvetica", "Encoding" => "WinAnsiEncoding" },
        );
        let g = helv.decode(b"caf\xe9 a");
        assert_eq!(
            g.iter().map(|g| g.text.as_str()).collect::<String>(),
            "café a"
        );
        assert_eq!(g[5].width, 556.0);
        assert_eq!(g[4].width, 278.0);
        assert!(g[4].is_space && !g[5].is_space);
        let times = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "Times-Roman" },
        );
        assert_eq!(times.decode(b"a")[0].width, 444.0);
        let courier = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "CourierNewPS-BoldMT" },
        );
        assert_eq!(courier.decode(b"Wi")[1].width, 600.0);
        let arial = load(
            &doc,
            dictionary! { "Subtype" => "TrueType", "BaseFont" => "Arial,Bold" },
        );
        assert_eq!(arial.decode(b"b")[0].width, 611.0);
    }

    #[test]
    fn explicit_widths_and_missing_width() {
        let mut doc = Document::with_version("1.5");
        let desc =
            doc.add_object(dictionary! { "Type" => "FontDescriptor", "MissingWidth" => 333 });
        let font = load(
            &doc,
            dictionary! {
                "Subtype" => "TrueType", "BaseFont" => "Calibri", "FirstChar" => 32, "LastChar" => 33,
                "Widths" => vec![226.into(), 326.into()], "FontDescriptor" => desc,
                "Encoding" => "WinAnsiEncoding",
            },
        );
        let w: Vec<f32> = font.decode(b" !A").iter().map(|g| g.width).collect();
        assert_eq!(w, vec![226.0, 326.0, 333.0]);
    }

    #[test]
    fn cyrillic_named_fonts_decode_cp1251() {
        let doc = Document::with_version("1.5");
        let bytes = b"\xcc\xb3\xed\xb3\xf1\xf2\xfd\xf0\xf1\xf2\xe2\xe0 \xe0\xe4\xf3\xea\xe0\xf6\xfb\xb3. \xa8\xeb\xea\xe0, \xa1\xa2";
        for name in [
            "TimesNewRomanCyr",
            "ABCDEF+ArialCyr,Bold",
            "Courier-Cyrillic",
        ] {
            let font = load(
                &doc,
                dictionary! { "Subtype" => "TrueType", "BaseFont" => name, "Encoding" => "WinAnsiEncoding" },
            );
            assert_eq!(
                text(&font, bytes),
                "Міністэрства адукацыі. Ёлка, Ўў",
                "{name}"
            );
        }
        let latin = load(
            &doc,
            dictionary! { "Subtype" => "TrueType", "BaseFont" => "TimesNewRoman", "Encoding" => "WinAnsiEncoding" },
        );
        assert_eq!(text(&latin, b"\xe9"), "é");
        // Widths come from the Cyrillic glyphs' metrics, not the Latin ones at those codes.
        let cyr = load(
            &doc,
            dictionary! { "Subtype" => "TrueType", "BaseFont" => "TimesNewRomanCyr", "Encoding" => "WinAnsiEncoding" },
        );
        assert_eq!(cyr.decode(b"\xe4")[0].width, 509.0);
        assert_eq!(latin.decode(b"\xe4")[0].width, 444.0);
    }

    #[test]
    fn winansi_with_cyrillic_charset_decodes_cp1251() {
        let mut doc = Document::with_version("1.5");
        let desc = doc.add_object(dictionary! {
            "Type" => "FontDescriptor",
            "CharSet" => Object::string_literal("/space/afii10017/afii10065"),
        });
        let font = load(
            &doc,
            dictionary! {
                "Subtype" => "Type1", "BaseFont" => "Pragmatica",
                "Encoding" => "WinAnsiEncoding", "FontDescriptor" => desc,
            },
        );
        assert_eq!(text(&font, b"\xc0\xe0"), "Аа");
    }

    #[test]
    fn to_unicode_wins_over_the_encoding() {
        let mut doc = Document::with_version("1.5");
        let cmap = doc.add_object(Stream::new(
            Dictionary::new(),
            b"1 begincodespacerange <00> <FF> endcodespacerange
              2 beginbfchar <41> <0410> <42> <00660066> endbfchar"
                .to_vec(),
        ));
        let font = load(
            &doc,
            dictionary! {
                "Subtype" => "TrueType", "BaseFont" => "ArialCyr",
                "Encoding" => "WinAnsiEncoding", "ToUnicode" => cmap,
            },
        );
        assert_eq!(text(&font, b"ABC\xe9"), "АffCé");
    }

    #[test]
    fn type3_widths_are_scaled_by_the_font_matrix() {
        let doc = Document::with_version("1.5");
        let font = load(
            &doc,
            dictionary! {
                "Subtype" => "Type3",
                "FontMatrix" => vec![Object::Real(0.01), 0.into(), 0.into(), Object::Real(0.01), 0.into(), 0.into()],
                "FirstChar" => 1, "LastChar" => 2,
                "Widths" => vec![50.into(), Object::Real(72.5)],
                "Encoding" => dictionary! { "Differences" => vec![1.into(), "afii10110".into(), "a".into()] },
            },
        );
        let g = font.decode(b"\x01\x02");
        assert_eq!((g[0].text.as_str(), g[0].width), ("ў", 500.0));
        assert_eq!((g[1].text.as_str(), g[1].width), ("a", 725.0));
    }

    #[test]
    fn symbolic_truetype_uses_the_embedded_cmap() {
        let mut doc = Document::with_version("1.5");
        // (3,0) maps 0xF041.. to glyphs 1..; (3,1) maps 'Б'.. to the same glyphs.
        let program = font_with_cmaps(&[
            (3, 0, format4_body(0xF041, 0xF05A, 1)),
            (3, 1, format4_body(0x0411, 0x042A, 1)),
        ]);
        let file = doc.add_object(Stream::new(Dictionary::new(), program));
        let desc = doc.add_object(dictionary! { "Flags" => 4, "FontFile2" => file });
        let font = load(
            &doc,
            dictionary! { "Subtype" => "TrueType", "BaseFont" => "ABCDEF+Wingish", "FontDescriptor" => desc },
        );
        assert_eq!(text(&font, b"ABC"), "БВГ");
    }

    #[test]
    fn type1_builtin_encoding_from_the_font_program() {
        let mut doc = Document::with_version("1.5");
        let program =
            b"%!PS-AdobeFont-1.0\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n\
            dup 65 /afii10103 put\ndup 66 /afii10110 put\nreadonly def\ncurrentfile eexec"
                .to_vec();
        let file = doc.add_object(Stream::new(Dictionary::new(), program));
        let desc = doc.add_object(dictionary! { "FontFile" => file });
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "ABCDEF+CMR10", "FontDescriptor" => desc },
        );
        assert_eq!(text(&font, b"AB"), "іў");
    }

    #[test]
    fn zapf_dingbats_names_only_in_zapf_dingbats() {
        let doc = Document::with_version("1.5");
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "ZapfDingbats" },
        );
        assert_eq!(text(&font, b"l"), "●");
        let diffs = vec![Object::Integer(0x6C), "a71".into()];
        let type3 = load(
            &doc,
            dictionary! { "Subtype" => "Type3", "Encoding" => dictionary! { "Differences" => diffs } },
        );
        assert_eq!(text(&type3, b"l"), "");
    }

    #[test]
    fn cff_builtin_encoding_from_the_font_program() {
        let mut doc = Document::with_version("1.5");
        let file = doc.add_object(Stream::new(
            dictionary! { "Subtype" => "Type1C" },
            super::super::cff::tests::tiny_cff(),
        ));
        let desc = doc.add_object(dictionary! { "FontFile3" => file });
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "ABCDEF+Font", "FontDescriptor" => desc },
        );
        assert_eq!(text(&font, b"\xa2A"), "ўA");
    }

    #[test]
    fn symbol_font_uses_its_builtin_encoding() {
        let doc = Document::with_version("1.5");
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type1", "BaseFont" => "Symbol" },
        );
        let g = font.decode(b"a\xb7");
        assert_eq!((g[0].text.as_str(), g[0].width), ("α", 631.0));
        assert_eq!(g[1].text, "•");
        // Word's bullets: the TrueType Symbol font, also laid out in the Symbol encoding.
        let word = load(
            &doc,
            dictionary! { "Subtype" => "TrueType", "BaseFont" => "SymbolMT" },
        );
        assert_eq!(text(&word, b"\xb7p"), "•π");
    }
}
