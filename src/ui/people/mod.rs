//! People: the list, adding a person, a person's page with their story, and who referred them.

pub mod contact_actions;
pub mod ego_map;
pub mod engagement_history;
pub mod hand_on;
pub mod import;
pub mod list;
pub mod new;
pub mod page;
pub mod person_links;
pub mod referrer_picker;
pub mod save_contact;
pub mod story;
pub mod team_share;
