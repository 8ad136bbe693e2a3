//! Pure rules and types of the product: no browser, no UI, tested natively.

pub mod talk_meter;
pub mod theme;
