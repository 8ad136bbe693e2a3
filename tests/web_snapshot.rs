//! Browser tests of Today's snapshot in localStorage: the store sets it aside on exactly the
//! writes that could change what it shows, so a start never paints a record as it no longer is.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::today_snapshot::TodaySnapshot;
use one_on_one::store::{snapshot, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DAY_ENDS_AT: i64 = 10_000;

fn step(id: &str, due_at: i64) -> NextStep {
    NextStep {
        meta: Meta::new(id, 1),
        person_id: "p1".into(),
        meeting_id: None,
        text: format!("Step {id}"),
        owner: Default::default(),
        kind: Default::default(),
        due_at: Some(due_at),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

fn meeting(id: &str, starts_at: i64) -> Meeting {
    let mut meeting = Meeting::new(id, "p1", &Profile::new(1), 1);
    meeting.starts_at = Some(starts_at);
    meeting.status = MeetingStatus::Confirmed;
    meeting
}

/// Keeps a snapshot showing step s1 (of 30 due) and meeting m1 (of 40 upcoming), with Ana.
fn keep_one() {
    snapshot::keep(&TodaySnapshot::new(
        DAY_ENDS_AT,
        (&[step("s1", 5_000)], 30),
        (&[meeting("m1", 20_000)], 40),
        |_| Some("Ana".to_owned()),
        10,
    ));
    assert!(snapshot::read().is_some());
}

#[wasm_bindgen_test]
async fn writes_that_could_change_todays_lists_set_the_snapshot_aside_and_others_keep_it() {
    let name = "test-snapshot";
    let _ = Database::delete_by_name(name).unwrap().await;
    let store = Store::open_named(name, || {}, || {}).await.unwrap();

    keep_one();
    let mut ana = Person::new("p1", "Ana", 1);
    store.save(&ana).await.unwrap();
    store.save(&step("s2", DAY_ENDS_AT + 1)).await.unwrap(); // due tomorrow
    store.save(&step("s3", 9_000)).await.unwrap(); // due today, after the one shown
    let mut notes = meeting("m1", 20_000);
    notes.live.sparks = "drives the 14 bus".into();
    notes.meta.touch(2);
    store.save(&notes).await.unwrap();
    store.delete::<Meeting>("m-not-shown").await.unwrap();
    assert!(
        snapshot::read().is_some(),
        "none of these changes what Today shows"
    );

    ana.name = "Ana Núñez".into();
    ana.meta.touch(3);
    store.save(&ana).await.unwrap();
    assert!(snapshot::read().is_none(), "the person it names, renamed");

    keep_one();
    let mut done = step("s1", 5_000);
    done.done_at = Some(4);
    done.meta.touch(4);
    store.save(&done).await.unwrap();
    assert!(snapshot::read().is_none(), "the step it shows, done");

    keep_one();
    store.save(&step("s4", 1_000)).await.unwrap();
    assert!(
        snapshot::read().is_none(),
        "a step due before the one it shows"
    );

    keep_one();
    store.delete::<Meeting>("m1").await.unwrap();
    assert!(snapshot::read().is_none(), "the meeting it shows, deleted");

    keep_one();
    store.delete_person("p1").await.unwrap();
    assert!(
        snapshot::read().is_none(),
        "a person deleted with their meetings"
    );

    keep_one();
    store.delete_everything().await.unwrap();
    assert!(snapshot::read().is_none(), "everything deleted");
    store.close();
}
