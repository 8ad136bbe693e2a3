//! The example a first run can try: one person, a one-on-one planned with her for tomorrow at
//! five in the afternoon, and a next step due today, so Today, People and a person's page each
//! show what they are for before anyone real is added. Removed in one tap, as any person is
//! forgotten (`ui/today/first_run.rs`).

use chrono::{Days, NaiveTime, TimeZone};

use super::meeting::{Meeting, Venue};
use super::next_step::{NextStep, Owner, StepKind};
use super::person::Person;
use super::profile::Profile;
use super::record::Meta;

pub const EXAMPLE_NAME: &str = "Maya Example";

/// The example's three records.
pub struct Example {
    pub person: Person,
    pub meeting: Meeting,
    pub step: NextStep,
}

/// The example, its records given `ids` (person, meeting, step), made at `now_ms` in `zone`.
pub fn example<Tz: TimeZone>(
    [person_id, meeting_id, step_id]: [String; 3],
    profile: &Profile,
    now_ms: i64,
    zone: &Tz,
) -> Example {
    let mut person = Person::new(person_id.clone(), EXAMPLE_NAME, now_ms);
    person.how_we_met = "An example: remove it from Today when you are ready.".to_owned();
    person.organizations = vec!["Riverside Tenants Union".to_owned()];
    person.skills = vec![
        "Spanish".to_owned(),
        "Knows everyone on her floor".to_owned(),
    ];
    person.notes =
        "Moved here three years ago; her rent went up twice. Ask what she would change first."
            .to_owned();
    let mut meeting = Meeting::new(meeting_id, person_id.clone(), profile, now_ms);
    meeting.purpose = "Get to know her and what she cares about".to_owned();
    meeting.hoped_outcomes =
        "Hear her story; learn who else on her floor we should meet.".to_owned();
    meeting.starts_at = tomorrow_at_five(now_ms, zone);
    meeting.venue = Venue::InPerson("The café on Main Street".to_owned());
    let step = NextStep {
        meta: Meta::new(step_id, now_ms),
        person_id,
        meeting_id: None,
        text: "Send Maya the request for a coffee".to_owned(),
        owner: Owner::Me,
        kind: StepKind::Task,
        due_at: Some(now_ms),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    };
    Example {
        person,
        meeting,
        step,
    }
}

/// Five in the afternoon of the day after `now_ms`, in `zone`.
fn tomorrow_at_five<Tz: TimeZone>(now_ms: i64, zone: &Tz) -> Option<i64> {
    let today = zone.timestamp_millis_opt(now_ms).single()?.date_naive();
    let five = today
        .checked_add_days(Days::new(1))?
        .and_time(NaiveTime::from_hms_opt(17, 0, 0)?);
    Some(
        zone.from_local_datetime(&five)
            .earliest()?
            .timestamp_millis(),
    )
}
