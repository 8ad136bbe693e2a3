//! What every stored record carries: a stable id, creation and update times, a schema version,
//! and the rule that decides which of two versions of the same record is kept.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::clock::{Stamp, Version};

/// The schema version written into every record created by this build.
pub const SCHEMA_VERSION: u32 = 1;

/// Identity and history of a record. Times are UTC milliseconds since the Unix epoch: exact,
/// time-zone free, and ordered correctly by IndexedDB indexes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub schema: u32,
    /// The version of every part of the record not named in `versions`. Absent on records
    /// written before field versions existed: they read as [`Stamp::legacy`] of `updated_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Stamp>,
    /// The version of each part changed since `base`, by path ("phone", "debrief.sparks",
    /// "tags/urgent"), and of each list item removed (see `domain::merge`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub versions: BTreeMap<String, Version>,
}

impl Meta {
    pub fn new(id: impl Into<String>, now_ms: i64) -> Self {
        Self {
            id: id.into(),
            created_at: now_ms,
            updated_at: now_ms,
            schema: SCHEMA_VERSION,
            base: None,
            versions: BTreeMap::new(),
        }
    }

    /// The version of every part not named in `versions`.
    pub fn base(&self) -> Stamp {
        self.base
            .clone()
            .unwrap_or_else(|| Stamp::legacy(self.updated_at))
    }

    /// Marks a change. `updated_at` always moves forward, even when the clock was set back,
    /// so the newest edit keeps winning.
    pub fn touch(&mut self, now_ms: i64) {
        self.updated_at = now_ms.max(self.updated_at + 1);
        self.schema = SCHEMA_VERSION;
    }
}

/// A record kept in one of the object stores.
pub trait Record: Clone + Serialize + for<'de> Deserialize<'de> + 'static {
    /// The object store that holds this kind of record.
    const STORE: &'static str;
    /// The name of the performance measure of reading them all.
    const LOAD_ALL: &'static str;
    /// The name of the performance measure of reading some, chosen before conversion.
    const LOAD_SOME: &'static str;

    fn meta(&self) -> &Meta;
    fn meta_mut(&mut self) -> &mut Meta;
}

/// Implements [`Record`] for a struct with a `meta: Meta` field, kept in `store`.
#[macro_export]
macro_rules! impl_record {
    ($type:ty, $store:literal) => {
        impl $crate::domain::record::Record for $type {
            const STORE: &'static str = $store;
            const LOAD_ALL: &'static str = concat!("load ", $store);
            const LOAD_SOME: &'static str = concat!("load some ", $store);

            fn meta(&self) -> &$crate::domain::record::Meta {
                &self.meta
            }

            fn meta_mut(&mut self) -> &mut $crate::domain::record::Meta {
                &mut self.meta
            }
        }
    };
}
