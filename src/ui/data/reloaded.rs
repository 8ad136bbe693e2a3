//! What a query reads from the store, read again whenever a record of its kind changes (here or
//! in another tab) or a signal the query depends on moves: for a screen that shows a few of
//! many records, where patching one record into the list cannot tell its place among the rest.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::store::{Store, StoreError, Subscription};
use crate::ui::data::store_context::Db;

/// `None` while the first answer loads; then the latest answer of `load`, which is called
/// within an effect, so the signals it reads before its future starts are tracked.
pub fn use_reloaded<R, L, F>(store_name: &'static str, load: L) -> RwSignal<Option<R>>
where
    R: Send + Sync + 'static,
    L: Fn(Store) -> F + Clone + 'static,
    F: std::future::Future<Output = Result<R, StoreError>> + 'static,
{
    let db = Db::get();
    let answer = RwSignal::new(None::<R>);
    // Only the newest of overlapping loads may set the answer.
    let latest = StoredValue::new_local(0u64);
    let changes = StoredValue::new_local(None::<Subscription>);
    let run = move |loading: F| {
        latest.update_value(|n| *n += 1);
        let this = latest.get_value();
        spawn_local(async move {
            let loaded = loading.await;
            if answer.is_disposed() || latest.get_value() != this {
                return;
            }
            match loaded {
                Ok(found) => answer.set(Some(found)),
                Err(error) => db.report(Err(error)),
            }
        });
    };
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        run(load(store.clone()));
        let load = load.clone();
        let subscription = store.changes().clone().subscribe(move |change| {
            if change.store == store_name {
                run(untrack(|| load(store.clone())));
            }
        });
        changes.set_value(Some(subscription));
    });
    answer
}
