//! The debrief (`/meetings/:id/debrief`): what was learned, asks, next steps and referrals.

pub mod asks;
pub mod earlier_commitments;
pub mod edit;
pub mod engagement;
pub mod page;
pub mod referrals;
pub mod self_check;
pub mod step_owner;
pub mod steps;
