//! This tab's clock, and the two things stamped with it: an edit (every part it changed gets a
//! new version, see `domain::merge`) and a deletion (a tombstone). Each tab is its own replica,
//! so two tabs of one phone never give the same stamp.

use std::cell::RefCell;

use serde_json::Value;

use crate::domain::clock::Clock;
use crate::domain::kinds;
use crate::domain::merge::{newest, stamp_edit, RecordShape};
use crate::domain::record::Record;
use crate::domain::tombstone::Tombstone;
use crate::platform::ids::{new_id, now_ms};

thread_local! {
    static CLOCK: RefCell<Clock> = RefCell::new(Clock::new(replica_id()));
}

/// Eight characters of a random id: this tab, as the versions it writes name it.
fn replica_id() -> String {
    new_id()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect()
}

/// `before` changed by `apply`, with the versions of what changed moved forward. A record
/// that fails to convert (never, for a record that came from its type) is changed unversioned.
pub fn edited<T: Record>(before: &T, apply: impl FnOnce(&mut T)) -> T {
    let mut after = before.clone();
    apply(&mut after);
    match stamp(before, &after) {
        Some(stamped) => stamped.record,
        None => {
            after.meta_mut().touch(now_ms());
            after
        }
    }
}

/// An edit given its versions: the record, it as JSON, and as JSON the version it was made
/// from (a save that finds that version stored writes the edit without merging).
pub struct Stamped<T> {
    pub record: T,
    pub value: Value,
    pub before: Value,
}

/// `after`, an edit of `before` (marked when it was typed, or not), with the versions of what
/// changed moved forward; `None` if either fails to convert (never, for records of their type).
pub fn stamp<T: Record>(before: &T, after: &T) -> Option<Stamped<T>> {
    let shape = kinds::of_record::<T>().shape;
    let old = serde_json::to_value(before).ok()?;
    let value = stamp_value(&old, &serde_json::to_value(after).ok()?, shape)?;
    // Decoded as the strict check decodes (one set of conversions in the wasm, not two).
    let record = kinds::decode::<T>(&value).ok()?;
    Some(Stamped {
        record,
        value,
        before: old,
    })
}

/// [`stamp`] on records as JSON (a journaled edit and the version it was made from).
pub(super) fn stamp_value(before: &Value, after: &Value, shape: RecordShape) -> Option<Value> {
    CLOCK.with(|clock| stamp_edit(before, after, shape, &mut clock.borrow_mut(), now_ms()))
}

/// A fresh id for an item added to a list of `record` (an ask): a stamp of this tab's clock
/// after every version in the record, so items (kept in the order of their ids) stay in the
/// order they were added.
pub fn new_item_id<T: Record>(record: &T) -> String {
    let seen = serde_json::to_value(record)
        .ok()
        .and_then(|value| newest(&value, kinds::of_record::<T>().shape));
    CLOCK
        .with(|clock| clock.borrow_mut().tick(now_ms(), seen.as_ref()))
        .to_string()
}

/// The tombstone of record `id` of `kind`, stamped after every version this tab has seen of it.
pub(super) fn tombstone(kind: &str, id: &str, seen: Option<&Value>) -> Tombstone {
    let latest = seen
        .zip(kinds::of(kind))
        .and_then(|(record, kind)| newest(record, kind.shape));
    let stamp = CLOCK.with(|clock| clock.borrow_mut().tick(now_ms(), latest.as_ref()));
    Tombstone {
        kind: kind.to_owned(),
        id: id.to_owned(),
        stamp,
    }
}
