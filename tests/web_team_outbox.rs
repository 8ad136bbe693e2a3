//! Browser tests of the team's outbox, in headless Chromium against the CouchDB stand-in that
//! `tests/couchdb/with-server.mjs` starts: on a phone in a team, every change to a record of a
//! shared kind waits in the outbox, written in the same transaction; what comes from the team
//! does not; what stays on the phone (a private person's) is crossed off unsent; a change made
//! while a push was under way stays; what waits goes to the server and is crossed off, and a
//! person no longer shared goes once more, with the sharing off, only if the team had them.

#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use one_on_one::domain::cipher::DataKey;
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::team::{Membership, Team};
use one_on_one::domain::team_doc::Shared;
use one_on_one::platform::couch::Couch;
use one_on_one::store::{edited, team_membership, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: [u8; 32] = [9; 32];

fn server() -> &'static str {
    option_env!("COUCHDB_TEST_SERVER").unwrap_or_else(|| {
        panic!("these tests need the CouchDB stand-in: run them through tests/couchdb/with-server.mjs, as make test does")
    })
}

/// This browser joins the team with database `database`.
fn join(database: &str) {
    let team = Team::new("Outbox council", server(), database, KEY).unwrap();
    team_membership::keep(&Membership {
        team,
        user: "ana".into(),
        password: "ana-secret-1".into(),
    })
    .unwrap();
}

async fn phone(name: &str) -> Store {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {}).await.unwrap()
}

fn person(id: &str, name: &str, shared: bool) -> Person {
    let mut person = Person::new(id, name, 1_000);
    person.shared = shared;
    edited(&person, |_| {})
}

fn meeting(id: &str, person_id: &str) -> Meeting {
    edited(
        &Meeting::new(id, person_id, &Profile::new(1), 1_000),
        |_| {},
    )
}

/// One test, its parts in turn: they share this browser's team membership (localStorage).
#[wasm_bindgen_test]
async fn the_outbox() {
    changes_made_in_a_team_wait_in_the_outbox_and_only_those().await;
    what_waits_goes_to_the_server_and_a_person_unshared_goes_once_more().await;
    leaving_and_removing_the_teams_people_leaves_no_deletion_to_travel().await;
    people_brought_in_wait_in_the_outbox_like_any_change().await;
}

async fn people_brought_in_wait_in_the_outbox_like_any_change() {
    use one_on_one::domain::people_import::columns::guessed;
    use one_on_one::domain::people_import::plan::Plan;
    use one_on_one::domain::people_import::spreadsheet::Sheet;
    team_membership::forget();
    let store = phone("test-outbox-import").await;
    join("outbox-import");
    let sheet = Sheet::read(b"Name,Email\nAna,ana@example.org\nBen,ben@example.org\n").unwrap();
    let fields = guessed(&sheet.headers);
    let plan = Plan::of((0..2).map(|i| sheet.row(i, &fields)), &[]);
    let cancelled = std::cell::Cell::new(false);
    store
        .bring_in(&plan, |_, _| {}, &cancelled)
        .await
        .unwrap()
        .expect("not cancelled");
    assert_eq!(
        store.waiting_count().await.unwrap(),
        2,
        "each person brought in waits"
    );
    team_membership::forget();
}

async fn leaving_and_removing_the_teams_people_leaves_no_deletion_to_travel() {
    join("team-outbox");
    let store = phone("test-outbox-leaving").await;
    store.save(&person("t", "Tomas Team", true)).await.unwrap();
    store.save(&meeting("mt", "t")).await.unwrap();
    store.save(&person("o", "Olive Own", false)).await.unwrap();
    assert_eq!(team_membership::my_name().as_deref(), Some("ana"));
    team_membership::forget();
    assert_eq!(
        team_membership::my_name(),
        None,
        "leaving forgets the user name too"
    );
    assert_eq!(store.remove_team_people().await.unwrap(), 1);
    assert_eq!(store.get::<Person>("t").await.unwrap(), None);
    assert_eq!(store.get::<Meeting>("mt").await.unwrap(), None);
    assert!(store.get::<Person>("o").await.unwrap().is_some());
    // No tombstone: joining again sends no deletion, and brings them back.
    assert!(store.deleted_items().await.unwrap().is_empty());
    store.close();
}

