//! Cross-script keys: one ASCII key per name, whatever the alphabet or
//! transliteration system it was written in.
//!
//! Archive letters spell the same person or place in Russian and Belarusian
//! Cyrillic and in half a dozen Latin systems: `Щербаков`, `Шчарбакоў`,
//! `Shcherbakov` (BGN/PCGN), `Shcharbakow`, `Ščarbakoŭ` (Belarusian
//! national), `Schtscherbakow` (German), `Szczerbakow` (Polish). [`key()`]
//! reduces every one of them to the same phonetic skeleton (`xrbkv`), so the
//! index can match a name across scripts.
//!
//! - `symbol.rs`: the sound classes a letter falls into;
//! - `cyrillic.rs`, `latin.rs`: letters and multi-letter spellings → classes;
//! - `key.rs`: classes → key (vowels dropped, doubles collapsed, the
//!   Belarusian/Russian alternations folded).

mod cyrillic;
mod key;
mod latin;
mod symbol;

pub use key::{key, search_key};
