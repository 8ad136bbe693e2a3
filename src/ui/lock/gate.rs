//! What the app opens on: the app itself when there is no lock, the lock screen when there is
//! one, or a blank page right after a quick exit (until the app is opened again). Locking
//! again is a reload: the page starts afresh, with no key and no word of the data in memory.

use gloo_storage::{SessionStorage, Storage};
use leptos::prelude::*;

use crate::platform::history::reload;
use crate::store::flush_all_pending;
use crate::store::vault::kept_lock;

/// Set by a quick exit with the lock on, for the one start that follows it.
const HIDDEN_KEY: &str = "one-on-one.hidden";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Open,
    Locked,
    Hidden,
}

/// What the app shows in place of itself until it is unlocked.
#[derive(Clone, Copy)]
pub struct Gate(RwSignal<Entry>);

impl Gate {
    /// The gate as this start finds it, put in context.
    pub fn provide() -> Gate {
        let hidden = SessionStorage::raw()
            .get_item(HIDDEN_KEY)
            .ok()
            .flatten()
            .is_some();
        SessionStorage::delete(HIDDEN_KEY);
        let entry = if hidden {
            Entry::Hidden
        } else if lock_is_set() {
            Entry::Locked
        } else {
            Entry::Open
        };
        let gate = Gate(RwSignal::new(entry));
        provide_context(gate);
        gate
    }

    pub fn entry(self) -> Entry {
        self.0.get()
    }

    /// The right passcode was typed: the app opens.
    pub fn open(self) {
        self.0.set(Entry::Open);
    }
}

/// Whether the lock is set (on, or being turned on or off).
pub fn lock_is_set() -> bool {
    !matches!(kept_lock(), Ok(None))
}

/// Locks the app now: what is pending is written (the journal holds it, sealed, in any case),
/// and the page starts again on the lock screen.
pub fn lock_now() {
    flush_all_pending();
    reload();
}

/// Locks the app and shows a blank page in its place, once, until it is opened again.
pub fn lock_behind_blank_page() {
    let _ = SessionStorage::raw().set_item(HIDDEN_KEY, "1");
    lock_now();
}
