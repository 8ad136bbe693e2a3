//! Leptos components: the shell, one module per screen, and small shared pieces.

pub mod app;
mod collection;
mod editable;
mod empty_state;
mod follow_ups;
mod guides;
mod icons;
mod meeting_item;
mod meeting_page;
mod meeting_plan;
mod meeting_request;
mod nav;
mod not_found;
mod people;
mod person_new;
mod person_page;
mod person_story;
mod send_actions;
mod settings;
mod settings_backup;
mod settings_meetings;
mod settings_profile;
mod settings_scripts;
mod settings_storage;
mod store_context;
mod text_field;
mod today;
