//! The follow-up list: open next steps and check-ins across people, grouped by when they are
//! due in the phone's own calendar days, and filtered by person and by owner.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::next_step::{NextStep, Owner};

/// When an open step is due, as the list groups it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bucket {
    Overdue,
    Today,
    /// Within the next seven days.
    ThisWeek,
    Later,
    NoDate,
}

impl Bucket {
    pub const ALL: [Bucket; 5] = [
        Bucket::Overdue,
        Bucket::Today,
        Bucket::ThisWeek,
        Bucket::Later,
        Bucket::NoDate,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Bucket::Overdue => "Overdue",
            Bucket::Today => "Today",
            Bucket::ThisWeek => "This week",
            Bucket::Later => "Later",
            Bucket::NoDate => "No date",
        }
    }

    /// Due now or before: shown on Today.
    pub fn is_due(self) -> bool {
        matches!(self, Bucket::Overdue | Bucket::Today)
    }
}

fn local_day<Tz: TimeZone>(ms: i64, zone: &Tz) -> Option<NaiveDate> {
    DateTime::<Utc>::from_timestamp_millis(ms).map(|utc| utc.with_timezone(zone).date_naive())
}

/// The bucket of a due time, by calendar days in `zone`: anything due on an earlier day is
/// overdue, anything later today is still today.
pub fn bucket<Tz: TimeZone>(due_at: Option<i64>, now_ms: i64, zone: &Tz) -> Bucket {
    let (Some(due), Some(today)) = (
        due_at.and_then(|d| local_day(d, zone)),
        local_day(now_ms, zone),
    ) else {
        return Bucket::NoDate;
    };
    match (due - today).num_days() {
        d if d < 0 => Bucket::Overdue,
        0 => Bucket::Today,
        1..=7 => Bucket::ThisWeek,
        _ => Bucket::Later,
    }
}

/// The first instant of the day after `now_ms`'s day in `zone`: a step is due (overdue or
/// today) exactly when it is due before it.
pub fn due_before<Tz: TimeZone>(now_ms: i64, zone: &Tz) -> i64 {
    let tomorrow = local_day(now_ms, zone).and_then(|today| today.succ_opt());
    // The day's first instant; where a clock change skips midnight, the first after it.
    let start = tomorrow.and_then(|day| {
        (0..=3).find_map(|hour| {
            let time = day.and_hms_opt(hour, 0, 0)?;
            zone.from_local_datetime(&time).earliest()
        })
    });
    start.map_or(now_ms, |start| start.timestamp_millis())
}

/// Which steps to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub person_id: Option<String>,
    pub owner: Option<Owner>,
}

impl Filter {
    pub fn keeps(&self, step: &NextStep) -> bool {
        self.person_id.as_ref().is_none_or(|p| &step.person_id == p)
            && self.owner.is_none_or(|o| step.owner == o)
    }
}

/// Open steps that pass `filter`, grouped in bucket order, each group soonest first; empty
/// groups are left out.
pub fn group<Tz: TimeZone>(
    steps: &[NextStep],
    filter: &Filter,
    now_ms: i64,
    zone: &Tz,
) -> Vec<(Bucket, Vec<NextStep>)> {
    let mut open: Vec<&NextStep> = steps
        .iter()
        .filter(|s| s.is_open() && filter.keeps(s))
        .collect();
    open.sort_by_key(|s| (s.due_at.is_none(), s.due_at, s.meta.created_at));
    Bucket::ALL
        .into_iter()
        .map(|b| {
            let members: Vec<NextStep> = open
                .iter()
                .filter(|s| bucket(s.due_at, now_ms, zone) == b)
                .map(|s| (*s).clone())
                .collect();
            (b, members)
        })
        .filter(|(_, members)| !members.is_empty())
        .collect()
}
