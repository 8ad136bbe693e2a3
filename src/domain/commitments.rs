//! The commitment ledger: every ask a person answered yes and every step they own ends as kept,
//! broken or dropped, and their follow-through is counted from those endings.

use super::debrief::Answer;
use super::meeting::Meeting;
use super::next_step::{NextStep, Owner, StepKind};
pub use super::outcome::Outcome;
use super::sensitive::{self, is_marked};

/// Where a commitment is written, so its ending is written there too.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// An ask in the debrief of a meeting, by the meeting's id and the ask's.
    Ask { meeting_id: String, ask_id: String },
    /// A step they own, by its id.
    Step { step_id: String },
}

/// One thing a person took on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commitment {
    pub source: Source,
    pub text: String,
    /// Whether its text is marked sensitive where it is written.
    pub marked: bool,
    /// The meeting it was made in, if any.
    pub meeting_id: Option<String>,
    /// When it was made: its meeting's start, or when it was written down.
    pub made_at: i64,
    /// `None` while it is open.
    pub outcome: Option<Outcome>,
}

impl Commitment {
    /// A key naming it among a person's commitments: "ask:<meeting>/<ask>" or "step:<id>".
    pub fn key(&self) -> String {
        match &self.source {
            Source::Ask { meeting_id, ask_id } => format!("ask:{meeting_id}/{ask_id}"),
            Source::Step { step_id } => format!("step:{step_id}"),
        }
    }

    pub fn is_open(&self) -> bool {
        self.outcome.is_none()
    }
}

/// A person's commitments, oldest first: asks answered yes in their one-on-ones' debriefs and
/// the tasks they own. A step of theirs marked done without an ending (as the app did before it
/// kept endings) counts as kept.
pub fn commitments_of(
    person_id: &str,
    meetings: &[Meeting],
    steps: &[NextStep],
) -> Vec<Commitment> {
    let asks = meetings
        .iter()
        .filter(|m| m.person_id == person_id)
        .flat_map(|m| {
            let marked = m.is_marked(sensitive::ASKS);
            let made_at = m.starts_at.unwrap_or(m.meta.created_at);
            m.debrief.iter().flat_map(move |d| {
                d.asks
                    .iter()
                    .filter(|a| a.answer == Some(Answer::Yes) && !a.text.trim().is_empty())
                    .map(move |a| Commitment {
                        source: Source::Ask {
                            meeting_id: m.meta.id.clone(),
                            ask_id: a.id.clone(),
                        },
                        text: a.text.trim().to_owned(),
                        marked,
                        meeting_id: Some(m.meta.id.clone()),
                        made_at,
                        outcome: a.outcome,
                    })
            })
        });
    let owned = steps
        .iter()
        .filter(|s| s.person_id == person_id && s.owner == Owner::Them)
        .filter(|s| s.kind == StepKind::Task)
        .map(|s| Commitment {
            source: Source::Step {
                step_id: s.meta.id.clone(),
            },
            text: s.text.trim().to_owned(),
            marked: is_marked(&s.sensitive, sensitive::STEP_TEXT),
            meeting_id: s.meeting_id.clone(),
            made_at: s.meta.created_at,
            outcome: s.outcome.or(s.done_at.map(|_| Outcome::Kept)),
        });
    let mut all: Vec<Commitment> = asks.chain(owned).collect();
    all.sort_by(|a, b| {
        a.made_at
            .cmp(&b.made_at)
            .then_with(|| a.key().cmp(&b.key()))
    });
    all
}

/// How a person follows through: their commitments counted by how they ended.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FollowThrough {
    pub kept: usize,
    pub broken: usize,
    pub dropped: usize,
    pub open: usize,
}

impl FollowThrough {
    pub fn of(commitments: &[Commitment]) -> FollowThrough {
        let mut counts = FollowThrough::default();
        for commitment in commitments {
            match commitment.outcome {
                Some(Outcome::Kept) => counts.kept += 1,
                Some(Outcome::Broken) => counts.broken += 1,
                Some(Outcome::Dropped) => counts.dropped += 1,
                None => counts.open += 1,
            }
        }
        counts
    }

    /// The commitments that have ended, however they ended.
    pub fn ended(&self) -> usize {
        self.kept + self.broken + self.dropped
    }

    /// In words, before the next meeting: "Kept 4 of 5 commitments · 1 broken · 2 open".
    /// `None` when they have taken nothing on yet.
    pub fn summary(&self) -> Option<String> {
        let ended = self.ended();
        if ended + self.open == 0 {
            return None;
        }
        let mut parts = Vec::new();
        if ended > 0 {
            let noun = if ended == 1 {
                "commitment"
            } else {
                "commitments"
            };
            parts.push(format!("Kept {} of {ended} {noun}", self.kept));
        }
        if self.broken > 0 {
            parts.push(format!("{} broken", self.broken));
        }
        if self.dropped > 0 {
            parts.push(format!("{} dropped", self.dropped));
        }
        if self.open > 0 {
            parts.push(if ended == 0 {
                let noun = if self.open == 1 {
                    "commitment"
                } else {
                    "commitments"
                };
                format!("{} open {noun}, none ended yet", self.open)
            } else {
                format!("{} open", self.open)
            });
        }
        Some(parts.join(" · "))
    }
}

/// Ends the ask `ask_id` of the meeting's debrief with `outcome` (or opens it again with
/// `None`); false when the meeting has no such ask.
pub fn end_ask(meeting: &mut Meeting, ask_id: &str, outcome: Option<Outcome>) -> bool {
    let Some(ask) = meeting
        .debrief
        .as_mut()
        .and_then(|d| d.asks.iter_mut().find(|a| a.id == ask_id))
    else {
        return false;
    };
    ask.outcome = outcome;
    true
}

/// Ends a step of theirs with `outcome`, closing it as done at `now_ms`; `None` opens it again.
pub fn end_step(step: &mut NextStep, outcome: Option<Outcome>, now_ms: i64) {
    step.outcome = outcome;
    step.done_at = outcome.map(|_| step.done_at.unwrap_or(now_ms));
}
