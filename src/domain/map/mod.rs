//! The relationship map: people as nodes, who referred whom and the links added by hand as
//! edges (graph), where each is drawn (layout), how it is looked at (view), and what the
//! organizer should act on (flags).

pub mod ego;
pub mod flags;
pub mod graph;
pub mod layout;
pub mod view;
