//! Follow-ups (`/follow-ups`): every open next step and check-in across people.

pub mod page;
