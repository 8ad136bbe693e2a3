//! The names of the object stores beside the records': what the store derives from them
//! (`derived.rs`), and the lock (`durable_lock.rs`).

/// A card per person (`PersonCard`), keyed by the person's id.
pub(super) const CARDS: &str = "people_cards";
/// Facts as keys (`fact_key`), with no value worth reading.
pub(super) const FACTS: &str = "people_facts";

/// The lock, kept where a killed browser cannot lose it (database version 8); never backed up.
pub(super) const LOCK_STORE: &str = "lock";

/// What waits to go to the team's server (`team_outbox.rs`, database version 9): a row per
/// record changed here, keyed by the record's id; never backed up.
pub(super) const OUTBOX: &str = "team_outbox";
