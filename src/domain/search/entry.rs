//! What the index keeps of each record: its searchable fields, each weighted by how telling a
//! match there is, and the few facts the filters need.

use std::collections::HashMap;

use super::words::word_ranges;
use crate::domain::meeting::{Meeting, MeetingStatus};
use crate::domain::next_step::{NextStep, Owner, StepKind};
use crate::domain::person::Person;
use crate::domain::sensitive::{self, is_marked, shareable};
use crate::domain::text::fold_into;

/// A sensitive step's title in results.
pub const MASKED_STEP: &str = "A sensitive step";

/// The three kinds of result, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Person,
    Meeting,
    FollowUp,
}

/// How telling a match in a field is; a result's rank adds up the best weight of each word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    /// A meeting or follow-up of a person whose name, tags or organizations match.
    Context = 1,
    /// Notes, sparks, stories: words deep in free text.
    Note = 2,
    /// Contact details, a meeting's purpose, an ask, a next step's text.
    Detail = 3,
    /// Tags, organizations, skills.
    Label = 4,
    /// The person's name.
    Name = 5,
}

/// One searchable field: "Skills", "nurse, bus driver".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub weight: Weight,
    pub label: &'static str,
    pub text: String,
    /// Marked sensitive (`domain::sensitive`): found, but never shown in a snippet.
    pub sensitive: bool,
}

/// A record as the index sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub id: String,
    /// The person it concerns (itself, for a person).
    pub person_id: String,
    /// What a result shows as its title: a name, a purpose, a step.
    pub title: String,
    /// The date it is ranked and filtered by (UTC ms): last contact, meeting start, due date.
    pub when: i64,
    pub updated_at: i64,
    pub fields: Vec<Field>,
    /// A person's tags, as written.
    pub tags: Vec<String>,
    /// For a person: their engagement; for the others, `None`.
    pub engagement: Option<u8>,
    /// A held meeting, which counts towards its person's stage.
    pub held: bool,
    /// An open next step or check-in.
    pub open: bool,
    /// An open commitment the person made, which counts towards their stage.
    pub their_commitment: bool,
}

impl Entry {
    fn new(
        kind: Kind,
        id: &str,
        person_id: &str,
        title: String,
        when: i64,
        updated_at: i64,
    ) -> Self {
        Entry {
            kind,
            id: id.to_owned(),
            person_id: person_id.to_owned(),
            title,
            when,
            updated_at,
            fields: Vec::new(),
            tags: Vec::new(),
            engagement: None,
            held: false,
            open: false,
            their_commitment: false,
        }
    }

    fn field(&mut self, weight: Weight, label: &'static str, text: impl Into<String>) {
        self.marked_field(weight, label, text, false);
    }

    fn marked_field(
        &mut self,
        weight: Weight,
        label: &'static str,
        text: impl Into<String>,
        sensitive: bool,
    ) {
        let text = text.into();
        if !text.trim().is_empty() {
            self.fields.push(Field {
                weight,
                label,
                text,
                sensitive,
            });
        }
    }

    pub fn of_person(person: &Person) -> Entry {
        let when = person.last_contact_at.unwrap_or(person.meta.created_at);
        let mut entry = Entry::new(
            Kind::Person,
            &person.meta.id,
            &person.meta.id,
            person.name.clone(),
            when,
            person.meta.updated_at,
        );
        entry.field(Weight::Name, "Name", &*person.name);
        entry.field(Weight::Label, "Tags", person.tags.join(", "));
        entry.field(
            Weight::Label,
            "Organizations",
            person.organizations.join(", "),
        );
        entry.field(Weight::Label, "Skills", person.skills.join(", "));
        entry.field(Weight::Detail, "Phone", &*person.phone);
        entry.field(Weight::Detail, "Phone", digits_only(&person.phone));
        entry.field(Weight::Detail, "Email", &*person.email);
        entry.field(Weight::Detail, "Contact", &*person.other_contact);
        entry.field(Weight::Note, "How we met", &*person.how_we_met);
        let notes_marked = is_marked(&person.sensitive, sensitive::NOTES);
        entry.marked_field(Weight::Note, "Notes", &*person.notes, notes_marked);
        entry.tags = person.tags.iter().map(|t| t.trim().to_owned()).collect();
        entry.engagement = person.engagement;
        entry
    }

