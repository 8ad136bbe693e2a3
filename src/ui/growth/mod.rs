//! The organizer's own growth (`/growth`): talk share, length, one-on-ones each week, asks and
//! self-checks over their last one-on-ones.

pub mod bar_chart;
pub mod page;
