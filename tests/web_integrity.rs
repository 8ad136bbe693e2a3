//! Browser tests of the store's integrity, in headless Chromium: two places editing one record
//! keep both edits, a deletion stays deleted from every way back in (a pending save, the
//! journal, a backup), a record of the wrong shape is refused at the door or set aside once
//! inside, a database of the previous release gains versions and tombstones, and hiding the
//! page (a real `visibilitychange`) writes what is pending. Waits are on the events themselves.

#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use one_on_one::domain::backup::parse_backup;
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::people_list::PersonCard;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::store::{edited, flush_all_pending, Autosave, Change, Saved, Store, STORE_NAMES};
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/wait.rs"]
mod wait;
use wait::{next_change, Latch};

async fn fresh(name: &str) -> Store {
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {}).await.unwrap()
}

fn ana() -> Person {
    let mut ana = Person::new("ana", "Ana", 1_000);
    ana.phone = "555 0100".into();
    ana.tags = vec!["transit".into()];
    ana
}

#[wasm_bindgen_test]
async fn two_tabs_editing_one_person_keep_both_edits() {
    let store = fresh("test-two-tabs").await;
    store.save(&ana()).await.unwrap();
    let shown_in_both = store.get::<Person>("ana").await.unwrap().unwrap();
    // Tab one changes the phone and saves; tab two, still showing the old phone, types a note.
    let phone = edited(&shown_in_both, |p| p.phone = "555 0199".into());
    assert_eq!(store.save(&phone).await.unwrap(), Saved::Written);
    let note = edited(&shown_in_both, |p| {
        p.notes = "Cares about the 42 bus".into();
        p.tags.push("buses".into());
    });
    let Saved::Merged(merged) = store.save(&note).await.unwrap() else {
        panic!("the second save merges with the first");
    };
    let stored = store.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(stored, merged);
    assert_eq!(stored.phone, "555 0199");
    assert_eq!(stored.notes, "Cares about the 42 bus");
    assert_eq!(stored.tags, ["transit", "buses"]);
    // Saving what is stored again changes nothing, and tells no one.
    assert_eq!(store.save(&stored).await.unwrap(), Saved::Written);
    store.close();
}

/// `person` with `note`, saved once since it was made: its parts carry the version it was
/// made with, as a person edited before does.
fn with_note(mut person: Person, note: &str) -> Person {
    person.notes = note.into();
    edited(&person, |_| {})
}

/// An edit as the screen makes it: typed on what is shown and marked now, not yet versioned.
fn typed(shown: &Person, apply: impl FnOnce(&mut Person)) -> Person {
    let mut typed = shown.clone();
    apply(&mut typed);
    typed.meta.touch(shown.meta.updated_at + 1);
    typed
}

#[wasm_bindgen_test]
async fn typing_versions_its_edit_when_written_and_keeps_another_tabs_change() {
    let store = fresh("test-typing-versions").await;
    // A note that sorts after the one typed: only its version can make the typed one win.
    store
        .save(&with_note(ana(), "zoning hearing"))
        .await
        .unwrap();
    let shown = store.get::<Person>("ana").await.unwrap().unwrap();
    let outcomes: Rc<RefCell<Vec<Saved<Person>>>> = Rc::default();
    let landed = Latch::new();
    let saver = {
        let (outcomes, landed) = (outcomes.clone(), landed.clone());
        Autosave::new(
            store.clone(),
            60_000,
            move |saved: Result<Saved<Person>, _>| {
                outcomes.borrow_mut().push(saved.unwrap());
                landed.open();
            },
        )
    };
    saver.rebase(Some(shown.clone()));
    // Keystroke by keystroke on the shown record; meanwhile another tab changes the phone.
    let first = typed(&shown, |p| p.notes = "Cares".into());
    saver.schedule(first.clone());
    saver.schedule(typed(&first, |p| p.notes = "Cares about the 42 bus".into()));
    store
        .save(&edited(&shown, |p| p.phone = "555 0199".into()))
        .await
        .unwrap();
    saver.flush();
    landed.wait().await;
    let stored = store.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(
        stored.notes, "Cares about the 42 bus",
        "the note typed here"
    );
    assert_eq!(
        stored.phone, "555 0199",
        "the phone changed in the other tab"
    );
    assert!(
        matches!(outcomes.borrow().as_slice(), [Saved::Merged(merged)] if *merged == stored),
        "the screen is given the merge to show"
    );

    // Typing on, from the merge: written as it is, and the phone stays.
    let landed = Latch::new();
    let again = {
        let landed = landed.clone();
        Autosave::new(
            store.clone(),
            60_000,
            move |saved: Result<Saved<Person>, _>| {
                assert_eq!(saved.unwrap(), Saved::Written);
                landed.open();
            },
        )
    };
    again.rebase(Some(stored.clone()));
    again.schedule(typed(&stored, |p| p.notes.push_str(" and childcare")));
    again.flush();
    landed.wait().await;
    let stored = store.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(stored.notes, "Cares about the 42 bus and childcare");
    assert_eq!(stored.phone, "555 0199");
    assert!(
        stored.meta.versions.contains_key("notes"),
        "the note carries a version of its own: {:?}",
        stored.meta
    );
    // Read back, it is what is stored to the letter: so the next save of an edit made from it
    // knows nothing changed it meanwhile and skips the merge.
    let backup = store.export(1, "test").await.unwrap();
    assert_eq!(
        backup.stores["people"],
        [serde_json::to_value(&stored).unwrap()]
    );
    store.close();
}

