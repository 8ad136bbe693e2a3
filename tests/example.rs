//! The example a first run can try: records that read as their kinds, tied to one another,
//! with the one-on-one tomorrow at five and the step due today, wherever the phone is.

use chrono::{FixedOffset, TimeZone, Timelike};
use one_on_one::domain::example::{example, EXAMPLE_NAME};
use one_on_one::domain::kinds;
use one_on_one::domain::meeting::MeetingStatus;
use one_on_one::domain::profile::Profile;

fn ids() -> [String; 3] {
    ["p".to_owned(), "m".to_owned(), "s".to_owned()]
}

#[test]
fn the_example_is_a_person_with_a_planned_one_on_one_and_a_step_due_today() {
    let zone = FixedOffset::west_opt(5 * 3600).unwrap();
    // 23:30 on 6 December 2026, local: "tomorrow" is the 7th, not two days on in UTC.
    let now = zone
        .with_ymd_and_hms(2026, 12, 6, 23, 30, 0)
        .unwrap()
        .timestamp_millis();
    let made = example(ids(), &Profile::new(now), now, &zone);
    assert_eq!(made.person.name, EXAMPLE_NAME);
    assert_eq!(
        (
            made.meeting.person_id.as_str(),
            made.step.person_id.as_str()
        ),
        ("p", "p")
    );
    assert_eq!(made.meeting.status, MeetingStatus::Planned);
    let starts = zone
        .timestamp_millis_opt(made.meeting.starts_at.unwrap())
        .unwrap();
    assert_eq!(
        (starts.format("%Y-%m-%d").to_string(), starts.hour()),
        ("2026-12-07".to_owned(), 17)
    );
    assert_eq!(made.step.due_at, Some(now));
    assert!(made.step.is_open());
    let records = [
        ("people", serde_json::to_value(&made.person).unwrap()),
        ("meetings", serde_json::to_value(&made.meeting).unwrap()),
        ("next_steps", serde_json::to_value(&made.step).unwrap()),
    ];
    for (store, record) in records {
        (kinds::of(store).unwrap().check)(&record).unwrap_or_else(|why| panic!("{store}: {why}"));
    }
    assert!(
        made.person.sensitive.is_empty() && !made.person.shared,
        "nothing marked, nothing shared"
    );
}
