//! What a deleted record leaves behind: its kind, its id and the version of the deletion. A
//! deletion is final: a tombstone wins over every version of the record from anywhere (an
//! autosave still pending in another tab, the journal, an older backup, a teammate's phone), so
//! a person the organizer removed never comes back with what was written about them. (A rule
//! where a later edit revives the record would also not converge: the tombstone no longer holds
//! the fields it replaced, so a phone that merged the last version before the deletion and one
//! that did not would revive different records.)

use serde::{Deserialize, Serialize};

use super::clock::Stamp;

/// How long a tombstone is kept: two years. A version of a deleted record can only arrive from
/// a copy made before the deletion (a backup file; later, a phone that was away), and a backup
/// older than what is still remembered is refused (see [`Horizon`]): so the period only bounds
/// how old a backup may be and still be restored. Two years covers the backup an organizer
/// keeps from one campaign season to the next, and tombstones are small (an id and a stamp).
pub const RETENTION_MS: i64 = 2 * 365 * 24 * 60 * 60 * 1000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// The store the record was in.
    pub kind: String,
    pub id: String,
    /// The version of the deletion.
    pub stamp: Stamp,
}

impl Tombstone {
    /// Two tombstones of one record merge into the later one.
    pub fn merge(self, other: Tombstone) -> Tombstone {
        if other.stamp > self.stamp {
            other
        } else {
            self
        }
    }

    /// True when it is old enough to be forgotten at `now_ms`.
    pub fn expired(&self, now_ms: i64) -> bool {
        self.stamp.wall < now_ms.saturating_sub(RETENTION_MS)
    }
}

/// The moment before which deletions are no longer remembered (just after the newest tombstone
/// purged): a backup exported before it could bring back what was deleted, so it is refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Horizon {
    pub forgotten_before: i64,
}

impl Horizon {
    /// The horizon once the `expired` tombstones are purged.
    pub fn after_purging(self, expired: &[Tombstone]) -> Horizon {
        let newest = expired.iter().map(|t| t.stamp.wall.saturating_add(1)).max();
        Horizon {
            forgotten_before: newest
                .map_or(self.forgotten_before, |n| n.max(self.forgotten_before)),
        }
    }

    /// Why a backup exported at `exported_at` is refused, if it is: it is older than what is
    /// still remembered of deletions.
    pub fn refuses(&self, exported_at: i64) -> Option<String> {
        if exported_at >= self.forgotten_before {
            return None;
        }
        let day = |ms: i64| {
            chrono::DateTime::from_timestamp_millis(ms)
                .map_or_else(String::new, |t| t.format("%Y-%m-%d").to_string())
        };
        Some(format!(
            "This backup was made on {}, and deletions made before {} are no longer remembered (they are kept for two years): restoring it could bring back people you deleted. Restore a newer backup. Nothing was changed.",
            day(exported_at),
            day(self.forgotten_before)
        ))
    }
}
