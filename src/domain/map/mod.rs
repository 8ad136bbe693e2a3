//! The relationship map: people as nodes, who referred whom and the links added by hand as
//! edges (graph), where each is drawn (layout), and what the organizer should act on (flags).

pub mod flags;
pub mod graph;
pub mod layout;
