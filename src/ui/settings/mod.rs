//! Settings (`/settings`): one section per file, and install help.

pub mod backup;
pub mod calendar;
pub mod install_help;
pub mod lock;
pub mod lock_on;
pub mod lock_passkey;
pub mod meetings;
pub mod page;
pub mod profile;
pub mod scripts;
pub mod spreadsheets;
pub mod storage;
pub mod team;
