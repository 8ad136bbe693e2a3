//! IndexedDB persistence behind a small async API; no component touches IndexedDB directly.

mod autosave;
mod broadcast;
mod database;
mod deletion;
mod derived;
mod error;
pub mod fields;
mod indexed;
mod journal;
mod queries;
mod reads;
mod restore;
mod schema;
pub mod snapshot;
mod stamping;
mod tombstones;

pub use autosave::{flush_all_pending, Autosave};
pub use broadcast::{Change, ChangeFeed, Subscription};
pub use database::{Saved, Store};
pub use error::StoreError;
pub use schema::{DB_NAME, DB_VERSION, DERIVED_STORES, STORE_NAMES};
pub use stamping::{edited, new_item_id};
