//! Pure rules and types of the product: no browser, no UI, tested natively.

pub mod backup;
pub mod profile;
pub mod record;
pub mod talk_meter;
pub mod theme;
pub mod units;
