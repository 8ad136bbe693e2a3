//! Thin wrappers over browser APIs, so the UI never touches web-sys directly.

pub mod contacts;
pub mod couch;
pub mod crypto;
pub mod document;
pub mod files;
pub mod history;
pub mod idle;
pub mod ids;
pub mod install;
pub mod lifecycle;
pub mod online;
pub mod passkey;
pub mod service_worker;
pub mod share;
pub mod storage;
pub mod tab_lock;
pub mod theme;
pub mod timing;
pub mod wake_lock;
