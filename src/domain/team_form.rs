//! A record as the team is to see it: the record without the fields marked sensitive, and
//! without their versions, so what was said in confidence stays on the phone it was typed on.
//!
//! A field left out has no part in the team's version, so merging that version into any
//! phone's record keeps that phone's own text of the field (see `domain::merge`): nothing is
//! overwritten, on the phone that wrote it or elsewhere. The mark itself travels (the
//! `sensitive` set), so every phone keeps the field to itself from then on. A list whose items
//! carry sensitive text (a debrief's asks, the prompts asked live with their notes) is left out
//! whole: an item is one part, and a part sent without its text but with its version would tie
//! with the phone's own and could replace it.

use serde_json::Value;

use super::record::Meta;
use super::sensitive;

/// The paths a record of `store` keeps to the phone when `mark` is among its marks.
fn kept_paths(store: &str, mark: &str) -> &'static [&'static str] {
    match (store, mark) {
        ("people", sensitive::NOTES) => &["notes"],
        ("meetings", sensitive::PURPOSE) => &["purpose"],
        ("meetings", sensitive::HOPED_OUTCOMES) => &["hoped_outcomes"],
        ("meetings", sensitive::LIVE_SPARKS) => &["live.sparks"],
        ("meetings", sensitive::LIVE_NOTES) => &["live.asked"],
        ("meetings", sensitive::DEBRIEF_SPARKS) => &["debrief.sparks"],
        ("meetings", sensitive::DEBRIEF_STORY) => &["debrief.story"],
        ("meetings", sensitive::DEBRIEF_REMEMBER) => &["debrief.remember"],
        ("meetings", sensitive::ASKS) => &["debrief.asks"],
        ("next_steps", sensitive::STEP_TEXT) => &["text"],
        _ => &[],
    }
}

/// The paths of `record` (of `store`) that stay on this phone, by its marks.
pub fn kept_on_phone(store: &str, record: &Value) -> Vec<&'static str> {
    let marks = record["sensitive"].as_array().into_iter().flatten();
    marks
        .filter_map(Value::as_str)
        .flat_map(|mark| kept_paths(store, mark).iter().copied())
        .collect()
}

/// `record` of `store` as the team is to see it: without the fields kept on the phone, their
/// versions, nor the versions of anything under them.
pub fn team_form(store: &str, mut record: Value) -> Value {
    let kept = kept_on_phone(store, &record);
    if kept.is_empty() {
        return record;
    }
    for path in &kept {
        remove_path(&mut record, path);
    }
    let meta = serde_json::from_value::<Meta>(record["meta"].clone());
    if let Ok(mut meta) = meta {
        meta.versions
            .retain(|path, _| !kept.iter().any(|k| is_under(path, k)));
        if let Ok(meta) = serde_json::to_value(meta) {
            record["meta"] = meta;
        }
    }
    record
}

/// Whether the version path `path` ("debrief.asks/3f2a", "notes") names `field` or a part of it.
fn is_under(path: &str, field: &str) -> bool {
    path.strip_prefix(field)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '/']))
}

