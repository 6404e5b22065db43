//! Token normalisation: the third step of the analysis pipeline (detect →
//! segment → normalise), in the style of charabia.
//!
//! A token (one word as the tokenizer cut it) runs through two ordered static
//! lists of [`Normalizer`]s, each gated by [`Normalizer::should_normalize`]:
//! - [`LOSSLESS`]: control and zero-width characters removed
//!   (`control.rs`), apostrophe variants unified to `’` (`apostrophe.rs`),
//!   compatibility characters decomposed and recomposed, NFKC
//!   (`compatibility.rs`);
//! - [`LOSSY`]: lower case (`lowercase.rs`), stress marks removed
//!   (`stress_mark.rs`), `ё` → `е` for Russian, Ukrainian and undetermined
//!   text but never for Belarusian (`yo.rs`).
//!
//! Letters that tell the languages apart (і/и, ў/у, ґ/г) are never folded.
//!
//! Invariants: a token is copied only when a character changes (the result
//! borrows the input otherwise), and [`normalize`] is idempotent.

mod apostrophe;
mod compatibility;
mod control;
mod lowercase;
mod pipeline;
mod rewrite;
mod stress_mark;
mod yo;

pub use apostrophe::ApostropheNormalizer;
pub use compatibility::CompatibilityNormalizer;
pub use control::ControlCharNormalizer;
pub use lowercase::LowercaseNormalizer;
pub use pipeline::{LOSSLESS, LOSSY, Normalizer, normalize};
pub use stress_mark::StressMarkNormalizer;
pub use yo::YoNormalizer;
