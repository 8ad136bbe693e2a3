//! The People list at any size: each person as a card (what the list shows and filters on,
//! without their notes), the facts that set their stage and last contact (one-on-ones held,
//! commitments of theirs still open), the list in order of most recent contact, and the tags
//! to filter by, one per spelling whatever its case.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::meeting::{Meeting, MeetingStatus};
use super::next_step::{is_their_commitment, NextStep, Owner, StepKind};
use super::person::{Person, Stage};
use super::person_link::PersonLink;
use super::text::fold;

/// A person as the People list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCard {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub organizations: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub engagement: Option<u8>,
    #[serde(default)]
    pub last_contact_at: Option<i64>,
    pub created_at: i64,
    /// Who referred them, by id: a tie the map draws.
    #[serde(default)]
    pub referred_by: Option<String>,
    /// The people linked from their page: ties the map draws.
    #[serde(default)]
    pub links: Vec<PersonLink>,
    /// Made with the two fields above. A card kept before they were (and not rebuilt, as in a
    /// database the lock sealed) reads false, and the map reads those ties off the person.
    #[serde(default)]
    pub has_ties: bool,
}

impl PersonCard {
    pub fn of(person: &Person) -> Self {
        Self {
            id: person.meta.id.clone(),
            name: person.name.clone(),
            organizations: person.organizations.clone(),
            tags: person.tags.clone(),
            engagement: person.engagement,
            last_contact_at: person.last_contact_at,
            created_at: person.meta.created_at,
            referred_by: person.referred_by.clone(),
            links: person.links.clone(),
            has_ties: true,
        }
    }

    /// What the list's search looks through before the whole records are read.
    pub fn search_text(&self) -> String {
        [
            self.name.as_str(),
            &self.organizations.join(" "),
            &self.tags.join(" "),
        ]
        .join(" \n ")
    }

    /// True when one of their tags is `tag`, whatever the case.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.has_folded_tag(&fold(tag))
    }

    /// [`PersonCard::has_tag`] for a tag folded already, so a filter over thousands of
    /// cards folds the tag it looks for once.
    pub fn has_folded_tag(&self, folded: &str) -> bool {
        self.tags.iter().any(|t| fold(t) == folded)
    }
}

/// What a meeting or step says about a person's place on the list.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fact {
    /// A one-on-one held with `person_id` at `at` (its start, or its last edit if it has none).
    Held {
        person_id: String,
        at: i64,
        meeting_id: String,
    },
    /// An open commitment of `person_id`'s.
    Commits { person_id: String, step_id: String },
}

impl Fact {
    pub fn of_meeting(meeting: &Meeting) -> Option<Fact> {
        Fact::held(
            meeting.status,
            &meeting.person_id,
            meeting.starts_at.unwrap_or(meeting.meta.updated_at),
            &meeting.meta.id,
        )
    }

    pub fn of_step(step: &NextStep) -> Option<Fact> {
        Fact::commits(step.is_their_commitment(), &step.person_id, &step.meta.id)
    }

    /// A meeting with `status`, with `person_id`, at `at`, says it was held, or nothing.
    fn held(status: MeetingStatus, person_id: &str, at: i64, meeting_id: &str) -> Option<Fact> {
        (status == MeetingStatus::Held).then(|| Fact::Held {
            person_id: person_id.to_owned(),
            at,
            meeting_id: meeting_id.to_owned(),
        })
    }

    fn commits(theirs: bool, person_id: &str, step_id: &str) -> Option<Fact> {
        theirs.then(|| Fact::Commits {
            person_id: person_id.to_owned(),
            step_id: step_id.to_owned(),
        })
    }

    pub fn person_id(&self) -> &str {
        match self {
            Fact::Held { person_id, .. } | Fact::Commits { person_id, .. } => person_id,
        }
    }
}

/// The id and times of a stored record, as far as the list needs them.
#[derive(Deserialize)]
struct GistMeta {
    id: String,
    #[serde(default)]
    created_at: i64,
    #[serde(default)]
    updated_at: i64,
}

/// What the list needs of a stored person, read without the rest (their notes): their card.
#[derive(Deserialize)]
pub struct PersonGist {
    meta: GistMeta,
    name: String,
    #[serde(default)]
    organizations: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    engagement: Option<u8>,
    #[serde(default)]
    last_contact_at: Option<i64>,
    #[serde(default)]
    referred_by: Option<String>,
    #[serde(default)]
    links: Vec<PersonLink>,
}

impl PersonGist {
    pub fn card(self) -> PersonCard {
        PersonCard {
            id: self.meta.id,
            name: self.name,
            organizations: self.organizations,
            tags: self.tags,
            engagement: self.engagement,
            last_contact_at: self.last_contact_at,
            created_at: self.meta.created_at,
            referred_by: self.referred_by,
            links: self.links,
            has_ties: true,
        }
    }
}

