//! Search (`/search`): the app-wide index, the page, its filters and its results.

pub mod context;
pub mod filters;
pub mod keeping_up;
pub mod page;
pub mod results;
pub mod sought;
