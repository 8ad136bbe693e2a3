//! Today's snapshot in localStorage, read synchronously at start (IndexedDB opens only later).
//! A cache: a write that fails or a snapshot that no longer reads is simply left out.

use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

use super::error::StoreError;
use super::sealed_text;
use crate::domain::today_snapshot::TodaySnapshot;

const KEY: &str = "one-on-one.today";

/// The snapshot kept last, if any still reads. (Read as JSON first, then converted: the
/// records' conversions from JSON values are in the wasm already; ones from text for a whole
/// meeting would add 20 KB, brotli.)
pub fn read() -> Option<TodaySnapshot> {
    let kept: Value = sealed_text::read(KEY)?;
    serde_json::from_value(kept).ok()
}

/// Keeps `snapshot` for the next start, unless it is the one kept already.
pub fn keep(snapshot: &TodaySnapshot) {
    if read().as_ref() != Some(snapshot) {
        let _ = sealed_text::write(KEY, snapshot);
    }
}

/// Writes it again in the form the lock asks for now (turning it on or off).
pub(super) fn rewrite() -> Result<(), StoreError> {
    sealed_text::rewrite(KEY)
}

/// Forgets it: nothing of deleted records may show on the next start.
pub fn forget() {
    LocalStorage::delete(KEY);
}

/// Forgets it when the write of record `id` of `store` (`None`: its deletion) could change what
/// Today shows, so the next start never paints an edited or deleted record as it was.
pub fn after_write(store: &str, id: &str, written: Option<&Value>) {
    if read().is_some_and(|kept| kept.is_outdated_by(store, id, written)) {
        forget();
    }
}
