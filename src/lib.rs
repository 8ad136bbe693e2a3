//! One-on-one: an offline-first companion for organizers' one-on-one meetings.
//!
//! `domain` is pure and builds everywhere; the browser layers build for wasm32 only.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::shell::app::App;

/// The version shown in Settings and written into backups.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
