//! People as vCards, the format every phone's contacts app reads and writes.

pub mod export;
