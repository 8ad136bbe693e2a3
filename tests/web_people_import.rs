//! Browser tests of people brought in (`Store::bring_in`): the new stored as they were made
//! and on the People list, the ones here merged without losing their own edits, a cancel that
//! leaves nothing, a person deleted meanwhile who stays deleted, and the lock's sealing.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;

use indexed_db_futures::database::Database;
use one_on_one::domain::people_import::columns::guessed;
use one_on_one::domain::people_import::plan::Plan;
use one_on_one::domain::people_import::spreadsheet::Sheet;
use one_on_one::domain::person::Person;
use one_on_one::store::{edited, locking, BroughtIn, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/stored.rs"]
mod stored;
use stored::everything_stored;

async fn fresh(name: &str) -> Store {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {})
        .await
        .expect("the store opens")
}

/// `csv` planned against everyone in `store`.
async fn planned(store: &Store, csv: &str) -> Plan {
    let sheet = Sheet::read(csv.as_bytes()).unwrap();
    let fields = guessed(&sheet.headers);
    let everyone: Vec<Person> = store.all().await.unwrap();
    Plan::of(
        (0..sheet.rows.len()).map(|i| sheet.row(i, &fields)),
        &everyone,
    )
}

async fn carry_out(store: &Store, plan: &Plan, cancel_after: Option<usize>) -> Option<BroughtIn> {
    let cancelled = Cell::new(false);
    let progress = |done: usize, _total: usize| {
        if cancel_after.is_some_and(|after| done >= after) {
            cancelled.set(true);
        }
    };
    store
        .bring_in(plan, progress, &cancelled)
        .await
        .expect("the write runs")
}

const SHEET: &str = "Name,Email,Phone,Tags,Notes\n\
    Ana Núñez,ana@example.org,,tenants,Wants to lead\n\
    Ben Ortiz,,555 010 2000,,\n\
    Cleo Park,cleo@example.org,,,\n";

#[wasm_bindgen_test]
async fn new_people_are_stored_as_made_and_listed_and_a_second_import_adds_nobody() {
    let store = fresh("import-new").await;
    let plan = planned(&store, SHEET).await;
    let brought = carry_out(&store, &plan, None).await.unwrap();
    assert_eq!((brought.added, brought.updated), (3, 0));
    let everyone: Vec<Person> = store.all().await.unwrap();
    let ana = everyone.iter().find(|p| p.name == "Ana Núñez").unwrap();
    assert_eq!(ana.email, "ana@example.org");
    assert_eq!(ana.tags, ["tenants"]);
    assert_eq!(ana.notes, "Wants to lead");
    assert_eq!(ana.referred_by, None, "a blank field reads back blank");
    let cards = store.people_cards().await.unwrap();
    assert_eq!(cards.len(), 3, "each has a card on the People list");
    let again = planned(&store, SHEET).await;
    assert!(!again.changes_anything());
}

#[wasm_bindgen_test]
async fn people_here_are_merged_and_keep_an_edit_made_since_the_plan() {
    let store = fresh("import-merge").await;
    let ana = Person::new("ana", "Ana Núñez", 1);
    let ana = edited(&ana, |p| p.email = "ana@example.org".into());
    store.save(&ana).await.unwrap();
    let plan = planned(&store, SHEET).await;
    assert_eq!(plan.updates.len(), 1);
    // Edited in another tab after the preview was shown.
    let stored: Person = store.get("ana").await.unwrap().unwrap();
    store
        .save(&edited(&stored, |p| p.how_we_met = "House meeting".into()))
        .await
        .unwrap();
    let brought = carry_out(&store, &plan, None).await.unwrap();
    assert_eq!((brought.added, brought.updated), (2, 1));
    let ana: Person = store.get("ana").await.unwrap().unwrap();
    assert_eq!(ana.tags, ["tenants"]);
    assert_eq!(ana.notes, "Wants to lead");
    assert_eq!(
        ana.how_we_met, "House meeting",
        "the edit made meanwhile stays"
    );
}

#[wasm_bindgen_test]
async fn a_cancel_between_batches_leaves_nothing_written() {
    let store = fresh("import-cancel").await;
    let here = Person::new("here", "Zed Ames", 1);
    store.save(&here).await.unwrap();
    let mut csv = String::from("Name,Email\n");
    for i in 0..1_000 {
        csv.push_str(&format!("Person {i},p{i}@example.org\n"));
    }
    csv.push_str("Zed Ames,zed@example.org\n");
    let plan = planned(&store, &csv).await;
    assert_eq!(plan.updates.len(), 1);
    assert_eq!(carry_out(&store, &plan, Some(300)).await, None);
    let everyone: Vec<Person> = store.all().await.unwrap();
    assert_eq!(
        everyone.len(),
        1,
        "none of the 300 put before the cancel stayed"
    );
    assert_eq!(everyone[0].email, "");
    assert_eq!(store.people_cards().await.unwrap().len(), 1);
}

#[wasm_bindgen_test]
async fn a_person_deleted_after_the_preview_stays_deleted() {
    let store = fresh("import-deleted").await;
    store
        .save(&Person::new("ana", "Ana Núñez", 1))
        .await
        .unwrap();
    let plan = planned(&store, "Name,Tags\nAna Núñez,tenants\n").await;
    store.delete::<Person>("ana").await.unwrap();
    let brought = carry_out(&store, &plan, None).await.unwrap();
    assert_eq!(brought.deleted_meanwhile, 1);
    assert!(store.get::<Person>("ana").await.unwrap().is_none());
}

#[wasm_bindgen_test]
async fn with_the_lock_on_people_brought_in_are_sealed_and_read_back() {
    let store = fresh("import-locked").await;
    locking::turn_on(&store, "246810", |_, _| {}).await.unwrap();
    carry_out(&store, &planned(&store, SHEET).await, None)
        .await
        .unwrap();
    let everyone: Vec<Person> = store.all().await.unwrap();
    assert_eq!(everyone.len(), 3);
    let stored = everything_stored("import-locked").await;
    assert!(!stored.contains("ana@example.org"), "emails are sealed");
    assert!(!stored.contains("Wants to lead"), "notes are sealed");
}