/// Removes the field at the dotted `path` ("debrief.sparks") from `record`, if it is there.
fn remove_path(record: &mut Value, path: &str) {
    let (group, field) = match path.split_once('.') {
        Some((group, field)) => (Some(group), field),
        None => (None, path),
    };
    let holder = match group {
        Some(group) => record.get_mut(group),
        None => Some(record),
    };
    if let Some(object) = holder.and_then(Value::as_object_mut) {
        object.remove(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::merge::merge;
    use serde_json::json;

    fn meta(id: &str, versions: Value) -> Value {
        json!({ "id": id, "created_at": 1, "updated_at": 5, "schema": 1,
                "base": stamp(1, "phone-a"), "versions": versions })
    }

    /// A version stamp as records write it.
    fn stamp(at: i64, by: &str) -> Value {
        json!(format!("{at:013}.0000.{by}"))
    }

    #[test]
    fn a_person_s_marked_notes_stay_on_the_phone_and_the_rest_goes() {
        let person = json!({
            "meta": meta("p1", json!({ "notes": stamp(4, "phone-a"), "phone": stamp(3, "phone-a") })),
            "name": "Ana Díaz", "phone": "555-0101", "notes": "Undocumented; do not mention to her employer",
            "sensitive": ["notes"],
        });
        let shared = team_form("people", person.clone());
        assert!(shared.get("notes").is_none());
        assert!(!shared.to_string().contains("Undocumented"));
        assert_eq!(shared["name"], "Ana Díaz");
        assert_eq!(shared["phone"], "555-0101");
        assert_eq!(shared["sensitive"], json!(["notes"]));
        assert!(shared["meta"]["versions"].get("notes").is_none());
        assert!(shared["meta"]["versions"].get("phone").is_some());
    }

    #[test]
    fn nothing_marked_is_sent_as_it_is() {
        let person = json!({ "meta": meta("p1", json!({})), "name": "Ana", "notes": "Likes transit", "sensitive": [] });
        assert_eq!(team_form("people", person.clone()), person);
    }

    #[test]
    fn a_meeting_keeps_every_marked_text_on_the_phone() {
        let secrets = [
            "PURPOSE-X",
            "HOPED-X",
            "LIVESPARK-X",
            "PROMPTNOTE-X",
            "DSPARK-X",
            "DSTORY-X",
            "REMEMBER-X",
            "ASK-X",
        ];
        let meeting = json!({
            "meta": meta("m1", json!({
                "purpose": stamp(2, "a"), "debrief.story": stamp(3, "a"),
                "debrief.asks/k1": stamp(3, "a"), "live.asked/001.002": stamp(3, "a"),
                "planned_minutes": stamp(2, "a"),
            })),
            "person_id": "p1", "purpose": secrets[0], "hoped_outcomes": secrets[1], "planned_minutes": 45,
            "live": { "sparks": secrets[2], "section": 2,
                      "asked": [{ "section": 1, "prompt": 2, "at_ms": 9, "note": secrets[3] }] },
            "debrief": { "sparks": secrets[4], "story": secrets[5], "remember": secrets[6],
                         "asks": [{ "id": "k1", "text": secrets[7] }], "referral_ids": ["p2"] },
            "sensitive": ["purpose", "hoped_outcomes", "live_sparks", "live_notes", "debrief_sparks",
                          "debrief_story", "debrief_remember", "asks"],
        });
        let shared = team_form("meetings", meeting).to_string();
        for secret in secrets {
            assert!(
                !shared.contains(secret),
                "{secret} left the phone: {shared}"
            );
        }
        let shared: Value = serde_json::from_str(&shared).unwrap();
        assert_eq!(shared["planned_minutes"], 45);
        assert_eq!(shared["live"]["section"], 2);
        assert_eq!(shared["debrief"]["referral_ids"], json!(["p2"]));
        let versions = shared["meta"]["versions"].as_object().unwrap();
        assert_eq!(versions.keys().collect::<Vec<_>>(), ["planned_minutes"]);
        serde_json::from_value::<crate::domain::meeting::Meeting>(shared)
            .expect("reads as a meeting");
    }

    #[test]
    fn a_step_whose_text_is_marked_still_reads_as_a_step() {
        let step = json!({
            "meta": meta("s1", json!({})), "person_id": "p1", "text": "Call her lawyer about the visa",
            "due_at": 100, "sensitive": ["text"],
        });
        let shared = team_form("next_steps", step);
        assert!(!shared.to_string().contains("lawyer"));
        let read: crate::domain::next_step::NextStep = serde_json::from_value(shared).unwrap();
        assert_eq!(read.due_at, Some(100));
        assert_eq!(read.text, "");
    }

    #[test]
    fn a_field_with_a_name_like_a_kept_one_is_not_taken_for_it() {
        assert!(is_under("debrief.asks/k1", "debrief.asks"));
        assert!(is_under("notes", "notes"));
        assert!(!is_under("notes_extra", "notes"));
        assert!(!is_under("debrief.asks_more", "debrief.asks"));
    }

    /// What a phone holds after taking in a teammate's version: the one merge.
    fn taken(mine: &Value, theirs: &Value, store: &str) -> Value {
        merge(mine, theirs, crate::domain::kinds::of(store).unwrap().shape).unwrap()
    }

    #[test]
    fn taking_the_team_s_version_in_never_loses_the_phone_s_own_sensitive_text() {
        let mine = json!({
            "meta": meta("p1", json!({ "notes": stamp(4, "phone-a") })),
            "name": "Ana", "phone": "555-0101", "notes": "Told me about the eviction", "sensitive": ["notes"],
        });
        // A teammate, later, changed the phone number and (before seeing the mark) the notes.
        let theirs = json!({
            "meta": meta("p1", json!({ "notes": stamp(9, "phone-b"), "phone": stamp(9, "phone-b") })),
            "name": "Ana", "phone": "555-0199", "notes": "Met at the rally", "sensitive": ["notes"],
        });
        let merged = taken(&mine, &team_form("people", theirs), "people");
        assert_eq!(merged["notes"], "Told me about the eviction");
        assert_eq!(merged["phone"], "555-0199");
        // And a phone taking in its own team form changes nothing.
        let own = taken(&mine, &team_form("people", mine.clone()), "people");
        assert_eq!(own, taken(&mine, &mine, "people"));
    }
}
