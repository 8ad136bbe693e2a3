//! IndexedDB persistence behind a small async API; no component touches IndexedDB directly.

mod autosave;
mod broadcast;
mod database;
mod deletion;
mod derived;
pub mod drop_box;
mod durable_lock;
mod error;
pub mod fields;
mod indexed;
mod journal;
pub mod locking;
mod names;
pub mod passkey_lock;
mod queries;
mod reads;
mod restore;
mod schema;
mod sealed_form;
mod sealed_text;
mod sealing;
mod shared;
pub mod snapshot;
mod stamping;
mod team_conflicts;
pub mod team_membership;
mod team_sync;
mod tombstones;
pub mod vault;

pub use autosave::{flush_all_pending, Autosave};
pub use broadcast::{Change, ChangeFeed, Subscription};
pub use database::{Saved, Store};
pub use error::StoreError;
pub use schema::{DB_NAME, DB_VERSION, DERIVED_STORES, STORE_NAMES};
pub use stamping::{edited, new_item_id};
pub use team_sync::{Pulled, SyncError};
