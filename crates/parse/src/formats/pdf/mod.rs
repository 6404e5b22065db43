//! PDF reader on lopdf, with our own content-stream interpreter and text layout.
//!
//! lopdf parses the file's objects and streams (`document.rs`); we
//! interpret the page content streams into placed glyphs (`interpret.rs`,
//! fonts in `font/`), group them into lines with word spaces (`lines.rs`),
//! blocks (`columns.rs`), reading order (`order.rs`) and paragraphs
//! (`paragraphs.rs`), read ruled tables row by row from the page's ruling
//! lines (`rules.rs`, `tables.rs`), drop running headers, footers and page numbers
//! (`furniture.rs`), join hyphenated line ends (`hyphenation.rs`), and read
//! the Info dictionary and XMP packet (`info.rs`, `xmp.rs`, `dates.rs`).

mod aligned;
mod columns;
mod dates;
mod document;
mod font;
mod furniture;
mod glyphs;
mod hyphenation;
mod info;
mod interpret;
mod layout;
mod lines;
mod order;
mod paragraphs;
mod reader;
mod resources;
mod rules;
mod tables;
#[cfg(test)]
mod tests;
mod xmp;

pub(crate) use reader::read;
