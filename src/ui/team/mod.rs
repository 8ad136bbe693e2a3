//! Team sync: setting up the team (its page, `/settings/team`), in a chunk of its own.

pub mod join_qr;
pub mod leave;
pub mod live;
pub mod page;
pub mod status_relay;
pub mod sync_now;
