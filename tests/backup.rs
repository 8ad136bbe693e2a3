//! Native tests of the backup format: validation of bad files and the merge plan.

use std::collections::{BTreeMap, HashMap};

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
        (("people".to_owned(), "newer-in-backup".to_owned()), 8),
        (("people".to_owned(), "older-in-backup".to_owned()), 7),
        (("people".to_owned(), "same".to_owned()), 4),
    ]);
    let plan = plan_import(&backup, &stored);
    assert_eq!((plan.added, plan.updated, plan.kept), (1, 1, 2));
    let written: Vec<&str> = plan
        .writes
        .iter()
        .map(|(_, r)| r["meta"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(written, ["new", "newer-in-backup"]);
    assert_eq!(
        plan.summary(),
        "Restored: 1 added, 1 updated, 2 already up to date."
    );
}