    pub fn of_meeting(meeting: &Meeting) -> Entry {
        let when = meeting
            .starts_at
            .or(meeting.live.started_at)
            .unwrap_or(meeting.meta.created_at);
        let mut entry = Entry::new(
            Kind::Meeting,
            &meeting.meta.id,
            &meeting.person_id,
            shareable(&meeting.sensitive, sensitive::PURPOSE, &meeting.purpose)
                .unwrap_or_default()
                .to_owned(),
            when,
            meeting.meta.updated_at,
        );
        let marked = |field| meeting.is_marked(field);
        entry.marked_field(
            Weight::Detail,
            "Purpose",
            &*meeting.purpose,
            marked(sensitive::PURPOSE),
        );
        entry.field(Weight::Detail, "Place", meeting.venue.detail());
        entry.marked_field(
            Weight::Note,
            "Hoped-for outcomes",
            &*meeting.hoped_outcomes,
            marked(sensitive::HOPED_OUTCOMES),
        );
        match &meeting.debrief {
            // The debrief was drafted from the live capture and is what the organizer kept of it.
            Some(debrief) => {
                for ask in &debrief.asks {
                    entry.marked_field(Weight::Detail, "Ask", &*ask.text, marked(sensitive::ASKS));
                }
                for (label, text, field) in [
                    ("Sparks", &debrief.sparks, sensitive::DEBRIEF_SPARKS),
                    ("Their story", &debrief.story, sensitive::DEBRIEF_STORY),
                    (
                        "To remember",
                        &debrief.remember,
                        sensitive::DEBRIEF_REMEMBER,
                    ),
                ] {
                    entry.marked_field(Weight::Note, label, &**text, marked(field));
                }
            }
            None => {
                let live = &meeting.live;
                let sparks_marked = marked(sensitive::LIVE_SPARKS);
                entry.marked_field(Weight::Note, "Sparks", &*live.sparks, sparks_marked);
                let notes_marked = marked(sensitive::LIVE_NOTES);
                for asked in live.asked.iter().filter(|a| !a.note.trim().is_empty()) {
                    entry.marked_field(Weight::Note, "Note", &*asked.note, notes_marked);
                }
            }
        }
        entry.held = meeting.status == MeetingStatus::Held;
        entry
    }

    /// A step, as the organizer named `me` on the team (none off a team) sees it: a task
    /// given to a teammate is labelled theirs, not "Your task".
    pub fn of_step(step: &NextStep, me: Option<&str>) -> Entry {
        let when = step.due_at.unwrap_or(step.meta.created_at);
        let mut entry = Entry::new(
            Kind::FollowUp,
            &step.meta.id,
            &step.person_id,
            shareable(&step.sensitive, sensitive::STEP_TEXT, &step.text)
                .unwrap_or(MASKED_STEP)
                .to_owned(),
            when,
            step.meta.updated_at,
        );
        let label = match (step.kind, step.owner) {
            (StepKind::CheckIn, _) => "Check-in",
            (StepKind::Task, Owner::Me) if !step.is_for(me) => "A teammate's task",
            (StepKind::Task, Owner::Me) => "Your task",
            (StepKind::Task, Owner::Them) => "Their commitment",
        };
        let text_marked = is_marked(&step.sensitive, sensitive::STEP_TEXT);
        entry.marked_field(Weight::Detail, label, &*step.text, text_marked);
        entry.open = step.is_open();
        entry.their_commitment = step.is_their_commitment();
        entry
    }

    /// Every distinct folded word with the best weight it has in this entry, sorted by word.
    pub(super) fn terms(&self) -> Vec<(String, Weight)> {
        let mut best: HashMap<String, Weight> = HashMap::new();
        let mut folded = String::new();
        for field in &self.fields {
            for range in word_ranges(&field.text) {
                fold_into(&field.text[range], &mut folded);
                match best.get_mut(folded.as_str()) {
                    Some(weight) => *weight = (*weight).max(field.weight),
                    None => {
                        best.insert(folded.clone(), field.weight);
                    }
                }
            }
        }
        let mut terms: Vec<(String, Weight)> = best.into_iter().collect();
        terms.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        terms
    }
}

/// "(555) 010-2030" as "5550102030", so a number is found however it was typed.
fn digits_only(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let already_one_word = phone.chars().all(|c| c.is_ascii_digit() || c == '+');
    if already_one_word {
        String::new()
    } else {
        digits
    }
}
