//! Autosave: a record being edited is journaled at once, written to IndexedDB a moment after
//! the last keystroke and at once when the page is hidden, so nothing typed is lost and typing
//! never waits for storage.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;

use super::database::{Saved, Store};
use super::error::StoreError;
use super::journal;
use crate::domain::record::Record;

/// Something with unsaved work that can be written now.
trait Flush {
    fn flush(&self);
}

thread_local! {
    /// Every live autosaver, so a page-hide can flush them all.
    static LIVE: RefCell<Vec<Weak<dyn Flush>>> = const { RefCell::new(Vec::new()) };
}

/// Writes every pending edit now; called when the page is hidden or being unloaded.
pub fn flush_all_pending() {
    let live: Vec<Rc<dyn Flush>> = LIVE.with(|live| {
        let mut live = live.borrow_mut();
        live.retain(|weak| weak.strong_count() > 0);
        live.iter().filter_map(Weak::upgrade).collect()
    });
    for saver in live {
        saver.flush();
    }
}

type OnSaved<T> = Rc<dyn Fn(Result<Saved<T>, StoreError>)>;

struct Inner<T: Record> {
    store: Store,
    delay_ms: u32,
    pending: RefCell<Option<T>>,
    timer: RefCell<Option<Timeout>>,
    on_saved: OnSaved<T>,
}

impl<T: Record> Flush for Inner<T> {
    fn flush(&self) {
        self.timer.borrow_mut().take();
        let Some(record) = self.pending.borrow_mut().take() else {
            return;
        };
        let store = self.store.clone();
        let on_saved = self.on_saved.clone();
        let journaled = record.meta().clone();
        // spawn_local first polls the future in a microtask right after the current event
        // handler, so on page-hide the write request is issued before the page is frozen.
        wasm_bindgen_futures::spawn_local(async move {
            let result = store.save(&record).await;
            match &result {
                Ok(Saved::Written | Saved::Merged(_)) => journal::settle(T::STORE, &journaled),
                Ok(Saved::Deleted) => journal::forget(T::STORE, &journaled.id),
                // Kept in the journal: replayed when the store next opens.
                Err(_) => {}
            }
            on_saved(result);
        });
    }
}

/// Debounced saving of one kind of record.
pub struct Autosave<T: Record> {
    inner: Rc<Inner<T>>,
}

impl<T: Record> Autosave<T> {
    /// `on_saved` hears the outcome of every write, for a "Saved" indicator or an error.
    pub fn new(
        store: Store,
        delay_ms: u32,
        on_saved: impl Fn(Result<Saved<T>, StoreError>) + 'static,
    ) -> Self {
        let inner = Rc::new(Inner {
            store,
            delay_ms,
            pending: RefCell::new(None),
            timer: RefCell::new(None),
            on_saved: Rc::new(on_saved),
        });
        let as_flush: Rc<dyn Flush> = inner.clone();
        LIVE.with(|live| live.borrow_mut().push(Rc::downgrade(&as_flush)));
        Self { inner }
    }

    /// Journals `record` at once, and queues it to be written to IndexedDB `delay_ms` after
    /// the last call.
    pub fn schedule(&self, record: T) {
        journal::keep(&record);
        *self.inner.pending.borrow_mut() = Some(record);
        let weak = Rc::downgrade(&self.inner);
        let timer = Timeout::new(self.inner.delay_ms, move || {
            if let Some(inner) = weak.upgrade() {
                inner.flush();
            }
        });
        *self.inner.timer.borrow_mut() = Some(timer);
    }

    /// Writes the pending record now, if any.
    pub fn flush(&self) {
        self.inner.flush();
    }

    pub fn has_pending(&self) -> bool {
        self.inner.pending.borrow().is_some()
    }
}

/// A screen closed within the delay (a tap on another tab right after typing) still writes
/// its last edit now, so the next screen reads it from the store.
impl<T: Record> Drop for Autosave<T> {
    fn drop(&mut self) {
        self.inner.flush();
    }
}
