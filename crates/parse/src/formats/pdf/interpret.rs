//! The content-stream interpreter: operators in, placed glyphs out.
//!
//! We follow the graphics state (`q`/`Q`/`cm`), the text state (`Tc Tw Tz
//! TL Tf Ts`), the text and line matrices (`BT Td TD Tm T*`) and the
//! text-showing operators (`Tj TJ ' "`), and descend into form XObjects
//! (`Do`) with their own matrix and resources. Every glyph is placed with
//! the text rendering matrix: its start and end along the writing direction
//! and its baseline, in display space (page rotation applied). Text in any
//! rendering mode counts, invisible OCR layers (`3 Tr`) included. Glyphs far
//! outside the page are dropped, as viewers clip them, and so is text that
//! a tagged PDF marks as a pagination artifact (running headers, footers,
//! page numbers).
//!
//! Invariants: forms nest at most `max_depth` deep and never recurse into a
//! form already being drawn; the time limit is checked every few thousand
//! operators; a page holds at most [`MAX_GLYPHS`] glyphs.

use std::rc::Rc;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

use super::document::{Geometry, number, page_content, resources};
use super::font::PdfFont;
use super::glyphs::{IDENTITY, MIN_SIZE, Matrix, PageGlyphs, Placed, apply, apply_vec, mul};
use super::resources::{Caches, entry, form_matrix, form_resources};
use super::rules::Path;
use crate::error::Result;
use crate::limits::Limits;

/// Most glyphs kept from one page; the rest are dropped with a warning.
pub(crate) const MAX_GLYPHS: usize = 2_000_000;

/// Deepest `q` nesting tracked; deeper saves are ignored (as are their `Q`s).
const MAX_SAVES: usize = 256;

/// Operators between two looks at the clock.
const TIME_CHECK_EVERY: u32 = 4096;

/// The text state parameters (part of the graphics state).
#[derive(Clone)]
struct TextState {
    char_spacing: f32,
    word_spacing: f32,
    /// Horizontal scaling as a factor (`Tz` / 100).
    scale: f32,
    leading: f32,
    size: f32,
    rise: f32,
    font: Option<Rc<PdfFont>>,
}

/// The part of the graphics state that matters for text.
#[derive(Clone)]
struct State {
    ctm: Matrix,
    text: TextState,
}

/// One page's interpretation in progress.
struct Interp<'d, 'c, 'l> {
    doc: &'d Document,
    limits: &'l Limits<'l>,
    caches: &'c mut Caches,
    out: PageGlyphs,
    state: State,
    saved: Vec<State>,
    tm: Matrix,
    tlm: Matrix,
    seq: u32,
    run: u32,
    ops: u32,
    depth: u32,
    active_forms: Vec<ObjectId>,
    fallback: Rc<PdfFont>,
    /// The last writing direction vector and its angle, sine and cosine.
    direction: Option<(f32, f32, i32, f32, f32)>,
    /// Open marked-content sequences: whether each is a pagination artifact.
    marked: Vec<bool>,
    /// The path being built (for ruling lines).
    path: Path,
}

/// Interprets a page's content streams into placed glyphs.
pub(crate) fn page_glyphs(
    doc: &Document,
    page: ObjectId,
    geometry: &Geometry,
    caches: &mut Caches,
    limits: &Limits,
) -> Result<PageGlyphs> {
    let content = page_content(doc, page, limits)?;
    let (width, height) = geometry.displayed_size();
    let mut interp = Interp {
        doc,
        limits,
        caches,
        out: PageGlyphs {
            width,
            height,
            ..PageGlyphs::default()
        },
        state: State {
            ctm: geometry.base_matrix(),
            text: TextState {
                char_spacing: 0.0,
                word_spacing: 0.0,
                scale: 1.0,
                leading: 0.0,
                size: 0.0,
                rise: 0.0,
                font: None,
            },
        },
        saved: Vec::new(),
        tm: IDENTITY,
        tlm: IDENTITY,
        seq: 0,
        run: 0,
        ops: 0,
        depth: 0,
        active_forms: Vec::new(),
        fallback: Rc::new(PdfFont::fallback()),
        direction: None,
        marked: Vec::new(),
        path: Path::default(),
    };
    interp.run(&content, resources(doc, page))?;
    Ok(interp.out)
}

