//! People, one-on-ones and follow-ups as tables a spreadsheet opens (CSV): one module per
//! table, and the cells and file shared by all three.

pub mod cells;
pub mod follow_ups;
pub mod meetings;
pub mod people;
