//! How screens get their data: the store in context, the query primitive and the reads built on
//! it, a record being edited, and ids from the path.

pub mod commitment_endings;
pub mod editable;
pub mod pages;
pub mod query;
pub mod records;
pub mod route_param;
pub mod store_context;
