//! The organizer's own growth across their last one-on-ones: talk share against the 30/70 rule,
//! length against the plan, one-on-ones held each week, asks made and their answers, and the
//! debriefs' self-checks. Time and the time zone are passed in.

use chrono::{Datelike, Duration, NaiveTime, TimeZone};

use super::debrief::Answer;
use super::meeting::{Meeting, MeetingStatus};
use super::self_check::Question;

/// The share of the talking the 30/70 rule allows the organizer.
pub const TALK_SHARE_GOAL: f64 = 0.3;

/// Whether a share of the talking keeps the 30/70 rule, in whole percent as it is shown.
pub fn keeps_talk_goal(share: f64) -> bool {
    percent(share) <= percent(TALK_SHARE_GOAL)
}

/// Whether a one-on-one that lasted `lasted` minutes kept to its `planned` length.
pub fn keeps_plan(lasted: i64, planned: u32) -> bool {
    lasted <= i64::from(planned)
}

/// One held one-on-one, as the growth page draws it.
#[derive(Clone, Debug, PartialEq)]
pub struct Held {
    pub meeting_id: String,
    pub person_id: String,
    pub at: i64,
    /// The organizer's share of the talking, when the meter was used.
    pub my_share: Option<f64>,
    /// How long it lasted, when it was held with the live guide.
    pub minutes: Option<i64>,
    pub planned_minutes: u32,
}

/// A week's count of one-on-ones held, from its Monday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Week {
    pub starts_at: i64,
    pub held: usize,
}

/// How the asks made were answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AskTally {
    pub yes: usize,
    pub maybe: usize,
    pub not_now: usize,
    pub no: usize,
    pub unanswered: usize,
}

impl AskTally {
    pub fn made(&self) -> usize {
        self.yes + self.maybe + self.not_now + self.no + self.unanswered
    }
}

/// One self-check question, counted over the debriefs that answered it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Checked {
    pub question: Question,
    pub yes: usize,
    pub answered: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Growth {
    /// The last one-on-ones held, oldest first.
    pub held: Vec<Held>,
    /// The last weeks, oldest first, this week last.
    pub weeks: Vec<Week>,
    /// Over the one-on-ones in `held`.
    pub asks: AskTally,
    pub checks: Vec<Checked>,
}

impl Growth {
    /// "You talked 30% or less in 5 of 8 one-on-ones (34% on average)."
    pub fn talk_summary(&self) -> Option<String> {
        let shares: Vec<f64> = self.held.iter().filter_map(|h| h.my_share).collect();
        if shares.is_empty() {
            return None;
        }
        let within = shares.iter().filter(|s| keeps_talk_goal(**s)).count();
        let average = shares.iter().sum::<f64>() / shares.len() as f64;
        Some(format!(
            "You talked 30% or less in {within} of {} ({}% on average).",
            one_on_ones(shares.len()),
            percent(average)
        ))
    }

    /// "6 of 8 one-on-ones ended within their planned length (4 minutes over on average)."
    pub fn length_summary(&self) -> Option<String> {
        let timed: Vec<(i64, u32)> = self
            .held
            .iter()
            .filter_map(|h| Some((h.minutes?, h.planned_minutes)))
            .collect();
        if timed.is_empty() {
            return None;
        }
        let within = timed
            .iter()
            .filter(|(lasted, planned)| keeps_plan(*lasted, *planned))
            .count();
        let over = timed
            .iter()
            .map(|(lasted, planned)| lasted - i64::from(*planned))
            .sum::<i64>() as f64
            / timed.len() as f64;
        let over = over.round() as i64;
        let average = match over {
            0 => "on the plan on average".to_owned(),
            1 => "1 minute over on average".to_owned(),
            -1 => "1 minute short on average".to_owned(),
            n if n > 0 => format!("{n} minutes over on average"),
            n => format!("{} minutes short on average", -n),
        };
        Some(format!(
            "{within} of {} ended within their planned length ({average}).",
            one_on_ones(timed.len())
        ))
    }

    /// "11 one-on-ones in the last 8 weeks, 2 this week."
    pub fn weeks_summary(&self) -> String {
        let total: usize = self.weeks.iter().map(|w| w.held).sum();
        let this_week = self.weeks.last().map_or(0, |w| w.held);
        format!(
            "{} in the last {} weeks, {this_week} this week.",
            one_on_ones(total),
            self.weeks.len()
        )
    }

