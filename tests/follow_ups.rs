//! Grouping and filtering follow-ups by the phone's calendar days.
#![cfg(not(target_arch = "wasm32"))]

use chrono_tz::America::New_York;
use one_on_one::domain::follow_ups::{bucket, group, Bucket, Filter};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::record::Meta;
use one_on_one::domain::when::from_input;

fn at(text: &str) -> i64 {
    from_input(text, &New_York).unwrap()
}

fn step(id: &str, person: &str, owner: Owner, due: Option<&str>) -> NextStep {
    NextStep {
        meta: Meta::new(id, 0),
        person_id: person.into(),
        meeting_id: None,
        text: id.into(),
        owner,
        kind: StepKind::Task,
        due_at: due.map(at),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

#[test]
fn a_step_given_to_a_teammate_is_on_their_follow_ups_not_mine() {
    let given = NextStep {
        organizer: Some("ben".into()),
        ..step("s", "p", Owner::Me, None)
    };
    assert!(given.is_for(Some("ben")));
    assert!(!given.is_for(Some("ana")));
    // Off a team, every step on the phone is its organizer's own.
    assert!(given.is_for(None));
    let unassigned = step("u", "p", Owner::Me, None);
    assert!(unassigned.is_for(Some("ana")) && unassigned.is_for(Some("ben")));
    // Given back: the change is written out, so the merge carries it like any other part.
    let json = serde_json::to_value(&unassigned).unwrap();
    assert!(json.as_object().unwrap().contains_key("organizer"));
}

#[test]
fn buckets_follow_local_calendar_days_not_24_hour_spans() {
    let now = at("2026-11-22T23:30");
    assert_eq!(
        bucket(Some(at("2026-11-22T00:05")), now, &New_York),
        Bucket::Today
    );
    assert_eq!(
        bucket(Some(at("2026-11-21T23:59")), now, &New_York),
        Bucket::Overdue
    );
    assert_eq!(
        bucket(Some(at("2026-11-23T00:01")), now, &New_York),
        Bucket::ThisWeek,
        "tomorrow, 31 minutes away"
    );
    assert_eq!(
        bucket(Some(at("2026-11-29T09:00")), now, &New_York),
        Bucket::ThisWeek
    );
    assert_eq!(
        bucket(Some(at("2026-11-30T09:00")), now, &New_York),
        Bucket::Later
    );
    assert_eq!(bucket(None, now, &New_York), Bucket::NoDate);
    assert!(Bucket::Overdue.is_due() && Bucket::Today.is_due() && !Bucket::ThisWeek.is_due());
}

#[test]
fn open_steps_are_grouped_in_order_and_filtered_by_person_and_owner() {
    let now = at("2026-11-22T12:00");
    let mut done = step("done", "ana", Owner::Me, Some("2026-11-01T09:00"));
    done.done_at = Some(now);
    let steps = [
        step("later", "ana", Owner::Them, Some("2027-01-01T09:00")),
        step("overdue-2", "ben", Owner::Me, Some("2026-11-20T09:00")),
        step("overdue-1", "ana", Owner::Me, Some("2026-11-10T09:00")),
        step("today", "ana", Owner::Them, Some("2026-11-22T18:00")),
        step("someday", "ben", Owner::Them, None),
        done,
    ];
    let names = |groups: Vec<(Bucket, Vec<NextStep>)>| {
        groups
            .into_iter()
            .map(|(b, s)| (b, s.into_iter().map(|s| s.meta.id).collect::<Vec<_>>()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(group(&steps, &Filter::default(), now, &New_York)),
        [
            (
                Bucket::Overdue,
                vec!["overdue-1".to_owned(), "overdue-2".to_owned()]
            ),
            (Bucket::Today, vec!["today".to_owned()]),
            (Bucket::Later, vec!["later".to_owned()]),
            (Bucket::NoDate, vec!["someday".to_owned()]),
        ]
    );
    let anas = Filter {
        person_id: Some("ana".into()),
        owner: None,
    };
    assert_eq!(names(group(&steps, &anas, now, &New_York)).len(), 3);
    let theirs = Filter {
        person_id: None,
        owner: Some(Owner::Them),
    };
    assert_eq!(
        names(group(&steps, &theirs, now, &New_York)),
        [
            (Bucket::Today, vec!["today".to_owned()]),
            (Bucket::Later, vec!["later".to_owned()]),
            (Bucket::NoDate, vec!["someday".to_owned()]),
        ]
    );
}

#[test]
fn due_before_is_the_next_local_midnight_so_exactly_the_due_steps_fall_below_it() {
    let now = at("2026-11-22T23:30");
    let limit = one_on_one::domain::follow_ups::due_before(now, &New_York);
    assert_eq!(limit, at("2026-11-23T00:00"));
    for due in ["2026-11-22T23:59", "2026-11-23T00:00", "2026-11-01T08:00"] {
        assert_eq!(
            bucket(Some(at(due)), now, &New_York).is_due(),
            at(due) < limit,
            "{due}"
        );
    }
    // The night the clocks go back is 25 hours long; midnight still ends it.
    let before_fall_back = at("2026-11-01T00:30");
    assert_eq!(
        one_on_one::domain::follow_ups::due_before(before_fall_back, &New_York),
        at("2026-11-02T00:00")
    );
}

#[test]
fn where_a_clock_change_skips_midnight_the_next_day_starts_at_its_first_hour() {
    // Santiago moves its clocks from midnight to 01:00 on the first Sunday of September.
    let santiago = chrono_tz::America::Santiago;
    let now = from_input("2026-09-05T20:00", &santiago).unwrap();
    let limit = one_on_one::domain::follow_ups::due_before(now, &santiago);
    assert_eq!(limit, from_input("2026-09-06T01:00", &santiago).unwrap());
}
