//! How a commitment ended: kept, broken or dropped (`domain::commitments` counts them).

use serde::{Deserialize, Serialize};

/// How a commitment ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// They did what they said.
    Kept,
    /// They did not, and it was theirs to do.
    Broken,
    /// It fell away: the plan changed, or it no longer mattered.
    Dropped,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Kept, Outcome::Broken, Outcome::Dropped];

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Kept => "Kept",
            Outcome::Broken => "Broken",
            Outcome::Dropped => "Dropped",
        }
    }
}
