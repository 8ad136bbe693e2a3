//! Browser tests of the lock, in headless Chromium: turning it on seals every record, the
//! journal, Today's snapshot and the team this phone is in (a raw dump of IndexedDB and
//! localStorage holds none of the words typed) while every read still shows them; without the
//! key nothing reads, a wrong passcode unlocks nothing and makes the next try wait; a changed
//! passcode keeps the data; a lock stopped halfway on or off finishes at the next unlock; a
//! changed sealed byte is set aside; a tab without the key refuses to write rather than write
//! plain words, and keeps what it was typing sealed in the drop box until a tab that unlocks
//! merges it.

#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use one_on_one::domain::lock::LockState;
use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::team::{Membership, Team};
use one_on_one::domain::today_snapshot::TodaySnapshot;
use one_on_one::store::locking::{self, LockError};
use one_on_one::store::{
    drop_box, snapshot, team_membership, vault, Autosave, Saved, Store, StoreError,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/stored.rs"]
mod stored;
#[path = "support/wait.rs"]
mod wait;
use stored::everything_stored;
use wait::Latch;

const CODE: &str = "482916";
/// Words typed into the records below: none may be found in storage with the lock on.
const SECRETS: [&str; 9] = [
    "tenantpass-77",
    // The organizer's user name on the team's server, kept apart from the membership.
    "mvega-organizer",
    // A stretch of the team key's hex.
    "abababababababababababab",
    "Marisol",
    "grievance",
    "visa",
    "Riverside",
    "petition",
    "shiftlead",
];

async fn fresh(name: &str) -> Store {
    vault::forget_lock();
    LocalStorage::clear();
    let _ = Database::delete_by_name(name).unwrap().await;
    Store::open_named(name, || {}, || {}).await.unwrap()
}

fn marisol() -> Person {
    let mut person = Person::new("p1", "Marisol Vega", 1_000);
    person.notes = "Filed a grievance; worried about her visa".into();
    person.organizations = vec!["Riverside Tenants".into()];
    person.referred_by = Some("p0".into());
    person
}

fn meeting() -> Meeting {
    let mut meeting = Meeting::new("m1", "p1", &Profile::new(1), 1);
    meeting.purpose = "Talk about the petition".into();
    meeting.starts_at = Some(50_000);
    meeting.status = MeetingStatus::Confirmed;
    meeting
}

fn step() -> NextStep {
    NextStep {
        meta: Meta::new("s1", 1),
        person_id: "p1".into(),
        meeting_id: Some("m1".into()),
        text: "Ask the shiftlead about the petition".into(),
        owner: Default::default(),
        kind: Default::default(),
        due_at: Some(40_000),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

/// Database `name`, fresh, holding the records of [`fill`], with the lock turned on.
async fn locked(name: &str) -> Store {
    let store = fresh(name).await;
    fill(&store).await;
    locking::turn_on(&store, CODE, |_, _| {}).await.unwrap();
    store
}

/// The team the phone is in: its key opens what the team shares, the password reaches it.
fn membership() -> Membership {
    Membership {
        team: Team::new(
            "Riverside tenants",
            "https://couch.example.org",
            "riverside",
            [0xab; 32],
        )
        .unwrap(),
        user: "mvega-organizer".into(),
        password: "tenantpass-77".into(),
    }
}

async fn fill(store: &Store) {
    team_membership::keep(&membership()).unwrap();
    store.save(&marisol()).await.unwrap();
    store.save(&meeting()).await.unwrap();
    store.save(&step()).await.unwrap();
    snapshot::keep(&TodaySnapshot::new(
        100_000,
        (&[step()], 1),
        (&[meeting()], 1),
        |_| Some("Marisol Vega".to_owned()),
        10,
    ));
}

/// Everything database `name` and localStorage hold, as text (bytes as numbers).
async fn dump(name: &str) -> String {
    let mut text = everything_stored(name).await;
    let storage = LocalStorage::raw();
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        text.push_str(&key);
        text.push_str(&storage.get_item(&key).unwrap().unwrap_or_default());
    }
    text
}

fn found_secrets(dump: &str) -> Vec<&'static str> {
    SECRETS.into_iter().filter(|s| dump.contains(s)).collect()
}

async fn everything_reads(store: &Store) {
    let person = store.get::<Person>("p1").await.unwrap().unwrap();
    assert_eq!(person.notes, marisol().notes);
    assert_eq!(store.people_cards().await.unwrap()[0].name, "Marisol Vega");
    assert_eq!(
        store.meetings_of("p1").await.unwrap()[0].purpose,
        meeting().purpose
    );
    assert_eq!(store.referrals_of("p0").await.unwrap().len(), 1);
    let (upcoming, total) = store.upcoming_meetings(5).await.unwrap();
    assert_eq!((upcoming.len(), total), (1, 1));
    assert_eq!(store.open_steps().await.unwrap()[0].text, step().text);
    let (due, _) = store.due_steps(100_000, 5).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(snapshot::read().unwrap().names["p1"], "Marisol Vega");
    assert_eq!(team_membership::kept(), Some(membership()));
    assert_eq!(
        team_membership::my_name().as_deref(),
        Some("mvega-organizer")
    );
}

#[wasm_bindgen_test]
async fn the_lock_seals_everything_stored_and_every_read_still_shows_it() {
    let store = fresh("test-lock-on").await;
    fill(&store).await;
    let saver = Autosave::new(store.clone(), 60_000, |_: Result<Saved<Person>, _>| {});
    saver.rebase(Some(marisol()));
    let before = dump("test-lock-on").await;
    assert_eq!(
        found_secrets(&before).len(),
        SECRETS.len(),
        "the test's words are there"
    );

    locking::turn_on(&store, CODE, |_, _| {}).await.unwrap();
    assert_eq!(vault::kept_lock().unwrap().unwrap().state, LockState::On);
    // Typed after the lock is on: the journal holds it sealed too.
    let mut typed = marisol();
    typed.skills = vec!["Speaks at the Riverside hearing".into()];
    saver.schedule(typed);
    let after = dump("test-lock-on").await;
    assert_eq!(found_secrets(&after), Vec::<&str>::new(), "{after}");
    everything_reads(&store).await;

    // A write made now is sealed as well, and reads back.
    let mut changed = store.get::<Person>("p1").await.unwrap().unwrap();
    changed.phone = "555 0142".into();
    changed.meta.updated_at += 10;
    store.save(&changed).await.unwrap();
    saver.flush();
    assert!(!dump("test-lock-on").await.contains("555 0142"));
    assert_eq!(
        store.get::<Person>("p1").await.unwrap().unwrap().phone,
        "555 0142"
    );
    drop(saver);
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn without_the_key_nothing_reads_and_only_the_right_passcode_unlocks() {
    let store = locked("test-lock-key").await;
    vault::drop_key();
    assert_eq!(store.get::<Person>("p1").await, Err(StoreError::Locked));
    assert_eq!(store.people_cards().await, Err(StoreError::Locked));
    assert!(snapshot::read().is_none());
    assert_eq!(
        store.save(&marisol()).await,
        Err(StoreError::Locked),
        "no plain write"
    );

    for n in 1..=3 {
        let wrong = locking::unlock("000000", 1_000).await;
        assert_eq!(
            wrong,
            Err(LockError::Wrong {
                failures: n,
                wait_s: 0
            })
        );
    }
    let fourth = locking::unlock("111111", 1_000).await;
    assert_eq!(
        fourth,
        Err(LockError::Wrong {
            failures: 4,
            wait_s: 5
        })
    );
    assert_eq!(
        locking::unlock(CODE, 2_000).await,
        Err(LockError::Wait(4)),
        "not even the right code while the wait runs"
    );
    assert!(vault::held_key_id().is_none());
    locking::unlock(CODE, 7_000).await.unwrap();
    assert_eq!(vault::attempts().failures, 0, "the count starts again");
    everything_reads(&store).await;
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn a_changed_passcode_opens_the_same_data_and_the_old_one_no_longer_does() {
    let store = locked("test-lock-change").await;
    assert!(matches!(
        locking::change_passcode(&store, "999999", "blue heron at dawn", 0).await,
        Err(LockError::Wrong { .. })
    ));
    locking::change_passcode(&store, CODE, "blue heron at dawn", 0)
        .await
        .unwrap();
    vault::drop_key();
    assert!(matches!(
        locking::unlock(CODE, 0).await,
        Err(LockError::Wrong { .. })
    ));
    locking::unlock("blue heron at dawn", 0).await.unwrap();
    everything_reads(&store).await;
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn turning_the_lock_off_leaves_everything_plain_and_no_lock() {
    let store = locked("test-lock-off").await;
    assert!(matches!(
        locking::turn_off(&store, "123123", 0, |_, _| {}).await,
        Err(LockError::Wrong { .. })
    ));
    let steps = std::cell::RefCell::new(Vec::new());
    locking::turn_off(&store, CODE, 0, |done, total| {
        steps.borrow_mut().push((done, total))
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let steps = steps.into_inner();
    assert_eq!(
        steps.last(),
        Some(&(4, 4)),
        "a person, their card, a meeting, a step"
    );
    assert_eq!(vault::kept_lock(), Ok(None));
    assert!(vault::held_key_id().is_none());
    assert_eq!(
        found_secrets(&dump("test-lock-off").await).len(),
        SECRETS.len()
    );
    everything_reads(&store).await;
}

#[wasm_bindgen_test]
async fn a_lock_stopped_halfway_on_or_off_finishes_at_the_next_unlock() {
    let store = locked("test-lock-resume").await;
    // The tab died just after it began turning the lock off: some records plain, some sealed.
    let lock = vault::kept_lock().unwrap().unwrap();
    vault::keep_lock(&lock.with_state(LockState::Unsealing)).unwrap();
    let mut plain_again = store.get::<Person>("p1").await.unwrap().unwrap();
    plain_again.meta.updated_at += 1;
    store.save(&plain_again).await.unwrap();
    vault::drop_key();
    assert!(
        dump("test-lock-resume").await.contains("Marisol"),
        "one plain, the rest sealed"
    );
    let lock = locking::unlock(CODE, 0).await.unwrap();
    assert_eq!(lock.state, LockState::Unsealing);
    locking::finish(&store, |_, _| {}).await.unwrap();
    assert_eq!(vault::kept_lock(), Ok(None));
    assert_eq!(
        found_secrets(&dump("test-lock-resume").await).len(),
        SECRETS.len()
    );
    everything_reads(&store).await;

    // And the other way: the lock written, the tab gone before anything was sealed.
    locking::turn_on(&store, CODE, |_, _| {}).await.unwrap();
    let lock = vault::kept_lock().unwrap().unwrap();
    vault::keep_lock(&lock.with_state(LockState::Unsealing)).unwrap();
    locking::finish(&store, |_, _| {}).await.unwrap();
    assert!(dump("test-lock-resume").await.contains("Marisol"));
    vault::keep_lock(&lock.with_state(LockState::Sealing)).unwrap();
    vault::drop_key();
    locking::unlock(CODE, 0).await.unwrap();
    locking::finish(&store, |_, _| {}).await.unwrap();
    assert_eq!(vault::kept_lock().unwrap().unwrap().state, LockState::On);
    assert_eq!(
        found_secrets(&dump("test-lock-resume").await),
        Vec::<&str>::new()
    );
    everything_reads(&store).await;
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn a_sealed_record_changed_on_disk_is_set_aside_and_counted() {
    let store = fresh("test-lock-tamper").await;
    fill(&store).await;
    store
        .save(&Person::new("p2", "Other Person", 1))
        .await
        .unwrap();
    locking::turn_on(&store, CODE, |_, _| {}).await.unwrap();
    damage("test-lock-tamper", "p1").await;
    assert_eq!(store.get::<Person>("p1").await, Ok(None));
    assert_eq!(
        store.all::<Person>().await.unwrap().len(),
        1,
        "p2 still reads"
    );
    assert_eq!(store.unreadable().await, Ok(1));
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn a_lock_lost_from_local_storage_by_a_killed_browser_comes_back_from_indexeddb() {
    let store = locked("test-lock-durable").await;
    assert_eq!(locking::reconcile(&store).await, Ok(false), "the two agree");
    let kept = vault::kept_lock().unwrap().unwrap();
    // The browser was killed before localStorage was written to disk.
    vault::forget_lock();
    assert_eq!(locking::reconcile(&store).await, Ok(true));
    assert_eq!(vault::kept_lock(), Ok(Some(kept)));
    locking::unlock(CODE, 0).await.unwrap();
    everything_reads(&store).await;
    locking::turn_off(&store, CODE, 0, |_, _| {}).await.unwrap();
    assert_eq!(store.durable_lock().await, Ok(None), "off in both places");
}

#[wasm_bindgen_test]
async fn a_damaged_sealed_record_at_the_end_of_a_page_ends_no_read_early() {
    let store = fresh("test-lock-pages").await;
    for n in 0..=400 {
        store
            .save(&Person::new(format!("p{n:03}"), format!("Person {n}"), 1))
            .await
            .unwrap();
    }
    locking::turn_on(&store, CODE, |_, _| {}).await.unwrap();
    damage("test-lock-pages", "p399").await;
    // Read a page of 400 at a time: the first page's last record no longer opens.
    assert_eq!(store.name_cards().await.unwrap().len(), 400);
    vault::forget_lock();
}

/// Flips one byte of record `id`'s sealed body in database `name`, as a bug on disk might.
async fn damage(name: &str, id: &str) {
    let db = Database::open(name).await.unwrap();
    let tx = db
        .transaction("people")
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let people = tx.object_store("people").unwrap();
    let stored: JsValue = people.get(id).await.unwrap().unwrap();
    let body: js_sys::Uint8Array = js_sys::Reflect::get(&stored, &"sealed".into())
        .unwrap()
        .into();
    body.set_index(30, body.get_index(30) ^ 1);
    people.put(&stored).primitive().unwrap().await.unwrap();
    tx.commit().await.unwrap();
    db.close();
}

/// An edit typed at `at` into `shown`: what a screen's autosave is given.
fn typed_note(shown: &Person, note: &str, at: i64) -> Person {
    let mut typed = shown.clone();
    typed.notes = note.into();
    typed.meta.touch(at);
    typed
}

/// Another tab, still showing `shown` as the lock comes on elsewhere, types `note`: it holds
/// no key, so its journal cannot take the edit and its write is refused.
async fn type_without_the_key(store: &Store, shown: &Person, note: &str) {
    vault::drop_key();
    let refused = Latch::new();
    let saver = {
        let refused = refused.clone();
        Autosave::new(
            store.clone(),
            60_000,
            move |saved: Result<Saved<Person>, StoreError>| {
                assert_eq!(saved.err(), Some(StoreError::Locked));
                refused.open();
            },
        )
    };
    saver.rebase(Some(shown.clone()));
    saver.schedule(typed_note(shown, note, shown.meta.updated_at + 5));
    saver.flush();
    refused.wait().await;
}

#[wasm_bindgen_test]
async fn what_a_tab_without_the_key_types_is_dropped_sealed_and_merged_once_unlocked() {
    let store = locked("test-lock-drop").await;
    let shown = store.get::<Person>("p1").await.unwrap().unwrap();
    let note = "The shiftlead retaliated after the petition";
    type_without_the_key(&store, &shown, note).await;
    assert!(drop_box::holds_anything(), "the edit waits in the drop box");
    let waiting = dump("test-lock-drop").await;
    assert!(!waiting.contains("retaliated"), "{waiting}");

    // Another tab changed the phone meanwhile; the person unlocks and the app starts.
    locking::unlock(CODE, 10_000).await.unwrap();
    let mut phoned = store.get::<Person>("p1").await.unwrap().unwrap();
    phoned.phone = "555 0142".into();
    phoned.meta.touch(shown.meta.updated_at + 9);
    store.save(&phoned).await.unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 1);
    let stored = store.get::<Person>("p1").await.unwrap().unwrap();
    assert_eq!(stored.notes, note, "what was typed without the key is kept");
    assert_eq!(stored.phone, "555 0142", "and merged with the other change");
    assert!(!drop_box::holds_anything());
    assert!(!dump("test-lock-drop").await.contains("retaliated"));
    assert_eq!(store.replay_journal().await.unwrap(), 0, "merged once");
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn a_changed_drop_opens_for_no_one_and_changes_nothing() {
    let store = locked("test-lock-drop-changed").await;
    let shown = store.get::<Person>("p1").await.unwrap().unwrap();
    type_without_the_key(&store, &shown, "Changed on its way").await;
    let storage = LocalStorage::raw();
    let dropped: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("one-on-one.drop-box."))
        .collect();
    assert_eq!(
        dropped.len(),
        2,
        "the edit and the version it was made from"
    );
    for key in &dropped {
        let text = storage.get_item(key).unwrap().unwrap();
        let flipped = if text.ends_with('A') { 'B' } else { 'A' };
        let changed = format!("{}{flipped}", &text[..text.len() - 1]);
        storage.set_item(key, &changed).unwrap();
    }
    locking::unlock(CODE, 10_000).await.unwrap();
    assert_eq!(store.replay_journal().await.unwrap(), 0);
    assert_eq!(store.get::<Person>("p1").await.unwrap().unwrap(), shown);
    assert!(
        !drop_box::holds_anything(),
        "what no one can open is forgotten"
    );
    vault::forget_lock();
}

#[wasm_bindgen_test]
async fn turning_the_lock_off_keeps_what_was_dropped_and_an_older_lock_gains_a_drop_box() {
    let store = locked("test-lock-drop-off").await;
    // A lock set before the drop box existed has none; its next unlock gives it one.
    let older = vault::kept_lock().unwrap().unwrap();
    let older = one_on_one::domain::lock::Lock {
        drop_box: None,
        ..older
    };
    vault::keep_lock(&older).unwrap();
    locking::finish(&store, |_, _| {}).await.unwrap();
    assert!(vault::kept_lock().unwrap().unwrap().drop_box.is_some());

    let shown = store.get::<Person>("p1").await.unwrap().unwrap();
    let note = "Typed as the lock came on, kept as it goes off";
    type_without_the_key(&store, &shown, note).await;
    locking::turn_off(&store, CODE, 10_000, |_, _| {})
        .await
        .unwrap();
    assert!(
        !drop_box::holds_anything(),
        "opened before the lock is gone"
    );
    assert_eq!(store.replay_journal().await.unwrap(), 1);
    assert_eq!(
        store.get::<Person>("p1").await.unwrap().unwrap().notes,
        note
    );
}
