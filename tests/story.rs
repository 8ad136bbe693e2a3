//! A relationship at a glance and the lists on Today, from plain records.

use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::person::{Person, Stage};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::story::{
    is_overdue, stages, story, upcoming_meetings, waiting_for_first_meeting,
};

fn meeting(id: &str, person: &str, status: MeetingStatus, starts_at: Option<i64>) -> Meeting {
    let mut meeting = Meeting::new(id, person, &Profile::new(0), 0);
    meeting.status = status;
    meeting.starts_at = starts_at;
    meeting
}

fn step(id: &str, person: &str, owner: Owner, kind: StepKind, due_at: Option<i64>) -> NextStep {
    NextStep {
        meta: Meta::new(id, 0),
        person_id: person.into(),
        meeting_id: None,
        text: format!("step {id}"),
        owner,
        kind,
        due_at,
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

fn ids<T>(items: &[T], id: fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| id(i).to_owned()).collect()
}

#[test]
fn a_story_splits_meetings_commitments_and_referrals() {
    let ana = Person::new("ana", "Ana", 0);
    let mut ben = Person::new("ben", "Ben", 0);
    ben.referred_by = Some("ana".into());
    let mut cy = Person::new("cy", "Cy", 0);
    cy.referred_by = Some("ana".into());
    let people = [ana.clone(), ben, cy, Person::new("dee", "Dee", 0)];
    let meetings = [
        meeting("later", "ana", MeetingStatus::Confirmed, Some(3_000)),
        meeting("undated", "ana", MeetingStatus::Planned, None),
        meeting("soon", "ana", MeetingStatus::Requested, Some(2_000)),
        meeting("old", "ana", MeetingStatus::Held, Some(100)),
        meeting("newer", "ana", MeetingStatus::Declined, Some(500)),
        meeting("someone else's", "ben", MeetingStatus::Planned, Some(1)),
    ];
    let mut done = step("done", "ana", Owner::Them, StepKind::Task, Some(1));
    done.done_at = Some(5);
    let steps = [
        step("theirs-late", "ana", Owner::Them, StepKind::Task, Some(900)),
        step("theirs-soon", "ana", Owner::Them, StepKind::Task, Some(100)),
        step("mine", "ana", Owner::Me, StepKind::Task, None),
        step(
            "check-in-late",
            "ana",
            Owner::Me,
            StepKind::CheckIn,
            Some(9_000),
        ),
        step("check-in", "ana", Owner::Me, StepKind::CheckIn, Some(8_000)),
        step("ben's", "ben", Owner::Them, StepKind::Task, Some(1)),
        done,
    ];
    let told = story(&ana, &meetings, &steps, &people);
    assert_eq!(
        ids(&told.upcoming, |m| &m.meta.id),
        ["soon", "later", "undated"]
    );
    assert_eq!(ids(&told.past, |m| &m.meta.id), ["newer", "old"]);
    assert_eq!(
        ids(&told.their_commitments, |s| &s.meta.id),
        ["theirs-soon", "theirs-late"]
    );
    assert_eq!(ids(&told.my_tasks, |s| &s.meta.id), ["mine"]);
    assert_eq!(
        told.next_check_in.map(|s| s.meta.id),
        Some("check-in".to_owned())
    );
    assert_eq!(ids(&told.referrals, |l| &l.name), ["Ben", "Cy"]);
    assert_eq!(told.referred_by, None);
    assert_eq!(told.stage, Stage::Active, "met once, with open commitments");
}

#[test]
fn stages_count_held_meetings_and_open_commitments() {
    let mut leader = Person::new("lead", "Lea", 0);
    leader.engagement = Some(5);
    let people = [
        Person::new("new", "Nia", 0),
        Person::new("met", "Mo", 0),
        Person::new("busy", "Bo", 0),
        leader,
    ];
    let meetings = [
        meeting("m1", "met", MeetingStatus::Held, None),
        meeting("m2", "busy", MeetingStatus::Held, None),
        meeting("m3", "lead", MeetingStatus::Held, None),
        meeting("m4", "new", MeetingStatus::Declined, None),
    ];
    let steps = [step("s", "busy", Owner::Them, StepKind::Task, None)];
    let stages = stages(&people, &meetings, &steps);
    assert_eq!(
        stages["new"],
        Stage::NotYetMet,
        "a declined meeting is not a meeting held"
    );
    assert_eq!(stages["met"], Stage::Met);
    assert_eq!(stages["busy"], Stage::Active);
    assert_eq!(stages["lead"], Stage::Leader);
}

#[test]
fn today_lists_upcoming_meetings_and_people_still_waiting() {
    let mut referred = Person::new("referred", "Rae", 1);
    referred.referred_by = Some("met".into());
    let people = [
        Person::new("planned", "Pat", 3),
        Person::new("met", "Mo", 2),
        Person::new("fresh", "Fay", 4),
        referred,
    ];
    let meetings = [
        meeting("p", "planned", MeetingStatus::Planned, Some(10)),
        meeting("h", "met", MeetingStatus::Held, Some(1)),
        meeting("r", "fresh", MeetingStatus::Rescheduled, Some(5)),
    ];
    assert_eq!(
        ids(&upcoming_meetings(&meetings), |m| &m.meta.id),
        ["r", "p"]
    );
    let waiting = waiting_for_first_meeting(&people[..3], &meetings[..2]);
    assert_eq!(ids(&waiting, |p| &p.meta.id), ["fresh"]);
    let waiting = waiting_for_first_meeting(&people, &meetings[..2]);
    assert_eq!(
        ids(&waiting, |p| &p.meta.id),
        ["referred", "fresh"],
        "referred people first"
    );
}

#[test]
fn a_planned_meeting_is_overdue_once_its_planned_end_has_passed() {
    let mut planned = meeting("m", "p", MeetingStatus::Confirmed, Some(0));
    planned.planned_minutes = 30;
    assert!(!is_overdue(&planned, 30 * 60_000));
    assert!(is_overdue(&planned, 30 * 60_000 + 1));
    planned.status = MeetingStatus::Held;
    assert!(!is_overdue(&planned, i64::MAX));
    assert!(!is_overdue(
        &meeting("u", "p", MeetingStatus::Planned, None),
        i64::MAX
    ));
}

#[test]
fn the_last_contact_is_the_latest_held_meeting_or_recorded_contact() {
    use one_on_one::domain::story::last_contacts;
    let mut noted = Person::new("noted", "No", 10);
    noted.last_contact_at = Some(9_000);
    let people = [
        Person::new("held", "He", 10),
        noted,
        Person::new("never", "Ne", 10),
    ];
    let meetings = [
        meeting("a", "held", MeetingStatus::Held, Some(5_000)),
        meeting("b", "held", MeetingStatus::Held, Some(7_000)),
        meeting("c", "held", MeetingStatus::Confirmed, Some(99_000)),
        meeting("d", "noted", MeetingStatus::Held, Some(8_000)),
    ];
    let last = last_contacts(&people, &meetings);
    assert_eq!(last["held"], 7_000, "a planned meeting is not contact yet");
    assert_eq!(last["noted"], 9_000);
    assert_eq!(last["never"], 10, "never in touch: when they were added");
}

#[test]
fn a_story_tells_their_follow_through_and_engagement_over_time() {
    use one_on_one::domain::commitments::{end_step, Outcome};
    let ana = Person::new("ana", "Ana", 0);
    let mut first = meeting("m1", "ana", MeetingStatus::Held, Some(100));
    first.debrief_mut().engagement = Some(2);
    let mut second = meeting("m2", "ana", MeetingStatus::Held, Some(200));
    second.debrief_mut().engagement = Some(4);
    let mut kept = step("kept", "ana", Owner::Them, StepKind::Task, None);
    end_step(&mut kept, Some(Outcome::Kept), 150);
    let mut broken = step("broken", "ana", Owner::Them, StepKind::Task, None);
    end_step(&mut broken, Some(Outcome::Broken), 150);
    let open = step("open", "ana", Owner::Them, StepKind::Task, None);
    let told = story(&ana, &[second, first], &[kept, broken, open], &[]);
    assert_eq!(
        told.follow_through.summary().as_deref(),
        Some("Kept 1 of 2 commitments · 1 broken · 1 open")
    );
    assert_eq!(
        told.engagement_history
            .iter()
            .map(|a| a.level)
            .collect::<Vec<_>>(),
        [2, 4]
    );
    // Only the open one is still theirs to do.
    assert_eq!(ids(&told.their_commitments, |s| &s.meta.id), ["open"]);
}
