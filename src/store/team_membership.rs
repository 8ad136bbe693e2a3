//! The team this phone syncs with (Settings, Team): the team's server, database and key, and
//! the account on the server, kept in localStorage like the journal: sealed while the lock is
//! on, because the team key opens everything the team shares and the password reaches it.

use gloo_storage::{LocalStorage, Storage};

use super::error::StoreError;
use super::sealed_text;
use crate::domain::team::Membership;

const KEY: &str = "one-on-one.team";

/// The team this phone is in, if any (none while the lock is on and this tab holds no key).
pub fn kept() -> Option<Membership> {
    sealed_text::read(KEY)
}

/// Whether this phone is in a team (known without the key while the lock is on), so what
/// changes here waits in the outbox for the team's server.
pub fn joined() -> bool {
    LocalStorage::raw().get_item(KEY).ok().flatten().is_some()
}

/// This phone's organizer's user name on the team's server, if in a team.
pub fn my_name() -> Option<String> {
    kept().map(|member| member.user)
}

/// Keeps `membership` (joining a team, a new password).
pub fn keep(membership: &Membership) -> Result<(), StoreError> {
    sealed_text::write(KEY, membership)
}

/// Forgets the team (leaving it, or deleting everything), and where its changes were read to.
pub fn forget() {
    LocalStorage::delete(KEY);
    LocalStorage::delete(SINCE_KEY);
}

/// The team server's sequence this phone has taken in changes up to (a CouchDB `last_seq`:
/// a position in the changes feed, nothing of what the team shares).
const SINCE_KEY: &str = "one-on-one.team-since";

/// Where the last sync finished reading the team's changes, if it ran.
pub fn since() -> Option<serde_json::Value> {
    LocalStorage::get(SINCE_KEY).ok()
}

/// Keeps where a sync finished reading the team's changes.
pub fn keep_since(since: &serde_json::Value) {
    let _ = LocalStorage::set(SINCE_KEY, since);
}

/// Writes it again in the form the lock asks for now (turning it on or off).
pub(super) fn rewrite() -> Result<(), StoreError> {
    sealed_text::rewrite(KEY)
}
