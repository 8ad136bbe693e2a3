//! Native tests of people and meetings: stage rules, search text, stored shape.

use one_on_one::domain::meeting::{Meeting, MeetingStatus, Venue};
use one_on_one::domain::person::{Person, Stage};
use one_on_one::domain::record::Meta;
use one_on_one::domain::text::matches_all_words;

#[test]
fn stages_follow_meetings_engagement_and_commitments() {
    assert_eq!(
        Stage::of(0, 3, Some(5)),
        Stage::NotYetMet,
        "no one-on-one yet"
    );
    assert_eq!(Stage::of(1, 0, None), Stage::Met);
    assert_eq!(Stage::of(1, 0, Some(2)), Stage::Met);
    assert_eq!(
        Stage::of(1, 1, Some(1)),
        Stage::Active,
        "an open commitment"
    );
    assert_eq!(Stage::of(2, 0, Some(3)), Stage::Active);
    assert_eq!(Stage::of(2, 0, Some(5)), Stage::Leader);
}

#[test]
fn a_person_is_found_by_any_detail() {
    let mut dolores = Person::new("p1", "Dolores Núñez", 0);
    dolores.organizations = vec!["Local 12".into()];
    dolores.tags = vec!["transit".into()];
    dolores.skills = vec!["public speaking".into()];
    dolores.notes = "Night-shift nurse; childcare is hard".into();
    dolores.email = "dolores@example.org".into();
    let text = dolores.search_text();
    for query in [
        "nunez",
        "local 12",
        "transit",
        "speak",
        "child",
        "dolores@example",
        "nurse night",
    ] {
        assert!(
            matches_all_words(query, &text),
            "{query} should find Dolores"
        );
    }
    assert!(!matches_all_words("teacher", &text));
}

#[test]
fn an_old_person_record_without_the_newer_fields_still_reads() {
    let stored = r#"{"meta":{"id":"p1","created_at":1,"updated_at":2,"schema":1},"name":"Ana"}"#;
    let person: Person = serde_json::from_str(stored).unwrap();
    assert_eq!(person.name, "Ana");
    assert!(person.tags.is_empty() && person.referred_by.is_none());
}

#[test]
fn a_meeting_ends_its_planned_length_after_it_starts() {
    let mut meeting = Meeting {
        meta: Meta::new("m1", 0),
        person_id: "p1".into(),
        purpose: String::new(),
        hoped_outcomes: String::new(),
        planned_minutes: 45,
        starts_at: None,
        venue: Venue::Phone("555-0100".into()),
        request_channel: Default::default(),
        request_message: None,
        introduction_message: None,
        guide_id: None,
        status: MeetingStatus::Planned,
        live: Default::default(),
        debrief: None,
        sensitive: Vec::new(),
    };
    assert_eq!(meeting.ends_at(), None);
    meeting.starts_at = Some(1_000);
    assert_eq!(meeting.ends_at(), Some(1_000 + 45 * 60_000));
    assert!(meeting.status.is_upcoming());
    assert!(!MeetingStatus::Held.is_upcoming() && !MeetingStatus::Declined.is_upcoming());
    let json = serde_json::to_value(&meeting).unwrap();
    assert_eq!(
        json["venue"],
        serde_json::json!({"kind": "phone", "detail": "555-0100"})
    );
    assert_eq!(
        json["person_id"], "p1",
        "the by_person index reads this field"
    );
}
