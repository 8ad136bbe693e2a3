//! The team this phone syncs with (Settings, Team): the team's server, database and key, and
//! the account on the server, kept in localStorage like the journal: sealed while the lock is
//! on, because the team key opens everything the team shares and the password reaches it.

use gloo_storage::{LocalStorage, Storage};

use super::error::StoreError;
use super::sealed_text;
use crate::domain::team::Membership;

const KEY: &str = "one-on-one.team";
/// This phone's organizer's user name, kept apart from the membership so the screens that
/// ask whose a step is (Today, Follow-ups, every write of a step) need not read the whole of
/// it: the main module then carries no membership reader, and a phone in no team no cost.
const NAME_KEY: &str = "one-on-one.team-user";

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
    sealed_text::read(NAME_KEY)
}

/// Keeps the user name apart too, for a membership kept before it was (the live sync and
/// Team call this when they read the membership).
pub fn keep_my_name_of(member: &Membership) {
    if my_name().as_deref() != Some(member.user.as_str()) {
        let _ = sealed_text::write(NAME_KEY, &member.user);
    }
}

/// Whether a `storage` event's key is the team's: another tab joined or left.
pub fn is_its_key(key: Option<String>) -> bool {
    key.as_deref() == Some(KEY)
}

/// Keeps `membership` (joining a team, a new password).
pub fn keep(membership: &Membership) -> Result<(), StoreError> {
    sealed_text::write(KEY, membership)?;
    sealed_text::write(NAME_KEY, &membership.user)
}

/// Forgets the team (leaving it, or deleting everything), and where its changes were read to.
pub fn forget() {
    LocalStorage::delete(KEY);
    LocalStorage::delete(NAME_KEY);
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
    sealed_text::rewrite(KEY)?;
    sealed_text::rewrite(NAME_KEY)
}
