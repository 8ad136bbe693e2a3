//! The relationship map (`/map`): the drawing, the same in words, and what to act on.

pub mod canvas;
pub mod flags;
pub mod laying_out;
pub mod list;
pub mod page;
