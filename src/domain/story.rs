//! A relationship at a glance, and the lists Today is made of: computed from people, meetings
//! and next steps, with the time passed in.

use std::collections::{HashMap, HashSet};

use super::assessments::{history, Assessment};
use super::commitments::{commitments_of, FollowThrough};
use super::meeting::{Meeting, MeetingStatus};
use super::next_step::{NextStep, Owner, StepKind};
use super::people_list::{rows, Fact, PersonCard, Row};
use super::person::{Person, Stage};

/// Someone mentioned in a story, by id and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub id: String,
    pub name: String,
}

impl Link {
    fn of(person: &Person) -> Link {
        Link {
            id: person.meta.id.clone(),
            name: person.name.clone(),
        }
    }
}

/// One person's relationship: meetings, commitments both ways and how they kept theirs,
/// referrals, the next check-in, and their engagement over time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Story {
    /// Still ahead, soonest first; undated ones last.
    pub upcoming: Vec<Meeting>,
    /// Held or declined, most recent first.
    pub past: Vec<Meeting>,
    pub their_commitments: Vec<NextStep>,
    pub my_tasks: Vec<NextStep>,
    pub next_check_in: Option<NextStep>,
    pub referred_by: Option<Link>,
    pub referrals: Vec<Link>,
    pub stage: Stage,
    /// How they keep what they take on (`domain::commitments`).
    pub follow_through: FollowThrough,
    /// Their engagement as each debrief assessed it, oldest first.
    pub engagement_history: Vec<Assessment>,
}

/// Sorts meetings still ahead: dated ones by start, then undated ones by when they were planned.
pub fn sort_upcoming(meetings: &mut [Meeting]) {
    meetings.sort_by_key(|m| (m.starts_at.is_none(), m.starts_at, m.meta.created_at));
}

/// When a meeting happened or was meant to, for ordering past ones.
fn when(meeting: &Meeting) -> i64 {
    meeting.starts_at.unwrap_or(meeting.meta.updated_at)
}

/// Open steps soonest due first; undated ones last.
fn sort_by_due(steps: &mut [NextStep]) {
    steps.sort_by_key(|s| (s.due_at.is_none(), s.due_at, s.meta.created_at));
}

pub fn story(
    person: &Person,
    meetings: &[Meeting],
    steps: &[NextStep],
    people: &[Person],
) -> Story {
    let id = &person.meta.id;
    let theirs = |m: &&Meeting| &m.person_id == id;
    let mut upcoming: Vec<Meeting> = meetings
        .iter()
        .filter(theirs)
        .filter(|m| m.status.is_upcoming())
        .cloned()
        .collect();
    sort_upcoming(&mut upcoming);
    let mut past: Vec<Meeting> = meetings
        .iter()
        .filter(theirs)
        .filter(|m| !m.status.is_upcoming())
        .cloned()
        .collect();
    past.sort_by_key(|m| std::cmp::Reverse(when(m)));

    let mut open: Vec<NextStep> = steps
        .iter()
        .filter(|s| &s.person_id == id && s.is_open())
        .cloned()
        .collect();
    sort_by_due(&mut open);
    let next_check_in = open.iter().find(|s| s.kind == StepKind::CheckIn).cloned();
    let their_commitments: Vec<NextStep> = open
        .iter()
        .filter(|s| s.is_their_commitment())
        .cloned()
        .collect();
    let my_tasks = open
        .iter()
        .filter(|s| s.owner == Owner::Me && s.kind == StepKind::Task)
        .cloned()
        .collect();

    let referred_by = person
        .referred_by
        .as_ref()
        .and_then(|by| people.iter().find(|p| &p.meta.id == by))
        .map(Link::of);
    let mut referrals: Vec<Link> = people
        .iter()
        .filter(|p| p.referred_by.as_ref() == Some(id))
        .map(Link::of)
        .collect();
    referrals.sort_by_key(|l| l.name.to_lowercase());

    let held = past
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .count();
    Story {
        stage: Stage::of(held, their_commitments.len(), person.engagement),
        follow_through: FollowThrough::of(&commitments_of(id, meetings, steps)),
        engagement_history: history(id, meetings),
        upcoming,
        past,
        their_commitments,
        my_tasks,
        next_check_in,
        referred_by,
        referrals,
    }
}

/// Every person's stage, by id, counting held meetings and their open commitments (the People
/// list's rule, over whole records).
pub fn stages(
    people: &[Person],
    meetings: &[Meeting],
    steps: &[NextStep],
) -> HashMap<String, Stage> {
    listed(people, meetings, steps)
        .into_iter()
        .map(|row| (row.card.id, row.stage))
        .collect()
}

/// `people` as the People list shows them, from whole records.
fn listed(people: &[Person], meetings: &[Meeting], steps: &[NextStep]) -> Vec<Row> {
    let cards: Vec<PersonCard> = people.iter().map(PersonCard::of).collect();
    let facts: Vec<Fact> = meetings
        .iter()
        .filter_map(Fact::of_meeting)
        .chain(steps.iter().filter_map(Fact::of_step))
        .collect();
    rows(&cards, &facts)
}

/// Meetings still ahead across everyone, soonest first.
pub fn upcoming_meetings(meetings: &[Meeting]) -> Vec<Meeting> {
    let mut upcoming: Vec<Meeting> = meetings
        .iter()
        .filter(|m| m.status.is_upcoming())
        .cloned()
        .collect();
    sort_upcoming(&mut upcoming);
    upcoming
}

/// People with no one-on-one held and none planned: the ones referred to you first, then the
/// most recently added.
pub fn waiting_for_first_meeting(people: &[Person], meetings: &[Meeting]) -> Vec<Person> {
    let met_or_planned: HashSet<&str> = meetings
        .iter()
        .filter(|m| m.status.is_held_or_upcoming())
        .map(|m| m.person_id.as_str())
        .collect();
    waiting_among(people, &met_or_planned)
}

/// [`waiting_for_first_meeting`], given the ids of people with a meeting held or planned.
pub fn waiting_among(people: &[Person], met_or_planned: &HashSet<&str>) -> Vec<Person> {
    let mut waiting: Vec<Person> = people
        .iter()
        .filter(|p| !met_or_planned.contains(p.meta.id.as_str()))
        .cloned()
        .collect();
    waiting.sort_by_key(|p| {
        (
            p.referred_by.is_none(),
            std::cmp::Reverse(p.meta.created_at),
        )
    });
    waiting
}

/// A planned meeting whose end has passed without being marked held, declined or rescheduled.
pub fn is_overdue(meeting: &Meeting, now_ms: i64) -> bool {
    meeting.status.is_upcoming() && meeting.ends_at().is_some_and(|end| end < now_ms)
}

/// When each person was last in touch: the later of their recorded last contact and the start
/// of their latest held one-on-one; people never in touch fall back to when they were added.
pub fn last_contacts(people: &[Person], meetings: &[Meeting]) -> HashMap<String, i64> {
    listed(people, meetings, &[])
        .into_iter()
        .map(|row| (row.card.id, row.last_contact))
        .collect()
}
