//! A person the organizer builds a relationship with, and the stage that relationship is at.

use serde::{Deserialize, Serialize};

use super::person_link::PersonLink;
use super::record::Meta;

/// How the person likes to be reached.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    #[default]
    Unknown,
    InPerson,
    Call,
    Text,
    Email,
    Social,
}

impl Channel {
    pub const ALL: [Channel; 6] = [
        Channel::Unknown,
        Channel::InPerson,
        Channel::Call,
        Channel::Text,
        Channel::Email,
        Channel::Social,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Channel::Unknown => "Not known yet",
            Channel::InPerson => "In person",
            Channel::Call => "Phone call",
            Channel::Text => "Text message",
            Channel::Email => "Email",
            Channel::Social => "Social media",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub meta: Meta,
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    /// Any other way to reach them (a handle, an address).
    #[serde(default)]
    pub other_contact: String,
    #[serde(default)]
    pub preferred_channel: Channel,
    #[serde(default)]
    pub organizations: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub skills: Vec<String>,
    /// How you know them.
    #[serde(default)]
    pub how_we_met: String,
    /// The person who referred them, by id.
    #[serde(default)]
    pub referred_by: Option<String>,
    /// The people the organizer linked them to by hand, drawn on the map.
    #[serde(default)]
    pub links: Vec<PersonLink>,
    #[serde(default)]
    pub notes: String,
    /// 1 (least) to 5 (most); labels are the organizer's, in settings.
    #[serde(default)]
    pub engagement: Option<u8>,
    /// When you were last in touch, for sorting by most recent contact.
    #[serde(default)]
    pub last_contact_at: Option<i64>,
    /// The fields marked sensitive (`domain::sensitive`): only `notes` so far.
    #[serde(default)]
    pub sensitive: Vec<String>,
    /// Shared with the team this phone syncs with: the person, their one-on-ones and next
    /// steps go to the team's server. Always written, so turning it off is a part the merge
    /// carries like any other (records from before it read as not shared).
    #[serde(default)]
    pub shared: bool,
    /// On a team, the organizer who holds the relationship (their user name on the team's
    /// server); set to whoever shares the person first, handed over on their page.
    #[serde(default)]
    pub held_by: Option<String>,
}

crate::impl_record!(Person, "people");

impl Person {
    pub fn new(id: impl Into<String>, name: impl Into<String>, now_ms: i64) -> Self {
        Self {
            meta: Meta::new(id, now_ms),
            name: name.into(),
            phone: String::new(),
            email: String::new(),
            other_contact: String::new(),
            preferred_channel: Channel::Unknown,
            organizations: Vec::new(),
            tags: Vec::new(),
            skills: Vec::new(),
            how_we_met: String::new(),
            referred_by: None,
            links: Vec::new(),
            notes: String::new(),
            engagement: None,
            last_contact_at: None,
            sensitive: Vec::new(),
            shared: false,
            held_by: None,
        }
    }

    /// Everything a search of the people list looks through, as one text.
    pub fn search_text(&self) -> String {
        [
            self.name.as_str(),
            &self.phone,
            &self.email,
            &self.other_contact,
            &self.organizations.join(" "),
            &self.tags.join(" "),
            &self.skills.join(" "),
            &self.how_we_met,
            &self.notes,
        ]
        .join(" \n ")
    }
}

/// Where a relationship stands, for filtering the people list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    NotYetMet,
    Met,
    Active,
    Leader,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::NotYetMet, Stage::Met, Stage::Active, Stage::Leader];

    pub fn label(self) -> &'static str {
        match self {
            Stage::NotYetMet => "Not yet met",
            Stage::Met => "Met",
            Stage::Active => "Active",
            Stage::Leader => "Leader",
        }
    }

    /// The rule: no one-on-one held yet is "not yet met"; engagement 5 is a leader; engagement
    /// 3 or 4, or a commitment of theirs still open, is active; anyone else met is "met".
    pub fn of(meetings_held: usize, open_commitments: usize, engagement: Option<u8>) -> Stage {
        match (meetings_held, engagement) {
            (0, _) => Stage::NotYetMet,
            (_, Some(5..)) => Stage::Leader,
            (_, Some(3..=4)) => Stage::Active,
            _ if open_commitments > 0 => Stage::Active,
            _ => Stage::Met,
        }
    }
}

/// The default names of the engagement levels 1 to 5; the organizer can rename them.
pub const DEFAULT_ENGAGEMENT_LABELS: [&str; 5] =
    ["Curious", "Interested", "Involved", "Committed", "Leading"];
