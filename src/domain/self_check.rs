//! The organizer's self-check at the end of a debrief, drawn from the guides: did I listen more
//! than I talked, ask how and why, make a clear ask, and agree next steps and a date?

use serde::{Deserialize, Serialize};

/// One question of the self-check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Listened,
    AskedWhy,
    ClearAsk,
    AgreedNext,
}

impl Question {
    pub const ALL: [Question; 4] = [
        Question::Listened,
        Question::AskedWhy,
        Question::ClearAsk,
        Question::AgreedNext,
    ];

    /// As the debrief asks it.
    pub fn asked(self) -> &'static str {
        match self {
            Question::Listened => "Did I listen more than I talked?",
            Question::AskedWhy => "Did I ask how and why, to hear their story?",
            Question::ClearAsk => "Did I make a clear ask?",
            Question::AgreedNext => "Did we agree next steps and a date?",
        }
    }

    /// As the growth page counts it: "Listened more than I talked".
    pub fn counted(self) -> &'static str {
        match self {
            Question::Listened => "Listened more than I talked",
            Question::AskedWhy => "Asked how and why",
            Question::ClearAsk => "Made a clear ask",
            Question::AgreedNext => "Agreed next steps and a date",
        }
    }
}

/// The answers, each `None` until given. Each answer merges on its own (`domain::merge`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfCheck {
    #[serde(default)]
    pub listened: Option<bool>,
    #[serde(default)]
    pub asked_why: Option<bool>,
    #[serde(default)]
    pub clear_ask: Option<bool>,
    #[serde(default)]
    pub agreed_next: Option<bool>,
}

impl SelfCheck {
    pub fn answer(&self, question: Question) -> Option<bool> {
        match question {
            Question::Listened => self.listened,
            Question::AskedWhy => self.asked_why,
            Question::ClearAsk => self.clear_ask,
            Question::AgreedNext => self.agreed_next,
        }
    }

    pub fn set(&mut self, question: Question, answer: Option<bool>) {
        let slot = match question {
            Question::Listened => &mut self.listened,
            Question::AskedWhy => &mut self.asked_why,
            Question::ClearAsk => &mut self.clear_ask,
            Question::AgreedNext => &mut self.agreed_next,
        };
        *slot = answer;
    }

    /// Whether any question has an answer.
    pub fn is_started(&self) -> bool {
        Question::ALL.iter().any(|q| self.answer(*q).is_some())
    }
}
