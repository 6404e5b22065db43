//! Type0 (composite) fonts: multi-byte codes, CIDs, and CID widths.
//!
//! The /Encoding CMap splits strings into codes (Identity-H/-V: two bytes;
//! an embedded CMap: by its code space ranges) and maps them to CIDs; the
//! descendant CIDFont gives widths per CID (/W, /DW). A code's text is its
//! ToUnicode entry; failing that, for a TrueType-based CIDFont with an
//! embedded program, the Unicode of its glyph from the program's own cmap
//! (CID → glyph id by /CIDToGIDMap); for a CFF-based CIDFont, the glyph
//! name of the CID in the program's charset; and for the predefined
//! `Uni…-UCS2` CMaps (or a /ToUnicode named /Identity-H) the code itself.
//!
//! Invariant: decoding consumes at least one byte per glyph, so it ends, and
//! every table lookup is a `get` or a map lookup.

use lopdf::{Dictionary, Document, Object};

use super::Glyph;
use super::cff::Cff;
use super::cmap::{CMap, CidRange, CodeSpace};
use super::glyph_names::text_of;
use super::objects::{deref, get, get_array, get_dict, get_name, stream_bytes};
use super::text::{CodeMap, Text};
use super::truetype::TrueTypeCmap;
use super::widths::CidWidths;
use crate::limits::Limits;

/// Largest compressed font program read for the cmap fallback when the font
/// also has a ToUnicode CMap (subset programs are far smaller).
const MAX_FALLBACK_PROGRAM: usize = 1 << 20;

/// Most entries read from a /CIDToGIDMap stream (CIDs are 16-bit).
const MAX_CIDS: usize = 1 << 16;

/// How codes become CIDs.
#[derive(Debug, Clone, PartialEq)]
enum CidMap {
    /// CID = code (Identity-H/-V and unknown predefined CMaps).
    Identity,
    /// Ranges from an embedded CMap, sorted by first code.
    Ranges(Vec<CidRange>),
}

/// A loaded Type0 font.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct CompositeFont {
    /// How strings split into codes.
    codespace: CodeSpace,
    /// Code → CID.
    cids: CidMap,
    /// Code → text from ToUnicode.
    to_unicode: CodeMap<Text>,
    /// The encoding is a predefined UCS-2/UTF-16 CMap: codes are Unicode.
    ucs2: bool,
    /// /ToUnicode is the name /Identity-H (or -V): codes are Unicode, after
    /// what the font program says.
    identity_to_unicode: bool,
    /// CID → glyph id (`None`: identity).
    cid_to_gid: Option<Vec<u16>>,
    /// Glyph id → text from the embedded TrueType cmap.
    gid_text: CodeMap<Text>,
    /// Widths per CID.
    widths: CidWidths,
    /// Vertical writing (Identity-V, `-V` CMaps, /WMode 1).
    pub vertical: bool,
}

impl CompositeFont {
    /// Builds a Type0 font from its dictionary.
    pub fn load(doc: &Document, dict: &Dictionary, limits: &Limits) -> CompositeFont {
        let mut font = CompositeFont {
            codespace: CodeSpace::TwoByte,
            cids: CidMap::Identity,
            to_unicode: CodeMap::default(),
            ucs2: false,
            identity_to_unicode: false,
            cid_to_gid: None,
            gid_text: CodeMap::default(),
            widths: CidWidths::with_default(1000.0),
            vertical: false,
        };
        font.read_encoding(doc, dict, limits);
        let to_unicode = dict
            .get(b"ToUnicode")
            .ok()
            .and_then(|o| stream_bytes(doc, o, limits))
            .map(|data| CMap::parse(&data));
        let has_to_unicode = to_unicode.as_ref().is_some_and(|c| !c.unicode.is_empty());
        font.identity_to_unicode =
            get_name(doc, dict, b"ToUnicode").is_some_and(|n| n.starts_with(b"Identity"));
        if let Some(cmap) = to_unicode {
            font.to_unicode = cmap.unicode;
        }
        let descendant = get_array(doc, dict, b"DescendantFonts")
            .and_then(|a| a.first())
            .and_then(|d| deref(doc, d))
            .and_then(|d| d.as_dict().ok());
        if let Some(desc) = descendant {
            font.widths = CidWidths::load(doc, desc);
            match get_name(doc, desc, b"Subtype") {
                Some(b"CIDFontType2") => font.read_truetype(doc, desc, has_to_unicode, limits),
                Some(b"CIDFontType0") if !has_to_unicode => font.read_cff(doc, desc, limits),
                _ => {}
            }
        }
        font
    }

