//! Browser tests of syncing through the team's server, in headless Chromium against the CouchDB
//! stand-in that `tests/couchdb/with-server.mjs` starts (as `make test` does), two phones
//! played by two databases: a person pushed by one is pulled by the other; both edit offline
//! and, pushed and pulled in any order, end identical with both edits; a deletion travels; the
//! server holds none of the words; a document the team key does not open is passed over; two
//! versions the server holds in conflict are merged and the conflict settled; a fresh phone
//! joining sends back nothing of what it took in as the team has it.

#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use one_on_one::domain::cipher::DataKey;
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::team_doc::{self, Shared};
use one_on_one::platform::couch::Couch;
use one_on_one::store::{edited, Outgoing, Pulled, Store};
use serde_json::json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The team database `database` (made by with-server.mjs, one per test).
fn couch_of(database: &str) -> Couch {
    let server = match option_env!("COUCHDB_TEST_SERVER") {
        Some(server) => server,
        None => panic!(
            "these tests need the CouchDB stand-in: run them through tests/couchdb/with-server.mjs, as make test does"
        ),
    };
    Couch::new(server, database, "ana", "ana-secret-1")
}

async fn phone(name: &str) -> Store {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {}).await.unwrap()
}

fn marisol() -> Person {
    let mut person = Person::new("sync-marisol", "Marisol Vega", 1_000);
    person.phone = "555 0100".into();
    edited(&person, |_| {})
}

/// Pushes Marisol from `phone`; returns how many documents were written.
async fn push(phone: &Store, couch: &Couch, key: &DataKey) -> usize {
    let marisol = Outgoing {
        store: "people",
        id: "sync-marisol".into(),
        no_longer_shared: false,
    };
    phone
        .push_to_team(couch, key, &[marisol])
        .await
        .unwrap()
        .written
}

#[wasm_bindgen_test]
async fn two_phones_sync_through_the_server_and_end_identical() {
    let (couch, key) = (couch_of("team-sync"), DataKey::from_bytes([7; 32]));
    let (one, two) = (phone("test-sync-one").await, phone("test-sync-two").await);
    one.save(&marisol()).await.unwrap();
    assert_eq!(push(&one, &couch, &key).await, 1);
    let pulled = two.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!((pulled.changed, pulled.refused.len()), (1, 0));
    let shown = two.get::<Person>("sync-marisol").await.unwrap().unwrap();
    assert_eq!(shown.name, "Marisol Vega");

    // Offline, both edit (both the phone, two later); two pushes first, then one, meeting two's
    // version on the server, and two pulls.
    one.save(&edited(&shown, |p| p.phone = "555 0199".into()))
        .await
        .unwrap();
    two.save(&edited(&shown, |p| {
        p.notes = "Worried about the rent strike".into();
        p.phone = "555 0111".into();
    }))
    .await
    .unwrap();
    assert_eq!(push(&two, &couch, &key).await, 1);
    // One's only change (the phone) is older than two's, which the server holds: merged, one's
    // record is the server's, so there is nothing to write.
    assert_eq!(push(&one, &couch, &key).await, 0);
    two.pull_from_team(&couch, &key, Some(&pulled.since))
        .await
        .unwrap();
    let (on_one, on_two) = (
        one.get::<Person>("sync-marisol").await.unwrap().unwrap(),
        two.get::<Person>("sync-marisol").await.unwrap().unwrap(),
    );
    assert_eq!(on_one, on_two, "both phones hold the same record");
    for phone in [&one, &two] {
        let written = push(phone, &couch, &key).await;
        assert_eq!(
            written, 0,
            "what the server holds already is not written again"
        );
    }
    assert_eq!(on_one.notes, "Worried about the rent strike");
    assert_eq!(
        on_one.phone, "555 0111",
        "both changed the phone: the later edit wins on both"
    );

    // What the server holds: ciphertext, ids and revisions only.
    let (_, all) = couch
        .request(
            "GET",
            &couch.in_database("_all_docs?include_docs=true"),
            None,
        )
        .await
        .unwrap();
    let stored = all.to_string();
    for word in ["Marisol", "rent strike", "555 01", "people"] {
        assert!(!stored.contains(word), "the server holds {word}: {stored}");
    }

    // A deletion travels.
    one.delete::<Person>("sync-marisol").await.unwrap();
    push(&one, &couch, &key).await;
    two.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!(two.get::<Person>("sync-marisol").await.unwrap(), None);
    // Pushed again from two, the old version does not bring it back anywhere.
    push(&two, &couch, &key).await;
    one.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!(one.get::<Person>("sync-marisol").await.unwrap(), None);
    one.close();
    two.close();
}

