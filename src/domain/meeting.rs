//! A one-on-one meeting as it is planned: with whom, why, when, where, and how it was asked.

use serde::{Deserialize, Serialize};

use super::debrief::Debrief;
use super::live::Live;
use super::profile::Profile;
use super::record::Meta;
use super::request::{spoken_length, Values};
use super::sensitive::{self, is_marked, marking, shareable};

/// Where a meeting stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    #[default]
    Planned,
    Requested,
    Confirmed,
    Held,
    Declined,
    Rescheduled,
}

impl MeetingStatus {
    pub const ALL: [MeetingStatus; 6] = [
        MeetingStatus::Planned,
        MeetingStatus::Requested,
        MeetingStatus::Confirmed,
        MeetingStatus::Held,
        MeetingStatus::Declined,
        MeetingStatus::Rescheduled,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MeetingStatus::Planned => "Planned",
            MeetingStatus::Requested => "Requested",
            MeetingStatus::Confirmed => "Confirmed",
            MeetingStatus::Held => "Held",
            MeetingStatus::Declined => "Declined",
            MeetingStatus::Rescheduled => "Rescheduled",
        }
    }

    /// Held, or still ahead: the person is no longer waiting for a first one-on-one.
    pub fn is_held_or_upcoming(self) -> bool {
        self == MeetingStatus::Held || self.is_upcoming()
    }

    /// The statuses of a meeting still ahead.
    pub const UPCOMING: [MeetingStatus; 4] = [
        MeetingStatus::Planned,
        MeetingStatus::Requested,
        MeetingStatus::Confirmed,
        MeetingStatus::Rescheduled,
    ];

    /// Still ahead: shown among upcoming meetings.
    pub fn is_upcoming(self) -> bool {
        Self::UPCOMING.contains(&self)
    }

    /// The status as it is stored: "planned".
    pub fn key(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .expect("a status is stored as a string")
    }
}

/// How the request for the meeting is made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestChannel {
    InPerson,
    Call,
    #[default]
    Text,
    Email,
    Social,
    Introduction,
}

impl RequestChannel {
    pub const ALL: [RequestChannel; 6] = [
        RequestChannel::InPerson,
        RequestChannel::Call,
        RequestChannel::Text,
        RequestChannel::Email,
        RequestChannel::Social,
        RequestChannel::Introduction,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RequestChannel::InPerson => "In person",
            RequestChannel::Call => "Phone call",
            RequestChannel::Text => "Text message",
            RequestChannel::Email => "Email",
            RequestChannel::Social => "Social media",
            RequestChannel::Introduction => "Introduction by a referrer",
        }
    }
}

/// Where the meeting happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum Venue {
    /// A place: "the café on 5th".
    InPerson(String),
    Phone(String),
    Video(String),
}

impl Default for Venue {
    fn default() -> Self {
        Venue::InPerson(String::new())
    }
}

impl Venue {
    /// The place, number or link.
    pub fn detail(&self) -> &str {
        match self {
            Venue::InPerson(detail) | Venue::Phone(detail) | Venue::Video(detail) => detail,
        }
    }

    /// The same kind of venue with another detail.
    pub fn with_detail(&self, detail: String) -> Venue {
        match self {
            Venue::InPerson(_) => Venue::InPerson(detail),
            Venue::Phone(_) => Venue::Phone(detail),
            Venue::Video(_) => Venue::Video(detail),
        }
    }

