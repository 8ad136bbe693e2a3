//! How screens get their data: the store in context, queries kept fresh, records being edited, and ids from the path.

pub mod collection;
pub mod editable;
pub mod reloaded;
pub mod route_param;
pub mod store_context;
