//! Leptos components: the shell, one module per screen, and small shared pieces.

pub mod app;
mod empty_state;
mod follow_ups;
mod guides;
mod icons;
mod nav;
mod not_found;
mod people;
mod settings;
mod today;
