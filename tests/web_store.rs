//! Browser tests of the IndexedDB store, run by wasm-bindgen-test in headless Chromium.
//! Each test opens its own database, so tests never see each other's records.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::store::{flush_all_pending, Autosave, Change, Saved, Store, StoreError};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/wait.rs"]
mod wait;
use wait::{next_change, until, Latch};

/// A record with the fields the follow-up indexes use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Step {
    meta: Meta,
    person_id: String,
    due_at: i64,
    text: String,
    #[serde(default)]
    done_at: Option<i64>,
}

one_on_one::impl_record!(Step, "next_steps");

/// A meeting as far as its status and start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Appointment {
    meta: Meta,
    status: String,
    #[serde(default)]
    starts_at: Option<i64>,
}

one_on_one::impl_record!(Appointment, "meetings");

fn step(id: &str, person: &str, due_at: i64, now: i64) -> Step {
    Step {
        meta: Meta::new(id, now),
        person_id: person.into(),
        due_at,
        text: format!("step {id}"),
        done_at: None,
    }
}

async fn fresh(name: &str) -> Store {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {})
        .await
        .expect("the store opens")
}

#[wasm_bindgen_test]
async fn saves_reads_lists_and_deletes_records() {
    let store = fresh("test-crud").await;
    assert_eq!(store.get::<Profile>("profile").await.unwrap(), None);

    let mut profile = Profile::new(1_000);
    profile.name = "Ana Núñez <script>alert(1)</script> 🌱".into();
    assert_eq!(store.save(&profile).await.unwrap(), Saved::Written);
    assert_eq!(
        store.get::<Profile>("profile").await.unwrap(),
        Some(profile.clone())
    );

    profile.campaign = "Bus route 12".into();
    profile.meta.touch(2_000);
    store.save(&profile).await.unwrap();
    let all: Vec<Profile> = store.all().await.unwrap();
    assert_eq!(all, vec![profile]);

    store.delete::<Profile>("profile").await.unwrap();
    assert_eq!(store.get::<Profile>("profile").await.unwrap(), None);
    store.close();
}

#[wasm_bindgen_test]
async fn finds_records_through_an_index() {
    let store = fresh("test-index").await;
    for (id, person, due) in [("a", "ana", 30), ("b", "ben", 10), ("c", "ana", 20)] {
        store.save(&step(id, person, due, 1)).await.unwrap();
    }
    let mut anas: Vec<Step> = store.by_index("by_person", "ana").await.unwrap();
    anas.sort_by_key(|s| s.meta.id.clone());
    assert_eq!(
        anas.iter().map(|s| s.meta.id.as_str()).collect::<Vec<_>>(),
        ["a", "c"]
    );

    let due_at_10: Vec<Step> = store.by_index("by_due", 10).await.unwrap();
    assert_eq!(due_at_10.len(), 1);
    assert_eq!(due_at_10[0].person_id, "ben");
    store.close();
}

#[wasm_bindgen_test]
async fn only_open_steps_due_before_a_time_are_read_first_soonest_first_and_the_rest_counted() {
    let store = fresh("test-open-due").await;
    for (id, due) in [("a", 30), ("b", 10), ("c", 20), ("d", 25), ("e", 40)] {
        store.save(&step(id, "ana", due, 1)).await.unwrap();
    }
    let mut done = step("d", "ana", 25, 1);
    done.done_at = Some(2);
    done.meta.touch(2);
    store.save(&done).await.unwrap();
    let ids = |steps: &[NextStep]| steps.iter().map(|s| s.meta.id.clone()).collect::<Vec<_>>();

    let (first, total) = store.due_steps(40, 2).await.unwrap();
    assert_eq!(
        ids(&first),
        ["b", "c"],
        "soonest first, the done one left out"
    );
    assert_eq!(
        total, 3,
        "a, b and c are open and due before 40 (not at it)"
    );

    // Opened again, it is read again.
    done.done_at = None;
    done.meta.touch(3);
    store.save(&done).await.unwrap();
    let (all, total) = store.due_steps(40, 10).await.unwrap();
    assert_eq!(
        (ids(&all), total),
        (vec!["b".into(), "c".into(), "d".into(), "a".into()], 4)
    );
    let open = store.open_steps().await.unwrap();
    assert_eq!(open.len(), 5);
    store.close();
}

#[wasm_bindgen_test]
async fn records_read_in_bulk_come_back_exactly_as_saved() {
    use one_on_one::domain::person::Person;
    let store = fresh("test-bulk-exact").await;
    let mut odd = Person::new(
        "odd",
        "Ana \"Núñez\"\nline two\t🌱 <b>bold</b> \\ \u{2028}",
        7,
    );
    odd.tags = vec!["bus, route".into(), "".into()];
    odd.referred_by = None;
    let mut plain = Person::new("plain", "Ben", 9);
    plain.referred_by = Some("odd".into());
    for person in [&odd, &plain] {
        store.save(person).await.unwrap();
    }
    let paged: Vec<Person> = store.page("", 10).await.unwrap();
    assert_eq!(paged, [odd.clone(), plain.clone()]);
    let (first, total) = store
        .first_in_range::<Person>("by_updated", (0.into(), 100.into()), 10)
        .await
        .unwrap();
    assert_eq!((first, total), (vec![odd, plain], 2));
    store.close();
}

