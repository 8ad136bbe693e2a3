//! The People list from cards and facts: stage and last contact, order, tags whatever their case.

use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::people_list::{rows, stages, tag_options, Fact, PersonCard};
use one_on_one::domain::person::{Person, Stage};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;

fn card(id: &str, name: &str, created_at: i64) -> PersonCard {
    PersonCard::of(&Person::new(id, name, created_at))
}

fn held(person: &str, at: i64, meeting: &str) -> Fact {
    Fact::Held {
        person_id: person.into(),
        at,
        meeting_id: meeting.into(),
    }
}

#[test]
fn a_card_keeps_what_the_list_shows_and_leaves_the_notes_out() {
    let mut person = Person::new("p1", "Dolores Núñez", 5);
    person.organizations = vec!["Local 12".into()];
    person.tags = vec!["Childcare".into()];
    person.notes = "Told me in confidence about her landlord".into();
    person.engagement = Some(3);
    person.last_contact_at = Some(9);
    let card = PersonCard::of(&person);
    assert_eq!(
        (card.id.as_str(), card.name.as_str(), card.created_at),
        ("p1", "Dolores Núñez", 5)
    );
    assert_eq!((card.engagement, card.last_contact_at), (Some(3), Some(9)));
    let stored = serde_json::to_string(&card).unwrap();
    assert!(!stored.contains("landlord"), "{stored}");
    assert!(card.search_text().contains("Local 12"));
    assert!(card.has_tag("childcare") && card.has_tag("CHILDCARE") && !card.has_tag("child"));
}

#[test]
fn only_held_meetings_and_their_open_commitments_are_facts() {
    let profile = Profile::new(0);
    let mut meeting = Meeting::new("m1", "p1", &profile, 0);
    meeting.meta = Meta::new("m1", 100);
    assert_eq!(Fact::of_meeting(&meeting), None, "planned is not held");
    meeting.status = MeetingStatus::Held;
    assert_eq!(
        Fact::of_meeting(&meeting),
        Some(held("p1", 100, "m1")),
        "held, with no start: when it was last edited"
    );
    meeting.starts_at = Some(50);
    assert_eq!(Fact::of_meeting(&meeting), Some(held("p1", 50, "m1")));

    let mut step = NextStep {
        meta: Meta::new("s1", 1),
        person_id: "p1".into(),
        meeting_id: None,
        text: "Bring two coworkers".into(),
        owner: Owner::Them,
        kind: StepKind::Task,
        due_at: None,
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    };
    assert_eq!(
        Fact::of_step(&step),
        Some(Fact::Commits {
            person_id: "p1".into(),
            step_id: "s1".into()
        })
    );
    step.owner = Owner::Me;
    assert_eq!(
        Fact::of_step(&step),
        None,
        "my own task is not their commitment"
    );
    step.owner = Owner::Them;
    step.done_at = Some(2);
    assert_eq!(
        Fact::of_step(&step),
        None,
        "a kept commitment is no longer open"
    );
}

#[test]
fn the_list_orders_by_last_contact_and_tells_each_stage() {
    let mut leader = card("lead", "Lea", 1);
    leader.engagement = Some(5);
    let mut noted = card("noted", "No", 1);
    noted.last_contact_at = Some(9_000);
    let cards = [
        card("new", "Nia", 3_000),
        card("met", "Mo", 1),
        card("busy", "Bo", 1),
        leader,
        noted,
    ];
    let facts = [
        held("met", 5_000, "m1"),
        held("met", 7_000, "m2"),
        held("busy", 6_000, "m3"),
        held("lead", 1_000, "m4"),
        held("noted", 8_000, "m5"),
        Fact::Commits {
            person_id: "busy".into(),
            step_id: "s1".into(),
        },
    ];
    let listed = rows(&cards, &facts);
    let order: Vec<(&str, Stage, i64)> = listed
        .iter()
        .map(|r| (r.card.id.as_str(), r.stage, r.last_contact))
        .collect();
    assert_eq!(
        order,
        [
            ("noted", Stage::Met, 9_000),
            ("met", Stage::Met, 7_000),
            ("busy", Stage::Active, 6_000),
            ("new", Stage::NotYetMet, 3_000),
            ("lead", Stage::Leader, 1_000),
        ]
    );
}

