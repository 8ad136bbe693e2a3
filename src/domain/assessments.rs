//! Assessments over time: the engagement level each debrief gave a person, with its date, and
//! the small chart of them a person's page draws.

use super::meeting::Meeting;
use super::units::one_decimal;

/// One debrief's engagement level (1 to 5), dated by its meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub meeting_id: String,
    pub at: i64,
    pub level: u8,
}

/// When a meeting's assessment was made: when it started, or was planned to, or was written.
fn dated(meeting: &Meeting) -> i64 {
    meeting
        .live
        .started_at
        .or(meeting.starts_at)
        .unwrap_or(meeting.meta.created_at)
}

/// A person's assessments, oldest first: every debrief of theirs that gave a level.
pub fn history(person_id: &str, meetings: &[Meeting]) -> Vec<Assessment> {
    let mut all: Vec<Assessment> = meetings
        .iter()
        .filter(|m| m.person_id == person_id)
        .filter_map(|m| {
            let level = m.debrief.as_ref()?.engagement?;
            (1..=5).contains(&level).then(|| Assessment {
                meeting_id: m.meta.id.clone(),
                at: dated(m),
                level,
            })
        })
        .collect();
    all.sort_by(|a, b| {
        a.at.cmp(&b.at)
            .then_with(|| a.meeting_id.cmp(&b.meeting_id))
    });
    all
}

/// Where each assessment is drawn in a `width` by `height` box: later to the right, by time,
/// and higher for a higher level (1 at the bottom edge, 5 at the top), `inset` in from each edge.
pub fn points(history: &[Assessment], width: f64, height: f64, inset: f64) -> Vec<(f64, f64)> {
    let (Some(first), Some(last)) = (history.first(), history.last()) else {
        return Vec::new();
    };
    let span = (last.at - first.at) as f64;
    let across = (width - 2.0 * inset).max(0.0);
    let up = (height - 2.0 * inset).max(0.0);
    history
        .iter()
        .map(|a| {
            let x = if span > 0.0 {
                inset + across * (a.at - first.at) as f64 / span
            } else {
                width / 2.0
            };
            let y = inset + up * (5.0 - f64::from(a.level.clamp(1, 5))) / 4.0;
            (one_decimal(x), one_decimal(y))
        })
        .collect()
}

/// An SVG path through the points: "M10 20L30 40".
pub fn path(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| format!("{}{x} {y}", if i == 0 { 'M' } else { 'L' }))
        .collect()
}

/// The chart in words, for those who cannot see it: "Engagement at 3 one-on-ones: 2 ·
/// Interested on 3 Mar, 3 · Involved on 10 Apr, 5 · Leading on 2 Jun." (`label` names a level.)
pub fn described(
    history: &[Assessment],
    label: impl Fn(u8) -> String,
    day: impl Fn(i64) -> String,
) -> String {
    let count = history.len();
    let noun = if count == 1 {
        "one-on-one"
    } else {
        "one-on-ones"
    };
    let each = history
        .iter()
        .map(|a| format!("{} on {}", label(a.level), day(a.at)))
        .collect::<Vec<_>>()
        .join(", ");
    format!("Engagement at {count} {noun}: {each}.")
}