#[wasm_bindgen_test]
async fn the_first_few_in_order_are_read_and_the_rest_only_counted() {
    let store = fresh("test-first-in-order").await;
    let meeting = |id: &str, status: &str, starts_at: Option<i64>| Appointment {
        meta: Meta::new(id, 1),
        status: status.into(),
        starts_at,
    };
    let all = [
        meeting("a", "planned", Some(50)),
        meeting("b", "confirmed", Some(10)),
        meeting("c", "planned", None),
        meeting("d", "confirmed", Some(30)),
        meeting("e", "held", Some(5)),
        meeting("f", "planned", Some(20)),
        meeting("g", "confirmed", Some(40)),
    ];
    for m in &all {
        store.save(m).await.unwrap();
    }
    let keys = ["planned".to_owned(), "confirmed".to_owned()];
    let strings = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
    let first = |limit| {
        let store = store.clone();
        let keys = keys.clone();
        async move {
            let (found, total): (Vec<Appointment>, usize) = store
                .first_in_order(("by_status_start", "starts_at"), "by_status", &keys, limit)
                .await
                .unwrap();
            let mut ids: Vec<String> = found.into_iter().map(|m| m.meta.id).collect();
            ids.sort();
            (ids, total)
        }
    };
    // The first two of each status by start (planned: f 20, a 50; confirmed: b 10, d 30); the
    // undated one is not needed yet, and the rest are only counted.
    assert_eq!(first(2).await, (strings(&["a", "b", "d", "f"]), 6));
    // Asked for more than are dated: the undated one comes too. The held one never does.
    assert_eq!(
        first(10).await,
        (strings(&["a", "b", "c", "d", "f", "g"]), 6)
    );
    store.close();
}

