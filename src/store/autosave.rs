//! Autosave: a record being edited is journaled at once, written to IndexedDB a moment after
//! the last keystroke and at once when the page is hidden, so nothing typed is lost and typing
//! never waits for storage. The parts an edit changed get their versions when it is written.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;

use super::database::{Saved, Store};
use super::error::StoreError;
use super::journal;
use super::stamping::stamp;
use crate::domain::record::Record;
use crate::platform::timing::Timing;

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
    /// The version the pending edit is made from: what was read, or last written, here. Each
    /// write gives the parts changed since it their versions (once per write, not per key).
    base: RefCell<Option<T>>,
    /// Whether the journal holds `base` (written with the first edit made from it).
    base_journaled: Cell<bool>,
    pending: RefCell<Option<T>>,
    /// Writes issued and not yet landed: an older one landing says nothing about the screen.
    writing: Cell<u32>,
    timer: RefCell<Option<Timeout>>,
    on_saved: OnSaved<T>,
    /// Itself, for the write under way to tell it where it landed.
    weak: Weak<Inner<T>>,
}

impl<T: Record> Flush for Inner<T> {
    fn flush(&self) {
        self.timer.borrow_mut().take();
        let Some(record) = self.pending.borrow_mut().take() else {
            return;
        };
        // Measured as one save with the write: versioning the edit is part of saving it.
        let stamped = self.base.borrow().as_ref().and_then(|base| {
            let timing = Timing::start("save");
            stamp(base, &record).map(|stamped| (timing, stamped))
        });
        // The versioned record is what the next edit is made from; the write needs only JSON.
        let stamped = stamped.map(|(timing, stamped)| {
            self.set_base(Some(stamped.record));
            (timing, stamped.value, stamped.before)
        });
        let store = self.store.clone();
        let on_saved = self.on_saved.clone();
        let journaled = record.meta().clone();
        let this = self.weak.clone();
        self.writing.set(self.writing.get() + 1);
        // spawn_local first polls the future in a microtask right after the current event
        // handler, so on page-hide the write request is issued before the page is frozen.
        wasm_bindgen_futures::spawn_local(async move {
            let result = match stamped {
                Some((timing, edit, before)) => store.save_edit(edit, &before, timing).await,
                None => store.save(&record).await,
            };
            match &result {
                Ok(Saved::Written | Saved::Merged(_)) => journal::settle(T::STORE, &journaled),
                Ok(Saved::Deleted) => journal::forget(T::STORE, &journaled.id),
                // Kept in the journal: replayed when the store next opens.
                Err(_) => {}
            }
            if let Some(this) = this.upgrade() {
                this.writing.set(this.writing.get().saturating_sub(1));
                this.landed(&result);
            }
            on_saved(result);
        });
    }
}

impl<T: Record> Inner<T> {
    fn set_base(&self, base: Option<T>) {
        *self.base.borrow_mut() = base;
        self.base_journaled.set(false);
    }

    /// Nothing typed waits, and no write is under way.
    fn settled(&self) -> bool {
        self.pending.borrow().is_none() && self.writing.get() == 0
    }

    /// What a write that landed means for the next edit: made from the merge, if nothing was
    /// typed or written since (the screen then shows it); from nothing, if it was deleted.
    fn landed(&self, result: &Result<Saved<T>, StoreError>) {
        match result {
            Ok(Saved::Merged(merged)) if self.settled() => {
                self.set_base(Some(merged.clone()));
            }
            Ok(Saved::Deleted) => self.set_base(None),
            _ => {}
        }
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
        let inner = Rc::new_cyclic(|weak| Inner {
            store,
            delay_ms,
            base: RefCell::new(None),
            base_journaled: Cell::new(false),
            pending: RefCell::new(None),
            writing: Cell::new(0),
            timer: RefCell::new(None),
            on_saved: Rc::new(on_saved),
            weak: weak.clone(),
        });
        let as_flush: Rc<dyn Flush> = inner.clone();
        LIVE.with(|live| live.borrow_mut().push(Rc::downgrade(&as_flush)));
        Self { inner }
    }

    /// The record as the screen now shows it from the store (or new, not yet stored): the
    /// edits scheduled next are made from it. An edit still pending is written first.
    pub fn rebase(&self, shown: Option<T>) {
        self.inner.flush();
        self.inner.set_base(shown);
    }

    /// Journals `record` (an edit of the record last given to [`Autosave::rebase`], marked
    /// when typed) at once, and queues it to be written to IndexedDB `delay_ms` after the
    /// last call. Without a base, `record` is written as it is (it carries its versions).
    pub fn schedule(&self, record: T) {
        if !self.inner.base_journaled.get() {
            if let Some(base) = self.inner.base.borrow().as_ref() {
                journal::keep_base(base);
            }
            self.inner.base_journaled.set(true);
        }
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

    /// An edit typed and not yet handed to a write.
    pub fn has_pending(&self) -> bool {
        self.inner.pending.borrow().is_some()
    }

    /// Nothing waits and no write is under way: what the last write landed as is what the
    /// screen should show. A write landing while a newer one is under way is older than the
    /// screen (showing its merge would take back what was typed after it).
    pub fn is_settled(&self) -> bool {
        self.inner.settled()
    }
}

/// A screen closed within the delay (a tap on another tab right after typing) still writes
/// its last edit now, so the next screen reads it from the store.
impl<T: Record> Drop for Autosave<T> {
    fn drop(&mut self) {
        self.inner.flush();
    }
}
