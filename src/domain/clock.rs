//! Hybrid logical clock: the stamp that versions each change, ordered by wall time, then a
//! counter, then the replica (a tab, a phone) that made it, so that a clock set wrong cannot
//! win forever: a replica that has seen a stamp always stamps its next change after it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest replica id a stamp may carry.
const MAX_REPLICA_CHARS: usize = 16;

/// One version of one change. Ordered by `wall`, then `count`, then `replica`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// UTC milliseconds, as the replica's clock (or a stamp it had seen) said.
    pub wall: i64,
    /// Orders changes within one millisecond, and after a stamp from a clock ahead of ours.
    pub count: u32,
    /// Who made the change; empty for the stamps given to records written before field
    /// versions existed.
    pub replica: String,
}

impl Stamp {
    /// The stamp every field of a record stored before field versions existed is taken to have:
    /// its `updated_at`, so the newest of two such versions still wins, as it did then.
    pub fn legacy(updated_at: i64) -> Stamp {
        Stamp {
            wall: updated_at,
            count: 0,
            replica: String::new(),
        }
    }

    /// The stamp `n` places after this one, by the same replica: successive changes of one edit.
    pub fn nth_after(&self, n: u32) -> Stamp {
        Stamp {
            wall: self.wall,
            count: self.count.saturating_add(n),
            replica: self.replica.clone(),
        }
    }
}

/// "1733100000000.0000.k3j9x2": the wall time, the counter (four digits, so stamps of one
/// millisecond sort as text too) and the replica.
impl fmt::Display for Stamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:013}.{:04}.{}", self.wall, self.count, self.replica)
    }
}

impl FromStr for Stamp {
    type Err = &'static str;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        const BAD: &str = "a version stamp is malformed";
        let mut parts = text.splitn(3, '.');
        let (Some(wall), Some(count), Some(replica)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(BAD);
        };
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(wall) || !digits(count) {
            return Err(BAD);
        }
        let replica_ok = replica.chars().count() <= MAX_REPLICA_CHARS
            && replica
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !replica_ok {
            return Err(BAD);
        }
        Ok(Stamp {
            wall: wall.parse().map_err(|_| BAD)?,
            count: count.parse().map_err(|_| BAD)?,
            replica: replica.to_owned(),
        })
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The version a record keeps for one of its parts: the stamp of its last change, and whether
/// that change removed it. Written as the stamp's text, with a leading '-' for a removal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub stamp: Stamp,
    pub removed: bool,
}

impl Version {
    pub fn new(stamp: Stamp, removed: bool) -> Version {
        Version { stamp, removed }
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sign = if self.removed { "-" } else { "" };
        serializer.collect_str(&format_args!("{sign}{}", self.stamp))
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let (removed, stamp) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let stamp = stamp.parse().map_err(serde::de::Error::custom)?;
        Ok(Version { stamp, removed })
    }
}

/// One replica's clock. Pure: the wall time is passed in.
#[derive(Clone, Debug)]
pub struct Clock {
    replica: String,
    wall: i64,
    count: u32,
}

impl Clock {
    pub fn new(replica: impl Into<String>) -> Clock {
        let mut replica: String = replica.into();
        replica.retain(|c| c.is_ascii_alphanumeric() || c == '-');
        replica.truncate(MAX_REPLICA_CHARS);
        Clock {
            replica,
            wall: 0,
            count: 0,
        }
    }

    /// A stamp later than every stamp this clock gave or saw, and than `seen` (the newest
    /// version of what is being changed), at wall time `now_ms` when the clock is not behind.
    pub fn tick(&mut self, now_ms: i64, seen: Option<&Stamp>) -> Stamp {
        if let Some(seen) = seen {
            if (seen.wall, seen.count) > (self.wall, self.count) {
                self.wall = seen.wall;
                self.count = seen.count;
            }
        }
        if now_ms > self.wall {
            self.wall = now_ms;
            self.count = 0;
        } else {
            self.count = self.count.saturating_add(1);
        }
        Stamp {
            wall: self.wall,
            count: self.count,
            replica: self.replica.clone(),
        }
    }

    /// Reserves `n` more stamps after the last one given (the changes of one edit), so the next
    /// tick comes after them.
    pub fn skip(&mut self, n: u32) {
        self.count = self.count.saturating_add(n);
    }
}
