//! The server's limits: query length, page size, filter values, bodies.
//!
//! Every request is bounded before it reaches the index: a query longer
//! than [`MAX_QUERY_CHARS`], a page larger than [`MAX_PAGE_SIZE`] or an
//! offset past [`MAX_OFFSET`] is refused with 400, a body larger than
//! [`MAX_BODY_BYTES`] (or [`MAX_UPLOAD_BYTES`] for an upload) with 413.

/// Longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// Most hits on one page of the API.
pub const MAX_PAGE_SIZE: usize = 100;
/// Hits on one page of the web page.
pub const PAGE_SIZE: usize = 10;
/// Most hits skipped.
pub const MAX_OFFSET: usize = 10_000;
/// Most values of one filter (`lang=`, `type=`, … may repeat).
pub const MAX_FILTER_VALUES: usize = 20;
/// Longest filter value, in characters.
pub const MAX_FILTER_CHARS: usize = 200;
/// Largest request body outside uploads.
pub const MAX_BODY_BYTES: usize = 64 << 10;
/// Largest upload (the whole multipart body).
pub const MAX_UPLOAD_BYTES: usize = 64 << 20;
/// Longest document text highlighted on the document page, in bytes (the
/// rest is shown unmarked).
pub const MAX_HIGHLIGHT_BYTES: usize = 2 << 20;