#[wasm_bindgen_test]
async fn fields_are_picked_from_the_records_asked_for_in_the_order_asked() {
    let store = fresh("test-pick-each").await;
    for (id, person) in [("a", "ana"), ("b", "ben"), ("c", "cai")] {
        store.save(&step(id, person, 1, 1)).await.unwrap();
    }
    let ids = ["c".to_owned(), "gone".to_owned(), "a".to_owned()];
    let people = store
        .pick_each("next_steps", &ids, |s| {
            one_on_one::store::fields::text(s, "person_id")
        })
        .await
        .unwrap();
    assert_eq!(
        people,
        [Some("cai".to_owned()), None, Some("ana".to_owned())]
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_large_store_is_read_a_page_at_a_time_in_id_order() {
    let store = fresh("test-pages").await;
    for id in ["e", "a", "d", "b", "c"] {
        store.save(&step(id, "ana", 1, 1)).await.unwrap();
    }
    let ids = |page: Vec<Step>| page.into_iter().map(|s| s.meta.id).collect::<Vec<_>>();
    assert_eq!(ids(store.page::<Step>("", 2).await.unwrap()), ["a", "b"]);
    assert_eq!(ids(store.page::<Step>("b", 2).await.unwrap()), ["c", "d"]);
    assert_eq!(ids(store.page::<Step>("d", 2).await.unwrap()), ["e"]);
    assert!(store.page::<Step>("e", 2).await.unwrap().is_empty());
    store.close();
}

#[wasm_bindgen_test]
async fn picking_from_a_store_larger_than_a_page_misses_nothing() {
    use one_on_one::domain::backup::Backup;
    let store = fresh("test-pick-pages").await;
    // More than two pages of picks (400 each), written in one restore.
    let steps: Vec<serde_json::Value> = (0..901)
        .map(|n| serde_json::to_value(step(&format!("s{n:04}"), "ana", n, 1)).unwrap())
        .collect();
    let backup = Backup::new(1, "test", [("next_steps".to_owned(), steps)].into(), vec![]);
    store.restore(&backup).await.unwrap();
    let due: Vec<f64> = store
        .pick_all("next_steps", |s| {
            one_on_one::store::fields::number(s, "due_at")
        })
        .await
        .unwrap();
    assert_eq!(due, (0..901).map(f64::from).collect::<Vec<_>>());
    store.close();
}

#[wasm_bindgen_test]
async fn fields_are_picked_off_stored_objects_without_conversion() {
    let store = fresh("test-where").await;
    for (id, person, due) in [("a", "ana", 5), ("b", "ben", 50), ("c", "ana", 500)] {
        store.save(&step(id, person, due, 1)).await.unwrap();
    }
    let mut people: Vec<String> = store
        .pick_all("next_steps", |s| {
            one_on_one::store::fields::text(s, "person_id")
        })
        .await
        .unwrap();
    people.sort();
    assert_eq!(people, vec!["ana", "ana", "ben"]);
    assert_eq!(
        store
            .pick_all("next_steps", |s| one_on_one::store::fields::number(
                s,
                "no_such_field"
            ))
            .await
            .unwrap(),
        Vec::<f64>::new(),
        "a missing field is none"
    );
    let due_of = |s: &wasm_bindgen::JsValue| one_on_one::store::fields::number(s, "due_at");
    assert_eq!(
        store.pick_one("next_steps", "b", due_of).await.unwrap(),
        Some(50.0)
    );
    assert_eq!(
        store.pick_one("next_steps", "zzz", due_of).await.unwrap(),
        None
    );
}

#[wasm_bindgen_test]
async fn an_older_version_never_overwrites_a_newer_one() {
    let store = fresh("test-newest-wins").await;
    let mut newer = Profile::new(1_000);
    newer.name = "written later in another tab".into();
    newer.meta.touch(5_000);
    store.save(&newer).await.unwrap();

    let mut older = Profile::new(1_000);
    older.name = "stale edit".into();
    older.meta.touch(4_000);
    assert_eq!(
        store.save(&older).await.unwrap(),
        Saved::Merged(newer.clone())
    );
    assert_eq!(store.get::<Profile>("profile").await.unwrap(), Some(newer));
    store.close();
}

/// Records exactly as the first schema (version 1) stored them. Never edit these: they are
/// what is on people's phones. A later schema must still read every one of them.
const V1_PROFILE: &str = r#"{"meta":{"id":"profile","created_at":1700000000000,"updated_at":1700000500000,"schema":1},"name":"Dolores","organization":"Local 12","campaign":"Fair fares","default_length_minutes":45}"#;
const V1_STEPS: [&str; 2] = [
    r#"{"meta":{"id":"s1","created_at":1700000000000,"updated_at":1700000000000,"schema":1},"person_id":"p1","due_at":1700086400000,"text":"Send the flyer"}"#,
    r#"{"meta":{"id":"s2","created_at":1700000000000,"updated_at":1700000000000,"schema":1},"person_id":"p2","due_at":1700172800000,"text":"Call about childcare"}"#,
];

/// An empty database `name` laid out as the first release laid it out, by the first release's
/// own upgrade step, open at version 1.
async fn version_1_database(name: &str) -> Database {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::create_layout(name, 1).await.unwrap();
    Database::open(name).with_version(1u32).await.unwrap()
}

#[wasm_bindgen_test]
async fn every_record_written_by_the_first_schema_survives_the_upgrade() {
    let name = "test-migration";
    let db = version_1_database(name).await;
    let tx = db
        .transaction(["settings", "next_steps", "meetings", "people"])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let parse = |json: &str| js_sys::JSON::parse(json).unwrap();
    tx.object_store("settings")
        .unwrap()
        .put(parse(V1_PROFILE))
        .await
        .unwrap();
    let done_step = r#"{"meta":{"id":"s3","created_at":1,"updated_at":2,"schema":1},"person_id":"p1","due_at":1700000000000,"done_at":2,"text":"Done already"}"#;
    for json in V1_STEPS.into_iter().chain([done_step]) {
        tx.object_store("next_steps")
            .unwrap()
            .put(parse(json))
            .await
            .unwrap();
    }
    for (id, status) in [("m1", "held"), ("m2", "confirmed"), ("m3", "planned")] {
        let meeting = format!(
            r#"{{"meta":{{"id":"{id}","created_at":1,"updated_at":1,"schema":1}},"status":"{status}"}}"#
        );
        tx.object_store("meetings")
            .unwrap()
            .put(parse(&meeting))
            .await
            .unwrap();
    }
    for (id, referred_by) in [("p1", None), ("p2", Some("p1")), ("p3", Some("p1"))] {
        let mut person = Person::new(id, format!("Person {id}"), 1);
        person.referred_by = referred_by.map(str::to_owned);
        let json = serde_json::to_string(&person).unwrap();
        tx.object_store("people")
            .unwrap()
            .put(parse(&json))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    db.close();

    let store = Store::open_named(name, || {}, || {}).await.unwrap();
    let mut referred: Vec<Person> = store.by_index("by_referrer", "p1").await.unwrap();
    referred.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    assert_eq!(
        referred
            .iter()
            .map(|p| p.meta.id.as_str())
            .collect::<Vec<_>>(),
        ["p2", "p3"],
        "version 5 finds the people of version 1 by who referred them"
    );
    let confirmed: Vec<Appointment> = store.by_index("by_status", "confirmed").await.unwrap();
    assert_eq!(
        confirmed,
        [Appointment {
            meta: Meta::new("m2", 1),
            status: "confirmed".into(),
            starts_at: None,
        }],
        "version 2 finds the meetings of version 1 by status"
    );
    let profile: Profile = store
        .get("profile")
        .await
        .unwrap()
        .expect("the profile survives");
    assert_eq!(profile.name, "Dolores");
    assert_eq!(profile.organization, "Local 12");
    assert_eq!(profile.default_length_minutes, 45);
    assert_eq!(profile.meta.updated_at, 1_700_000_500_000);
    let steps: Vec<Step> = store.all().await.unwrap();
    assert_eq!(steps.len(), 3);
    let (due, total) = store.due_steps(i64::MAX, 10).await.unwrap();
    let due: Vec<&str> = due.iter().map(|s| s.meta.id.as_str()).collect();
    assert_eq!(
        (due, total),
        (vec!["s1", "s2"], 2),
        "version 4 finds the open steps stored before it, soonest first"
    );
    let for_p2: Vec<Step> = store.by_index("by_person", "p2").await.unwrap();
    assert_eq!(for_p2[0].text, "Call about childcare");
    store.close();
}

#[wasm_bindgen_test]
async fn other_tabs_hear_about_every_saved_change() {
    let writer = fresh("test-broadcast").await;
    let reader = Store::open_named("test-broadcast", || {}, || {})
        .await
        .unwrap();
    let heard: Rc<RefCell<Vec<Change>>> = Rc::default();
    let _listening = {
        let heard = heard.clone();
        reader
            .changes()
            .subscribe(move |change| heard.borrow_mut().push(change))
    };
    writer.save(&Profile::new(1)).await.unwrap();
    writer.delete::<Step>("gone").await.unwrap();
    until("both changes are heard", || heard.borrow().len() == 2).await;
    assert_eq!(
        *heard.borrow(),
        vec![
            Change::One {
                store: "settings",
                id: "profile".into()
            },
            Change::One {
                store: "next_steps",
                id: "gone".into()
            }
        ]
    );
    writer.close();
    reader.close();
}

#[wasm_bindgen_test]
async fn a_newer_version_in_another_tab_is_not_blocked_and_this_tab_is_told() {
    let told = Rc::new(RefCell::new(false));
    let old_tab = {
        let _ = Database::delete_by_name("test-version").unwrap().await;
        let told = told.clone();
        Store::open_named("test-version", || {}, move || *told.borrow_mut() = true)
            .await
            .unwrap()
    };
    // A newer build opens the same database at a higher version.
    let newer = Database::open("test-version")
        .with_version(one_on_one::store::DB_VERSION + 1)
        .with_on_upgrade_needed(|_, _| Ok(()))
        .await
        .expect("the upgrade goes through instead of hanging");
    assert!(*told.borrow(), "the old tab is told to reload");
    assert_eq!(
        old_tab.get::<Profile>("profile").await,
        Err(StoreError::VersionChanged)
    );
    newer.close();
}

#[wasm_bindgen_test]
async fn autosave_writes_the_last_edit_once_typing_pauses() {
    let store = fresh("test-autosave").await;
    let writes = Rc::new(RefCell::new(0));
    let written = Latch::new();
    let saver = {
        let (writes, written) = (writes.clone(), written.clone());
        Autosave::new(
            store.clone(),
            100,
            move |result: Result<Saved<Profile>, StoreError>| {
                result.unwrap();
                *writes.borrow_mut() += 1;
                written.open();
            },
        )
    };
    let mut profile = Profile::new(1);
    for (i, name) in ["D", "Do", "Dol"].into_iter().enumerate() {
        profile.name = name.into();
        profile.meta.touch(10 + i as i64);
        saver.schedule(profile.clone());
    }
    assert!(saver.has_pending());
    assert_eq!(
        store.get::<Profile>("profile").await.unwrap(),
        None,
        "nothing written mid-typing"
    );
    written.wait().await;
    assert_eq!(*writes.borrow(), 1, "one write for a burst of keystrokes");
    assert_eq!(
        store.get::<Profile>("profile").await.unwrap().unwrap().name,
        "Dol"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn hiding_the_page_flushes_pending_edits_at_once() {
    let store = fresh("test-flush").await;
    let saver = Autosave::new(
        store.clone(),
        60_000,
        |_: Result<Saved<Profile>, StoreError>| {},
    );
    let mut profile = Profile::new(1);
    profile.organization = "Tenants United".into();
    saver.schedule(profile);
    let written = next_change(&store);
    flush_all_pending();
    assert!(!saver.has_pending());
    written.await;
    let stored: Profile = store.get("profile").await.unwrap().unwrap();
    assert_eq!(stored.organization, "Tenants United");
    store.close();
}

#[wasm_bindgen_test]
async fn a_closed_screen_still_writes_its_last_edit() {
    let store = fresh("test-drop-flush").await;
    let saver = Autosave::new(
        store.clone(),
        60_000,
        |_: Result<Saved<Profile>, StoreError>| {},
    );
    let mut profile = Profile::new(1);
    profile.campaign = "Fair fares".into();
    saver.schedule(profile);
    let written = next_change(&store);
    drop(saver);
    written.await;
    let stored: Profile = store.get("profile").await.unwrap().unwrap();
    assert_eq!(stored.campaign, "Fair fares");
    store.close();
}

#[wasm_bindgen_test]
async fn delete_everything_empties_every_store() {
    let store = fresh("test-delete-all").await;
    store.save(&Profile::new(1)).await.unwrap();
    store.save(&step("a", "ana", 1, 1)).await.unwrap();
    store.delete_everything().await.unwrap();
    let counts = store.counts().await.unwrap();
    assert!(counts.iter().all(|(_, n)| *n == 0), "{counts:?}");
    store.close();
}

#[wasm_bindgen_test]
async fn a_backup_restores_every_record_into_an_empty_database() {
    use one_on_one::domain::backup::parse_backup;
    use one_on_one::store::STORE_NAMES;

    let source = fresh("test-export").await;
    let mut profile = Profile::new(1);
    profile.name = "Ana \"Núñez\"\nline two 🌱".into();
    source.save(&profile).await.unwrap();
    for id in ["a", "b", "c"] {
        source.save(&step(id, "ana", 5, 1)).await.unwrap();
    }
    let backup = source.export(9, "test").await.unwrap();
    let text = serde_json::to_string(&backup).unwrap();
    source.close();

    let parsed = parse_backup(&text, &STORE_NAMES).expect("our own backup is valid");
    let target = fresh("test-import").await;
    let plan = target.restore(&parsed).await.unwrap();
    assert_eq!((plan.added, plan.updated, plan.kept), (4, 0, 0));
    assert_eq!(
        target.get::<Profile>("profile").await.unwrap(),
        Some(profile)
    );
    assert_eq!(target.all::<Step>().await.unwrap().len(), 3);

    let again = target.restore(&parsed).await.unwrap();
    assert_eq!(
        (again.added, again.updated, again.kept),
        (0, 0, 4),
        "restoring twice changes nothing"
    );
    target.close();
}

#[wasm_bindgen_test]
async fn restoring_an_old_backup_keeps_newer_edits() {
    use one_on_one::domain::backup::Backup;

    let store = fresh("test-import-merge").await;
    let mut old = Profile::new(1);
    old.name = "old name".into();
    let backup = Backup::new(
        2,
        "test",
        std::collections::BTreeMap::from([(
            "settings".to_owned(),
            vec![serde_json::to_value(&old).unwrap()],
        )]),
        vec![],
    );
    let mut current = old.clone();
    current.name = "edited since the backup".into();
    current.meta.touch(50);
    store.save(&current).await.unwrap();

    let plan = store.restore(&backup).await.unwrap();
    assert_eq!((plan.added, plan.updated, plan.kept), (0, 0, 1));
    assert_eq!(
        store.get::<Profile>("profile").await.unwrap().unwrap().name,
        "edited since the backup"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn an_edit_from_a_tab_closed_before_autosave_is_recovered_on_the_next_start() {
    let store = fresh("test-journal").await;
    let saver = Autosave::new(
        store.clone(),
        60_000,
        |_: Result<Saved<Profile>, StoreError>| {},
    );
    let mut profile = Profile::new(1);
    profile.campaign = "Typed, then the tab closed".into();
    saver.schedule(profile);
    // The tab is killed: no drop, no flush, only the journal is left.
    std::mem::forget(saver);
    assert_eq!(store.get::<Profile>("profile").await.unwrap(), None);
    assert_eq!(store.replay_journal().await.unwrap(), 1);
    let recovered: Profile = store.get("profile").await.unwrap().unwrap();
    assert_eq!(recovered.campaign, "Typed, then the tab closed");
    assert_eq!(
        store.replay_journal().await.unwrap(),
        0,
        "the journal is cleared after replay"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_journaled_edit_never_overwrites_a_newer_saved_version() {
    let store = fresh("test-journal-newer").await;
    let mut newer = Profile::new(1);
    newer.name = "saved later".into();
    newer.meta.touch(9_000);
    {
        let saver = Autosave::new(
            store.clone(),
            60_000,
            |_: Result<Saved<Profile>, StoreError>| {},
        );
        let mut older = Profile::new(1);
        older.name = "journaled earlier".into();
        older.meta.touch(5_000);
        saver.schedule(older);
    }
    store.save(&newer).await.unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 0);
    assert_eq!(store.get::<Profile>("profile").await.unwrap(), Some(newer));
    assert_eq!(
        store.replay_journal().await.unwrap(),
        0,
        "the stale entry is gone"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn deleting_everything_also_forgets_journaled_edits() {
    let store = fresh("test-journal-delete").await;
    let saver = Autosave::new(
        store.clone(),
        60_000,
        |_: Result<Saved<Profile>, StoreError>| {},
    );
    saver.schedule(Profile::new(1));
    // A tab killed before its autosave: the edit is only in the journal (a drop would flush).
    std::mem::forget(saver);
    store.delete_everything().await.unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 0);
    assert_eq!(store.get::<Profile>("profile").await.unwrap(), None);
    store.close();
}

#[wasm_bindgen_test]
fn a_quota_error_from_the_browser_reads_as_out_of_space() {
    let exception =
        web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError").unwrap();
    let error: indexed_db_futures::error::Error = wasm_bindgen::JsValue::from(exception).into();
    let store_error = StoreError::from(error);
    assert_eq!(store_error, StoreError::QuotaExceeded);
    assert!(store_error.to_string().contains("out of space"));
}

#[wasm_bindgen_test]
async fn people_and_meetings_fit_the_schema_indexes() {
    use one_on_one::domain::meeting::{Meeting, MeetingStatus, Venue};
    use one_on_one::domain::person::Person;

    let store = fresh("test-people-meetings").await;
    let mut ana = Person::new("p1", "Ana <b>Núñez</b> 🌱", 1);
    ana.tags = vec!["transit".into()];
    store.save(&ana).await.unwrap();
    let meeting = |id: &str, starts_at: Option<i64>| Meeting {
        meta: Meta::new(id, 1),
        person_id: "p1".into(),
        purpose: "the bus cuts".into(),
        hoped_outcomes: String::new(),
        planned_minutes: 30,
        starts_at,
        venue: Venue::InPerson("Café, 5th & Main".into()),
        request_channel: Default::default(),
        request_message: None,
        introduction_message: None,
        guide_id: None,
        status: MeetingStatus::Planned,
        live: Default::default(),
        debrief: None,
        sensitive: Vec::new(),
    };
    // A meeting without a time yet must still save (it is simply absent from by_start).
    store.save(&meeting("m1", None)).await.unwrap();
    store
        .save(&meeting("m2", Some(1_700_000_000_000)))
        .await
        .unwrap();

    assert_eq!(store.get::<Person>("p1").await.unwrap(), Some(ana));
    let hers: Vec<Meeting> = store.by_index("by_person", "p1").await.unwrap();
    assert_eq!(hers.len(), 2);
    let timed: Vec<Meeting> = store
        .by_index("by_start", 1_700_000_000_000_i64)
        .await
        .unwrap();
    assert_eq!(
        timed.iter().map(|m| m.meta.id.as_str()).collect::<Vec<_>>(),
        ["m2"]
    );
    store.close();
}

#[wasm_bindgen_test]
async fn deleting_a_person_takes_their_meetings_and_steps_in_one_go() {
    use one_on_one::domain::meeting::Meeting;
    use one_on_one::domain::person::Person;

    let store = fresh("test-delete-person").await;
    let profile = Profile::new(1);
    for (person, meeting) in [("ana", "m-ana"), ("ben", "m-ben")] {
        store.save(&Person::new(person, person, 1)).await.unwrap();
        store
            .save(&Meeting::new(meeting, person, &profile, 1))
            .await
            .unwrap();
        store
            .save(&step(&format!("s-{person}"), person, 5, 1))
            .await
            .unwrap();
    }
    let heard = Rc::new(RefCell::new(Vec::new()));
    let log = heard.clone();
    let _subscription = store
        .changes()
        .subscribe(move |change: Change| log.borrow_mut().push(change.store()));

    store.delete_person("ana").await.unwrap();

    assert_eq!(store.get::<Person>("ana").await.unwrap(), None);
    assert_eq!(store.get::<Meeting>("m-ana").await.unwrap(), None);
    assert_eq!(store.get::<Step>("s-ana").await.unwrap(), None);
    assert!(store.get::<Person>("ben").await.unwrap().is_some());
    assert!(store.get::<Meeting>("m-ben").await.unwrap().is_some());
    assert!(store.get::<Step>("s-ben").await.unwrap().is_some());
    assert_eq!(*heard.borrow(), ["people", "meetings", "next_steps"]);
    store.close();
}

/// The stored object of record `id` of `store_name`, field `field`, as the database holds it.
async fn stored_field(store: &Store, store_name: &str, id: &str, field: &str) -> Option<JsValue> {
    store
        .pick_one(store_name, id, |stored| {
            js_sys::Reflect::get(stored, &field.into())
                .ok()
                .filter(|value| !value.is_undefined())
        })
        .await
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_meeting_restored_without_a_status_is_stored_as_planned_so_today_finds_it() {
    use one_on_one::domain::backup::Backup;
    let store = fresh("test-restore-status").await;
    let meeting = |id: &str, status: Option<&str>| {
        let mut meeting = serde_json::json!({
            "meta": { "id": id, "created_at": 1, "updated_at": 5, "schema": 1 },
            "person_id": "ana",
            "planned_minutes": 30,
            "name": format!("Meeting {id}, \"quoted\"; with\nnewline 🌱"),
        });
        if let Some(status) = status {
            meeting["status"] = status.into();
        }
        meeting
    };
    let backup = Backup::new(
        1_700_000_000_000,
        "0.1.0",
        [(
            "meetings".to_owned(),
            vec![meeting("bare", None), meeting("held", Some("held"))],
        )]
        .into(),
        vec![],
    );
    store.restore(&backup).await.unwrap();
    let status = |id: &'static str| {
        let store = store.clone();
        async move {
            stored_field(&store, "meetings", id, "status")
                .await
                .and_then(|s| s.as_string())
        }
    };
    assert_eq!(
        (status("bare").await, status("held").await),
        (Some("planned".to_owned()), Some("held".to_owned()))
    );
    assert_eq!(
        stored_field(&store, "meetings", "bare", "name")
            .await
            .and_then(|n| n.as_string()),
        backup.stores["meetings"][0]["name"]
            .as_str()
            .map(str::to_owned),
        "the rest as it was"
    );
    let (upcoming, total) = store.upcoming_meetings(10).await.unwrap();
    assert_eq!(
        (
            upcoming
                .iter()
                .map(|m| m.meta.id.as_str())
                .collect::<Vec<_>>(),
            total
        ),
        (vec!["bare"], 1),
        "Today finds it among the upcoming meetings"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_backup_leaves_out_the_open_mark_and_a_restore_puts_it_back_on_open_steps_only() {
    use one_on_one::domain::backup::parse_backup;
    use one_on_one::store::STORE_NAMES;
    let source = fresh("test-open-mark-export").await;
    let mut done = step("done", "ana", 5, 1);
    done.done_at = Some(9);
    for step in [step("open", "ana", 5, 1), done] {
        source.save(&step).await.unwrap();
    }
    assert_eq!(
        stored_field(&source, "next_steps", "open", "open")
            .await
            .and_then(|o| o.as_f64()),
        Some(1.0),
        "an open step is stored with its mark"
    );
    assert_eq!(
        stored_field(&source, "next_steps", "done", "open").await,
        None
    );
    let file = source.export(1, "test").await.unwrap().to_file().unwrap();
    assert!(!file.contains("\"open\":"), "{file}");
    source.close();

    let target = fresh("test-open-mark-import").await;
    target
        .restore(&parse_backup(&file, &STORE_NAMES).unwrap())
        .await
        .unwrap();
    let marks = [
        stored_field(&target, "next_steps", "open", "open")
            .await
            .and_then(|o| o.as_f64()),
        stored_field(&target, "next_steps", "done", "open")
            .await
            .and_then(|o| o.as_f64()),
    ];
    assert_eq!(marks, [Some(1.0), None]);
    assert_eq!(target.open_steps().await.unwrap().len(), 1);
    target.close();
}

/// The People list's facts, in order, as (kind, person, detail).
async fn facts(store: &Store) -> Vec<String> {
    use one_on_one::domain::people_list::Fact;
    let mut facts = store.people_facts().await.unwrap();
    facts.sort();
    facts
        .into_iter()
        .map(|fact| match fact {
            Fact::Held {
                person_id,
                at,
                meeting_id,
            } => format!("held {person_id} {at} {meeting_id}"),
            Fact::Commits { person_id, step_id } => format!("commits {person_id} {step_id}"),
        })
        .collect()
}

/// The People list's cards, as (id, name).
async fn cards(store: &Store) -> Vec<(String, String)> {
    let cards = store.people_cards().await.unwrap();
    cards.into_iter().map(|c| (c.id, c.name)).collect()
}

fn commitment(id: &str, person: &str) -> NextStep {
    NextStep {
        meta: Meta::new(id, 1),
        person_id: person.into(),
        meeting_id: None,
        text: format!("commitment {id}"),
        owner: one_on_one::domain::next_step::Owner::Them,
        kind: one_on_one::domain::next_step::StepKind::Task,
        due_at: None,
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

#[wasm_bindgen_test]
async fn the_people_list_reads_cards_and_facts_kept_in_step_with_every_write() {
    use one_on_one::domain::backup::Backup;
    use one_on_one::domain::meeting::{Meeting, MeetingStatus};
    let store = fresh("test-derived").await;
    let profile = Profile::new(1);
    let mut ana = Person::new("p1", "Ana", 1);
    ana.notes = "Told me in confidence".into();
    store.save(&ana).await.unwrap();
    store.save(&Person::new("p2", "Ben", 1)).await.unwrap();
    let mut held = Meeting::new("m1", "p1", &profile, 1);
    held.status = MeetingStatus::Held;
    held.starts_at = Some(50);
    store.save(&held).await.unwrap();
    store
        .save(&Meeting::new("m2", "p2", &profile, 1))
        .await
        .unwrap();
    let mut promise = commitment("s1", "p2");
    store.save(&promise).await.unwrap();
    assert_eq!(
        cards(&store).await,
        [("p1".into(), "Ana".into()), ("p2".into(), "Ben".into())]
    );
    assert!(
        !format!("{:?}", store.people_cards().await.unwrap()).contains("confidence"),
        "a card holds no notes"
    );
    assert_eq!(facts(&store).await, ["held p1 50 m1", "commits p2 s1"]);

    ana.name = "Ana María".into();
    ana.meta.touch(2);
    store.save(&ana).await.unwrap();
    promise.done_at = Some(3);
    promise.meta.touch(3);
    store.save(&promise).await.unwrap();
    held.starts_at = Some(70);
    held.meta.touch(4);
    store.save(&held).await.unwrap();
    assert_eq!(cards(&store).await[0].1, "Ana María");
    assert_eq!(
        facts(&store).await,
        ["held p1 70 m1"],
        "a kept commitment is gone, a moved meeting moved"
    );
    store.delete::<Meeting>("m1").await.unwrap();
    assert!(
        facts(&store).await.is_empty(),
        "a deleted meeting says nothing"
    );

    let mut restored = Meeting::new("m3", "p2", &profile, 1);
    restored.status = MeetingStatus::Held;
    restored.starts_at = Some(90);
    let backup = Backup::new(
        1,
        "test",
        [
            (
                "meetings".to_owned(),
                vec![serde_json::to_value(&restored).unwrap()],
            ),
            (
                "people".to_owned(),
                vec![serde_json::to_value(Person::new("p3", "Cy", 1)).unwrap()],
            ),
            (
                "next_steps".to_owned(),
                vec![serde_json::to_value(commitment("s2", "p3")).unwrap()],
            ),
        ]
        .into(),
        vec![],
    );
    store.restore(&backup).await.unwrap();
    assert_eq!(cards(&store).await.len(), 3);
    assert_eq!(facts(&store).await, ["held p2 90 m3", "commits p3 s2"]);

    store.delete_person("p2").await.unwrap();
    assert_eq!(
        cards(&store).await,
        [
            ("p1".into(), "Ana María".into()),
            ("p3".into(), "Cy".into())
        ]
    );
    assert_eq!(
        facts(&store).await,
        ["commits p3 s2"],
        "their meetings went with them"
    );

    store.delete_everything().await.unwrap();
    assert!(cards(&store).await.is_empty() && facts(&store).await.is_empty());
    let exported = store.export(1, "test").await.unwrap().stores;
    assert!(
        !exported.contains_key("people_cards") && !exported.contains_key("people_facts"),
        "derived rows are never exported"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn the_upgrade_to_version_6_builds_the_cards_and_facts_from_what_is_stored() {
    use one_on_one::domain::meeting::{Meeting, MeetingStatus};
    let name = "test-derived-upgrade";
    let db = version_1_database(name).await;
    let tx = db
        .transaction(["people", "meetings", "next_steps"])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let mut held = Meeting::new("m1", "p1", &Profile::new(1), 1);
    held.status = MeetingStatus::Held;
    held.starts_at = Some(50);
    let records = [
        (
            "people",
            serde_json::to_string(&Person::new("p1", "Ana", 1)).unwrap(),
        ),
        (
            "people",
            serde_json::to_string(&Person::new("p2", "Ben", 1)).unwrap(),
        ),
        ("meetings", serde_json::to_string(&held).unwrap()),
        (
            "next_steps",
            serde_json::to_string(&commitment("s1", "p2")).unwrap(),
        ),
        // A record of the wrong shape derives nothing, and breaks nothing.
        (
            "people",
            r#"{"meta":{"id":"odd","created_at":1,"updated_at":1,"schema":1},"name":7}"#.to_owned(),
        ),
    ];
    for (store, json) in records {
        tx.object_store(store)
            .unwrap()
            .put(js_sys::JSON::parse(&json).unwrap())
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    db.close();

    let store = Store::open_named(name, || {}, || {}).await.unwrap();
    assert_eq!(
        cards(&store).await,
        [("p1".into(), "Ana".into()), ("p2".into(), "Ben".into())]
    );
    assert_eq!(facts(&store).await, ["held p1 50 m1", "commits p2 s1"]);
    store.close();
}

#[wasm_bindgen_test]
async fn the_map_reads_everyone_with_their_referrer_and_links_and_their_stages_from_the_facts() {
    use one_on_one::domain::meeting::{Meeting, MeetingStatus};
    use one_on_one::domain::person::Stage;
    use one_on_one::domain::person_link::PersonLink;
    let store = fresh("test-map").await;
    let ana = Person::new("p1", "Ana", 1);
    let mut ben = Person::new("p2", "Ben", 1);
    ben.referred_by = Some("p1".into());
    ben.links.push(PersonLink {
        id: "l1".into(),
        to: "p3".into(),
        word: "family".into(),
    });
    ben.notes = "Told me in confidence".into();
    let cy = Person::new("p3", "Cy", 1);
    for person in [&cy, &ben, &ana] {
        store.save(person).await.unwrap();
    }
    let mut held = Meeting::new("m1", "p1", &Profile::new(1), 1);
    held.status = MeetingStatus::Held;
    held.starts_at = Some(50);
    store.save(&held).await.unwrap();

    let people = store.map_people().await.unwrap();
    assert!(
        people.iter().all(|p| p.stage == Stage::NotYetMet),
        "read before their stages are known"
    );
    // As the map colours them once the facts land.
    let facts = store.people_facts().await.unwrap();
    let stages = one_on_one::domain::people_list::stages_of(
        people.iter().map(|p| (p.id.as_str(), p.engagement)),
        &facts,
    );
    let seen: Vec<_> = people
        .iter()
        .zip(stages)
        .map(|(p, stage)| {
            (
                p.id.as_str(),
                p.name.as_str(),
                stage,
                p.referred_by.as_deref(),
                p.links
                    .iter()
                    .map(|l| (l.to.as_str(), l.word.as_str()))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("p1", "Ana", Stage::Met, None, vec![]),
            (
                "p2",
                "Ben",
                Stage::NotYetMet,
                Some("p1"),
                vec![("p3", "family")]
            ),
            ("p3", "Cy", Stage::NotYetMet, None, vec![]),
        ]
    );
    store.close();
}

#[wasm_bindgen_test]
async fn the_upgrade_to_version_10_gives_the_cards_their_ties_and_a_card_without_reads_them_off_the_person(
) {
    let name = "test-ties-upgrade";
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::create_layout(name, 9).await.unwrap();
    let db = Database::open(name).with_version(9u32).await.unwrap();
    let tx = db
        .transaction(["people", "people_cards"])
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    // As version 9 kept them: the person with their referrer and a link, the card without.
    let ben = r#"{"meta":{"id":"p2","created_at":1,"updated_at":1,"schema":1},"name":"Ben","referred_by":"p1","links":[{"id":"l1","to":"p3","word":"family"}]}"#;
    let old_card = r#"{"id":"p2","name":"Ben","organizations":[],"tags":[],"created_at":1}"#;
    for (store, json) in [("people", ben), ("people_cards", old_card)] {
        tx.object_store(store)
            .unwrap()
            .put(js_sys::JSON::parse(json).unwrap())
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    db.close();

    let store = Store::open_named(name, || {}, || {}).await.unwrap();
    let card = store.people_cards().await.unwrap().remove(0);
    assert!(card.has_ties);
    assert_eq!(card.referred_by.as_deref(), Some("p1"));
    assert_eq!(card.links[0].word, "family");

    // A card still kept without its ties (as in a database the lock sealed, which the upgrade
    // cannot read): the map reads them off the person.
    store.close();
    let db = Database::open(name)
        .with_version(one_on_one::store::DB_VERSION)
        .await
        .unwrap();
    let tx = db
        .transaction("people_cards")
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store("people_cards")
        .unwrap()
        .put(js_sys::JSON::parse(old_card).unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    db.close();
    let store = Store::open_named(name, || {}, || {}).await.unwrap();
    assert!(!store.people_cards().await.unwrap()[0].has_ties);
    let people = store.map_people().await.unwrap();
    assert_eq!(people[0].referred_by.as_deref(), Some("p1"));
    assert_eq!(people[0].links[0].to, "p3");
    store.close();
}
