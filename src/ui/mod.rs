//! Leptos components: the shell, one folder per screen family with its parts beside it, and two
//! shared rooms, `components/` (views) and `data/` (how screens read and write the store).

pub mod components;
pub mod data;
pub mod follow_ups;
pub mod growth;
pub mod guides;
pub mod lock;
pub mod map;
pub mod meetings;
pub mod people;
pub mod search;
pub mod settings;
pub mod shell;
pub mod team;
pub mod today;
