//! A guide: the agenda of a one-on-one, as sections of question prompts. Built-in guides are
//! data (see `builtin_guides`); a stored guide with the same id is the organizer's edit of it.

use serde::{Deserialize, Serialize};

use super::record::Meta;

/// A question to ask, with an optional hint on how to ask it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prompt {
    pub text: String,
    #[serde(default)]
    pub hint: String,
}

/// One part of the agenda, with a suggested share of the meeting's time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub title: String,
    /// Suggested share of the planned length, in percent.
    #[serde(default)]
    pub share_percent: Option<u8>,
    #[serde(default)]
    pub prompts: Vec<Prompt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guide {
    pub meta: Meta,
    pub name: String,
    /// When to use it, in a sentence.
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub sections: Vec<Section>,
}

crate::impl_record!(Guide, "guides");

/// The guides to choose from: every built-in (or the stored edit of it) first, in the built-in
/// order, then the organizer's own guides by name.
pub fn available(stored: &[Guide], builtins: Vec<Guide>) -> Vec<Guide> {
    let mut list: Vec<Guide> = builtins
        .into_iter()
        .map(|builtin| {
            stored
                .iter()
                .find(|g| g.meta.id == builtin.meta.id)
                .cloned()
                .unwrap_or(builtin)
        })
        .collect();
    let mut own: Vec<Guide> = stored
        .iter()
        .filter(|g| !list.iter().any(|b| b.meta.id == g.meta.id))
        .cloned()
        .collect();
    own.sort_by_key(|g| g.name.to_lowercase());
    list.extend(own);
    list
}
