//! Native tests of the backup format: validation of bad files and the merge plan.

use std::collections::{BTreeMap, HashMap, HashSet};

use one_on_one::domain::backup::{
    parse_backup, plan_import, Backup, BackupError, BACKUP_VERSION, MAX_BACKUP_BYTES,
};
use serde_json::{json, Value};

const STORES: [&str; 5] = ["people", "meetings", "next_steps", "guides", "settings"];

fn record(id: &str, updated_at: i64) -> Value {
    json!({
        "meta": { "id": id, "created_at": 1, "updated_at": updated_at, "schema": 1 },
        "name": format!("Person {id}, \"quoted\"; with\nnewline 🌱"),
    })
}

fn backup_with(people: Vec<Value>) -> Backup {
    Backup::new(
        1_700_000_000_000,
        "0.1.0",
        BTreeMap::from([("people".to_owned(), people)]),
        vec![],
    )
}

fn text(backup: &Backup) -> String {
    serde_json::to_string_pretty(backup).unwrap()
}

#[test]
fn the_exported_file_is_compact_and_reads_back_exactly() {
    let backup = backup_with(vec![record("a", 5), record("b", 6)]);
    let file = backup.to_file().unwrap();
    assert!(
        !file.contains('\n'),
        "no indentation: large backups stay small"
    );
    assert!(file.len() < text(&backup).len());
    assert_eq!(parse_backup(&file, &STORES), Ok(backup));
}

#[test]
fn a_backup_reads_back_exactly_as_written() {
    let backup = backup_with(vec![record("a", 5), record("b", 6)]);
    assert_eq!(parse_backup(&text(&backup), &STORES), Ok(backup.clone()));
    assert_eq!(backup.record_count(), 2);
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(parse_backup("", &STORES), Err(BackupError::Empty));
    assert_eq!(parse_backup("  \n", &STORES), Err(BackupError::Empty));
}

#[test]
fn a_cut_off_file_is_called_truncated() {
    let full = text(&backup_with(vec![record("a", 5)]));
    for cut in [10, full.len() / 2, full.len() - 2] {
        assert_eq!(
            parse_backup(&full[..cut], &STORES),
            Err(BackupError::Truncated),
            "cut at {cut}"
        );
    }
}

#[test]
fn garbage_is_malformed_and_says_where() {
    let error = parse_backup("{\"format\": nope}", &STORES).unwrap_err();
    assert!(
        matches!(&error, BackupError::Malformed(at) if at.contains("line 1")),
        "{error:?}"
    );
    assert!(error.to_string().ends_with("Nothing was changed."));
}

