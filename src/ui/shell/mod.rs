//! The app shell: the router with every screen, the header's notes and the bottom navigation.

pub mod app;
pub mod app_status;
pub mod nav;
