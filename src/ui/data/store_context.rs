//! The open store, shared with every screen through context, and what to tell the person
//! when storage is unavailable, blocked by another tab, or full.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::ids::now_ms;
use crate::platform::{history, lifecycle, storage};
use crate::store::{flush_all_pending, locking, Store, StoreError, DB_NAME};

/// Work to do with the store once it is open.
type WithStore = Box<dyn FnOnce(Store)>;

/// Handle on the shared store; `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct Db {
    /// The open store; `None` while opening, or for good when storage is unavailable.
    store: RwSignal<Option<Store>, LocalStorage>,
    /// A message about storage that every screen shows until it is resolved.
    pub notice: RwSignal<Option<String>>,
    asked_to_persist: StoredValue<bool>,
    /// What waits for the store to open: a tap on a card Today painted from its snapshot.
    waiting: StoredValue<Vec<WithStore>, LocalStorage>,
}

impl Db {
    pub fn get() -> Db {
        expect_context::<Db>()
    }

    /// The store once it is open; `None` while opening or after a failure.
    pub fn store(&self) -> Option<Store> {
        self.store.get()
    }

    /// Runs `then` with the store: at once if it is open, else as soon as it opens (never, if
    /// storage is unavailable, which the notice tells the person).
    pub fn with_store(&self, then: impl FnOnce(Store) + 'static) {
        match self.store.get_untracked() {
            Some(store) => then(store),
            None => self
                .waiting
                .update_value(|waiting| waiting.push(Box::new(then))),
        }
    }

    /// The store, awaited: at once if it is open, else once it opens (never, if storage is
    /// unavailable, which the notice tells the person). What a tap does with the store waits
    /// for it this way, so a tap during a cold start is not lost.
    pub async fn opened(self) -> Store {
        let (sender, opened) = futures::channel::oneshot::channel();
        self.with_store(move |store| {
            let _ = sender.send(store);
        });
        match opened.await {
            Ok(store) => store,
            Err(_) => std::future::pending().await,
        }
    }

    /// Reports a failed save or load to the person; a success clears an earlier failure.
    pub fn report(&self, result: Result<(), StoreError>) {
        match result {
            Ok(()) => {
                if self.notice.with_untracked(|n| n.is_some()) {
                    self.notice.set(None);
                }
                self.ask_to_persist_once();
            }
            Err(error) => self.notice.set(Some(error.to_string())),
        }
    }

    /// Once there is data worth keeping, asks the browser not to evict it.
    fn ask_to_persist_once(&self) {
        if self.asked_to_persist.get_value() {
            return;
        }
        self.asked_to_persist.set_value(true);
        spawn_local(async {
            let _ = storage::request_persistence().await;
        });
    }
}

/// Opens the app's store and flushes pending edits whenever the page is hidden.
pub fn provide_store() {
    provide_store_named(DB_NAME);
}

/// [`provide_store`] for the database `name`: the app's, or a test's own.
pub fn provide_store_named(name: &'static str) {
    let store = RwSignal::new_local(None::<Store>);
    let notice = RwSignal::new(None::<String>);
    let db = Db {
        store,
        notice,
        asked_to_persist: StoredValue::new(false),
        waiting: StoredValue::new_local(Vec::new()),
    };
    provide_context(db);
    spawn_local(async move {
        let opened = Store::open_named(
            name,
            move || notice.set(Some(StoreError::Blocked.to_string())),
            move || notice.set(Some(StoreError::VersionChanged.to_string())),
        )
        .await;
        match opened {
            Ok(opened) => {
                // A killed browser lost the lock's last change from localStorage: start again
                // on the lock screen with the lock IndexedDB kept.
                if locking::reconcile(&opened).await.unwrap_or(false) {
                    history::reload();
                    return;
                }
                notice.set(None);
                if let Err(error) = opened.replay_journal().await {
                    notice.set(Some(error.to_string()));
                }
                // Cheap (a handful of tombstones), and failing it costs nothing but space.
                let _ = opened.forget_old_deletions(now_ms()).await;
                store.set(Some(opened.clone()));
                for then in db
                    .waiting
                    .try_update_value(std::mem::take)
                    .unwrap_or_default()
                {
                    then(opened.clone());
                }
            }
            Err(error) => notice.set(Some(error.to_string())),
        }
    });
    let listeners = lifecycle::on_hide(flush_all_pending);
    // Owned by the app's root, so the listeners live as long as the app.
    let _ = StoredValue::new_local(listeners);
}

/// The storage notice, shown on every screen while there is one.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let db = Db::get();
    move || {
        db.notice.get().map(|message| {
            view! {
                <div class="banner" role="alert">
                    {message}
                </div>
            }
        })
    }
}
