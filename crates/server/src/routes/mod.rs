//! The request handlers: the JSON API and the web pages.

pub(crate) mod api;
pub(crate) mod original;
pub(crate) mod pages;
