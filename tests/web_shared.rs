//! Browser tests of what a team shares going out of the store and coming in, two phones played
//! by two databases and what passes between them sent through JSON as a server would: both
//! phones edit one person offline and each ends with both edits, in either order; a deletion
//! travels and wins over an older version; a record of the wrong shape is refused by name and
//! changes nothing.

#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use one_on_one::domain::person::Person;
use one_on_one::domain::team_doc::Shared;
use one_on_one::store::{edited, Store, StoreError};
use serde_json::json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn phone(name: &str) -> Store {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {}).await.unwrap()
}

/// What `from` shares of person `id`, as it arrives after a trip through the server.
async fn sent(from: &Store, id: &str) -> Shared {
    let shared = from.shared_form("people", id).await.unwrap().unwrap();
    serde_json::from_str(&serde_json::to_string(&shared).unwrap()).unwrap()
}

fn ana() -> Person {
    let mut ana = Person::new("ana", "Ana Núñez", 1_000);
    ana.phone = "555 0100".into();
    edited(&ana, |_| {})
}

#[wasm_bindgen_test]
async fn two_phones_editing_one_person_offline_end_with_both_edits_in_either_order() {
    let (one, two) = (
        phone("test-shared-one").await,
        phone("test-shared-two").await,
    );
    one.save(&ana()).await.unwrap();
    assert!(two.take_shared(sent(&one, "ana").await).await.unwrap());
    let shown = two.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(shown.name, "Ana Núñez");

    // Offline, each edits: one the phone, two the notes and a tag.
    one.save(&edited(&shown, |p| p.phone = "555 0199".into()))
        .await
        .unwrap();
    two.save(&edited(&shown, |p| {
        p.notes = "Cares about the 42 bus".into();
        p.tags.push("buses".into());
    }))
    .await
    .unwrap();
    // Online again: each takes the other's, in opposite orders of arrival.
    let from_one = sent(&one, "ana").await;
    let from_two = sent(&two, "ana").await;
    assert!(two.take_shared(from_one.clone()).await.unwrap());
    assert!(one.take_shared(from_two).await.unwrap());
    let (on_one, on_two) = (
        one.get::<Person>("ana").await.unwrap().unwrap(),
        two.get::<Person>("ana").await.unwrap().unwrap(),
    );
    assert_eq!(on_one, on_two, "both phones hold the same record");
    assert_eq!(on_one.phone, "555 0199");
    assert_eq!(on_one.notes, "Cares about the 42 bus");
    assert_eq!(on_one.tags, ["buses"]);
    assert!(
        !two.take_shared(from_one).await.unwrap(),
        "taking the same version again changes nothing"
    );
    assert!(one.shared_form("people", "nobody").await.unwrap().is_none());
    one.close();
    two.close();
}

#[wasm_bindgen_test]
async fn a_deletion_travels_and_wins_over_an_older_version() {
    let (one, two) = (
        phone("test-shared-del-one").await,
        phone("test-shared-del-two").await,
    );
    one.save(&ana()).await.unwrap();
    let before = sent(&one, "ana").await;
    two.take_shared(before.clone()).await.unwrap();
    one.delete::<Person>("ana").await.unwrap();
    let deletion = sent(&one, "ana").await;
    assert!(matches!(deletion, Shared::Deleted { .. }));
    assert!(two.take_shared(deletion.clone()).await.unwrap());
    assert_eq!(two.get::<Person>("ana").await.unwrap(), None);
    assert!(matches!(sent(&two, "ana").await, Shared::Deleted { .. }));
    assert!(
        !two.take_shared(before).await.unwrap(),
        "an older version does not bring it back"
    );
    assert_eq!(two.get::<Person>("ana").await.unwrap(), None);
    assert!(
        !two.take_shared(deletion).await.unwrap(),
        "nor is it deleted twice"
    );
    one.close();
    two.close();
}

#[wasm_bindgen_test]
async fn a_record_of_the_wrong_shape_from_the_server_is_refused_by_name() {
    let one = phone("test-shared-shape").await;
    one.save(&ana()).await.unwrap();
    let hostile = Shared::Record {
        store: "people".into(),
        record: json!({"meta": {"id": "ana", "created_at": 1, "updated_at": 9_000_000_000_000_000_i64, "schema": 1}, "name": 42}),
    };
    match one.take_shared(hostile).await {
        Err(StoreError::Refused(why)) => assert!(why.contains("name"), "{why}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        one.get::<Person>("ana").await.unwrap().unwrap().name,
        "Ana Núñez"
    );
    let unknown = Shared::Record {
        store: "profile".into(),
        record: json!({"meta": {"id": "x"}}),
    };
    assert!(one.take_shared(unknown).await.is_err());
    one.close();
}