/// The numbers among an operator's operands (non-numbers become 0).
fn nums<const N: usize>(operands: &[Object]) -> Option<[f32; N]> {
    if operands.len() < N {
        return None;
    }
    let mut out = [0.0; N];
    let tail = operands.get(operands.len() - N..)?;
    for (slot, o) in out.iter_mut().zip(tail) {
        *slot = number(o)?;
    }
    Some(out)
}

impl<'d> Interp<'d, '_, '_> {
    /// Runs one content stream with the given resources.
    fn run(&mut self, content: &[u8], res: Option<&'d Dictionary>) -> Result<()> {
        for op in Content::decode_iter(content) {
            let Ok(op) = op else { break };
            self.ops += 1;
            if self.ops.is_multiple_of(TIME_CHECK_EVERY) {
                self.limits.check_time()?;
            }
            if self.out.glyphs.len() >= MAX_GLYPHS {
                self.out.truncated = true;
                break;
            }
            self.operator(&op.operator, &op.operands, res)?;
        }
        Ok(())
    }

    /// Executes one operator.
    fn operator(
        &mut self,
        name: &str,
        operands: &[Object],
        res: Option<&'d Dictionary>,
    ) -> Result<()> {
        let ts = &mut self.state.text;
        match name {
            "q" if self.saved.len() < MAX_SAVES => self.saved.push(self.state.clone()),
            "Q" => {
                if let Some(s) = self.saved.pop() {
                    self.state = s;
                }
            }
            "cm" => {
                if let Some(m) = nums::<6>(operands) {
                    self.state.ctm = mul(&m, &self.state.ctm);
                }
            }
            "BT" => {
                self.tm = IDENTITY;
                self.tlm = IDENTITY;
                self.run += 1;
            }
            "ET" => self.run += 1,
            "Tc" => ts.char_spacing = nums::<1>(operands).map_or(ts.char_spacing, |[v]| v),
            "Tw" => ts.word_spacing = nums::<1>(operands).map_or(ts.word_spacing, |[v]| v),
            "Tz" => ts.scale = nums::<1>(operands).map_or(ts.scale, |[v]| v / 100.0),
            "TL" => ts.leading = nums::<1>(operands).map_or(ts.leading, |[v]| v),
            "Ts" => ts.rise = nums::<1>(operands).map_or(ts.rise, |[v]| v),
            "Tf" => {
                if let [Object::Name(font), size] = operands {
                    ts.size = number(size).unwrap_or(ts.size);
                    ts.font = match res {
                        Some(r) => self.caches.font(self.doc, r, font, self.limits),
                        None => None,
                    };
                }
            }
            "Td" => {
                if let Some([x, y]) = nums::<2>(operands) {
                    self.move_line(x, y);
                }
            }
            "TD" => {
                if let Some([x, y]) = nums::<2>(operands) {
                    ts.leading = -y;
                    self.move_line(x, y);
                }
            }
            "Tm" => {
                if let Some(m) = nums::<6>(operands) {
                    self.tm = m;
                    self.tlm = m;
                    self.run += 1;
                }
            }
            "T*" => {
                let l = ts.leading;
                self.move_line(0.0, -l);
            }
            "Tj" => {
                if let Some(Object::String(s, _)) = operands.first() {
                    self.show(s);
                }
            }
            "'" => {
                let l = ts.leading;
                self.move_line(0.0, -l);
                if let Some(Object::String(s, _)) = operands.first() {
                    self.show(s);
                }
            }
            "\"" => {
                if let [aw, ac, Object::String(s, _)] = operands {
                    ts.word_spacing = number(aw).unwrap_or(ts.word_spacing);
                    ts.char_spacing = number(ac).unwrap_or(ts.char_spacing);
                    let l = ts.leading;
                    self.move_line(0.0, -l);
                    self.show(s);
                }
            }
            "TJ" => {
                if let Some(Object::Array(items)) = operands.first() {
                    for item in items {
                        match item {
                            Object::String(s, _) => self.show(s),
                            other => {
                                if let Some(n) = number(other) {
                                    self.adjust(n);
                                }
                            }
                        }
                    }
                }
            }
            "Do" => {
                if let (Some(Object::Name(name)), Some(res)) = (operands.first(), res) {
                    self.form(name, res)?;
                }
            }
            "BMC" if self.marked.len() < MAX_SAVES => self.marked.push(false),
            "BDC" if self.marked.len() < MAX_SAVES => {
                let pagination = self.is_pagination(operands, res);
                self.marked.push(pagination);
            }
            "EMC" => {
                self.marked.pop();
            }
            _ => self.path_operator(name, operands),
        }
        Ok(())
    }