/// Typing on through a slow write: the older write lands (merged with another tab's change)
/// while a newer one is under way. The screen must not be given the older merge to show, or
/// what was typed after it disappears from the field (the CI flake of integrity.spec).
#[wasm_bindgen_test]
async fn a_write_landing_while_a_newer_one_is_under_way_does_not_take_back_typing() {
    let store = fresh("test-writes-in-flight").await;
    store.save(&ana()).await.unwrap();
    let shown = store.get::<Person>("ana").await.unwrap().unwrap();
    let saver: Rc<RefCell<Option<Autosave<Person>>>> = Rc::default();
    // Each outcome with whether the saver was settled when it was heard.
    type Heard = Vec<(Saved<Person>, bool)>;
    let outcomes: Rc<RefCell<Heard>> = Rc::default();
    let landed = Latch::new();
    let autosave = {
        let (saver, outcomes, landed) = (saver.clone(), outcomes.clone(), landed.clone());
        Autosave::new(
            store.clone(),
            60_000,
            move |saved: Result<Saved<Person>, _>| {
                let settled = saver.borrow().as_ref().is_some_and(Autosave::is_settled);
                outcomes.borrow_mut().push((saved.unwrap(), settled));
                if outcomes.borrow().len() == 2 {
                    landed.open();
                }
            },
        )
    };
    *saver.borrow_mut() = Some(autosave);
    let saver_now = || saver.borrow();
    saver_now().as_ref().unwrap().rebase(Some(shown.clone()));
    store
        .save(&edited(&shown, |p| p.phone = "555 0199".into()))
        .await
        .unwrap();
    let older = typed(&shown, |p| p.notes = "Cares ab".into());
    saver_now().as_ref().unwrap().schedule(older.clone());
    saver_now().as_ref().unwrap().flush();
    saver_now()
        .as_ref()
        .unwrap()
        .schedule(typed(&older, |p| p.notes = "Cares abo".into()));
    saver_now().as_ref().unwrap().flush();
    assert!(
        !saver_now().as_ref().unwrap().is_settled(),
        "two writes under way"
    );
    landed.wait().await;
    let outcomes = outcomes.borrow().clone();
    let [(Saved::Merged(first), first_settled), (last, last_settled)] = outcomes.as_slice() else {
        panic!("two writes, the first merged with the other tab: {outcomes:?}");
    };
    assert_eq!(first.notes, "Cares ab");
    assert!(
        !first_settled,
        "the older merge is not what the screen shows"
    );
    assert!(last_settled, "the newest write is");
    let stored = store.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(
        (stored.notes.as_str(), stored.phone.as_str()),
        ("Cares abo", "555 0199")
    );
    if let Saved::Merged(last) = last {
        assert_eq!(*last, stored);
    }
    saver.borrow_mut().take();
    store.close();
}

