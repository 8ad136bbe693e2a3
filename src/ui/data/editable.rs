//! One record being edited on screen: loaded from the store, autosaved as it changes, and kept
//! in step with restores and other tabs without ever rolling back what is being typed.

use leptos::prelude::*;

use crate::domain::record::Record;
use crate::platform::ids::now_ms;
use crate::store::{Autosave, Saved};
use crate::ui::data::query::{use_query_with, OnChange};
use crate::ui::data::store_context::Db;

/// How long after the last keystroke an edit is written.
pub const AUTOSAVE_DELAY_MS: u32 = 300;

/// Where the last edit stands, in order of how much it needs the person's attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SaveState {
    Idle,
    Saved,
    Pending,
    Failed,
}

impl SaveState {
    pub fn message(self) -> &'static str {
        match self {
            SaveState::Idle => "",
            SaveState::Pending => "Saving…",
            SaveState::Saved => "Saved on this device",
            SaveState::Failed => "Not saved: see the message above",
        }
    }
}

/// Whether the record is on screen yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    Loading,
    Shown,
    /// Not stored, and there is no blank one to start (a deleted person, a wrong link).
    Missing,
}

/// Tells the autosave which version the screen now shows, so later edits are made from it.
fn rebase<T: Record>(saver: StoredValue<Option<Autosave<T>>, LocalStorage>, shown: Option<T>) {
    saver.with_value(|saver| {
        if let Some(saver) = saver {
            saver.rebase(shown);
        }
    });
}

/// Moves `presence` to `now` only when it changes: the screen is built again on every move, so
/// a save from another tab must not rebuild it (and take the focus from the person typing).
fn show(presence: RwSignal<Presence>, now: Presence) {
    if presence.get_untracked() != now {
        presence.set(now);
    }
}

pub struct Editable<T: Record + Send + Sync> {
    pub record: RwSignal<Option<T>>,
    pub state: RwSignal<SaveState>,
    pub presence: RwSignal<Presence>,
    edited: RwSignal<bool>,
    saver: StoredValue<Option<Autosave<T>>, LocalStorage>,
}

impl<T: Record + Send + Sync> Clone for Editable<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Record + Send + Sync> Copy for Editable<T> {}

impl<T: Record + Send + Sync> Editable<T> {
    /// Loads record `id`; when nothing is stored, shows `blank(now)` if it gives one.
    pub fn load(id: String, blank: impl Fn(&str, i64) -> Option<T> + 'static) -> Self {
        let db = Db::get();
        let editable = Editable {
            record: RwSignal::new(None),
            state: RwSignal::new(SaveState::Idle),
            presence: RwSignal::new(Presence::Loading),
            edited: RwSignal::new(false),
            saver: StoredValue::new_local(None),
        };
        let Editable {
            record,
            state,
            presence,
            edited,
            saver,
        } = editable;
        let id = StoredValue::new(id);
        let blank = StoredValue::new_local(Box::new(blank) as Box<dyn Fn(&str, i64) -> Option<T>>);

        Effect::new(move || {
            let Some(store) = db.store() else { return };
            if saver.with_value(Option::is_some) {
                return;
            }
            saver.set_value(Some(Autosave::new(
                store,
                AUTOSAVE_DELAY_MS,
                move |result| {
                    // The screen closed before its last write finished: only a failure matters.
                    if state.is_disposed() {
                        if let Err(error) = result {
                            db.report(Err(error));
                        }
                        return;
                    }
                    // Typed since, or a newer write under way: this write is not the screen.
                    let typing = saver.with_value(|s| s.as_ref().is_some_and(|s| !s.is_settled()));
                    match result {
                        Ok(Saved::Written) => db.report(Ok(())),
                        // Another tab changed other parts meanwhile: shown once the person
                        // pauses (a later save brings them again if they are still typing).
                        Ok(Saved::Merged(merged)) => {
                            db.report(Ok(()));
                            if !typing {
                                edited.set(false);
                                record.set(Some(merged));
                            }
                        }
                        Ok(Saved::Deleted) => {
                            edited.set(false);
                            record.set(None);
                            show(presence, Presence::Missing);
                            state.set(SaveState::Idle);
                            return;
                        }
                        Err(error) => {
                            state.set(SaveState::Failed);
                            db.report(Err(error));
                            return;
                        }
                    }
                    // An edit made while this one was being written is not saved yet.
                    state.set(if typing {
                        SaveState::Pending
                    } else {
                        SaveState::Saved
                    });
                },
            )));
            // A record already on screen is what the first edit is made from.
            rebase(saver, record.get_untracked());
        });

        // What is stored, read again when another tab or a restore changes it, but not while
        // an edit made here waits to be written (that write is newer).
        let typing_here = move || saver.with_value(|s| s.as_ref().is_some_and(|s| s.has_pending()));
        let stored = use_query_with(
            move |store| async move { store.get::<T>(&id.get_value()).await },
            move |_, change| {
                if change.touches(T::STORE, &id.get_value()) && !typing_here() {
                    OnChange::Reload
                } else {
                    OnChange::Ignore
                }
            },
        );
        // Shows what is stored, unless the person has typed since the last read and the
        // stored version is not newer (each keystroke moves `updated_at` forward): so a read
        // racing with typing, such as the echo of our own save, never rolls text back.
        Effect::new(move || {
            let Some(found) = stored.get() else { return };
            match found {
                None => {
                    edited.set(false);
                    let fresh = blank.with_value(|blank| blank(&id.get_value(), now_ms()));
                    show(
                        presence,
                        if fresh.is_some() {
                            Presence::Shown
                        } else {
                            Presence::Missing
                        },
                    );
                    rebase(saver, fresh.clone());
                    record.set(fresh);
                }
                Some(found) => {
                    let newer = record.with_untracked(|shown| {
                        shown
                            .as_ref()
                            .is_none_or(|shown| found.meta().updated_at > shown.meta().updated_at)
                    });
                    if newer || !edited.get_untracked() {
                        edited.set(false);
                        rebase(saver, Some(found.clone()));
                        record.set(Some(found));
                        show(presence, Presence::Shown);
                    }
                }
            }
        });
        editable
    }

    /// Applies an edit, marks it changed now, and schedules the autosave (which gives the
    /// parts it changed their versions when it writes).
    pub fn edit(&self, apply: impl FnOnce(&mut T)) {
        let Some(changed) = self.record.with_untracked(|r| {
            r.as_ref().map(|r| {
                let mut changed = r.clone();
                apply(&mut changed);
                changed.meta_mut().touch(now_ms());
                changed
            })
        }) else {
            return;
        };
        self.edited.set(true);
        self.record.set(Some(changed.clone()));
        self.state.set(SaveState::Pending);
        self.saver.with_value(|saver| {
            if let Some(saver) = saver {
                saver.schedule(changed);
            }
        });
    }

    /// A text field of the record, for an input's value.
    pub fn text(&self, read: fn(&T) -> String) -> Signal<String> {
        let record = self.record;
        Signal::derive(move || record.with(|r| r.as_ref().map(read).unwrap_or_default()))
    }

    /// True until the record is on screen (inputs stay disabled meanwhile).
    pub fn loading(&self) -> Signal<bool> {
        let record = self.record;
        Signal::derive(move || record.with(Option::is_none))
    }
}