    /// "9 asks made: 5 yes, 2 maybe, 1 not now, 1 no."
    pub fn asks_summary(&self) -> String {
        let tally = self.asks;
        let made = tally.made();
        if made == 0 {
            return "No asks made yet.".to_owned();
        }
        let noun = if made == 1 { "ask" } else { "asks" };
        let parts = [
            (tally.yes, "yes"),
            (tally.maybe, "maybe"),
            (tally.not_now, "not now"),
            (tally.no, "no"),
            (tally.unanswered, "not answered"),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, word)| format!("{count} {word}"))
        .collect::<Vec<_>>()
        .join(", ");
        format!("{made} {noun} made: {parts}.")
    }
}

/// "1 one-on-one", "3 one-on-ones".
fn one_on_ones(count: usize) -> String {
    if count == 1 {
        "1 one-on-one".to_owned()
    } else {
        format!("{count} one-on-ones")
    }
}

/// A share as a whole percentage: 0.345 is 35.
pub fn percent(share: f64) -> i64 {
    (share * 100.0).round() as i64
}

/// When a one-on-one was held, if it was: held with the live guide (when it started), or
/// marked held (when it was planned for).
fn held_at(meeting: &Meeting) -> Option<i64> {
    match (meeting.live.started_at, meeting.live.ended_at) {
        (Some(started), Some(_)) => Some(started),
        _ if meeting.status == MeetingStatus::Held => meeting.starts_at,
        _ => None,
    }
}

/// The organizer's growth over the `last` one-on-ones held up to `now_ms`, and the `weeks`
/// weeks (Monday to Sunday in `zone`) up to this one.
pub fn growth<Tz: TimeZone>(
    meetings: &[Meeting],
    now_ms: i64,
    zone: &Tz,
    last: usize,
    weeks: usize,
) -> Growth {
    let mut held: Vec<(&Meeting, i64)> = meetings
        .iter()
        .filter_map(|m| Some((m, held_at(m)?)))
        .filter(|(_, at)| *at <= now_ms)
        .collect();
    held.sort_by(|(a, at_a), (b, at_b)| at_a.cmp(at_b).then_with(|| a.meta.id.cmp(&b.meta.id)));
    let week_starts = week_starts(now_ms, zone, weeks);
    let weeks = week_starts
        .iter()
        .enumerate()
        .map(|(i, start)| {
            let end = week_starts.get(i + 1).copied().unwrap_or(i64::MAX);
            Week {
                starts_at: *start,
                held: held
                    .iter()
                    .filter(|(_, at)| (*start..end).contains(at))
                    .count(),
            }
        })
        .collect();
    let recent = &held[held.len().saturating_sub(last)..];
    let mut asks = AskTally::default();
    let mut checks: Vec<Checked> = Question::ALL
        .map(|question| Checked {
            question,
            yes: 0,
            answered: 0,
        })
        .to_vec();
    for (meeting, _) in recent {
        let Some(debrief) = &meeting.debrief else {
            continue;
        };
        for ask in debrief.asks.iter().filter(|a| !a.text.trim().is_empty()) {
            match ask.answer {
                Some(Answer::Yes) => asks.yes += 1,
                Some(Answer::Maybe) => asks.maybe += 1,
                Some(Answer::NotNow) => asks.not_now += 1,
                Some(Answer::No) => asks.no += 1,
                None => asks.unanswered += 1,
            }
        }
        for checked in &mut checks {
            if let Some(yes) = debrief.self_check.answer(checked.question) {
                checked.answered += 1;
                checked.yes += usize::from(yes);
            }
        }
    }
    Growth {
        held: recent
            .iter()
            .map(|(m, at)| Held {
                meeting_id: m.meta.id.clone(),
                person_id: m.person_id.clone(),
                at: *at,
                my_share: m
                    .live
                    .ended_at
                    .and_then(|end| m.live.talk.totals(end).my_share()),
                minutes: m
                    .live
                    .ended_at
                    .map(|end| (m.live.elapsed_ms(end) as f64 / 60_000.0).round() as i64),
                planned_minutes: m.planned_minutes,
            })
            .collect(),
        weeks,
        asks,
        checks,
    }
}

/// The starts of the `count` weeks up to the one holding `now_ms`, oldest first, each at
/// midnight on its Monday in `zone`.
fn week_starts<Tz: TimeZone>(now_ms: i64, zone: &Tz, count: usize) -> Vec<i64> {
    let Some(now) = zone.timestamp_millis_opt(now_ms).single() else {
        return Vec::new();
    };
    let today = now.date_naive();
    let monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    (0..count)
        .rev()
        .filter_map(|back| {
            let day = monday - Duration::weeks(back as i64);
            zone.from_local_datetime(&day.and_time(NaiveTime::MIN))
                .earliest()
                .map(|start| start.timestamp_millis())
        })
        .collect()
}
