//! The 30/70 meter: who has been talking, computed from stored switch timestamps.
//!
//! The meter never counts ticks. It keeps the moments the organizer switched between
//! "I'm talking", "They're talking" and "Paused", so a reload, a locked phone or a closed tab
//! resumes with the right figures: everything is derived from the timestamps and `now`.

use serde::{Deserialize, Serialize};

/// The share of talk time, in percent, above which the organizer is talking too much (30/70).
pub const MY_SHARE_LIMIT_PERCENT: i64 = 30;

/// Who holds the floor from a given moment on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Floor {
    Me,
    Them,
    Paused,
}

/// One switch of the floor, at a UTC time in milliseconds since the Unix epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Switch {
    pub at_ms: i64,
    pub floor: Floor,
}

/// Talk time so far, split by speaker, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TalkTotals {
    pub me_ms: i64,
    pub them_ms: i64,
}

impl TalkTotals {
    /// My share of all talk time, or `None` before anyone has talked.
    pub fn my_share(&self) -> Option<f64> {
        let total = self.me_ms + self.them_ms;
        (total > 0).then(|| self.me_ms as f64 / total as f64)
    }

    /// True when my share is above the 30% limit (exact integer maths: 30% is within it).
    pub fn over_limit(&self) -> bool {
        self.me_ms * 100 > (self.me_ms + self.them_ms) * MY_SHARE_LIMIT_PERCENT
    }
}

/// The sequence of floor switches in one meeting.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TalkMeter {
    switches: Vec<Switch>,
}

impl TalkMeter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Who holds the floor now (paused before the first switch).
    pub fn floor(&self) -> Floor {
        self.switches.last().map_or(Floor::Paused, |s| s.floor)
    }

    /// Records a switch. A switch to the floor already held changes nothing; a timestamp
    /// earlier than the last one (a clock set back) is clamped to it, so time never runs
    /// backwards and no talk time goes negative.
    pub fn switch_to(&mut self, floor: Floor, at_ms: i64) {
        if self.floor() == floor {
            return;
        }
        let at_ms = self
            .switches
            .last()
            .map_or(at_ms, |last| at_ms.max(last.at_ms));
        self.switches.push(Switch { at_ms, floor });
    }

    /// Talk time of each speaker up to `now_ms`; the open segment counts up to `now_ms`.
    pub fn totals(&self, now_ms: i64) -> TalkTotals {
        let mut totals = TalkTotals::default();
        for (i, switch) in self.switches.iter().enumerate() {
            let end = self.switches.get(i + 1).map_or(now_ms, |next| next.at_ms);
            let span = (end - switch.at_ms).max(0);
            match switch.floor {
                Floor::Me => totals.me_ms += span,
                Floor::Them => totals.them_ms += span,
                Floor::Paused => {}
            }
        }
        totals
    }

    pub fn switches(&self) -> &[Switch] {
        &self.switches
    }
}