    /// Path construction and painting, for ruling lines.
    fn path_operator(&mut self, name: &str, operands: &[Object]) {
        let ctm = self.state.ctm;
        match name {
            "m" => {
                if let Some([x, y]) = nums::<2>(operands) {
                    self.path.move_to(&ctm, x, y);
                }
            }
            "l" => {
                if let Some([x, y]) = nums::<2>(operands) {
                    self.path.line_to(&ctm, x, y);
                }
            }
            "c" | "v" | "y" => {
                if let Some([x, y]) = nums::<2>(operands) {
                    self.path.curve_to(&ctm, x, y);
                }
            }
            "re" => {
                if let Some([x, y, w, h]) = nums::<4>(operands) {
                    self.path.rect(&ctm, x, y, w, h);
                }
            }
            "h" => self.path.close(),
            "s" | "b" | "b*" => {
                self.path.close();
                self.path.paint(&mut self.out.rules);
            }
            "S" | "f" | "F" | "f*" | "B" | "B*" => self.path.paint(&mut self.out.rules),
            "n" => self.path.clear(),
            _ => {}
        }
    }

    /// `Td`: starts a new line offset from the start of the current one.
    fn move_line(&mut self, x: f32, y: f32) {
        self.tlm = mul(&[1.0, 0.0, 0.0, 1.0, x, y], &self.tlm);
        self.tm = self.tlm;
        self.run += 1;
    }

    /// A `TJ` number: moves the next glyph back by `n` thousandths of an em.
    fn adjust(&mut self, n: f32) {
        let ts = &self.state.text;
        let vertical = ts.font.as_ref().is_some_and(|f| f.is_vertical());
        let shift = -n / 1000.0 * ts.size;
        let step = if vertical {
            [1.0, 0.0, 0.0, 1.0, 0.0, shift]
        } else {
            [1.0, 0.0, 0.0, 1.0, shift * ts.scale, 0.0]
        };
        self.tm = mul(&step, &self.tm);
    }

    /// Places the glyphs of one string operand.
    fn show(&mut self, bytes: &[u8]) {
        let font = self
            .state
            .text
            .font
            .clone()
            .unwrap_or_else(|| Rc::clone(&self.fallback));
        let glyphs = font.decode(bytes);
        let ts = &self.state.text;
        let vertical = font.is_vertical();
        let m = mul(&self.tm, &self.state.ctm);
        let flip = if ts.size * ts.scale < 0.0 { -1.0 } else { 1.0 };
        let (dx, dy) = if vertical {
            apply_vec(&m, 0.0, -flip)
        } else {
            apply_vec(&m, flip, 0.0)
        };
        if (dx * dx + dy * dy).sqrt() < 1e-6 || !dx.is_finite() || !dy.is_finite() {
            return;
        }
        // Most strings share the direction of the one before: skip the trigonometry.
        let (angle, sin, cos) = match self.direction {
            Some((cdx, cdy, a, s, c)) if cdx == dx && cdy == dy => (a, s, c),
            _ => {
                let a = (dy.atan2(dx).to_degrees().round() as i32).rem_euclid(360);
                let (s, c) = (a as f32).to_radians().sin_cos();
                self.direction = Some((dx, dy, a, s, c));
                (a, s, c)
            }
        };
        let (sx, sy) = if vertical {
            apply_vec(&m, ts.size * ts.scale, 0.0)
        } else {
            apply_vec(&m, 0.0, ts.size)
        };
        let size = (sx * sx + sy * sy).sqrt().max(MIN_SIZE);
        let (w, h) = (self.out.width, self.out.height);
        let tol = size;
        let hidden = self.marked.iter().any(|&m| m);
        let (tc, tw, th, tfs, rise) =
            (ts.char_spacing, ts.word_spacing, ts.scale, ts.size, ts.rise);
        for g in glyphs {
            let w0 = g.width / 1000.0;
            let space_extra = if g.is_space { tw } else { 0.0 };
            let m = mul(&self.tm, &self.state.ctm);
            let p0 = apply(&m, 0.0, rise);
            let (p1, step) = if vertical {
                (
                    apply(&m, 0.0, rise - tfs),
                    [1.0, 0.0, 0.0, 1.0, 0.0, -(tfs + tc + space_extra)],
                )
            } else {
                (
                    apply(&m, w0 * tfs * th, rise),
                    [1.0, 0.0, 0.0, 1.0, (w0 * tfs + tc + space_extra) * th, 0.0],
                )
            };
            self.tm = mul(&step, &self.tm);
            self.seq += 1;
            let outside = hidden
                || p0.0.max(p1.0) < -tol
                || p0.0.min(p1.0) > w + tol
                || p0.1.max(p1.1) < -tol
                || p0.1.min(p1.1) > h + tol;
            if outside || !p0.0.is_finite() || !p0.1.is_finite() || !p1.0.is_finite() {
                continue;
            }
            let u0 = p0.0 * cos + p0.1 * sin;
            let along = (p1.0 - p0.0) * cos + (p1.1 - p0.1) * sin;
            let v = -p0.0 * sin + p0.1 * cos;
            // `is_space` only says where Tw applies: code 32 may be a digit.
            let space = if g.text.is_empty() {
                g.is_space
            } else {
                g.text.chars().all(char::is_whitespace)
            };
            let start = self.out.text.len() as u32;
            if !space {
                if g.text.chars().any(char::is_control) {
                    self.out
                        .text
                        .extend(g.text.chars().filter(|c| !c.is_control()));
                } else {
                    self.out.text.push_str(&g.text);
                }
            }
            let len = u16::try_from(self.out.text.len() - start as usize).unwrap_or(0);
            if len == 0 && !space {
                continue;
            }
            self.out.glyphs.push(Placed {
                u0,
                u1: u0 + along.max(0.0),
                v,
                size,
                angle: angle as u16,
                space,
                seq: self.seq,
                run: self.run,
                start,
                len,
            });
        }
    }

