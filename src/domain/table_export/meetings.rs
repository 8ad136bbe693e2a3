//! Every one-on-one as a spreadsheet's rows: with whom, when, where, why, and what came of it;
//! fields marked sensitive are left out, as from everything that leaves the phone.

use chrono::TimeZone;

use super::cells::{date_time, to_csv, Names};
use crate::domain::meeting::{Meeting, Venue};
use crate::domain::person::Person;
use crate::domain::profile::Profile;
use crate::domain::sensitive::{
    shareable, ASKS, DEBRIEF_REMEMBER, DEBRIEF_SPARKS, DEBRIEF_STORY, HOPED_OUTCOMES, PURPOSE,
};

pub const HEADERS: [&str; 12] = [
    "With",
    "When",
    "Status",
    "Planned minutes",
    "Where",
    "Purpose",
    "Hoped-for outcomes",
    "Sparks",
    "Their story",
    "To remember",
    "Asks and answers",
    "Engagement",
];

/// `meetings` as a CSV file, the earliest first (unscheduled ones last); `people` name whom
/// each was with.
pub fn meetings_csv<Tz: TimeZone>(
    meetings: &[Meeting],
    people: &[Person],
    profile: &Profile,
    zone: &Tz,
) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let names = Names::of(people);
    let mut sorted: Vec<&Meeting> = meetings.iter().collect();
    sorted.sort_by_key(|m| (m.starts_at.is_none(), m.starts_at, m.meta.created_at));
    let rows = sorted.into_iter().map(|m| {
        let kept = |field: &str, text: &str| {
            shareable(&m.sensitive, field, text)
                .unwrap_or_default()
                .to_owned()
        };
        let debrief = m.debrief_or_draft();
        let asks = debrief.asks_in_words().join("; ");
        [
            names.of_id(&m.person_id),
            date_time(m.starts_at, zone),
            m.status.label().to_owned(),
            m.planned_minutes.to_string(),
            venue(&m.venue),
            kept(PURPOSE, &m.purpose),
            kept(HOPED_OUTCOMES, &m.hoped_outcomes),
            kept(DEBRIEF_SPARKS, &debrief.sparks),
            kept(DEBRIEF_STORY, &debrief.story),
            kept(DEBRIEF_REMEMBER, &debrief.remember),
            kept(ASKS, &asks),
            debrief
                .engagement
                .map(|level| profile.engagement_label(level))
                .unwrap_or_default(),
        ]
    });
    to_csv(&HEADERS, rows)
}

/// Where it is: the place, or how it is held.
fn venue(venue: &Venue) -> String {
    match venue {
        Venue::InPerson(place) => place.trim().to_owned(),
        Venue::Phone(_) => "Phone call".to_owned(),
        Venue::Video(_) => "Video call".to_owned(),
    }
}
