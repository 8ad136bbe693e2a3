//! The fields the database indexes beyond a record's own: written with every record, so that
//! a screen can ask the database for the few records it shows (open steps among thousands done).

use serde_json::Value;

use super::meeting::MeetingStatus;

/// Present, as 1, only on a next step that is still open: indexes on it hold open steps alone.
pub const OPEN_FIELD: &str = "open";
const OPEN: i64 = 1;

/// The key every open step has in the indexes on [`OPEN_FIELD`] (a number: in the browser an
/// `i64` would become a BigInt, which is no key).
pub fn open_key() -> f64 {
    OPEN as f64
}

/// `record` as the database stores it: with the defaults of the fields it indexes (a meeting
/// written without a status, by an older or hand-made file, reads as planned and is found as
/// such) and the index fields derived from it.
pub fn for_storage(store: &str, mut record: Value) -> Value {
    match store {
        "meetings" if !record["status"].is_string() => {
            record["status"] = Value::String(MeetingStatus::default().key());
        }
        "next_steps" => {
            let open = record["done_at"].is_null();
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
pub fn for_backup(store: &str, mut record: Value) -> Value {
    if store == "next_steps" {
        if let Some(fields) = record.as_object_mut() {
            fields.remove(OPEN_FIELD);
        }
    }
    record
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_open_step_is_marked_open_and_a_done_one_is_not() {
        let open = for_storage("next_steps", json!({"text": "call", "done_at": null}));
        assert_eq!(open[OPEN_FIELD], json!(1));
        let no_done_field = for_storage("next_steps", json!({"text": "call"}));
        assert_eq!(no_done_field[OPEN_FIELD], json!(1));
        // A step marked done loses the mark it had while open.
        let done = for_storage("next_steps", json!({"done_at": 5, OPEN_FIELD: 1}));
        assert!(done.get(OPEN_FIELD).is_none());
    }

    #[test]
    fn a_meeting_without_a_status_is_stored_as_planned_and_others_are_kept() {
        let planned = for_storage("meetings", json!({"title": "x"}));
        assert_eq!(planned["status"], json!(MeetingStatus::default().key()));
        let held = json!({"status": "held"});
        assert_eq!(for_storage("meetings", held.clone()), held);
        let person = json!({"name": "Ana", "done_at": null});
        assert_eq!(for_storage("people", person.clone()), person);
    }

    #[test]
    fn a_backup_holds_no_derived_fields_and_storing_it_again_restores_them() {
        let stored = for_storage("next_steps", json!({"text": "call"}));
        let backed_up = for_backup("next_steps", stored.clone());
        assert_eq!(backed_up, json!({"text": "call"}));
        assert_eq!(for_storage("next_steps", backed_up), stored);
    }
}
