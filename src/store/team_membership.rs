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

/// Keeps `membership` (joining a team, a new password).
pub fn keep(membership: &Membership) -> Result<(), StoreError> {
    sealed_text::write(KEY, membership)
}

/// Forgets the team (leaving it, or deleting everything).
pub fn forget() {
    LocalStorage::delete(KEY);
}

/// Writes it again in the form the lock asks for now (turning it on or off).
pub(super) fn rewrite() -> Result<(), StoreError> {
    sealed_text::rewrite(KEY)
}
