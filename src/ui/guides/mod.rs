//! Guides: the list of agendas and one guide edited with its sections and prompts.

pub mod list;
pub mod page;
pub mod sections;