#[test]
fn other_json_is_not_a_backup() {
    assert_eq!(
        parse_backup("[1, 2, 3]", &STORES),
        Err(BackupError::NotABackup)
    );
    assert_eq!(
        parse_backup(r#"{"format": "someone-elses-app", "version": 1}"#, &STORES),
        Err(BackupError::NotABackup)
    );
}

#[test]
fn a_backup_from_a_newer_app_asks_for_an_update() {
    let mut value = serde_json::to_value(backup_with(vec![])).unwrap();
    value["version"] = json!(BACKUP_VERSION + 1);
    let error = parse_backup(&value.to_string(), &STORES).unwrap_err();
    assert_eq!(
        error,
        BackupError::FromNewerApp {
            version: BACKUP_VERSION + 1
        }
    );
    assert!(error.to_string().contains("newer version"));
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert!(matches!(
        parse_backup(&huge, &STORES),
        Err(BackupError::TooLarge { .. })
    ));
}

#[test]
fn damaged_records_are_named_by_position() {
    let cases = [
        (json!({"name": "no meta"}), "no meta"),
        (
            json!({"meta": {"id": "", "created_at": 1, "updated_at": 1, "schema": 1}}),
            "id",
        ),
        (
            json!({"meta": {"id": "x", "created_at": 1, "schema": 1}}),
            "update time",
        ),
        (
            json!({"meta": {"id": "x", "created_at": 1, "updated_at": 1, "schema": 99}}),
            "schema",
        ),
        (
            json!({"meta": {"id": "x", "created_at": -5, "updated_at": 1, "schema": 1}}),
            "1970",
        ),
    ];
    for (bad, reason) in cases {
        let backup = backup_with(vec![record("fine", 1), bad]);
        match parse_backup(&text(&backup), &STORES) {
            Err(BackupError::InvalidRecord {
                store,
                position,
                reason: why,
            }) => {
                assert_eq!((store.as_str(), position), ("people", 1));
                assert!(why.contains(reason), "{why} should mention {reason}");
            }
            other => panic!("expected an invalid record, got {other:?}"),
        }
    }
}

#[test]
fn hostile_content_is_refused() {
    let mut poisoned = record("x", 1);
    poisoned["notes"] = json!({"__proto__": {"polluted": true}});
    let backup = backup_with(vec![poisoned]);
    assert!(matches!(
        parse_backup(&text(&backup), &STORES),
        Err(BackupError::InvalidRecord { reason, .. }) if reason.contains("__proto__")
    ));

    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let nested = format!(r#"{{"format":"one-on-one-backup","version":1,"x":{deep}}}"#);
    assert!(matches!(
        parse_backup(&nested, &STORES),
        Err(BackupError::Malformed(_))
    ));
}

#[test]
fn unknown_sections_and_duplicate_ids_are_refused() {
    let mut backup = backup_with(vec![record("a", 1)]);
    backup.stores.insert("passwords".into(), vec![]);
    assert_eq!(
        parse_backup(&text(&backup), &STORES),
        Err(BackupError::UnknownSection("passwords".into()))
    );
    let twins = backup_with(vec![record("a", 1), record("a", 2)]);
    assert_eq!(
        parse_backup(&text(&twins), &STORES),
        Err(BackupError::DuplicateId {
            store: "people".into(),
            id: "a".into()
        })
    );
}

#[test]
fn restoring_merges_by_id_and_the_newer_version_wins() {
    let backup = backup_with(vec![
        record("new", 5),
        record("newer-in-backup", 9),
        record("older-in-backup", 3),
        record("same", 4),
    ]);
    let stored = HashMap::from([
        (
            ("people".to_owned(), "newer-in-backup".to_owned()),
            record("newer-in-backup", 8),
        ),
        (
            ("people".to_owned(), "older-in-backup".to_owned()),
            record("older-in-backup", 7),
        ),
        (("people".to_owned(), "same".to_owned()), record("same", 4)),
    ]);
    let plan = plan_import(&backup, &stored, &HashSet::new());
    assert_eq!((plan.added, plan.updated, plan.kept), (1, 1, 2));
    let written: Vec<(&str, i64)> = plan
        .writes
        .iter()
        .map(|(_, r)| {
            (
                r["meta"]["id"].as_str().unwrap(),
                r["meta"]["updated_at"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(written, [("new", 5), ("newer-in-backup", 9)]);
    assert_eq!(
        plan.summary(),
        "Restored: 1 added, 1 updated, 2 already up to date."
    );
}

fn person_of(id: &str, name: Value) -> Value {
    let mut person = record(id, 2);
    person["name"] = name;
    person
}

#[test]
fn a_record_of_the_wrong_shape_is_refused_with_its_field_named() {
    let cases = [
        (person_of("x", json!(7)), "Record 2 in people: name must be text. Nothing was changed."),
        (person_of("x", json!({"first": "Ana"})), "Record 2 in people: name must be text. Nothing was changed."),
        (
            {
                let mut p = record("x", 2);
                p["tags"] = json!("a,b");
                p
            },
            "Record 2 in people: tags must be a list. Nothing was changed.",
        ),
        (
            {
                let mut p = record("x", 2);
                p.as_object_mut().unwrap().remove("name");
                p
            },
            "Record 2 in people: name is missing. Nothing was changed.",
        ),
        (
            {
                let mut p = record("x", 2);
                p["engagement"] = json!(900);
                p
            },
            "Record 2 in people: engagement must be a whole number, 0 or more. Nothing was changed.",
        ),
        (
            {
                let mut p = record("x", 2);
                p["preferred_channel"] = json!("carrier pigeon");
                p
            },
            "Record 2 in people: preferred_channel must be one of unknown, in_person, call, text, email, social. Nothing was changed.",
        ),
        (
            {
                let mut p = record("x", 2);
                p["meta"]["versions"] = json!({"name": "soon"});
                p
            },
            "Record 2 in people: meta.versions.name: a version stamp is malformed. Nothing was changed.",
        ),
    ];
    for (bad, message) in cases {
        let backup = backup_with(vec![record("fine", 1), bad]);
        let error = parse_backup(&text(&backup), &STORES).unwrap_err();
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn restoring_over_a_record_that_does_not_read_puts_the_sound_version_in_its_place() {
    let backup = backup_with(vec![record("p", 5)]);
    let broken = person_of("p", json!(7));
    let stored = HashMap::from([(("people".to_owned(), "p".to_owned()), broken)]);
    let plan = plan_import(&backup, &stored, &HashSet::new());
    assert_eq!(plan.updated, 1);
    assert_eq!(plan.writes[0].1["name"], record("p", 5)["name"]);
}

#[test]
fn what_was_deleted_here_or_in_the_backup_stays_deleted() {
    let mut backup = backup_with(vec![record("deleted-here", 9), record("kept", 2)]);
    backup.tombstones = vec![one_on_one::domain::tombstone::Tombstone {
        kind: "people".into(),
        id: "deleted-there".into(),
        stamp: "1700000000000.0000.a".parse().unwrap(),
    }];
    let stored = HashMap::from([(
        ("people".to_owned(), "deleted-there".to_owned()),
        record("deleted-there", 3),
    )]);
    let here = HashSet::from([("people".to_owned(), "deleted-here".to_owned())]);
    let plan = plan_import(&backup, &stored, &here);
    assert_eq!((plan.added, plan.deleted), (1, 1));
    assert_eq!(
        plan.deletes,
        [("people".to_owned(), "deleted-there".to_owned())]
    );
    assert_eq!(
        plan.summary(),
        "Restored: 1 added, 0 updated, 0 already up to date, 2 deleted stay deleted."
    );
    let round = parse_backup(&backup.to_file().unwrap(), &STORES).unwrap();
    assert_eq!(round.tombstones, backup.tombstones);
}

#[test]
fn a_backup_older_than_what_is_remembered_of_deletions_is_refused() {
    use one_on_one::domain::tombstone::{Horizon, Tombstone, RETENTION_MS};
    let deleted = |wall: i64| Tombstone {
        kind: "people".into(),
        id: format!("p{wall}"),
        stamp: format!("{wall:013}.0000.a").parse().unwrap(),
    };
    let now = 1_800_000_000_000;
    assert!(!deleted(now - RETENTION_MS + 1).expired(now));
    assert!(deleted(now - RETENTION_MS - 1).expired(now));
    let horizon =
        Horizon::default().after_purging(&[deleted(1_700_000_000_000), deleted(1_600_000_000_000)]);
    assert_eq!(horizon.forgotten_before, 1_700_000_000_001);
    assert_eq!(horizon.after_purging(&[]), horizon);
    assert_eq!(horizon.refuses(1_700_000_000_001), None);
    let why = horizon.refuses(1_650_000_000_000).unwrap();
    assert!(
        why.starts_with("This backup was made on 2022-04-15"),
        "{why}"
    );
    assert!(why.contains("before 2023-11-14"), "{why}");
}
