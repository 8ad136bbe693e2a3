//! A meeting as it happens: when it started and ended, the copy of the guide it follows, the
//! section on screen, prompts asked (with quick notes), sparks, and the talk meter. Every
//! figure shown live is computed from these stored timestamps and `now`, never from ticking
//! counters, so a reload or a locked phone resumes exactly.

use serde::{Deserialize, Serialize};

use super::guide::{Guide, Section};
use super::talk_meter::{Floor, TalkMeter};

/// How long before the planned end the timer starts its gentle cue.
pub const NEAR_END_MS: i64 = 5 * 60_000;

/// The guide as it was when the meeting started, so later edits never rewrite history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideCopy {
    pub guide_id: String,
    pub name: String,
    pub sections: Vec<Section>,
}

impl GuideCopy {
    pub fn of(guide: &Guide) -> Self {
        Self {
            guide_id: guide.meta.id.clone(),
            name: guide.name.clone(),
            sections: guide.sections.clone(),
        }
    }
}

/// A prompt marked as asked, by its place in the copied guide, with an optional note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asked {
    pub section: usize,
    pub prompt: usize,
    pub at_ms: i64,
    #[serde(default)]
    pub note: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Live {
    #[serde(default)]
    pub started_at: Option<i64>,
    #[serde(default)]
    pub ended_at: Option<i64>,
    #[serde(default)]
    pub guide: Option<GuideCopy>,
    /// The section on screen.
    #[serde(default)]
    pub section: usize,
    #[serde(default)]
    pub asked: Vec<Asked>,
    /// What moves them, angers them, gives them hope: captured on the fly.
    #[serde(default)]
    pub sparks: String,
    #[serde(default)]
    pub talk: TalkMeter,
}

/// Where the clock stands against the planned length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    NotStarted,
    OnTime,
    /// Within `NEAR_END_MS` of the planned end.
    NearEnd,
    Over,
}

impl Live {
    /// Starts now with a copy of `guide` (a second start keeps the first).
    pub fn start(&mut self, guide: Option<&Guide>, now_ms: i64) {
        if self.started_at.is_some() {
            return;
        }
        self.started_at = Some(now_ms);
        self.guide = guide.map(GuideCopy::of);
        self.section = 0;
    }

    /// Ends now: the floor is released and the clock stops.
    pub fn end(&mut self, now_ms: i64) {
        if self.started_at.is_none() || self.ended_at.is_some() {
            return;
        }
        let end = now_ms.max(self.started_at.unwrap_or(now_ms));
        self.talk.switch_to(Floor::Paused, end);
        self.ended_at = Some(end);
    }

    pub fn is_running(&self) -> bool {
        self.started_at.is_some() && self.ended_at.is_none()
    }

    /// Time since the start, up to the end once ended.
    pub fn elapsed_ms(&self, now_ms: i64) -> i64 {
        match self.started_at {
            Some(start) => (self.ended_at.unwrap_or(now_ms) - start).max(0),
            None => 0,
        }
    }

    pub fn pace(&self, planned_minutes: u32, now_ms: i64) -> Pace {
        if self.started_at.is_none() {
            return Pace::NotStarted;
        }
        let remaining = i64::from(planned_minutes) * 60_000 - self.elapsed_ms(now_ms);
        match remaining {
            r if r < 0 => Pace::Over,
            r if r <= NEAR_END_MS => Pace::NearEnd,
            _ => Pace::OnTime,
        }
    }

    pub fn section_count(&self) -> usize {
        self.guide.as_ref().map_or(0, |g| g.sections.len())
    }

    /// Moves to section `index`, kept within the guide.
    pub fn go_to_section(&mut self, index: usize) {
        self.section = index.min(self.section_count().saturating_sub(1));
    }

    pub fn is_asked(&self, section: usize, prompt: usize) -> bool {
        self.asked
            .iter()
            .any(|a| a.section == section && a.prompt == prompt)
    }

    /// Marks a prompt asked, or unmarks it (a note on it goes with it).
    pub fn toggle_asked(&mut self, section: usize, prompt: usize, now_ms: i64) {
        if self.is_asked(section, prompt) {
            self.asked
                .retain(|a| !(a.section == section && a.prompt == prompt));
        } else {
            self.asked.push(Asked {
                section,
                prompt,
                at_ms: now_ms,
                note: String::new(),
            });
        }
    }

    /// Sets the note of an asked prompt (marking it asked if it was not).
    pub fn set_note(&mut self, section: usize, prompt: usize, note: String, now_ms: i64) {
        if !self.is_asked(section, prompt) {
            self.toggle_asked(section, prompt, now_ms);
        }
        if let Some(asked) = self
            .asked
            .iter_mut()
            .find(|a| a.section == section && a.prompt == prompt)
        {
            asked.note = note;
        }
    }

    pub fn note(&self, section: usize, prompt: usize) -> &str {
        self.asked
            .iter()
            .find(|a| a.section == section && a.prompt == prompt)
            .map_or("", |a| a.note.as_str())
    }
}

/// "12:05", or "1:02:05" past an hour, for a duration in milliseconds (negative as zero).
pub fn clock_text(ms: i64) -> String {
    let seconds = ms.max(0) / 1000;
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}
