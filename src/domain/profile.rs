//! The organizer's own details and choices, used wherever the app fills in a script: name,
//! organization, campaign, default guide and length, request scripts, engagement labels.

use serde::{Deserialize, Serialize};

use super::builtin_guides::RELATIONSHIP_GUIDE_ID;
use super::person::DEFAULT_ENGAGEMENT_LABELS;
use super::record::Meta;
use super::request::{DEFAULT_INTRODUCTION, DEFAULT_REQUEST};

/// How much of a meeting or step goes into an exported calendar event: a choice of the
/// organizer's, kept with the profile.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarDetail {
    #[default]
    Full,
    /// Only "Follow up with Ana": no notes, places or purposes.
    TitlesOnly,
}

/// The one profile record's id.
pub const PROFILE_ID: &str = "profile";

/// Default planned length of a one-on-one, in minutes.
pub const DEFAULT_LENGTH_MINUTES: u32 = 30;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub meta: Meta,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub campaign: String,
    #[serde(default = "default_length")]
    pub default_length_minutes: u32,
    #[serde(default = "default_guide")]
    pub default_guide_id: String,
    /// The script a meeting request starts from.
    #[serde(default = "default_request")]
    pub request_script: String,
    /// The script for asking a referrer to introduce you.
    #[serde(default = "default_introduction")]
    pub introduction_script: String,
    /// Names of the engagement levels 1 to 5.
    #[serde(default = "default_labels")]
    pub engagement_labels: [String; 5],
    /// Minutes before a follow-up that its calendar alarm rings.
    #[serde(default = "default_alarm")]
    pub alarm_minutes: u32,
    /// How much goes into exported calendar events.
    #[serde(default)]
    pub calendar_detail: CalendarDetail,
}

/// Default lead time of calendar alarms, in minutes.
pub const DEFAULT_ALARM_MINUTES: u32 = 60;

fn default_alarm() -> u32 {
    DEFAULT_ALARM_MINUTES
}

fn default_length() -> u32 {
    DEFAULT_LENGTH_MINUTES
}

fn default_guide() -> String {
    RELATIONSHIP_GUIDE_ID.to_owned()
}

fn default_request() -> String {
    DEFAULT_REQUEST.to_owned()
}

fn default_introduction() -> String {
    DEFAULT_INTRODUCTION.to_owned()
}

fn default_labels() -> [String; 5] {
    DEFAULT_ENGAGEMENT_LABELS.map(str::to_owned)
}

impl Profile {
    pub fn new(now_ms: i64) -> Self {
        Self {
            meta: Meta::new(PROFILE_ID, now_ms),
            name: String::new(),
            organization: String::new(),
            campaign: String::new(),
            default_length_minutes: DEFAULT_LENGTH_MINUTES,
            default_guide_id: default_guide(),
            request_script: default_request(),
            introduction_script: default_introduction(),
            engagement_labels: default_labels(),
            alarm_minutes: DEFAULT_ALARM_MINUTES,
            calendar_detail: CalendarDetail::Full,
        }
    }

    /// "3 · Involved": a level with the organizer's name for it; a blank name falls back to
    /// the default one.
    pub fn engagement_label(&self, level: u8) -> String {
        let index = usize::from(level.clamp(1, 5) - 1);
        let name = self.engagement_labels[index].trim();
        let name = if name.is_empty() {
            DEFAULT_ENGAGEMENT_LABELS[index]
        } else {
            name
        };
        format!("{} · {name}", index + 1)
    }
}

crate::impl_record!(Profile, "settings");
