//! Team sync: setting up the team (its page, `/settings/team`), in a chunk of its own.

pub mod page;
