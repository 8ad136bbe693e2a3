//! Today (`/`): what is due, the meetings coming up, and people waiting for a first one-on-one.

pub mod first_run;
pub mod page;
pub mod snapshot;
pub mod waiting;