#[wasm_bindgen_test]
async fn an_edit_journaled_as_typed_is_versioned_on_replay_and_keeps_another_tabs_change() {
    let store = fresh("test-journal-base").await;
    store
        .save(&with_note(ana(), "zoning hearing"))
        .await
        .unwrap();
    let shown = store.get::<Person>("ana").await.unwrap().unwrap();
    let dying_tab = Store::open_named("test-journal-base", || {}, || {})
        .await
        .unwrap();
    let failed = Latch::new();
    let saver = {
        let failed = failed.clone();
        Autosave::new(
            dying_tab.clone(),
            60_000,
            move |saved: Result<Saved<Person>, _>| {
                assert!(saved.is_err());
                failed.open();
            },
        )
    };
    saver.rebase(Some(shown.clone()));
    saver.schedule(typed(&shown, |p| p.notes = "typed before the crash".into()));
    assert!(
        LocalStorage::get::<Value>("one-on-one.journal-base.people/ana").is_ok(),
        "the version the edit was made from is journaled with it"
    );
    // The tab dies before its write lands; another tab had changed the phone meanwhile.
    dying_tab.close();
    saver.flush();
    failed.wait().await;
    drop(saver);
    store
        .save(&edited(&shown, |p| p.phone = "555 0199".into()))
        .await
        .unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 1);
    let stored = store.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(stored.notes, "typed before the crash");
    assert_eq!(
        stored.phone, "555 0199",
        "the replay changed only what was typed"
    );
    assert!(LocalStorage::get::<Value>("one-on-one.journal.people/ana").is_err());
    assert!(
        LocalStorage::get::<Value>("one-on-one.journal-base.people/ana").is_err(),
        "the base goes with its edit"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_deleted_person_stays_deleted_whatever_arrives_later() {
    let store = fresh("test-deleted-stays").await;
    store.save(&ana()).await.unwrap();
    let mut meeting = Meeting::new("m1", "ana", &Profile::new(1), 1);
    meeting.purpose = "Get to know her".into();
    store.save(&meeting).await.unwrap();
    let shown = store.get::<Person>("ana").await.unwrap().unwrap();
    let pending = edited(&shown, |p| p.notes = "typed in another tab".into());
    let journaled = serde_json::to_value(&pending).unwrap();
    LocalStorage::set("one-on-one.journal.people/ana", &journaled).unwrap();

    store.delete_person("ana").await.unwrap();
    assert_eq!(
        LocalStorage::get::<Value>("one-on-one.journal.people/ana").ok(),
        None,
        "the person's journaled edits are forgotten"
    );
    // The other tab's autosave lands after the delete; then a crash's journal is replayed.
    assert_eq!(store.save(&pending).await.unwrap(), Saved::Deleted);
    LocalStorage::set("one-on-one.journal.people/ana", &journaled).unwrap();
    LocalStorage::set("one-on-one.journal.meetings/m1", &meeting).unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 0);
    assert_eq!(store.get::<Person>("ana").await.unwrap(), None);
    assert_eq!(store.get::<Meeting>("m1").await.unwrap(), None);

    // A backup made before the delete does not bring them back, and carries the tombstones.
    let before = {
        let mut backup = store.export(5, "test").await.unwrap();
        backup
            .stores
            .insert("people".into(), vec![serde_json::to_value(ana()).unwrap()]);
        backup.stores.insert(
            "meetings".into(),
            vec![serde_json::to_value(&meeting).unwrap()],
        );
        backup
    };
    let plan = store.restore(&before).await.unwrap();
    assert_eq!((plan.added, plan.deleted), (0, 2));
    assert!(store.all::<Person>().await.unwrap().is_empty());
    let exported = store.export(6, "test").await.unwrap();
    let mut gone: Vec<_> = exported
        .tombstones
        .iter()
        .map(|t| format!("{}/{}", t.kind, t.id))
        .collect();
    gone.sort();
    assert_eq!(gone, ["meetings/m1", "people/ana"]);

    // Restored on another phone, the backup's tombstones delete what that phone still has.
    let other = fresh("test-deleted-stays-other").await;
    other.save(&ana()).await.unwrap();
    other.save(&meeting).await.unwrap();
    let text = exported.to_file().unwrap();
    let plan = other
        .restore(&parse_backup(&text, &STORE_NAMES).unwrap())
        .await
        .unwrap();
    assert_eq!(plan.deletes.len(), 2);
    assert_eq!(other.get::<Person>("ana").await.unwrap(), None);
    assert_eq!(other.get::<Meeting>("m1").await.unwrap(), None);
    store.close();
    other.close();
}

