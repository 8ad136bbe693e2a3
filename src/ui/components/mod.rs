//! Small pieces that several screens share: fields, states, items, actions, icons.

pub mod add_to_calendar;
pub mod empty_state;
pub mod engagement_options;
pub mod flash;
pub mod follow_through;
pub mod follow_up_item;
pub mod hand_over;
pub mod icons;
pub mod list_field;
pub mod meeting_item;
pub mod not_found;
pub mod outcome;
pub mod save_status;
pub mod secret_field;
pub mod send_actions;
pub mod sensitive_area;
pub mod show_more;
pub mod text_field;