async fn changes_made_in_a_team_wait_in_the_outbox_and_only_those() {
    team_membership::forget();
    let store = phone("test-outbox-marks").await;
    store
        .save(&person("before", "Before Joining", true))
        .await
        .unwrap();
    assert_eq!(
        store.waiting_count().await.unwrap(),
        0,
        "not in a team: nothing waits"
    );

    join("team-outbox");
    store.save(&person("p", "Paz Shared", true)).await.unwrap();
    store
        .save(&person("q", "Quin Private", false))
        .await
        .unwrap();
    store.save(&meeting("mp", "p")).await.unwrap();
    store.save(&meeting("mq", "q")).await.unwrap();
    assert_eq!(store.waiting_count().await.unwrap(), 4);
    // What stays on the phone, a private person and their one-on-one, is crossed off unsent.
    assert_eq!(store.waiting_to_send().await.unwrap(), 2);
    assert_eq!(store.waiting_count().await.unwrap(), 2);

    // What comes from the team waits for nothing.
    let from_team = Shared::Record {
        store: "people".into(),
        record: serde_json::to_value(person("r", "Rita From Team", true)).unwrap(),
    };
    assert!(store.take_shared(from_team).await.unwrap());
    assert_eq!(store.waiting_count().await.unwrap(), 2);

    // A change made after the outbox was read is not crossed off with what was read.
    let read = store.waiting_for_team().await.unwrap();
    let paz = store.get::<Person>("p").await.unwrap().unwrap();
    store
        .save(&edited(&paz, |p| p.phone = "555 0101".into()))
        .await
        .unwrap();
    store.cross_off(&read).await.unwrap();
    let left = store.waiting_for_team().await.unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!((left[0].store, left[0].id.as_str()), ("people", "p"));

    // A deletion waits too, and a person shared has their one-on-ones put with them.
    store.delete::<Meeting>("mp").await.unwrap();
    store.save(&meeting("mp2", "p")).await.unwrap();
    store.clear_outbox().await.unwrap();
    store.queue_person_for_team("p").await.unwrap();
    let queued: Vec<String> = store
        .waiting_for_team()
        .await
        .unwrap()
        .into_iter()
        .map(|w| w.id)
        .collect();
    assert_eq!(queued, vec!["mp2".to_owned()]);

    // Deleting everything empties it.
    store.delete_everything().await.unwrap();
    assert_eq!(store.waiting_count().await.unwrap(), 0);
    team_membership::forget();
    store.close();
}

async fn what_waits_goes_to_the_server_and_a_person_unshared_goes_once_more() {
    team_membership::forget();
    join("team-outbox");
    let couch = Couch::new(server(), "team-outbox", "ana", "ana-secret-1");
    let key = DataKey::from_bytes(KEY);
    let (one, two) = (
        phone("test-outbox-one").await,
        phone("test-outbox-two").await,
    );
    one.save(&person("s", "Sol Shared", true)).await.unwrap();
    one.save(&meeting("ms", "s")).await.unwrap();
    one.save(&person("n", "Nadia Never Shared", false))
        .await
        .unwrap();
    let sent = one.send_waiting(&couch, &key).await.unwrap();
    assert_eq!((sent.written, sent.unsettled.len()), (2, 0));
    assert_eq!(one.waiting_count().await.unwrap(), 0);
    let pulled = two.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!(pulled.changed, 2);
    assert_eq!(two.get::<Person>("n").await.unwrap(), None);

    // Sharing turned off: the last version goes, with the sharing off; teammates keep theirs.
    let sol = one.get::<Person>("s").await.unwrap().unwrap();
    one.save(&edited(&sol, |p| p.shared = false)).await.unwrap();
    let nadia = one.get::<Person>("n").await.unwrap().unwrap();
    one.save(&edited(&nadia, |p| p.phone = "555 0142".into()))
        .await
        .unwrap();
    one.delete::<Person>("n").await.unwrap();
    assert_eq!(one.send_waiting(&couch, &key).await.unwrap().written, 1);
    two.pull_from_team(&couch, &key, Some(&pulled.since))
        .await
        .unwrap();
    let on_two = two.get::<Person>("s").await.unwrap().unwrap();
    assert!(!on_two.shared);
    assert_eq!(on_two.name, "Sol Shared");
    assert!(two.get::<Meeting>("ms").await.unwrap().is_some());

    // Afterwards, Sol's changes stay on the phone.
    let sol = one.get::<Person>("s").await.unwrap().unwrap();
    one.save(&edited(&sol, |p| p.notes = "kept here".into()))
        .await
        .unwrap();
    assert_eq!(one.send_waiting(&couch, &key).await.unwrap().written, 0);
    let (_, all) = couch
        .request("GET", &couch.in_database("_all_docs"), None)
        .await
        .unwrap();
    let ids: Vec<&str> = all["rows"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(
        ids.len(),
        2,
        "Sol and their one-on-one, never Nadia: {ids:?}"
    );
    assert!(!ids.contains(&"n"));

    // A shared person deleted: the deletion goes, and takes them from the teammate's phone.
    one.save(&person("d", "Dora Deleted", true)).await.unwrap();
    assert_eq!(one.send_waiting(&couch, &key).await.unwrap().written, 1);
    one.delete_person("d").await.unwrap();
    assert_eq!(one.waiting_to_send().await.unwrap(), 1);
    assert_eq!(one.send_waiting(&couch, &key).await.unwrap().written, 1);
    two.pull_from_team(&couch, &key, None).await.unwrap();
    assert_eq!(two.get::<Person>("d").await.unwrap(), None);
    team_membership::forget();
    one.close();
    two.close();
}