    /// Whether a `BDC` opens a pagination artifact (`/Artifact` with
    /// `/Type /Pagination`: a running header, footer or page number that a
    /// tagged PDF marks as not part of the content).
    fn is_pagination(&self, operands: &[Object], res: Option<&'d Dictionary>) -> bool {
        let [Object::Name(tag), props] = operands else {
            return false;
        };
        if tag != b"Artifact" {
            return false;
        }
        let dict = match props {
            Object::Dictionary(d) => Some(d),
            Object::Name(name) => res
                .and_then(|r| entry(self.doc, r, b"Properties", name))
                .and_then(|(_, o)| super::document::as_dict(self.doc, o)),
            _ => None,
        };
        dict.and_then(|d| d.get(b"Type").ok())
            .and_then(|t| t.as_name().ok())
            .is_some_and(|t| t == b"Pagination")
    }

    /// `Do`: draws a form XObject (images and the rest are skipped).
    fn form(&mut self, name: &[u8], res: &'d Dictionary) -> Result<()> {
        let doc = self.doc;
        let Some((id, Object::Stream(stream))) = entry(doc, res, b"XObject", name) else {
            return Ok(());
        };
        let is_form = stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|s| s == b"Form");
        if !is_form {
            return Ok(());
        }
        if let Some(id) = id
            && self.active_forms.contains(&id)
        {
            // A form that draws itself: draw it once.
            self.out.truncated = true;
            return Ok(());
        }
        self.limits.check_depth(self.depth + 1)?;
        let bytes = self.caches.form_content(id, stream, self.limits)?;
        let inner = form_resources(doc, &stream.dict).or(Some(res));
        let matrix = form_matrix(doc, &stream.dict);
        let (state, tm, tlm, saves) = (self.state.clone(), self.tm, self.tlm, self.saved.len());
        let marks = self.marked.len();
        self.state.ctm = mul(&matrix, &self.state.ctm);
        self.depth += 1;
        self.run += 1;
        self.active_forms.extend(id);
        let result = self.run(&bytes, inner);
        if id.is_some() {
            self.active_forms.pop();
        }
        self.depth -= 1;
        self.run += 1;
        self.saved.truncate(saves);
        self.marked.truncate(marks);
        self.state = state;
        self.tm = tm;
        self.tlm = tlm;
        result
    }
}