    /// How the request says it: "Café Rojo", "a phone call", "a video call".
    pub fn phrase(&self) -> String {
        match self {
            Venue::InPerson(place) => place.trim().to_owned(),
            Venue::Phone(_) => "a phone call".to_owned(),
            Venue::Video(_) => "a video call".to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub meta: Meta,
    pub person_id: String,
    /// The reason shared with the person.
    #[serde(default)]
    pub purpose: String,
    /// What the organizer hopes comes of it (kept for themselves).
    #[serde(default)]
    pub hoped_outcomes: String,
    pub planned_minutes: u32,
    /// UTC milliseconds; `None` until a time is agreed.
    #[serde(default)]
    pub starts_at: Option<i64>,
    #[serde(default)]
    pub venue: Venue,
    #[serde(default)]
    pub request_channel: RequestChannel,
    /// The request as the organizer edited it; `None` while it follows the script.
    #[serde(default)]
    pub request_message: Option<String>,
    /// The note asking a referrer for an introduction; `None` while it follows the script.
    #[serde(default)]
    pub introduction_message: Option<String>,
    #[serde(default)]
    pub guide_id: Option<String>,
    #[serde(default)]
    pub status: MeetingStatus,
    /// The meeting as it happened.
    #[serde(default)]
    pub live: Live,
    /// `None` until the debrief is first edited (it is shown prefilled from `live` till then).
    #[serde(default)]
    pub debrief: Option<Debrief>,
    /// The fields marked sensitive (`domain::sensitive`): its purpose, its hoped-for outcomes.
    #[serde(default)]
    pub sensitive: Vec<String>,
}

crate::impl_record!(Meeting, "meetings");

impl Meeting {
    /// A new plan with `person_id`, using the organizer's default length and guide.
    pub fn new(
        id: impl Into<String>,
        person_id: impl Into<String>,
        profile: &Profile,
        now_ms: i64,
    ) -> Self {
        Self {
            meta: Meta::new(id, now_ms),
            person_id: person_id.into(),
            purpose: String::new(),
            hoped_outcomes: String::new(),
            planned_minutes: profile.default_length_minutes,
            starts_at: None,
            venue: Venue::default(),
            request_channel: RequestChannel::default(),
            request_message: None,
            introduction_message: None,
            guide_id: Some(profile.default_guide_id.clone()),
            status: MeetingStatus::Planned,
            live: Live::default(),
            debrief: None,
            sensitive: Vec::new(),
        }
    }

    /// The debrief as stored, or its first draft from the live capture.
    pub fn debrief_or_draft(&self) -> Debrief {
        self.debrief
            .clone()
            .unwrap_or_else(|| Debrief::from_live(&self.live))
    }

    /// The debrief to edit: on the first edit, drafted from the live capture, and the marks of
    /// what it was drafted from carried over (sparks marked sensitive live stay so).
    pub fn debrief_mut(&mut self) -> &mut Debrief {
        if self.debrief.is_none() {
            for field in [sensitive::DEBRIEF_SPARKS, sensitive::DEBRIEF_STORY] {
                if self.is_marked(field) {
                    self.sensitive = marking(&self.sensitive, field, true);
                }
            }
        }
        let live = &self.live;
        self.debrief.get_or_insert_with(|| Debrief::from_live(live))
    }

    /// Whether `field` is marked sensitive; while the debrief is still a draft, a debrief field
    /// is as marked as the live field it is drafted from.
    pub fn is_marked(&self, field: &str) -> bool {
        is_marked(&self.sensitive, field)
            || (self.debrief.is_none()
                && sensitive::drafted_from(field)
                    .is_some_and(|live| is_marked(&self.sensitive, live)))
    }

    /// Marks `field` sensitive (`on`) or not; a debrief field is first taken out of its draft,
    /// so the choice holds whatever the live field says.
    pub fn mark(&mut self, field: &str, on: bool) {
        if sensitive::drafted_from(field).is_some() {
            self.debrief_mut();
        }
        self.sensitive = marking(&self.sensitive, field, on);
    }

    /// What the request scripts are filled with.
    pub fn script_values(&self, profile: &Profile, their_name: &str) -> Values {
        Values {
            your_name: profile.name.clone(),
            organization: profile.organization.clone(),
            campaign: profile.campaign.clone(),
            their_name: their_name.to_owned(),
            // A sensitive purpose is never written into a message that leaves the phone.
            purpose: match shareable(&self.sensitive, sensitive::PURPOSE, &self.purpose) {
                Some(purpose) => purpose.to_owned(),
                None => sensitive::PURPOSE_UNSAID.to_owned(),
            },
            length: spoken_length(self.planned_minutes),
            place: self.venue.phrase(),
        }
    }

    /// The end of the planned meeting, when it has a start.
    pub fn ends_at(&self) -> Option<i64> {
        self.starts_at
            .map(|start| start + i64::from(self.planned_minutes) * 60_000)
    }
}
