//! The live guide (`/meetings/:id/live`): sections, prompts, the timer and the talk meter.

pub mod page;
pub mod prompts;
pub mod talk;
pub mod ticker;
pub mod timer;
