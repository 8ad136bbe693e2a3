//! This tab's clock, and the two things stamped with it: an edit (every part it changed gets a
//! new version, see `domain::merge`) and a deletion (a tombstone). Each tab is its own replica,
//! so two tabs of one phone never give the same stamp.

use std::cell::RefCell;

use serde_json::Value;

use crate::domain::clock::Clock;
use crate::domain::kinds;
use crate::domain::merge::{newest, stamp_edit};
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
    let shape = kinds::of_record::<T>().shape;
    let (Ok(old), Ok(new)) = (serde_json::to_value(before), serde_json::to_value(&after)) else {
        after.meta_mut().touch(now_ms());
        return after;
    };
    let stamped =
        CLOCK.with(|clock| stamp_edit(&old, &new, shape, &mut clock.borrow_mut(), now_ms()));
    // Decoded as the strict check decodes (one set of conversions in the wasm, not two).
    match stamped.and_then(|v| kinds::decode::<T>(&v).ok()) {
        Some(stamped) => stamped,
        None => {
            after.meta_mut().touch(now_ms());
            after
        }
    }
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
