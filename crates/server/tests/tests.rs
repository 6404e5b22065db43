//! Integration tests of vopis-server: the JSON API and the pages over a real
//! server on an ephemeral loopback port, and the browser test in headless
//! Chromium.
#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test here

mod support;

mod api; // search, filters, facets, documents, originals, stats, errors, limits
mod browser; // headless Chromium via chromedriver: search, facets, thread, language, screenshots
mod pages; // server-rendered HTML: escaping, CSP, interface language
mod upload; // POST /api/documents: 403 without token or inbox, saved with one
