//! Everyone as a spreadsheet's rows: contact details, what they care about and how you know
//! them; notes marked sensitive are left out, as from everything that leaves the phone.

use chrono::TimeZone;

use super::cells::{date_time, to_csv, Names};
use crate::domain::person::Person;
use crate::domain::profile::Profile;
use crate::domain::sensitive::{shareable, NOTES};
use crate::domain::text::{fold, joined};

pub const HEADERS: [&str; 13] = [
    "Name",
    "Phone",
    "Email",
    "Other contact",
    "Prefers",
    "Organizations",
    "Tags",
    "Skills",
    "How we met",
    "Referred by",
    "Engagement",
    "Notes",
    "Added",
];

/// `people` as a CSV file, in name order; `profile` names the engagement levels.
pub fn people_csv<Tz: TimeZone>(people: &[Person], profile: &Profile, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let names = Names::of(people);
    let mut sorted: Vec<&Person> = people.iter().collect();
    sorted.sort_by_cached_key(|p| fold(&p.name));
    let rows = sorted.into_iter().map(|p| {
        [
            p.name.clone(),
            p.phone.clone(),
            p.email.clone(),
            p.other_contact.clone(),
            p.preferred_channel.label().to_owned(),
            joined(&p.organizations),
            joined(&p.tags),
            joined(&p.skills),
            p.how_we_met.clone(),
            p.referred_by
                .as_deref()
                .map(|id| names.of_id(id))
                .unwrap_or_default(),
            p.engagement
                .map(|level| profile.engagement_label(level))
                .unwrap_or_default(),
            shareable(&p.sensitive, NOTES, &p.notes)
                .unwrap_or_default()
                .to_owned(),
            date_time(Some(p.meta.created_at), zone),
        ]
    });
    to_csv(&HEADERS, rows)
}
