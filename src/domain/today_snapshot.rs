//! What Today last showed, kept so that the next start paints it at once while the database
//! opens (on a phone with years of notes, that takes the browser a second or more), and then
//! gives way to what the database holds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::live::Live;
use super::meeting::{Meeting, MeetingStatus, Venue};
use super::next_step::NextStep;
use super::sensitive::{self, is_marked};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TodaySnapshot {
    /// The end of the day it was taken on (`follow_ups::due_before`): on another day, what is
    /// due has changed, and the snapshot is not shown.
    pub day_ends_at: i64,
    /// The first due steps and how many are due in all.
    pub due: (Vec<NextStep>, usize),
    /// The first upcoming meetings, as far as their cards need, and how many there are.
    pub upcoming: (Vec<Meeting>, usize),
    /// The names of the people of those steps and meetings, by id.
    pub names: BTreeMap<String, String>,
}

impl TodaySnapshot {
    /// At most `first` of each list, and the meetings without the notes their cards never show
    /// (a snapshot stays a few kilobytes).
    pub fn new(
        day_ends_at: i64,
        (due, due_total): (&[NextStep], usize),
        (upcoming, upcoming_total): (&[Meeting], usize),
        name_of: impl Fn(&str) -> Option<String>,
        first: usize,
    ) -> Self {
        let due: Vec<NextStep> = due.iter().take(first).map(shareable_step).collect();
        let upcoming: Vec<Meeting> = upcoming.iter().take(first).map(card_of).collect();
        let names = due
            .iter()
            .map(|s| &s.person_id)
            .chain(upcoming.iter().map(|m| &m.person_id))
            .filter_map(|id| Some((id.clone(), name_of(id)?)))
            .collect();
        TodaySnapshot {
            day_ends_at,
            due: (due, due_total),
            upcoming: (upcoming, upcoming_total),
            names,
        }
    }

    /// Whether it was taken on the day that ends at `day_ends_at`.
    pub fn is_for(&self, day_ends_at: i64) -> bool {
        self.day_ends_at == day_ends_at
    }

    /// Whether a write to record `id` of `store` (`written`, or `None` when it was deleted)
    /// could change what Today shows: then the snapshot must not paint the next start. A write
    /// that cannot (a note typed into a meeting, a step due next month while ten sooner ones
    /// are shown) leaves it be. A list's total may still be one off until the database answers.
    pub fn is_outdated_by(&self, store: &str, id: &str, written: Option<&Value>) -> bool {
        match store {
            "people" => self.names.get(id).is_some_and(|shown| {
                written.and_then(|person| person["name"].as_str()) != Some(shown)
            }),
            "next_steps" => self.step_outdated_by(id, written),
            "meetings" => self.meeting_outdated_by(id, written),
            _ => false,
        }
    }

    fn step_outdated_by(&self, id: &str, written: Option<&Value>) -> bool {
        let (shown, total) = &self.due;
        if shown.iter().any(|step| step.meta.id == id) {
            return true;
        }
        let Some(step) = written.and_then(|s| NextStep::deserialize(s).ok()) else {
            return false;
        };
        let due_today =
            step.done_at.is_none() && step.due_at.is_some_and(|at| at < self.day_ends_at);
        due_today
            && joins(shown.len(), *total, || {
                shown.last().and_then(|last| last.due_at) >= step.due_at
            })
    }

    fn meeting_outdated_by(&self, id: &str, written: Option<&Value>) -> bool {
        let (shown, total) = &self.upcoming;
        let card = written.and_then(|m| Card::deserialize(m).ok());
        if let Some(was) = shown.iter().find(|m| m.meta.id == id) {
            return card.as_ref() != Some(&Card::of(was));
        }
        let Some(card) = card.filter(|card| card.status.is_upcoming()) else {
            return false;
        };
        // Dated meetings come soonest first, the undated after them.
        joins(shown.len(), *total, || {
            let last = shown.last().and_then(|last| last.starts_at);
            last.is_none() || card.starts_at.is_some_and(|at| Some(at) <= last)
        })
    }
}

/// Whether a record now in a list of which `shown` of `total` are shown would be among them:
/// always while all are shown, else when it `sorts_before_the_last` one shown.
fn joins(shown: usize, total: usize, sorts_before_the_last: impl FnOnce() -> bool) -> bool {
    shown >= total || sorts_before_the_last()
}

/// What a meeting's card shows, read off a stored meeting without its notes: the fields
/// [`card_of`] keeps (a field added to one belongs in the other).
#[derive(Debug, PartialEq, Deserialize)]
struct Card {
    person_id: String,
    planned_minutes: u32,
    #[serde(default)]
    starts_at: Option<i64>,
    #[serde(default)]
    venue: Venue,
    #[serde(default)]
    status: MeetingStatus,
}

impl Card {
    fn of(meeting: &Meeting) -> Card {
        Card {
            person_id: meeting.person_id.clone(),
            planned_minutes: meeting.planned_minutes,
            starts_at: meeting.starts_at,
            venue: meeting.venue.clone(),
            status: meeting.status,
        }
    }
}

/// `meeting` as far as a card shows it: with whom, when, how long, where and its status (the
/// fields of [`Card`], which tells whether a write changed them).
/// A step as the snapshot keeps it: a sensitive text left out (Today shows it masked anyway).
fn shareable_step(step: &NextStep) -> NextStep {
    let mut kept = step.clone();
    if is_marked(&step.sensitive, sensitive::STEP_TEXT) {
        kept.text = String::new();
    }
    kept
}

fn card_of(meeting: &Meeting) -> Meeting {
    Meeting {
        purpose: String::new(),
        hoped_outcomes: String::new(),
        request_message: None,
        introduction_message: None,
        guide_id: None,
        live: Live::default(),
        debrief: None,
        ..meeting.clone()
    }
}
