//! Text as the app handles it: folded for matching (case- and accent-insensitive: "nunez" finds
//! "Núñez"), put on one line, split into items or joined, appended to, made a file name.

use crate::domain::accents::{is_word_char, push_folded};

/// Lowercases and removes the accents of every script ("Nguyễn" is "nguyen", "Ș" is "s",
/// "İ" is "i"), and spells ligatures and letters like "Ł" or "ß" plainly (see `accents`).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// [`fold`], written into `folded` (cleared first), so a loop can reuse one buffer.
pub fn fold_into(text: &str, folded: &mut String) {
    folded.clear();
    if text.is_ascii() {
        folded.push_str(text);
        folded.make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        push_folded(c, folded);
    }
}

/// True when every word of `query` starts a word somewhere in `haystack` (both folded), so
/// "child" finds "childcare" and "ana local" finds "Ana … Local 12". An empty query matches.
pub fn matches_all_words(query: &str, haystack: &str) -> bool {
    matches_all_folded(query, &fold(haystack))
}

/// [`matches_all_words`] for a haystack folded already, so a list searched on every
/// keystroke folds each text once.
pub fn matches_all_folded(query: &str, haystack: &str) -> bool {
    let words: Vec<&str> = haystack
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    fold(query)
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .all(|q| words.iter().any(|w| w.starts_with(q)))
}

/// `text` as a piece of a file name: folded to ASCII, words joined by hyphens ("Ana Núñez" is
/// "ana-nunez"); empty when nothing of it is a letter or digit.
pub fn slug(text: &str) -> String {
    fold(text)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A list in one line: "Tenants union; Food bank" (blank items left out).
pub fn joined(items: &[String]) -> String {
    items
        .iter()
        .map(|item| item.trim())
        .filter(|item| !item.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// `text` on one line: trimmed, every run of spaces, tabs and line breaks made one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The items of a text that lists several ("a, b , c"), split at any of `separators`,
/// trimmed, blank ones left out.
pub fn items(text: &str, separators: &[char]) -> Vec<String> {
    text.split(separators)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `addition` put at the end of `text`, after `separator` unless `text` is blank.
pub fn append(text: &mut String, addition: &str, separator: &str) {
    if !text.trim().is_empty() {
        text.push_str(separator);
    }
    text.push_str(addition);
}

/// Adds each of `new` not in `items` (ignoring case); returns whether any was added.
pub fn add_new_items(items: &mut Vec<String>, new: &[String]) -> bool {
    let mut added = false;
    for item in new {
        if !items
            .iter()
            .any(|i| i.to_lowercase() == item.to_lowercase())
        {
            items.push(item.clone());
            added = true;
        }
    }
    added
}
