//! Every next step as a spreadsheet's rows: for whom, what, who does it, when it is due and
//! how it ended; a step's text marked sensitive is left out, as from everything that leaves
//! the phone.

use chrono::TimeZone;

use super::cells::{date_time, to_csv, Names};
use crate::domain::next_step::{NextStep, Owner, StepKind};
use crate::domain::person::Person;
use crate::domain::sensitive::{shareable, STEP_TEXT};

pub const HEADERS: [&str; 7] = [
    "With",
    "Next step",
    "Whose",
    "Kind",
    "Due",
    "Done",
    "Ended as",
];

/// `steps` as a CSV file, the soonest due first (those with no date last); `people` name whom
/// each is with.
pub fn follow_ups_csv<Tz: TimeZone>(steps: &[NextStep], people: &[Person], zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let names = Names::of(people);
    let mut sorted: Vec<&NextStep> = steps.iter().collect();
    sorted.sort_by_key(|s| (s.due_at.is_none(), s.due_at, s.meta.created_at));
    let rows = sorted.into_iter().map(|s| {
        [
            names.of_id(&s.person_id),
            shareable(&s.sensitive, STEP_TEXT, &s.text)
                .unwrap_or_default()
                .to_owned(),
            match s.owner {
                Owner::Me => "Yours",
                Owner::Them => "Theirs",
            }
            .to_owned(),
            match s.kind {
                StepKind::Task => "Task",
                StepKind::CheckIn => "Check-in",
            }
            .to_owned(),
            date_time(s.due_at, zone),
            date_time(s.done_at, zone),
            s.outcome.map(|o| o.label().to_owned()).unwrap_or_default(),
        ]
    });
    to_csv(&HEADERS, rows)
}
