//! The database layout and its versioned upgrade path.
//!
//! IndexedDB versions change the structure (object stores, indexes). Each record also carries
//! its own `meta.schema`, and document-level changes are made by pure migrations in `domain/`
//! when a record is read, the same way an old backup is read.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;

pub const DB_NAME: &str = "one-on-one";
pub const DB_VERSION: u32 = 1;

/// Every object store, each keyed by `meta.id`, with the indexes the screens query.
const LAYOUT_V1: [(&str, &[(&str, &str)]); 5] = [
    ("people", &[("by_updated", "meta.updated_at")]),
    (
        "meetings",
        &[
            ("by_updated", "meta.updated_at"),
            ("by_person", "person_id"),
            ("by_start", "starts_at"),
        ],
    ),
    (
        "next_steps",
        &[
            ("by_updated", "meta.updated_at"),
            ("by_person", "person_id"),
            ("by_due", "due_at"),
        ],
    ),
    ("guides", &[("by_updated", "meta.updated_at")]),
    ("settings", &[]),
];

pub const STORE_NAMES: [&str; 5] = [
    LAYOUT_V1[0].0,
    LAYOUT_V1[1].0,
    LAYOUT_V1[2].0,
    LAYOUT_V1[3].0,
    LAYOUT_V1[4].0,
];

/// Brings a database at `old_version` up to `DB_VERSION`, one step at a time.
pub(super) fn upgrade(old_version: u32, db: &Database) -> indexed_db_futures::Result<()> {
    if old_version < 1 {
        for (store_name, indexes) in LAYOUT_V1 {
            let store = db
                .create_object_store(store_name)
                .with_key_path("meta.id".into())
                .build()?;
            for (index_name, key_path) in indexes {
                store
                    .create_index(*index_name, (*key_path).into())
                    .build()?;
            }
        }
    }
    Ok(())
}