    /// Reads /Encoding: a predefined CMap name or an embedded CMap stream.
    fn read_encoding(&mut self, doc: &Document, dict: &Dictionary, limits: &Limits) {
        let Some(enc) = get(doc, dict, b"Encoding") else {
            return;
        };
        match enc {
            Object::Name(name) => {
                self.vertical = name.ends_with(b"-V");
                self.ucs2 = name.starts_with(b"Uni")
                    && (name.windows(4).any(|w| w == b"UCS2")
                        || name.windows(5).any(|w| w == b"UTF16"));
            }
            Object::Stream(_) => {
                let Some(data) = stream_bytes(doc, enc, limits) else {
                    return;
                };
                let cmap = CMap::parse(&data);
                self.vertical =
                    cmap.vertical || cmap.use_cmap.as_deref().is_some_and(|n| n.ends_with(b"-V"));
                self.codespace = CodeSpace::from_ranges(cmap.codespace);
                if !cmap.cids.is_empty() {
                    let mut ranges = cmap.cids;
                    ranges.sort_by_key(|r| r.lo);
                    self.cids = CidMap::Ranges(ranges);
                }
            }
            _ => {}
        }
    }

    /// Reads the embedded TrueType program's cmap and /CIDToGIDMap for the
    /// glyph-id fallback.
    fn read_truetype(
        &mut self,
        doc: &Document,
        desc: &Dictionary,
        has_to_unicode: bool,
        limits: &Limits,
    ) {
        let Some(file) =
            get_dict(doc, desc, b"FontDescriptor").and_then(|fd| fd.get(b"FontFile2").ok())
        else {
            return;
        };
        if has_to_unicode {
            let small = deref(doc, file)
                .and_then(|o| o.as_stream().ok())
                .is_some_and(|s| s.content.len() <= MAX_FALLBACK_PROGRAM);
            if !small {
                return;
            }
        }
        let Some(program) = stream_bytes(doc, file, limits) else {
            return;
        };
        let Some(map) = TrueTypeCmap::parse(&program).and_then(|c| c.glyph_to_unicode()) else {
            return;
        };
        self.gid_text = map;
        if let Some(stream) = desc.get(b"CIDToGIDMap").ok()
            && deref(doc, stream).is_some_and(|o| o.as_stream().is_ok())
            && let Some(data) = stream_bytes(doc, stream, limits)
        {
            self.cid_to_gid = Some(
                data.chunks_exact(2)
                    .take(MAX_CIDS)
                    .map(|c| match *c {
                        [a, b] => u16::from_be_bytes([a, b]),
                        _ => 0,
                    })
                    .collect(),
            );
        }
    }

    /// Reads the glyph names of an embedded non-CID-keyed CFF program (whose
    /// glyph ids are the CIDs) for the glyph-id fallback.
    fn read_cff(&mut self, doc: &Document, desc: &Dictionary, limits: &Limits) {
        let Some(program) = get_dict(doc, desc, b"FontDescriptor")
            .and_then(|fd| fd.get(b"FontFile3").ok())
            .and_then(|file| stream_bytes(doc, file, limits))
        else {
            return;
        };
        let Some(names) = Cff::parse(&program).and_then(|cff| cff.glyph_names()) else {
            return;
        };
        for (gid, name) in names.iter().enumerate() {
            let text = text_of(name);
            if let (false, Ok(gid)) = (text.is_none(), u32::try_from(gid)) {
                self.gid_text.insert(gid, text);
            }
        }
    }

    /// The CID of `code`.
    fn cid_of(&self, code: u32) -> u32 {
        match &self.cids {
            CidMap::Identity => code,
            CidMap::Ranges(ranges) => {
                let i = ranges.partition_point(|r| r.lo <= code);
                match i.checked_sub(1).and_then(|i| ranges.get(i)) {
                    Some(r) if code <= r.hi => r.cid.saturating_add(code - r.lo),
                    _ => 0,
                }
            }
        }
    }

