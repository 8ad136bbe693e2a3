//! Pure rules and types of the product: no browser, no UI, tested natively.

pub mod backup;
pub mod builtin_guides;
pub mod calendar;
pub mod debrief;
pub mod follow_ups;
pub mod guide;
pub mod guide_edit;
pub mod links;
pub mod live;
pub mod meeting;
pub mod next_step;
pub mod people_list;
pub mod person;
pub mod profile;
pub mod record;
pub mod request;
pub mod search;
pub mod story;
pub mod talk_meter;
pub mod text;
pub mod theme;
pub mod today_snapshot;
pub mod units;
pub mod when;