#[wasm_bindgen_test]
async fn a_journal_entry_of_the_wrong_shape_is_dropped_and_changes_nothing() {
    let store = fresh("test-journal-shape").await;
    store.save(&ana()).await.unwrap();
    let mut hostile = serde_json::to_value(ana()).unwrap();
    hostile["name"] = json!(7);
    hostile["meta"]["updated_at"] = json!(9_999_999_999_999i64);
    LocalStorage::set("one-on-one.journal.people/ana", &hostile).unwrap();
    LocalStorage::set("one-on-one.journal.nowhere/x", json!({"meta": {}})).unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 0);
    assert_eq!(store.get::<Person>("ana").await.unwrap(), Some(ana()));
    assert!(LocalStorage::get::<Value>("one-on-one.journal.people/ana").is_err());
    assert!(LocalStorage::get::<Value>("one-on-one.journal.nowhere/x").is_err());
    store.close();
}

/// Writes `record` into `store_name` of database `name` as it is, past every check.
async fn write_raw(name: &str, store_name: &str, record: &Value) {
    write_raw_js(
        name,
        store_name,
        js_sys::JSON::parse(&record.to_string()).unwrap(),
    )
    .await;
}

/// Puts `value` into `store_name` as another program might have written it.
async fn write_raw_js(name: &str, store_name: &str, value: wasm_bindgen::JsValue) {
    let db = Database::open(name).await.unwrap();
    let tx = db
        .transaction(store_name)
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    tx.object_store(store_name)
        .unwrap()
        .put(value)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    db.close();
}

#[wasm_bindgen_test]
async fn an_unreadable_record_on_the_phone_is_set_aside_counted_and_backed_up_as_it_is() {
    let name = "test-unreadable";
    let store = fresh(name).await;
    store.save(&ana()).await.unwrap();
    store.save(&Person::new("bo", "Bo", 1)).await.unwrap();
    let broken = json!({
        "meta": {"id": "broken", "created_at": 1, "updated_at": 1, "schema": 1},
        "name": {"first": "Cy"},
    });
    write_raw(name, "people", &broken).await;
    let mut ids: Vec<_> = store
        .all::<Person>()
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.meta.id)
        .collect();
    ids.sort();
    assert_eq!(ids, ["ana", "bo"], "the rest of the list still reads");
    assert_eq!(store.get::<Person>("broken").await.unwrap(), None);
    assert_eq!(store.unreadable().await.unwrap(), 1);
    let backup = store.export(1, "test").await.unwrap();
    assert!(
        backup.stores["people"].contains(&broken),
        "kept in the backup as it is"
    );

    // A restore still works, and a sound version of the record takes its place.
    let mut sound = Person::new("broken", "Cy", 1);
    sound.meta.touch(2);
    let mut file = backup.clone();
    file.stores
        .insert("people".into(), vec![serde_json::to_value(&sound).unwrap()]);
    let plan = store.restore(&file).await.unwrap();
    assert_eq!(plan.updated, 1);
    assert_eq!(store.unreadable().await.unwrap(), 0);
    assert_eq!(store.get::<Person>("broken").await.unwrap(), Some(sound));
    store.close();
}