/// What the list needs of a stored meeting, read without its notes: whether it was held.
#[derive(Deserialize)]
pub struct MeetingGist {
    meta: GistMeta,
    person_id: String,
    #[serde(default)]
    status: MeetingStatus,
    #[serde(default)]
    starts_at: Option<i64>,
}

impl MeetingGist {
    pub fn fact(&self) -> Option<Fact> {
        let at = self.starts_at.unwrap_or(self.meta.updated_at);
        Fact::held(self.status, &self.person_id, at, &self.meta.id)
    }
}

/// What the list needs of a stored step: whether it is an open commitment of theirs.
#[derive(Deserialize)]
pub struct StepGist {
    meta: GistMeta,
    person_id: String,
    #[serde(default)]
    owner: Owner,
    #[serde(default)]
    kind: StepKind,
    #[serde(default)]
    done_at: Option<i64>,
}

impl StepGist {
    pub fn fact(&self) -> Option<Fact> {
        let theirs = is_their_commitment(self.done_at, self.owner, self.kind);
        Fact::commits(theirs, &self.person_id, &self.meta.id)
    }
}

/// A person on the list: their card, stage and last contact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub card: PersonCard,
    pub stage: Stage,
    pub last_contact: i64,
}

/// What `facts` say of one person: one-on-ones held, the latest, and commitments open.
#[derive(Default)]
struct Tally {
    held: usize,
    latest: Option<i64>,
    commitments: usize,
}

impl Tally {
    fn stage(&self, card: &PersonCard) -> Stage {
        Stage::of(self.held, self.commitments, card.engagement)
    }
}

fn tallies(facts: &[Fact]) -> HashMap<&str, Tally> {
    let mut tallies: HashMap<&str, Tally> = HashMap::new();
    for fact in facts {
        let tally = tallies.entry(fact.person_id()).or_default();
        match fact {
            Fact::Held { at, .. } => {
                tally.held += 1;
                tally.latest = Some(tally.latest.map_or(*at, |latest| latest.max(*at)));
            }
            Fact::Commits { .. } => tally.commitments += 1,
        }
    }
    tallies
}

/// Everyone on `cards` with their stage and last contact from `facts`, most recent contact
/// first (then by name, so the order is stable).
pub fn rows(cards: &[PersonCard], facts: &[Fact]) -> Vec<Row> {
    let tallies = tallies(facts);
    let none = Tally::default();
    let mut rows: Vec<Row> = cards
        .iter()
        .map(|card| {
            let tally = tallies.get(card.id.as_str()).unwrap_or(&none);
            let last_contact = match (card.last_contact_at, tally.latest) {
                (Some(a), Some(b)) => a.max(b),
                (a, b) => a.or(b).unwrap_or(card.created_at),
            };
            Row {
                card: card.clone(),
                stage: tally.stage(card),
                last_contact,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.last_contact
            .cmp(&a.last_contact)
            .then_with(|| a.card.name.cmp(&b.card.name))
            .then_with(|| a.card.id.cmp(&b.card.id))
    });
    rows
}

/// The stage of everyone on `cards` from `facts`, in the cards' own order (as [`rows`] gives
/// them, without copying or sorting the cards: the map reads ten thousand).
pub fn stages(cards: &[PersonCard], facts: &[Fact]) -> Vec<Stage> {
    stages_of(cards.iter().map(|c| (c.id.as_str(), c.engagement)), facts)
}

/// The stage of each of `people` (each as their id and engagement) from `facts`, in their
/// order: for the map, which draws people before their facts are read.
pub fn stages_of<'a>(
    people: impl IntoIterator<Item = (&'a str, Option<u8>)>,
    facts: &[Fact],
) -> Vec<Stage> {
    let tallies = tallies(facts);
    let none = Tally::default();
    people
        .into_iter()
        .map(|(id, engagement)| {
            let tally = tallies.get(id).unwrap_or(&none);
            Stage::of(tally.held, tally.commitments, engagement)
        })
        .collect()
}

/// Every tag on `cards`, once per spelling regardless of case ("Childcare" and "childcare" are
/// one, shown as first met in id order), sorted without regard to case.
pub fn tag_options(cards: &[PersonCard]) -> Vec<String> {
    let mut seen: HashMap<String, String> = HashMap::new();
    for tag in cards.iter().flat_map(|c| &c.tags) {
        if !tag.trim().is_empty() {
            seen.entry(fold(tag.trim()))
                .or_insert_with(|| tag.trim().to_owned());
        }
    }
    let mut tags: Vec<(String, String)> = seen.into_iter().collect();
    tags.sort();
    tags.into_iter().map(|(_, shown)| shown).collect()
}
