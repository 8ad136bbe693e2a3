//! The backup file: one versioned JSON document holding every record, its validation (the
//! whole file is checked before anything is written) and the merge plan for restoring it.
//!
//! ```json
//! { "format": "one-on-one-backup", "version": 1, "exported_at": 1700000000000,
//!   "app_version": "0.1.0",
//!   "stores": { "people": [ { "meta": { "id": "…", "created_at": 0, "updated_at": 0,
//!                                        "schema": 1 }, … } ], "settings": [ … ] } }
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::kinds;
use super::merge::{canonical, merge_reporting};
use super::record::SCHEMA_VERSION;
use super::tombstone::Tombstone;

pub const BACKUP_FORMAT: &str = "one-on-one-backup";
pub const BACKUP_VERSION: u32 = 1;
/// Larger files are refused before they are parsed (a phone has little memory to spare). The
/// benchmark's large dataset (10,000 people, 30,000 meetings with notes, 50,000 next steps)
/// exports to about 65 MB, well inside.
pub const MAX_BACKUP_BYTES: usize = 128 * 1024 * 1024;
const MAX_ID_CHARS: usize = 200;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub exported_at: i64,
    pub app_version: String,
    /// Object store name to its records, each a JSON object with a `meta`.
    pub stores: BTreeMap<String, Vec<Value>>,
    /// What was deleted, so a restore deletes it here too and never brings it back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<Tombstone>,
}

impl Backup {
    /// A backup of `stores`, the records as a backup holds them (the store's export leaves out
    /// the fields it derives for its indexes).
    pub fn new(
        exported_at: i64,
        app_version: &str,
        stores: BTreeMap<String, Vec<Value>>,
        tombstones: Vec<Tombstone>,
    ) -> Self {
        Self {
            format: BACKUP_FORMAT.to_owned(),
            version: BACKUP_VERSION,
            exported_at,
            app_version: app_version.to_owned(),
            stores,
            tombstones,
        }
    }

    /// The file's text: compact JSON, a third smaller than indented, so that large backups
    /// stay well inside [`MAX_BACKUP_BYTES`].
    pub fn to_file(&self) -> Result<String, String> {
        serde_json::to_string(self).map_err(|e| e.to_string())
    }

    pub fn record_count(&self) -> usize {
        self.stores.values().map(Vec::len).sum()
    }
}

/// Why a file cannot be restored. Nothing is changed in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    Truncated,
    Malformed(String),
    NotABackup,
    FromNewerApp {
        version: u32,
    },
    UnknownSection(String),
    InvalidRecord {
        store: String,
        position: usize,
        reason: String,
    },
    DuplicateId {
        store: String,
        id: String,
    },
    InvalidTombstone {
        position: usize,
        reason: String,
    },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nothing_changed = "Nothing was changed.";
        match self {
            BackupError::Empty => write!(f, "The file is empty. {nothing_changed}"),
            BackupError::TooLarge { bytes } => write!(
                f,
                "The file is too large to be a backup ({} MB; the limit is {} MB). {nothing_changed}",
                bytes / 1_000_000,
                MAX_BACKUP_BYTES / 1_000_000
            ),
            BackupError::Truncated => write!(
                f,
                "The file ends too early: it was probably cut off while copying. {nothing_changed}"
            ),
            BackupError::Malformed(detail) => {
                write!(f, "The file is not readable as a backup ({detail}). {nothing_changed}")
            }
            BackupError::NotABackup => {
                write!(f, "This file is not a One-on-one backup. {nothing_changed}")
            }
            BackupError::FromNewerApp { version } => write!(
                f,
                "This backup was made by a newer version of the app (format {version}). Update the app, then restore it. {nothing_changed}"
            ),
            BackupError::UnknownSection(name) => write!(
                f,
                "The backup holds a section this app does not know (\"{name}\"). {nothing_changed}"
            ),
            BackupError::InvalidRecord { store, position, reason } => write!(
                f,
                "Record {} in {store}: {reason}. {nothing_changed}",
                position + 1
            ),
            BackupError::InvalidTombstone { position, reason } => write!(
                f,
                "Deletion {} in the backup: {reason}. {nothing_changed}",
                position + 1
            ),
            BackupError::DuplicateId { store, id } => write!(
                f,
                "The backup holds two records with the id \"{id}\" in \"{store}\". {nothing_changed}"
            ),
        }
    }
}

impl std::error::Error for BackupError {}

