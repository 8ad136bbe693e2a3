//! The words of a result that match, shown in a little of their context.

use super::entry::{Entry, Field};
use super::words::words;

/// A piece of a snippet: matched text is marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub text: String,
    pub matched: bool,
}

/// "Notes: …drives the 14 bus, asked about childcare…", with the matching words marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub label: &'static str,
    pub parts: Vec<Part>,
}

/// What a snippet says of a match in a sensitive field.
pub const MASKED: &str = "matched where it is marked sensitive";

/// Characters of context kept before the first match and in all.
const BEFORE: usize = 30;
const LENGTH: usize = 120;

impl Snippet {
    /// The field of `entry` where `query` words match best (the heaviest field, then the one
    /// with most matches), cut to a window around its first match; `None` when no field matches
    /// (a result found through its person).
    pub fn of(entry: &Entry, query: &[String]) -> Option<Snippet> {
        let (field, matches) = entry
            .fields
            .iter()
            .map(|field| (field, matched_ranges(&field.text, query)))
            .filter(|(_, matches)| !matches.is_empty())
            // On a tie the earlier field wins: `max_by` keeps the first when told it is greater.
            .max_by(|a, b| {
                (a.0.weight, a.1.len())
                    .cmp(&(b.0.weight, b.1.len()))
                    .then(std::cmp::Ordering::Greater)
            })?;
        if field.sensitive {
            return Some(Snippet {
                label: field.label,
                parts: vec![Part {
                    text: MASKED.to_owned(),
                    matched: false,
                }],
            });
        }
        Some(cut(field, &matches))
    }

    /// The whole snippet as plain text.
    pub fn text(&self) -> String {
        self.parts.iter().map(|p| p.text.as_str()).collect()
    }
}

/// The byte ranges of the words of `text` that start with a query word.
fn matched_ranges(text: &str, query: &[String]) -> Vec<std::ops::Range<usize>> {
    words(text)
        .filter(|(_, word)| query.iter().any(|q| word.starts_with(q.as_str())))
        .map(|(range, _)| range)
        .collect()
}

fn cut(field: &Field, matches: &[std::ops::Range<usize>]) -> Snippet {
    let text = field.text.as_str();
    let first = matches[0].start;
    let start = boundary_before(text, first.saturating_sub(BEFORE), first);
    let end = boundary_after(text, (start + LENGTH).min(text.len()));
    let mut parts = Vec::new();
    let mut push = |text: &str, matched: bool| {
        if !text.is_empty() {
            parts.push(Part {
                text: text.to_owned(),
                matched,
            });
        }
    };
    if start > 0 {
        push("…", false);
    }
    let mut at = start;
    for range in matches.iter().filter(|r| r.start >= start && r.end <= end) {
        push(&flatten(&text[at..range.start]), false);
        push(&text[range.clone()], true);
        at = range.end;
    }
    push(&flatten(&text[at..end]), false);
    if end < text.len() {
        push("…", false);
    }
    Snippet {
        label: field.label,
        parts,
    }
}

/// Line breaks shown as spaces, so a snippet stays on one line.
fn flatten(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// The start of the word at or after `at` (not past `first`), so a snippet never starts
/// mid-word.
fn boundary_before(text: &str, at: usize, first: usize) -> usize {
    if at == 0 {
        return 0;
    }
    let at = floor_char(text, at);
    text[at..first]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(first, |(i, c)| at + i + c.len_utf8())
}

/// The end of the word that `at` falls in, so a snippet never ends mid-word.
fn boundary_after(text: &str, at: usize) -> usize {
    let at = floor_char(text, at);
    text[at..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(i, _)| at + i)
}

fn floor_char(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}