#[wasm_bindgen_test]
async fn cards_a_json_text_cannot_carry_still_read_in_the_people_list() {
    // The People list's cards are read through one JSON text; a value JSON has no form for (a
    // BigInt, written by another program) or a string it cannot hold (a lone surrogate) reads
    // as it always did, one by one.
    let name = "test-json-cannot-carry";
    let store = fresh(name).await;
    store.save(&ana()).await.unwrap();
    let card = |id: &str, name: &str| {
        serde_json::to_string(&PersonCard::of(&Person::new(id, name, 1))).unwrap()
    };
    let big = js_sys::JSON::parse(&card("big", "Bea")).unwrap();
    js_sys::Reflect::set(
        &big,
        &"created_at".into(),
        &js_sys::BigInt::from(7_u32).into(),
    )
    .unwrap();
    write_raw_js(name, "people_cards", big).await;
    let lone = card("lone", "Cy").replace("\"Cy\"", "\"Cy \\ud800\"");
    write_raw_js(name, "people_cards", js_sys::JSON::parse(&lone).unwrap()).await;
    let broken = card("broken", "Di").replace("\"created_at\":1", "\"created_at\":\"soon\"");
    write_raw_js(name, "people_cards", js_sys::JSON::parse(&broken).unwrap()).await;
    let read: Vec<(String, String, i64)> = store
        .people_cards()
        .await
        .unwrap()
        .into_iter()
        .map(|c| (c.id, c.name, c.created_at))
        .collect();
    assert_eq!(
        read,
        [
            ("ana".into(), "Ana".into(), 1_000),
            ("big".into(), "Bea".into(), 7),
            ("lone".into(), "Cy \u{fffd}".into(), 1),
        ],
        "in id order, the card of the wrong shape set aside"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_restored_backup_merges_part_by_part_with_what_was_edited_since() {
    let store = fresh("test-restore-merge").await;
    store.save(&ana()).await.unwrap();
    let base = store.get::<Person>("ana").await.unwrap().unwrap();
    // The backup was made on another phone that changed the notes.
    let there = edited(&base, |p| p.notes = "from the other phone".into());
    let mut backup = store.export(1, "test").await.unwrap();
    backup
        .stores
        .insert("people".into(), vec![serde_json::to_value(&there).unwrap()]);
    // Meanwhile, this phone changed the phone number.
    let here = edited(&base, |p| p.phone = "555 0123".into());
    store.save(&here).await.unwrap();
    let plan = store.restore(&backup).await.unwrap();
    assert_eq!(plan.updated, 1);
    let merged = store.get::<Person>("ana").await.unwrap().unwrap();
    assert_eq!(
        (merged.phone.as_str(), merged.notes.as_str()),
        ("555 0123", "from the other phone")
    );
    let again = store.restore(&backup).await.unwrap();
    assert_eq!(
        (again.updated, again.kept),
        (0, 1),
        "restoring twice changes nothing"
    );
    store.close();
}

#[wasm_bindgen_test]
async fn a_database_of_the_previous_release_gains_versions_and_tombstones() {
    let name = "test-upgrade-7";
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::create_layout(name, 6).await.unwrap();
    // Records exactly as release 6 wrote them: no versions, asks without ids.
    let person = json!({
        "meta": {"id": "p1", "created_at": 1, "updated_at": 5, "schema": 1},
        "name": "Ana", "tags": ["b", "a"], "phone": "1",
    });
    let meeting = json!({
        "meta": {"id": "m1", "created_at": 1, "updated_at": 7, "schema": 1},
        "person_id": "p1", "planned_minutes": 30, "status": "held", "starts_at": 50,
        "debrief": {"sparks": "buses", "asks": [
            {"text": "Host a meeting?", "answer": "yes"},
            {"text": "Bring a friend?"}
        ]},
    });
    let step = json!({
        "meta": {"id": "s1", "created_at": 1, "updated_at": 1, "schema": 1},
        "person_id": "p1", "text": "Call back", "owner": "them", "open": 1,
    });
    write_raw(name, "people", &person).await;
    write_raw(name, "meetings", &meeting).await;
    write_raw(name, "next_steps", &step).await;
    // With what release 6 derived from them: the meeting held, the commitment open.
    {
        use indexed_db_futures::internals::SystemRepr;
        let db = Database::open(name).await.unwrap();
        let tx = db
            .transaction("people_facts")
            .with_mode(TransactionMode::Readwrite)
            .build()
            .unwrap();
        let facts = tx.object_store("people_facts").unwrap();
        let held = js_sys::Array::of4(&"held".into(), &"p1".into(), &50.into(), &"m1".into());
        let commits = js_sys::Array::of3(&"commits".into(), &"p1".into(), &"s1".into());
        for key in [held, commits] {
            facts.as_sys().put_with_key(&0.into(), &key).unwrap();
        }
        tx.commit().await.unwrap();
        db.close();
    }

    let store = Store::open_named(name, || {}, || {}).await.unwrap();
    let ana = store.get::<Person>("p1").await.unwrap().unwrap();
    assert_eq!(ana.tags, ["b", "a"], "words keep their order");
    assert_eq!(ana.meta.updated_at, 5);
    let held = store.get::<Meeting>("m1").await.unwrap().unwrap();
    let asks = held.debrief.unwrap().asks;
    let ids: Vec<_> = asks.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["#000", "#001"], "asks are given ids by their place");
    assert_eq!(
        store.people_facts().await.unwrap().len(),
        2,
        "derived rows intact"
    );
    assert!(store.get::<NextStep>("s1").await.unwrap().is_some());

    // The tombstones store is there: a delete now stays deleted.
    store.delete::<NextStep>("s1").await.unwrap();
    let step: NextStep = serde_json::from_value(step).unwrap();
    assert_eq!(store.save(&step).await.unwrap(), Saved::Deleted);
    store.close();
}

#[wasm_bindgen_test]
async fn hiding_the_page_writes_what_is_pending_at_once() {
    let store = fresh("test-visibility").await;
    let _hooked = one_on_one::platform::lifecycle::on_hide(flush_all_pending);
    let saver = Autosave::new(store.clone(), 60_000, |_: Result<Saved<Profile>, _>| {});
    let mut profile = Profile::new(1);
    profile.organization = "Tenants United".into();
    saver.schedule(profile);
    let written = next_change(&store);
    // The browser says the page is hidden, and fires the real event.
    let document = web_sys::window().unwrap().document().unwrap();
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &"hidden".into()).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&document, &"visibilityState".into(), &descriptor);
    let event = web_sys::Event::new("visibilitychange").unwrap();
    document.dispatch_event(&event).unwrap();
    assert!(!saver.has_pending(), "the write was started by the event");
    assert_eq!(
        written.await,
        Change::One {
            store: "settings",
            id: "profile".into()
        }
    );
    let stored: Profile = store.get("profile").await.unwrap().unwrap();
    assert_eq!(stored.organization, "Tenants United");
    js_sys::Reflect::delete_property(
        document.unchecked_ref::<js_sys::Object>(),
        &"visibilityState".into(),
    )
    .unwrap();
    store.close();
}

