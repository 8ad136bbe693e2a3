//! Thin wrappers over browser APIs, so the UI never touches web-sys directly.

pub mod document;
pub mod theme;
