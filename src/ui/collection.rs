//! Every record of a kind, loaded from the store and refreshed whenever one of them changes,
//! here or in another tab.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::store_context::Db;
use crate::domain::record::Record;
use crate::store::Subscription;

/// `None` while loading; then every record of the kind.
pub fn use_all<T: Record + Send + Sync>() -> RwSignal<Option<Vec<T>>> {
    let db = Db::get();
    let records = RwSignal::new(None::<Vec<T>>);
    let changes = StoredValue::new_local(None::<Subscription>);
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        let feed = store.changes().clone();
        let reload = move || {
            let store = store.clone();
            spawn_local(async move {
                match store.all::<T>().await {
                    Ok(all) => records.set(Some(all)),
                    Err(error) => db.report(Err(error)),
                }
            });
        };
        reload();
        let subscription = feed.subscribe(move |change| {
            if change.store == T::STORE {
                reload();
            }
        });
        changes.set_value(Some(subscription));
    });
    records
}
