//! Splitting text into folded words, keeping where each word sits in the original text.

use std::ops::Range;

use crate::domain::accents::is_word_char;
use crate::domain::text::fold;

/// Each word of `text` (a run of letters and digits, with any marks on them) as its byte range in `text` and its
/// folded form: `"Núñez, RN"` gives `0..7 "nunez"` and `9..11 "rn"`.
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    word_ranges(text).map(|range| (range.clone(), fold(&text[range])))
}

/// The byte range of each word of `text`.
pub fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.by_ref().find(|(_, c)| is_word_char(*c))?;
        let mut end = text.len();
        while let Some(&(at, c)) = rest.peek() {
            if !is_word_char(c) {
                end = at;
                break;
            }
            rest.next();
        }
        Some(start..end)
    })
}

/// The most words a query is searched for; more would only narrow what is already narrow.
pub const MAX_QUERY_WORDS: usize = 16;

/// The distinct folded words of a query, longest first, so the most selective runs first; at
/// most [`MAX_QUERY_WORDS`] of them.
pub fn query_words(query: &str) -> Vec<String> {
    let mut found: Vec<String> = words(query).map(|(_, word)| word).collect();
    found.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    found.dedup();
    found.truncate(MAX_QUERY_WORDS);
    found
}
