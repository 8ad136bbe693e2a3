//! The debrief right after a one-on-one: what matters while it is fresh. It starts prefilled
//! from what was captured live (sparks, notes on prompts), and keeps the asks made and their
//! answers, the referrals it produced, and a note for months from now.

use serde::{Deserialize, Serialize};

use super::live::Live;
use super::outcome::Outcome;
use super::self_check::SelfCheck;

/// The answer to an ask. Not every one-on-one ends in a yes, and that is fine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Maybe,
    NotNow,
    No,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::Maybe, Answer::NotNow, Answer::No];

    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "Yes",
            Answer::Maybe => "Maybe",
            Answer::NotNow => "Not now",
            Answer::No => "No",
        }
    }
}

/// Something you asked them to do or take on, and what they said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ask {
    /// Given when the ask is added (or, for one without, when first saved: see
    /// `domain::merge`), so two devices adding asks to one debrief both keep theirs.
    #[serde(default)]
    pub id: String,
    pub text: String,
    /// `None` until the answer is noted.
    #[serde(default)]
    pub answer: Option<Answer>,
    /// How a yes ended: kept, broken or dropped (`domain::commitments`); `None` while open.
    #[serde(default)]
    pub outcome: Option<Outcome>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Debrief {
    /// Sparks and self-interest: what moves them.
    #[serde(default)]
    pub sparks: String,
    /// Highlights of their story.
    #[serde(default)]
    pub story: String,
    #[serde(default)]
    pub asks: Vec<Ask>,
    /// People they suggested you talk with, by id, each a person referred by them.
    #[serde(default)]
    pub referral_ids: Vec<String>,
    /// "What will I need to remember months from now?"
    #[serde(default)]
    pub remember: String,
    /// Their engagement (1 to 5) as assessed in this debrief: kept with the meeting, so a
    /// person's page shows how it moved over time (`domain::assessments`).
    #[serde(default)]
    pub engagement: Option<u8>,
    /// The organizer's own check on how they held the meeting.
    #[serde(default)]
    pub self_check: SelfCheck,
}

impl Debrief {
    /// Each ask with its answer, in words ("Host a house meeting: Yes"); blank asks left out.
    pub fn asks_in_words(&self) -> Vec<String> {
        self.asks
            .iter()
            .filter(|a| !a.text.trim().is_empty())
            .map(|a| match a.answer {
                Some(answer) => format!("{}: {}", a.text.trim(), answer.label()),
                None => a.text.trim().to_owned(),
            })
            .collect()
    }

    /// A first draft from the live capture: the sparks, and each note taken on a prompt as
    /// "prompt: note", in the order of the guide.
    pub fn from_live(live: &Live) -> Debrief {
        let mut asked: Vec<_> = live
            .asked
            .iter()
            .filter(|a| !a.note.trim().is_empty())
            .collect();
        asked.sort_by_key(|a| (a.section, a.prompt));
        let story = asked
            .iter()
            .map(|a| {
                let prompt = live
                    .guide
                    .as_ref()
                    .and_then(|g| g.sections.get(a.section))
                    .and_then(|s| s.prompts.get(a.prompt))
                    .map_or("", |p| p.text.as_str());
                if prompt.is_empty() {
                    a.note.trim().to_owned()
                } else {
                    format!("{prompt} {}", a.note.trim())
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        Debrief {
            sparks: live.sparks.trim().to_owned(),
            story,
            ..Debrief::default()
        }
    }
}
