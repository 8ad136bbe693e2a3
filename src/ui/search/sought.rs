//! What is being searched for, as the search form holds it and the address bar shows it: the
//! words, a tag, a stage, a date range and open follow-ups only.

use chrono::Local;

use crate::domain::links::encode_component;
use crate::domain::person::Stage;
use crate::domain::search::Filters;
use crate::domain::when::{day_end, day_start};

/// What is being searched for, as it appears in the form and the address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sought {
    pub words: String,
    pub tag: String,
    /// A stage key ("not-yet-met"), or empty.
    pub stage: String,
    /// `date` input values, or empty.
    pub from: String,
    pub to: String,
    pub open_only: bool,
}

impl Sought {
    pub fn filters(&self) -> Filters {
        Filters {
            tag: Some(self.tag.clone()).filter(|t| !t.is_empty()),
            stage: stage_from_key(&self.stage),
            from: day_start(&self.from, &Local),
            until: day_end(&self.to, &Local),
            open_only: self.open_only,
        }
    }

    /// "/search?q=child&tag=Healthcare", leaving out what is empty.
    pub fn address(&self) -> String {
        let pairs = [
            ("q", self.words.as_str()),
            ("tag", &self.tag),
            ("stage", &self.stage),
            ("from", &self.from),
            ("to", &self.to),
            ("open", if self.open_only { "1" } else { "" }),
        ];
        let query: Vec<String> = pairs
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(key, value)| format!("{key}={}", encode_component(value)))
            .collect();
        if query.is_empty() {
            "/search".to_owned()
        } else {
            format!("/search?{}", query.join("&"))
        }
    }
}

/// A stage as it appears in the address: "not-yet-met".
pub fn stage_key(stage: Option<Stage>) -> String {
    stage
        .map(|s| s.label().to_lowercase().replace(' ', "-"))
        .unwrap_or_default()
}

pub fn stage_from_key(key: &str) -> Option<Stage> {
    Stage::ALL.into_iter().find(|&s| stage_key(Some(s)) == key)
}
