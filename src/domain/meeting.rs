//! A one-on-one meeting as it is planned: with whom, why, when, where, and how it was asked.

use serde::{Deserialize, Serialize};

use super::record::Meta;

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

    /// Still ahead: shown among upcoming meetings.
    pub fn is_upcoming(self) -> bool {
        matches!(
            self,
            MeetingStatus::Planned
                | MeetingStatus::Requested
                | MeetingStatus::Confirmed
                | MeetingStatus::Rescheduled
        )
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
    /// The request as sent, after the organizer's edits.
    #[serde(default)]
    pub request_message: String,
    #[serde(default)]
    pub guide_id: Option<String>,
    #[serde(default)]
    pub status: MeetingStatus,
}

crate::impl_record!(Meeting, "meetings");

impl Meeting {
    /// The end of the planned meeting, when it has a start.
    pub fn ends_at(&self) -> Option<i64> {
        self.starts_at
            .map(|start| start + i64::from(self.planned_minutes) * 60_000)
    }
}
