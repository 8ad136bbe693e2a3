//! The debrief (`/meetings/:id/debrief`): what was learned, asks, next steps and referrals.

pub mod asks;
pub mod edit;
pub mod page;
pub mod referrals;
pub mod step_owner;
pub mod steps;
