//! The organizer's own details, used wherever the app fills in a script.

use serde::{Deserialize, Serialize};

use super::record::Meta;

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
}

fn default_length() -> u32 {
    DEFAULT_LENGTH_MINUTES
}

impl Profile {
    pub fn new(now_ms: i64) -> Self {
        Self {
            meta: Meta::new(PROFILE_ID, now_ms),
            name: String::new(),
            organization: String::new(),
            campaign: String::new(),
            default_length_minutes: DEFAULT_LENGTH_MINUTES,
        }
    }
}

crate::impl_record!(Profile, "settings");
