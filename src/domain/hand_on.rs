//! A person's story as plain text to hand to a teammate who does not use the app: who they
//! are, what moves them, what they were asked and said, how they keep their word and what
//! comes next. Whatever is marked sensitive is left out, and their phone and email only go
//! when the organizer says so.

use chrono::TimeZone;

use super::meeting::{Meeting, MeetingStatus};
use super::next_step::NextStep;
use super::person::Person;
use super::profile::Profile;
use super::sensitive::{shareable, ASKS, DEBRIEF_SPARKS, STEP_TEXT};
use super::story::Story;
use super::text::joined;
use super::when::formatted;

/// What to put in beyond the story itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HandOn {
    /// Their phone number and email address.
    pub contact: bool,
}

/// The summary of `person`, told by `story`; dates in `zone`.
pub fn summary<Tz: TimeZone>(
    person: &Person,
    story: &Story,
    profile: &Profile,
    zone: &Tz,
    with: HandOn,
) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let day = |at: i64| formatted(Some(at), zone, "%-d %b %Y");
    let mut lines = vec![person.name.trim().to_owned()];
    if with.contact {
        fact(&mut lines, "Phone", person.phone.clone());
        fact(&mut lines, "Email", person.email.clone());
    }
    fact(&mut lines, "Organizations", joined(&person.organizations));
    fact(&mut lines, "Skills", joined(&person.skills));
    fact(&mut lines, "How we met", person.how_we_met.clone());
    fact(
        &mut lines,
        "Referred by",
        story
            .referred_by
            .as_ref()
            .map(|l| l.name.clone())
            .unwrap_or_default(),
    );
    let engagement = person
        .engagement
        .map(|level| format!(", engagement {}", profile.engagement_label(level)))
        .unwrap_or_default();
    fact(
        &mut lines,
        "Where they stand",
        format!("{}{engagement}", story.stage.label()),
    );
    let held: Vec<&Meeting> = story
        .past
        .iter()
        .filter(|m| m.status == MeetingStatus::Held)
        .collect();
    if let Some(last) = held.first() {
        let when = last
            .starts_at
            .map(|at| format!(", the last on {}", day(at)));
        fact(
            &mut lines,
            "One-on-ones",
            format!("{} held{}", held.len(), when.unwrap_or_default()),
        );
    }
    // What moves them: the latest sparks that may be told.
    let sparks = held.iter().find_map(|m| {
        let debrief = m.debrief_or_draft();
        shareable(&m.sensitive, DEBRIEF_SPARKS, &debrief.sparks)
            .filter(|s| !s.trim().is_empty())
            .map(str::to_owned)
    });
    fact(&mut lines, "What moves them", sparks.unwrap_or_default());
    let asks: Vec<String> = held
        .iter()
        .filter(|m| shareable(&m.sensitive, ASKS, "").is_some())
        .flat_map(|m| {
            let on = m
                .starts_at
                .map(|at| format!(" ({})", day(at)))
                .unwrap_or_default();
            m.debrief_or_draft()
                .asks_in_words()
                .into_iter()
                .map(move |ask| format!("- {ask}{on}"))
        })
        .collect();
    if !asks.is_empty() {
        lines.push("Asked:".to_owned());
        lines.extend(asks);
    }
    fact(
        &mut lines,
        "Follow-through",
        story.follow_through.summary().unwrap_or_default(),
    );
    // A step that may be told: "Bring two neighbours (by 12 May 2026)".
    let step = |s: &NextStep| {
        let text = shareable(&s.sensitive, STEP_TEXT, &s.text)?.trim();
        let by = s
            .due_at
            .map(|at| format!(" (by {})", day(at)))
            .unwrap_or_default();
        (!text.is_empty()).then(|| format!("{text}{by}"))
    };
    let committed: Vec<String> = story
        .their_commitments
        .iter()
        .filter_map(step)
        .map(|step| format!("- {step}"))
        .collect();
    if !committed.is_empty() {
        lines.push("They said they would:".to_owned());
        lines.extend(committed);
    }
    if let Some(next) = story.next_check_in.as_ref().and_then(step) {
        fact(&mut lines, "Next check-in", next);
    }
    if let Some(at) = story.upcoming.iter().find_map(|m| m.starts_at) {
        fact(&mut lines, "Next one-on-one", day(at));
    }
    lines.join("\n")
}

/// "Label: value" as a line of `lines`, unless there is no value.
fn fact(lines: &mut Vec<String>, label: &str, value: String) {
    if !value.trim().is_empty() {
        lines.push(format!("{label}: {}", value.trim()));
    }
}
