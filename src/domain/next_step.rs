//! A next step agreed in a one-on-one (a commitment of theirs or a task of yours) or a check-in
//! to hold: what a relationship needs to move forward.

use serde::{Deserialize, Serialize};

use super::outcome::Outcome;
use super::record::Meta;

/// Who has to do it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Owner {
    #[default]
    Me,
    Them,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    #[default]
    Task,
    /// The next conversation to have with the person.
    CheckIn,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub meta: Meta,
    pub person_id: String,
    /// The meeting where it was agreed, if any.
    #[serde(default)]
    pub meeting_id: Option<String>,
    /// Absent in a teammate's copy when it is marked sensitive (`domain::team_form`).
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub owner: Owner,
    #[serde(default)]
    pub kind: StepKind,
    /// When it is due, UTC milliseconds.
    #[serde(default)]
    pub due_at: Option<i64>,
    /// When it was marked done; open while `None`.
    #[serde(default)]
    pub done_at: Option<i64>,
    /// How a step of theirs ended: kept, broken or dropped (`domain::commitments`). A step of
    /// theirs done without one was done before endings were kept, and counts as kept.
    #[serde(default)]
    pub outcome: Option<Outcome>,
    /// The fields marked sensitive (`domain::sensitive`): its text.
    #[serde(default)]
    pub sensitive: Vec<String>,
    /// On a team, the organizer whose Follow-ups it is on (their user name on the team's
    /// server): who does it when it is ours, who follows it up when it is theirs. `None` on a
    /// phone not in a team: it is the phone's own organizer's. Always written, so a step given
    /// back is a change the merge carries.
    #[serde(default)]
    pub organizer: Option<String>,
}

crate::impl_record!(NextStep, "next_steps");

impl NextStep {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }

    /// Whether it is for the organizer named `me` on the team (anyone's, off a team) to follow
    /// up: not given to a teammate.
    pub fn is_for(&self, me: Option<&str>) -> bool {
        is_for(self.organizer.as_deref(), me)
    }

    /// An open commitment the person made.
    pub fn is_their_commitment(&self) -> bool {
        is_their_commitment(self.done_at, self.owner, self.kind)
    }
}

/// The rule for a step given to `organizer`: it is for `me` unless it is given to another.
pub fn is_for(organizer: Option<&str>, me: Option<&str>) -> bool {
    match (organizer, me) {
        (Some(organizer), Some(me)) => organizer == me,
        _ => true,
    }
}

/// The rule for a step of these parts: still open, theirs to do, and a task (not a check-in).
pub fn is_their_commitment(done_at: Option<i64>, owner: Owner, kind: StepKind) -> bool {
    done_at.is_none() && owner == Owner::Them && kind == StepKind::Task
}
