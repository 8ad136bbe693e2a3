//! The one merge of two versions of a record, used by every way a version arrives: a save, a
//! write from another tab, the journal's replay, a restored backup (and later, team sync).
//!
//! Each part of a record (a field, a field of a group, a word of a set, an item of a list) keeps
//! the stamp of its last change; merging keeps, part by part, the later one. That makes the merge
//! commutative, associative and idempotent: every replica that has seen the same versions holds
//! the same record, whatever order they came in, however many times.

mod parts;
mod shape;

use std::collections::BTreeMap;

use serde_json::Value;

use super::clock::{Clock, Stamp};
use super::record::Meta;
use parts::{explode, implode, Part, Slot};
pub use shape::{ItemKey, RecordShape, Shape, FLAT, MEETING, NEXT_STEP, PERSON};

/// The meta of a record as JSON; `None` when it has none that reads.
fn meta_of(record: &Value) -> Option<Meta> {
    serde_json::from_value(record.get("meta")?.clone()).ok()
}

/// Two versions of one record merged, part by part (see the module's rule). `None` when either
/// has no readable meta (records are checked before they get here).
pub fn merge(a: &Value, b: &Value, shape: RecordShape) -> Option<Value> {
    merge_reporting(a, b, shape).map(|merged| merged.record)
}

/// A merge, and which side already held all of it.
pub struct Merged {
    pub record: Value,
    /// Every part (and the times) are the first side's: it is the merge already.
    pub as_first: bool,
    /// Every part (and the times) are the second side's.
    pub as_second: bool,
}

/// [`merge`], saying whether either side already was the result, so a save that changes
/// nothing writes nothing and one that only adds to what is stored writes what it brought.
pub fn merge_reporting(a: &Value, b: &Value, shape: RecordShape) -> Option<Merged> {
    let (meta_a, meta_b) = (meta_of(a)?, meta_of(b)?);
    let mut merged: BTreeMap<String, Part> = explode(a, shape, &meta_a).into_iter().collect();
    let parts_of_a = merged.len();
    let (mut as_first, mut as_second, mut shared) = (true, true, 0);
    for (path, part) in explode(b, shape, &meta_b) {
        match merged.get(&path) {
            Some(kept) if *kept == part => shared += 1,
            Some(kept) if !part.beats(kept) => {
                shared += 1;
                as_second = false;
            }
            found => {
                shared += usize::from(found.is_some());
                as_first = false;
                merged.insert(path, part);
            }
        }
    }
    as_second &= shared == parts_of_a;
    let meta = Meta {
        id: meta_a.id.clone(),
        created_at: meta_a.created_at.min(meta_b.created_at),
        updated_at: meta_a.updated_at.max(meta_b.updated_at),
        schema: meta_a.schema.max(meta_b.schema),
        base: None,
        versions: BTreeMap::new(),
    };
    let same_times = |m: &Meta| {
        (m.created_at, m.updated_at, m.schema) == (meta.created_at, meta.updated_at, meta.schema)
    };
    as_first &= same_times(&meta_a);
    as_second &= same_times(&meta_b);
    Some(Merged {
        record: implode(&merged, shape, meta),
        as_first,
        as_second,
    })
}

/// The record in the one form the merge gives: base and versions spelled out, words of sets in
/// the order they were added, items of lists in the order of their keys, each with its key.
pub fn canonical(record: &Value, shape: RecordShape) -> Option<Value> {
    let meta = meta_of(record)?;
    let parts = explode(record, shape, &meta).into_iter().collect();
    Some(implode(&parts, shape, meta))
}

/// The latest stamp of any part of the record.
pub fn newest(record: &Value, shape: RecordShape) -> Option<Stamp> {
    let meta = meta_of(record)?;
    explode(record, shape, &meta)
        .into_iter()
        .map(|(_, part)| part.stamp)
        .max()
}

/// `after`, an edit of `before`, with a new stamp on every part it changed (one after another
/// in the order they appear, so words added together stay in the order typed), every item it
/// removed marked removed, and every part it left alone keeping its version. A new item of a
/// list keyed by id is given its stamp as its id. `updated_at` moves forward to `now_ms`,
/// unless `after` already moved it (an edit marked when it was typed keeps that time).
pub fn stamp_edit(
    before: &Value,
    after: &Value,
    shape: RecordShape,
    clock: &mut Clock,
    now_ms: i64,
) -> Option<Value> {
    let before_meta = meta_of(before)?;
    let old: BTreeMap<String, Part> = explode(before, shape, &before_meta).into_iter().collect();
    let first = clock.tick(now_ms, old.values().map(|p| &p.stamp).max());
    let mut given = 0u32;
    let mut next = || {
        given += 1;
        first.nth_after(given - 1)
    };
    let mut after = after.clone();
    give_ids(&mut after, shape, &mut next);
    let mut parts = BTreeMap::new();
    for (path, part) in explode(&after, shape, &before_meta) {
        let stamp = match old.get(&path) {
            Some(kept) if kept.slot == part.slot => kept.stamp.clone(),
            _ => next(),
        };
        parts.insert(path, Part { stamp, ..part });
    }
    for (path, part) in &old {
        if !parts.contains_key(path) {
            let stamp = match part.slot {
                Slot::Removed => part.stamp.clone(),
                Slot::Present(_) => next(),
            };
            let slot = Slot::Removed;
            parts.insert(path.clone(), Part { stamp, slot });
        }
    }
    clock.skip(given.saturating_sub(1));
    let mut meta = meta_of(&after).unwrap_or_else(|| before_meta.clone());
    meta.versions = before_meta.versions.clone();
    meta.base = before_meta.base.clone();
    if meta.updated_at <= before_meta.updated_at {
        meta.touch(now_ms);
    }
    Some(implode(&parts, shape, meta))
}

/// Gives every item without an id, in the lists keyed by id, a fresh stamp as its id.
fn give_ids(record: &mut Value, shape: &[(&str, Shape)], next: &mut impl FnMut() -> Stamp) {
    let Some(object) = record.as_object_mut() else {
        return;
    };
    for (name, field) in shape {
        let Some(value) = object.get_mut(*name) else {
            continue;
        };
        match field {
            Shape::Fields(inner) => give_ids(value, inner, next),
            Shape::Items(ItemKey::Id) => {
                for item in value.as_array_mut().into_iter().flatten() {
                    let Some(item) = item.as_object_mut() else {
                        continue;
                    };
                    let has_id = item
                        .get("id")
                        .and_then(Value::as_str)
                        .is_some_and(|id| !id.is_empty());
                    if !has_id {
                        item.insert("id".to_owned(), Value::String(next().to_string()));
                    }
                }
            }
            Shape::Whole | Shape::Set | Shape::Items(_) => {}
        }
    }
}