    /// The text of `code` (whose CID is `cid`).
    fn text_of(&self, code: u32, cid: u32) -> String {
        if let Some(t) = self.to_unicode.get(&code).filter(|t| !t.is_none()) {
            return t.to_owned_string();
        }
        if self.ucs2 {
            return Text::from_code_point(code).to_owned_string();
        }
        if !self.gid_text.is_empty() {
            let gid = match &self.cid_to_gid {
                None => cid,
                Some(map) => map.get(cid as usize).map_or(0, |&g| u32::from(g)),
            };
            if let Some(t) = self.gid_text.get(&gid) {
                return t.to_owned_string();
            }
        }
        if self.identity_to_unicode {
            return Text::from_code_point(code).to_owned_string();
        }
        String::new()
    }

    /// Splits `bytes` into codes and decodes each.
    pub fn decode(&self, bytes: &[u8]) -> Vec<Glyph> {
        let per_code = if self.codespace == CodeSpace::TwoByte {
            2
        } else {
            1
        };
        let mut out = Vec::with_capacity(bytes.len() / per_code);
        let mut rest = bytes;
        while !rest.is_empty() {
            let (code, n) = self.codespace.next_code(rest);
            rest = rest.get(n..).unwrap_or_default();
            let cid = self.cid_of(code);
            out.push(Glyph {
                code,
                text: self.text_of(code, cid),
                width: self.widths.width(cid),
                is_space: n == 1 && code == 32,
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::PdfFont;
    use super::super::truetype::tests::{font_with_cmaps, format4_body};
    use super::*;
    use crate::options::ParseOptions;
    use lopdf::{Stream, dictionary};

    /// Loads `dict` as a font of `doc`.
    fn load(doc: &Document, dict: Dictionary) -> PdfFont {
        let opts = ParseOptions::default();
        PdfFont::load(doc, &dict, &Limits::new(&opts))
    }

    /// The decoded text of `bytes`.
    fn text(font: &PdfFont, bytes: &[u8]) -> String {
        font.decode(bytes).iter().map(|g| g.text.as_str()).collect()
    }

    /// A ToUnicode CMap for 2-byte codes.
    const TO_UNICODE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0003> <0020> <0102> <D83DDE00> endbfchar
        2 beginbfrange <0010> <0012> <041C0456> <0020> <0022> [<0430> <0434> <FB03>] endbfrange
        endcmap";

    #[test]
    fn identity_h_with_to_unicode_and_w() {
        let mut doc = Document::with_version("1.5");
        let cmap = doc.add_object(Stream::new(Dictionary::new(), TO_UNICODE.to_vec()));
        let cid_font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType0", "BaseFont" => "ABCDEF+Roboto",
            "DW" => 1000,
            "W" => vec![3.into(), vec![226.into()].into(), 0x10.into(), 0x12.into(), 600.into()],
        });
        let font = load(
            &doc,
            dictionary! {
                "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Roboto",
                "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()],
                "ToUnicode" => cmap,
            },
        );
        assert_eq!(font.name, "Roboto");
        assert!(!font.is_vertical());
        let g = font.decode(&[
            0x00, 0x10, 0x00, 0x03, 0x00, 0x11, 0x00, 0x20, 0x00, 0x22, 0x01, 0x02, 0x07,
        ]);
        let texts: Vec<&str> = g.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(texts, vec!["Мі", " ", "Мї", "а", "ﬃ", "😀", ""]);
        let widths: Vec<f32> = g.iter().map(|g| g.width).collect();
        assert_eq!(
            widths,
            vec![600.0, 226.0, 600.0, 1000.0, 1000.0, 1000.0, 1000.0]
        );
        assert!(g.iter().all(|g| !g.is_space));
        assert_eq!(g[6].code, 0x07);
    }

    #[test]
    fn identity_v_is_vertical() {
        let doc = Document::with_version("1.5");
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type0", "Encoding" => "Identity-V" },
        );
        assert!(font.is_vertical());
        assert_eq!(font.decode(&[0, 1, 0, 2]).len(), 2);
    }

    #[test]
    fn embedded_cmap_with_mixed_code_lengths() {
        let mut doc = Document::with_version("1.5");
        let enc = doc.add_object(Stream::new(
            dictionary! { "Type" => "CMap" },
            b"2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
              2 begincidrange <20> <7E> 1 <8000> <80FF> 200 endcidrange"
                .to_vec(),
        ));
        let to_unicode = doc.add_object(Stream::new(
            Dictionary::new(),
            b"1 beginbfrange <20> <7E> <0020> endbfrange 1 beginbfchar <8001> <045E> endbfchar"
                .to_vec(),
        ));
        let cid_font = doc.add_object(dictionary! {
            "Subtype" => "CIDFontType0", "W" => vec![1.into(), 1.into(), 250.into(), 201.into(), vec![480.into()].into()],
        });
        let font = load(
            &doc,
            dictionary! {
                "Subtype" => "Type0", "Encoding" => enc, "ToUnicode" => to_unicode,
                "DescendantFonts" => vec![cid_font.into()],
            },
        );
        let g = font.decode(b"A \x80\x01");
        assert_eq!(text(&font, b"A \x80\x01"), "A ў");
        assert!(g[1].is_space);
        assert_eq!((g[1].width, g[2].width), (250.0, 480.0));
    }

    #[test]
    fn truetype_cid_font_without_to_unicode_reads_the_program_cmap() {
        let mut doc = Document::with_version("1.5");
        let program = font_with_cmaps(&[(3, 1, format4_body(0x0410, 0x044F, 10))]);
        let file = doc.add_object(Stream::new(Dictionary::new(), program));
        let desc = doc.add_object(dictionary! { "Type" => "FontDescriptor", "FontFile2" => file });
        let cid_font = doc.add_object(dictionary! {
            "Subtype" => "CIDFontType2", "FontDescriptor" => desc, "CIDToGIDMap" => "Identity",
        });
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type0", "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()] },
        );
        // Glyph 10 is 'А' (U+0410), so "Мова" is glyphs 10 + 0x0C, 0x2E, 0x22, 0x20.
        assert_eq!(
            text(
                &font,
                &[0, 10 + 0x0C, 0, 10 + 0x2E, 0, 10 + 0x22, 0, 10 + 0x20]
            ),
            "Мова"
        );

        // With a CIDToGIDMap stream: CID 1 -> glyph 10 ('А'), CID 2 -> glyph 11 ('Б').
        let map = doc.add_object(Stream::new(Dictionary::new(), vec![0, 0, 0, 10, 0, 11]));
        let cid_font = doc.add_object(dictionary! {
            "Subtype" => "CIDFontType2", "FontDescriptor" => desc, "CIDToGIDMap" => map,
        });
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type0", "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()] },
        );
        assert_eq!(text(&font, &[0, 2, 0, 1, 0, 9]), "БА");
    }

    #[test]
    fn cff_cid_font_without_to_unicode_reads_glyph_names() {
        let mut doc = Document::with_version("1.5");
        let file = doc.add_object(Stream::new(
            dictionary! { "Subtype" => "CIDFontType0C" },
            super::super::cff::tests::tiny_cff(),
        ));
        let desc = doc.add_object(dictionary! { "FontFile3" => file });
        let cid_font =
            doc.add_object(dictionary! { "Subtype" => "CIDFontType0", "FontDescriptor" => desc });
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type0", "Encoding" => "Identity-H", "DescendantFonts" => vec![cid_font.into()] },
        );
        assert_eq!(text(&font, &[0, 2, 0, 1, 0, 0]), "Aў");
    }

    #[test]
    fn identity_to_unicode_name_reads_codes_as_unicode() {
        let doc = Document::with_version("1.5");
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type0", "Encoding" => "Identity-H", "ToUnicode" => "Identity-H" },
        );
        assert_eq!(text(&font, &[0x04, 0x01, 0x04, 0x3B]), "Ёл");
    }

    #[test]
    fn ucs2_cmaps_read_codes_as_unicode() {
        let doc = Document::with_version("1.5");
        let font = load(
            &doc,
            dictionary! { "Subtype" => "Type0", "Encoding" => "UniCNS-UCS2-H" },
        );
        assert_eq!(text(&font, &[0x04, 0x56, 0x04, 0x5E]), "іў");
    }
}
