//! The fields the database indexes beyond a record's own: written with every record and left
//! out of backups, so the store can read the few records a screen shows (open steps among
//! thousands done). Only the store knows of them.

use serde_json::Value;

use super::team_membership::my_name;
use crate::domain::meeting::MeetingStatus;
use crate::domain::next_step::is_for;

/// Present, as 1, only on a next step that is still open and for this phone's organizer (not
/// given to a teammate): indexes on it hold the open steps Today and Follow-ups show.
pub(super) const OPEN_FIELD: &str = "open";
const OPEN: i64 = 1;

/// The key every open step has in the indexes on [`OPEN_FIELD`] (a number: in the browser an
/// `i64` would become a BigInt, which is no key).
pub(super) fn open_key() -> f64 {
    OPEN as f64
}

/// `record` as the database stores it: with the defaults of the fields it indexes (a meeting
/// written without a status, by an older or hand-made file, reads as planned and is found as
/// such) and the index fields derived from it.
pub(super) fn for_storage(store: &str, mut record: Value) -> Value {
    match store {
        "meetings" if !record["status"].is_string() => {
            record["status"] = Value::String(MeetingStatus::default().key());
        }
        "next_steps" => {
            let organizer = record["organizer"].as_str();
            let open = record["done_at"].is_null()
                && (organizer.is_none() || is_for(organizer, my_name().as_deref()));
            if let Some(fields) = record.as_object_mut() {
                if open {
                    fields.insert(OPEN_FIELD.to_owned(), OPEN.into());
                } else {
                    fields.remove(OPEN_FIELD);
                }
            }
        }
        _ => {}
    }
    record
}

/// `record` as a backup holds it: without the fields the database derives.
pub(super) fn for_backup(store: &str, mut record: Value) -> Value {
    if store == "next_steps" {
        if let Some(fields) = record.as_object_mut() {
            fields.remove(OPEN_FIELD);
        }
    }
    record
}
