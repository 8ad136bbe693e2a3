//! The summary handed on to a teammate: the story in plain text, with nothing marked sensitive
//! and no phone or email unless asked for.
#![cfg(not(target_arch = "wasm32"))]

use chrono_tz::America::New_York;
use one_on_one::domain::debrief::{Answer, Ask, Debrief};
use one_on_one::domain::hand_on::{summary, HandOn};
use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::outcome::Outcome;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::sensitive::{ASKS, DEBRIEF_SPARKS, STEP_TEXT};
use one_on_one::domain::story::{story, Story};
use one_on_one::domain::when::from_input;

fn at(text: &str) -> i64 {
    from_input(text, &New_York).unwrap()
}

fn held(id: &str, when: &str, sparks: &str, asks: Vec<Ask>) -> Meeting {
    let mut meeting = Meeting::new(id, "ana", &Profile::new(0), 0);
    meeting.status = MeetingStatus::Held;
    meeting.starts_at = Some(at(when));
    meeting.debrief = Some(Debrief {
        sparks: sparks.into(),
        asks,
        ..Debrief::default()
    });
    meeting
}

fn ask(id: &str, text: &str, answer: Answer, outcome: Option<Outcome>) -> Ask {
    Ask {
        id: id.into(),
        text: text.into(),
        answer: Some(answer),
        outcome,
    }
}

fn theirs(id: &str, text: &str, kind: StepKind, due: &str) -> NextStep {
    NextStep {
        meta: Meta::new(id, 0),
        person_id: "ana".into(),
        meeting_id: None,
        text: text.into(),
        owner: Owner::Them,
        kind,
        due_at: Some(at(due)),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

fn tell(person: &Person, told: &Story, contact: bool) -> String {
    summary(
        person,
        told,
        &Profile::new(0),
        &New_York,
        HandOn { contact },
    )
}

fn people() -> (Person, Vec<Person>) {
    let mut ana = Person::new("ana", "Ana Núñez", 0);
    ana.phone = "+1 555 0100".into();
    ana.email = "ana@example.org".into();
    ana.organizations = vec!["Tenants union".into(), "Local 12".into()];
    ana.how_we_met = "Food bank line".into();
    ana.referred_by = Some("bo".into());
    ana.engagement = Some(4);
    ana.notes = "Her landlord's name is Mr Pike".into();
    let bo = Person::new("bo", "Bo Chen", 0);
    (ana.clone(), vec![ana, bo])
}

#[test]
fn the_summary_tells_the_story_in_plain_words() {
    let (ana, everyone) = people();
    let meetings = [
        held(
            "m1",
            "2026-03-02T18:00",
            "Her kids' school",
            vec![ask(
                "a1",
                "Come to the rent meeting",
                Answer::Yes,
                Some(Outcome::Kept),
            )],
        ),
        held(
            "m2",
            "2026-05-04T18:30",
            "The rent going up",
            vec![ask("a2", "Host a house meeting", Answer::Maybe, None)],
        ),
    ];
    let steps = [
        theirs(
            "s1",
            "Bring two neighbours",
            StepKind::Task,
            "2026-05-12T12:00",
        ),
        NextStep {
            owner: Owner::Me,
            ..theirs(
                "s2",
                "Call about the house meeting",
                StepKind::CheckIn,
                "2026-05-20T12:00",
            )
        },
    ];
    let told = story(&ana, &meetings, &steps, &everyone);
    let text = tell(&ana, &told, false);
    assert_eq!(
        text,
        "Ana Núñez\n\
         Organizations: Tenants union; Local 12\n\
         How we met: Food bank line\n\
         Referred by: Bo Chen\n\
         Where they stand: Active, engagement 4 · Committed\n\
         One-on-ones: 2 held, the last on 4 May 2026\n\
         What moves them: The rent going up\n\
         Asked:\n\
         - Host a house meeting: Maybe (4 May 2026)\n\
         - Come to the rent meeting: Yes (2 Mar 2026)\n\
         Follow-through: Kept 1 of 1 commitment · 1 open\n\
         They said they would:\n\
         - Bring two neighbours (by 12 May 2026)\n\
         Next check-in: Call about the house meeting (by 20 May 2026)"
    );
    assert!(!text.contains("Pike"), "the organizer's own notes stay");
    assert!(!text.contains("555"), "no phone unless asked for");
    let with_contact = tell(&ana, &told, true);
    assert!(with_contact.contains("\nPhone: +1 555 0100\nEmail: ana@example.org\n"));
}

#[test]
fn nothing_marked_sensitive_is_handed_on() {
    let (ana, everyone) = people();
    let mut secret = held(
        "m1",
        "2026-05-04T18:30",
        "Her asylum hearing",
        vec![ask("a1", "Testify at the council", Answer::Yes, None)],
    );
    secret.sensitive = vec![DEBRIEF_SPARKS.into(), ASKS.into()];
    let earlier = held("m0", "2026-01-04T18:30", "Her kids' school", Vec::new());
    let mut step = theirs("s1", "Find a lawyer", StepKind::Task, "2026-05-12T12:00");
    step.sensitive = vec![STEP_TEXT.into()];
    let told = story(&ana, &[secret, earlier], &[step], &everyone);
    let text = tell(&ana, &told, true);
    for secret in ["asylum", "Testify", "lawyer", "They said they would"] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
    assert!(
        text.contains("What moves them: Her kids' school"),
        "the latest sparks that may be told: {text}"
    );
}

#[test]
fn someone_just_added_is_their_name_and_where_they_stand() {
    let ana = Person::new("ana", "  Ana  ", 0);
    let told = story(&ana, &[], &[], std::slice::from_ref(&ana));
    let text = tell(&ana, &told, true);
    assert_eq!(text, "Ana\nWhere they stand: Not yet met");
}
