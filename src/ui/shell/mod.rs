//! The app shell: the router with every screen, the header's notes, the bottom navigation and
//! the quick exit.

pub mod app;
pub mod app_status;
pub mod nav;
pub mod quick_exit;
pub mod screen_unavailable;
pub mod screens;
pub mod team_status;
