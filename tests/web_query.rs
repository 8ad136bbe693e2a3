//! Browser tests of the query primitive (ui/data/query.rs) that every screen reads through:
//! the newest answer always wins, whether a signal or a change asked for it, and a list is
//! patched record by record without an older read undoing a newer one. And the store's
//! context: a tap made while the store is still opening waits for it rather than being lost.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use indexed_db_futures::database::Database;
use leptos::prelude::*;
use one_on_one::domain::person::Person;
use one_on_one::store::Store;
use one_on_one::ui::data::query::use_query;
use one_on_one::ui::data::records::use_name_cards;
use one_on_one::ui::data::store_context::{provide_store_named, Db};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/wait.rs"]
mod wait;
use wait::{next_change, next_turn, until, Latch};

/// How long a read is made to take, to stage a slow read overtaken by a quick one (part of the
/// scenario, not a wait for it).
async fn taking(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

/// A reactive owner with the store `name` (emptied first) provided and open.
async fn with_store(name: &'static str) -> (Owner, Store) {
    // Mounting anything starts Leptos' task executor, which effects and reads run on.
    leptos::mount::mount_to_body(|| ());
    let _ = Database::delete_by_name(name).unwrap().await;
    let owner = Owner::new();
    owner.set();
    provide_store_named(name);
    let db = Db::get();
    until("the store opens", || db.store().is_some()).await;
    (owner, db.store().unwrap())
}

#[wasm_bindgen_test]
async fn what_a_tap_asks_of_the_store_while_it_opens_is_done_once_it_is_open() {
    leptos::mount::mount_to_body(|| ());
    let name = "test-query-opened";
    let _ = Database::delete_by_name(name).unwrap().await;
    let owner = Owner::new();
    owner.set();
    provide_store_named(name);
    let db = Db::get();
    assert!(db.store().is_none(), "the store is still opening");
    let saved = Rc::new(Cell::new(0));
    for (id, name) in [("early", "Tapped early"), ("later", "Tapped later")] {
        let saved = saved.clone();
        leptos::task::spawn_local(async move {
            let store = db.opened().await;
            store.save(&Person::new(id, name, 0)).await.unwrap();
            saved.set(saved.get() + 1);
        });
        if id == "early" {
            until("the store opens", || db.store().is_some()).await;
        }
    }
    until("both taps' saves", || saved.get() == 2).await;
    let store = db.store().unwrap();
    for (id, name) in [("early", "Tapped early"), ("later", "Tapped later")] {
        let person = store.get::<Person>(id).await.unwrap().expect(id);
        assert_eq!(person.name, name);
    }
    store.close();
}

#[wasm_bindgen_test]
async fn an_older_answer_never_replaces_a_newer_one_when_a_signal_moves() {
    let (_owner, store) = with_store("test-query-signal").await;
    let asked = RwSignal::new(1u32);
    let (started, slow_done) = (Latch::new(), Latch::new());
    let latches = (started.clone(), slow_done.clone());
    let answer = use_query(&["people"], move |_| {
        let n = asked.get();
        let (started, slow_done) = latches.clone();
        async move {
            started.open();
            // The first read is slow and the second quick: the first lands last.
            taking(if n == 1 { 300 } else { 10 }).await;
            if n == 1 {
                slow_done.open();
            }
            Ok(n)
        }
    });
    started.wait().await;
    assert_eq!(
        answer.get_untracked(),
        None,
        "nothing yet: the first read is under way"
    );
    asked.set(2);
    until("the second answer", || answer.get_untracked() == Some(2)).await;
    slow_done.wait().await;
    next_turn().await;
    assert_eq!(
        answer.get_untracked(),
        Some(2),
        "the first read landed last, and its answer was dropped"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_change_reads_again_and_only_the_newest_read_lands() {
    let (_owner, store) = with_store("test-query-change").await;
    let reads = Rc::new(Cell::new(0u32));
    let counted = reads.clone();
    let slow_done = Latch::new();
    let slow = slow_done.clone();
    let answer = use_query(&["people"], move |store: Store| {
        counted.set(counted.get() + 1);
        let n = counted.get();
        let slow = slow.clone();
        async move {
            taking(if n == 1 { 300 } else { 10 }).await;
            let answer = (n, store.name_cards().await?.len());
            if n == 1 {
                slow.open();
            }
            Ok(answer)
        }
    });
    until("the first read starts", || reads.get() == 1).await;
    store.save(&Person::new("p1", "Ana", 1)).await.unwrap();
    until("read again after the save", || {
        answer.get_untracked() == Some((2, 1))
    })
    .await;
    slow_done.wait().await;
    next_turn().await;
    assert_eq!(
        answer.get_untracked(),
        Some((2, 1)),
        "the slow first read did not land"
    );
    // A change to another kind of record is not followed.
    let profile = one_on_one::domain::profile::Profile::new(1);
    let heard = next_change(&store);
    store.save(&profile).await.unwrap();
    heard.await;
    next_turn().await;
    assert_eq!(reads.get(), 2);
    store.close();
}

#[wasm_bindgen_test]
async fn a_list_is_patched_one_record_at_a_time_and_kept_in_id_order() {
    let (_owner, store) = with_store("test-query-list").await;
    for (id, name) in [("b", "Ben"), ("d", "Dee")] {
        store.save(&Person::new(id, name, 1)).await.unwrap();
    }
    let cards = use_name_cards();
    let names = move || {
        cards
            .get_untracked()
            .map(|cards| cards.into_iter().map(|c| c.name).collect::<Vec<_>>())
    };
    until("the list is read", || names().is_some()).await;
    assert_eq!(names(), Some(vec!["Ben".to_owned(), "Dee".to_owned()]));

    store.save(&Person::new("a", "Ana", 2)).await.unwrap();
    let mut renamed = Person::new("d", "Dolores", 1);
    renamed.meta.touch(3);
    store.save(&renamed).await.unwrap();
    store.delete::<Person>("b").await.unwrap();
    let patched = Some(vec!["Ana".to_owned(), "Dolores".to_owned()]);
    until("the list is patched", || names() == patched).await;
    assert_eq!(
        names(),
        Some(vec!["Ana".to_owned(), "Dolores".to_owned()]),
        "added in its place, renamed and removed"
    );
    store.close();
}