#[wasm_bindgen_test]
async fn a_fresh_phone_joining_sends_back_nothing_it_took_in_as_the_team_has_it() {
    let (couch, key) = (couch_of("team-sync-fresh"), DataKey::from_bytes([7; 32]));
    let (first, fresh) = (
        phone("test-sync-first").await,
        phone("test-sync-fresh").await,
    );
    let mut rosa = Person::new("fresh-rosa", "Rosa Fresh", 1_000);
    rosa.shared = true;
    first.save(&edited(&rosa, |_| {})).await.unwrap();
    let meeting = Meeting::new("fresh-meeting", "fresh-rosa", &Profile::new(1), 1_000);
    first.save(&edited(&meeting, |_| {})).await.unwrap();
    // The first round after joining sends every shared record.
    assert_eq!(first.sync_round(&couch, &key, true).await.unwrap().sent, 2);
    let same = |pulled: &Pulled| {
        let mut ids: Vec<&str> = pulled.same_as_team.iter().map(String::as_str).collect();
        ids.sort();
        ids.join(" ")
    };
    let pulled = fresh.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!(same(&pulled), "fresh-meeting fresh-rosa");
    let joined = fresh.sync_round(&couch, &key, true).await.unwrap();
    assert_eq!(joined.sent, 0, "not sent back: the team has them so");
    // A record with something of this phone's beside the team's version still goes.
    let taken = fresh.get::<Person>("fresh-rosa").await.unwrap().unwrap();
    fresh
        .save(&edited(&taken, |p| p.phone = "555 0123".into()))
        .await
        .unwrap();
    let pulled = fresh.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!(
        same(&pulled),
        "fresh-meeting",
        "Rosa holds a change of this phone's"
    );
    assert_eq!(fresh.sync_round(&couch, &key, true).await.unwrap().sent, 1);
    first.sync_round(&couch, &key, false).await.unwrap();
    let on_first = first.get::<Person>("fresh-rosa").await.unwrap().unwrap();
    assert_eq!(on_first.phone, "555 0123");
    first.close();
    fresh.close();
}

#[wasm_bindgen_test]
async fn a_document_the_team_key_does_not_open_is_passed_over() {
    let couch = couch_of("team-sync-stranger");
    let (status, _) = couch
        .request(
            "PUT",
            &couch.in_database("sync-stranger"),
            Some(&json!({"v": 1, "sealed": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})),
        )
        .await
        .unwrap();
    assert_eq!(status, 201);
    let three = phone("test-sync-three").await;
    let pulled = three
        .pull_from_team(&couch, &DataKey::from_bytes([7; 32]), None)
        .await
        .unwrap();
    assert!(
        pulled
            .refused
            .iter()
            .any(|r| r.starts_with("sync-stranger:")),
        "{pulled:?}"
    );
    three.close();
}

#[wasm_bindgen_test]
async fn versions_the_server_holds_in_conflict_are_merged_and_settled() {
    let (couch, key) = (couch_of("team-sync-conflict"), DataKey::from_bytes([7; 32]));
    let (one, two) = (
        phone("test-conflict-one").await,
        phone("test-conflict-two").await,
    );
    let mut base = Person::new("sync-conflict", "Tamsin Okafor", 1_000);
    base = edited(&base, |p| p.phone = "555 0100".into());
    one.save(&base).await.unwrap();
    two.save(&base).await.unwrap();
    one.save(&edited(&base, |p| p.phone = "555 0142".into()))
        .await
        .unwrap();
    two.save(&edited(&base, |p| {
        p.notes = "Chairs the tenants' meeting".into()
    }))
    .await
    .unwrap();
    // Two versions written as a cluster or a replication between sites can leave them: two
    // revisions of one document, in conflict.
    let mut docs = Vec::new();
    for (from, rev, nonce) in [(&one, "1-aaaa", 1u8), (&two, "1-bbbb", 2)] {
        let shared = from
            .shared_form("people", "sync-conflict")
            .await
            .unwrap()
            .unwrap();
        let mut doc = team_doc::seal(&key, "sync-conflict", &shared, [nonce; 24]);
        doc["_rev"] = json!(format!("{rev}{}", "0".repeat(28)));
        docs.push(doc);
    }
    let (status, _) = couch
        .request(
            "POST",
            &couch.in_database("_bulk_docs"),
            Some(&json!({ "docs": docs, "new_edits": false })),
        )
        .await
        .unwrap();
    assert_eq!(status, 201);
    let read = couch.in_database("sync-conflict?conflicts=true");
    let (_, before) = couch.request("GET", &read, None).await.unwrap();
    assert_eq!(before["_conflicts"].as_array().map(Vec::len), Some(1));

    let three = phone("test-conflict-three").await;
    three.pull_from_team(&couch, &key, None).await.unwrap();
    let merged = three.get::<Person>("sync-conflict").await.unwrap().unwrap();
    assert_eq!(merged.phone, "555 0142");
    assert_eq!(merged.notes, "Chairs the tenants' meeting");
    let (_, after) = couch.request("GET", &read, None).await.unwrap();
    assert!(after["_conflicts"].is_null(), "settled: {after}");
    let Shared::Record { record, .. } = team_doc::open(&key, &after).unwrap() else {
        panic!("the document holds the record");
    };
    assert_eq!(record["notes"], "Chairs the tenants' meeting");
    assert_eq!(record["phone"], "555 0142");
    for phone in [one, two, three] {
        phone.close();
    }
}