/// Reads and checks a whole backup file; returns it only if every record is sound.
pub fn parse_backup(text: &str, known_stores: &[&str]) -> Result<Backup, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(BackupError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            BackupError::Truncated
        } else {
            BackupError::Malformed(format!("line {}, column {}", e.line(), e.column()))
        }
    })?;
    if value.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v == u64::from(BACKUP_VERSION) => {}
        Some(v) if v > u64::from(BACKUP_VERSION) => {
            return Err(BackupError::FromNewerApp {
                version: u32::try_from(v).unwrap_or(u32::MAX),
            })
        }
        _ => return Err(BackupError::NotABackup),
    }
    let backup: Backup =
        serde_json::from_value(value).map_err(|e| BackupError::Malformed(e.to_string()))?;
    for (store, records) in &backup.stores {
        if !known_stores.contains(&store.as_str()) {
            return Err(BackupError::UnknownSection(store.clone()));
        }
        let mut seen = HashSet::with_capacity(records.len());
        for (position, record) in records.iter().enumerate() {
            let invalid = |reason: &str| BackupError::InvalidRecord {
                store: store.clone(),
                position,
                reason: reason.to_owned(),
            };
            let id = check_record(record).map_err(invalid)?;
            if let Some(kind) = kinds::of(store) {
                (kind.check)(record).map_err(|reason| invalid(&reason))?;
            }
            if !seen.insert(id) {
                return Err(BackupError::DuplicateId {
                    store: store.clone(),
                    id: id.to_owned(),
                });
            }
        }
    }
    for (position, tombstone) in backup.tombstones.iter().enumerate() {
        let invalid = |reason: &str| BackupError::InvalidTombstone {
            position,
            reason: reason.to_owned(),
        };
        if !known_stores.contains(&tombstone.kind.as_str()) {
            return Err(invalid("it names a kind of record this app does not know"));
        }
        if tombstone.id.is_empty() || tombstone.id.chars().count() > MAX_ID_CHARS {
            return Err(invalid("its id is empty or too long"));
        }
    }
    Ok(backup)
}

/// Checks one record's shape and returns its id.
fn check_record(record: &Value) -> Result<&str, &'static str> {
    let meta = record.get("meta").ok_or("it has no meta")?;
    let id = meta
        .get("id")
        .and_then(Value::as_str)
        .ok_or("it has no id")?;
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err("its id is empty or too long");
    }
    let created = meta
        .get("created_at")
        .and_then(Value::as_i64)
        .ok_or("it has no creation time")?;
    let updated = meta
        .get("updated_at")
        .and_then(Value::as_i64)
        .ok_or("it has no update time")?;
    if created < 0 || updated < 0 {
        return Err("its times are before 1970");
    }
    match meta.get("schema").and_then(Value::as_u64) {
        Some(schema) if (1..=u64::from(SCHEMA_VERSION)).contains(&schema) => {}
        _ => return Err("its schema version is unknown"),
    }
    if has_prototype_key(record) {
        return Err("it contains a forbidden key (__proto__)");
    }
    Ok(id)
}

/// `__proto__` would change an object's prototype when the record is handed to JavaScript.
fn has_prototype_key(value: &Value) -> bool {
    match value {
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| k == "__proto__" || has_prototype_key(v)),
        Value::Array(items) => items.iter().any(has_prototype_key),
        _ => false,
    }
}

/// What restoring a backup will do, per object store.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// Records to write: new ones, and stored ones merged with the backup's version.
    pub writes: Vec<(String, Value)>,
    /// Records stored here that the backup says were deleted: (store, id).
    pub deletes: Vec<(String, String)>,
    pub added: usize,
    pub updated: usize,
    /// Stored versions that already held everything the backup's did.
    pub kept: usize,
    /// Records of the backup deleted here or in the backup, not restored.
    pub deleted: usize,
}

impl ImportPlan {
    /// A sentence for the person: "Restored: 3 added, 1 updated, 2 already up to date."
    pub fn summary(&self) -> String {
        if self.added + self.updated + self.kept + self.deleted + self.deletes.len() == 0 {
            return "The backup holds no records.".to_owned();
        }
        let mut summary = format!(
            "Restored: {} added, {} updated, {} already up to date",
            self.added, self.updated, self.kept
        );
        let deleted = self.deleted + self.deletes.len();
        if deleted > 0 {
            summary.push_str(&format!(", {deleted} deleted stay deleted"));
        }
        summary.push('.');
        summary
    }
}

/// Merges each record of the backup with the version stored here (`stored`, by store and id,
/// as a backup holds it) through the one merge; a record deleted here (`deleted_here`) or in
/// the backup stays deleted. Records of kinds the app does not merge are taken as they are.
pub fn plan_import(
    backup: &Backup,
    stored: &HashMap<(String, String), Value>,
    deleted_here: &HashSet<(String, String)>,
) -> ImportPlan {
    let mut plan = ImportPlan::default();
    let deleted_there: HashSet<(String, String)> = backup
        .tombstones
        .iter()
        .map(|t| (t.kind.clone(), t.id.clone()))
        .collect();
    for (store, records) in &backup.stores {
        let Some(kind) = kinds::of(store) else {
            continue;
        };
        for record in records {
            let id = record["meta"]["id"].as_str().unwrap_or_default().to_owned();
            let key = (store.clone(), id);
            if deleted_here.contains(&key) || deleted_there.contains(&key) {
                plan.deleted += 1;
                continue;
            }
            match stored
                .get(&key)
                .and_then(|mine| merge_reporting(mine, record, kind.shape))
            {
                None => {
                    plan.added += 1;
                    let added = canonical(record, kind.shape).unwrap_or_else(|| record.clone());
                    plan.writes.push((store.clone(), added));
                }
                Some(merged) if merged.as_first => plan.kept += 1,
                Some(merged) => {
                    plan.updated += 1;
                    // What is stored here does not read: the backup's sound version replaces it.
                    let written = if (kind.check)(&merged.record).is_ok() {
                        merged.record
                    } else {
                        record.clone()
                    };
                    plan.writes.push((store.clone(), written));
                }
            }
        }
    }
    plan.deletes = deleted_there
        .into_iter()
        .filter(|key| stored.contains_key(key))
        .collect();
    plan.deletes.sort();
    plan
}
