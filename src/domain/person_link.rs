//! A link between two people that the organizer adds by hand ("knows", "works with", "family",
//! or a word of their own), kept on the person whose page it was added on and drawn on the map.

use serde::{Deserialize, Serialize};

use super::text::one_line;

/// The words offered for a link; any other word the organizer types is kept as typed.
pub const LINK_WORDS: [&str; 3] = ["knows", "works with", "family"];

/// The longest word a link keeps, in characters.
pub const MAX_WORD: usize = 40;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonLink {
    /// Given when the link is added (`store::new_item_id`), so two devices adding links to one
    /// person both keep theirs.
    #[serde(default)]
    pub id: String,
    /// The other person, by id.
    pub to: String,
    /// How they are linked: "knows", "works with", "family", or the organizer's own word.
    #[serde(default)]
    pub word: String,
}

/// A word as a link keeps it: trimmed, inner spaces made single, at most [`MAX_WORD`]
/// characters; blank means "knows".
pub fn link_word(typed: &str) -> String {
    let word = one_line(typed);
    if word.is_empty() {
        return LINK_WORDS[0].to_owned();
    }
    word.chars().take(MAX_WORD).collect()
}