#[path = "support/hostile.rs"]
mod hostile;

#[wasm_bindgen_test]
async fn two_hundred_hostile_backups_each_say_why_and_leave_the_data_byte_for_byte() {
    let store = fresh("test-hostile").await;
    let sound = hostile::sound_backup();
    store.restore(&sound).await.unwrap();
    store
        .save(&edited(&ana(), |p| p.notes = "edited here".into()))
        .await
        .unwrap();
    let before = store.export(1, "test").await.unwrap().to_file().unwrap();
    for case in 0..200 {
        let text = hostile::hostile_backup(case);
        // As Settings restores a file: checked whole, and only then merged.
        let outcome = match parse_backup(&text, &STORE_NAMES) {
            Ok(backup) => store.restore(&backup).await.map(|plan| plan.summary()),
            Err(error) => Err(one_on_one::store::StoreError::Refused(error.to_string())),
        };
        let message = outcome
            .expect_err(&format!("case {case} was restored"))
            .to_string();
        assert!(
            message.ends_with("Nothing was changed."),
            "case {case}: {message}"
        );
    }
    let after = store.export(1, "test").await.unwrap().to_file().unwrap();
    assert_eq!(before, after);
    store.close();
}

#[wasm_bindgen_test]
async fn deletions_are_forgotten_after_two_years_and_older_backups_are_refused_then() {
    use one_on_one::domain::tombstone::RETENTION_MS;
    let store = fresh("test-retention").await;
    store.save(&ana()).await.unwrap();
    let old_backup = store
        .export(one_on_one::platform::ids::now_ms(), "test")
        .await
        .unwrap();
    store.delete_person("ana").await.unwrap();
    let now = one_on_one::platform::ids::now_ms();
    assert_eq!(
        store.forget_old_deletions(now).await.unwrap(),
        0,
        "kept within the period"
    );
    let later = now + RETENTION_MS + 86_400_000;
    assert_eq!(store.forget_old_deletions(later).await.unwrap(), 1);
    assert!(store
        .export(later, "test")
        .await
        .unwrap()
        .tombstones
        .is_empty());
    let refused = store.restore(&old_backup).await.unwrap_err().to_string();
    assert!(
        refused.contains("could bring back people you deleted"),
        "{refused}"
    );
    assert!(refused.ends_with("Nothing was changed."));
    assert_eq!(store.get::<Person>("ana").await.unwrap(), None);
    let mut newer = old_backup.clone();
    newer.exported_at = later;
    assert_eq!(store.restore(&newer).await.unwrap().added, 1);
    store.close();
}
