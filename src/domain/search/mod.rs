//! Search across people, meetings and follow-ups: an inverted index kept up to date record by
//! record, answering prefix, accent- and case-insensitive queries ranked by where words match.

mod entry;
mod index;
mod query;
mod snippet;
mod top;
mod words;

pub use entry::{Entry, Field, Kind, Weight, MASKED_STEP};
pub use index::SearchIndex;
pub use query::{Filters, Group, Hit, Results};
pub use snippet::{Part, Snippet, MASKED};
pub use words::{query_words, words};
