//! A one-on-one: its set-up and request, the live guide, and the debrief.

pub mod debrief;
pub mod live;
pub mod page;
pub mod plan;
pub mod request;