#[test]
fn stages_follow_the_cards_order_and_agree_with_the_list() {
    let mut leader = card("lead", "Lea", 1);
    leader.engagement = Some(5);
    let cards = [
        card("busy", "Bo", 1),
        leader,
        card("met", "Mo", 1),
        card("new", "Nia", 3_000),
    ];
    let facts = [
        held("met", 5_000, "m1"),
        held("busy", 6_000, "m3"),
        held("lead", 1_000, "m4"),
        Fact::Commits {
            person_id: "busy".into(),
            step_id: "s1".into(),
        },
        held("gone", 6_000, "m9"),
    ];
    let staged = stages(&cards, &facts);
    assert_eq!(
        staged,
        [Stage::Active, Stage::Leader, Stage::Met, Stage::NotYetMet]
    );
    for row in rows(&cards, &facts) {
        let at = cards.iter().position(|c| c.id == row.card.id).unwrap();
        assert_eq!(staged[at], row.stage, "{}", row.card.id);
    }
}

#[test]
fn people_in_touch_at_the_same_time_are_listed_by_name() {
    let cards = [
        card("b", "Zoe", 7),
        card("a", "Ana", 7),
        card("c", "Ana", 7),
    ];
    let ids: Vec<String> = rows(&cards, &[]).into_iter().map(|r| r.card.id).collect();
    assert_eq!(ids, ["a", "c", "b"]);
}

#[test]
fn tag_options_are_one_per_spelling_whatever_the_case() {
    let mut a = card("a", "Ana", 1);
    a.tags = vec!["Childcare".into(), "transit".into(), " ".into()];
    let mut b = card("b", "Ben", 1);
    b.tags = vec![
        "childcare".into(),
        "Housing".into(),
        "TRANSIT".into(),
        "Núñez".into(),
    ];
    let mut c = card("c", "Cy", 1);
    c.tags = vec!["nunez".into()];
    assert_eq!(
        tag_options(&[a, b, c]),
        ["Childcare", "Housing", "Núñez", "transit"],
        "the first spelling met is shown; blank tags are left out"
    );
}

#[test]
fn a_stored_record_read_in_part_derives_what_the_whole_record_does() {
    use one_on_one::domain::people_list::{MeetingGist, PersonGist, StepGist};
    use serde::Deserialize;
    let mut person = Person::new("p1", "Dolores Núñez", 5);
    person.tags = vec!["Childcare".into()];
    person.notes = "a long note ".repeat(1_000);
    person.engagement = Some(4);
    let stored = serde_json::to_value(&person).unwrap();
    assert_eq!(
        PersonGist::deserialize(&stored).unwrap().card(),
        PersonCard::of(&person)
    );

    let profile = Profile::new(0);
    for (status, starts_at) in [
        (MeetingStatus::Held, Some(50)),
        (MeetingStatus::Held, None),
        (MeetingStatus::Confirmed, Some(50)),
    ] {
        let mut meeting = Meeting::new("m1", "p1", &profile, 7);
        meeting.status = status;
        meeting.starts_at = starts_at;
        let stored = serde_json::to_value(&meeting).unwrap();
        assert_eq!(
            MeetingGist::deserialize(&stored).unwrap().fact(),
            Fact::of_meeting(&meeting),
            "{status:?} {starts_at:?}"
        );
    }

    for (owner, kind, done_at) in [
        (Owner::Them, StepKind::Task, None),
        (Owner::Them, StepKind::CheckIn, None),
        (Owner::Me, StepKind::Task, None),
        (Owner::Them, StepKind::Task, Some(3)),
    ] {
        let step = NextStep {
            meta: Meta::new("s1", 1),
            person_id: "p1".into(),
            meeting_id: None,
            text: "x".into(),
            owner,
            kind,
            due_at: None,
            done_at,
            outcome: None,
            sensitive: Vec::new(),
            organizer: None,
        };
        let stored = serde_json::to_value(&step).unwrap();
        assert_eq!(
            StepGist::deserialize(&stored).unwrap().fact(),
            Fact::of_step(&step),
            "{owner:?} {kind:?} {done_at:?}"
        );
    }
}
