//! A team's pure parts: server addresses and database names checked with a message in words,
//! join codes that round-trip and refuse what is not one (generated hostile texts too), and
//! shared records sealed into CouchDB documents that open only with the team's key, under their
//! own id, holding only what a team shares.

#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::cipher::DataKey;
use one_on_one::domain::clock::Stamp;
use one_on_one::domain::team::{
    database_name, join_code_in_fragment, origin_of, server_address, Team, TeamProblem, JOIN_PREFIX,
};
use one_on_one::domain::team_doc::{self, DocProblem, Shared, CHECK_ID};
use one_on_one::domain::tombstone::Tombstone;
use proptest::prelude::*;
use serde_json::json;

fn team() -> Team {
    Team::new(
        "Eastside tenants' council",
        "https://couch.example.org/",
        "eastside-council",
        [7; 32],
    )
    .unwrap()
}

#[test]
fn a_server_is_https_or_this_computer_and_holds_no_password() {
    assert_eq!(
        server_address(" https://couch.example.org/ ").unwrap(),
        "https://couch.example.org"
    );
    assert_eq!(
        server_address("https://example.org:6984/couch").unwrap(),
        "https://example.org:6984/couch"
    );
    assert_eq!(
        server_address("HTTPS://Couch.Example.ORG/Team").unwrap(),
        "https://couch.example.org/Team",
        "an origin in lower case, as the service worker allows it"
    );
    for local in [
        "http://localhost:5984",
        "http://127.0.0.1:5984",
        "http://[::1]:5984",
    ] {
        assert_eq!(server_address(local).unwrap(), local);
    }
    for (wrong, says) in [
        ("http://couch.example.org", "readable"),
        ("couch.example.org", "must start with https://"),
        ("ftp://couch.example.org", "must start with https://"),
        ("https://", "no server name"),
        ("https://admin:secret@couch.example.org", "password"),
        ("https://couch.example.org/?x=1", "password"),
        ("https://couch example.org", "space"),
        ("https://couch.example.org:0", "port"),
        ("https://couch.example.org:99999", "port"),
    ] {
        match server_address(wrong) {
            Err(TeamProblem::Server(why)) => assert!(why.contains(says), "{wrong}: {why}"),
            other => panic!("{wrong}: {other:?}"),
        }
    }
    assert_eq!(
        origin_of("https://example.org:6984/couch"),
        "https://example.org:6984"
    );
    assert_eq!(origin_of("http://127.0.0.1:5984"), "http://127.0.0.1:5984");
}

#[test]
fn a_database_is_named_as_couchdb_accepts() {
    assert_eq!(
        database_name(" eastside_council-2026 ").unwrap(),
        "eastside_council-2026"
    );
    for wrong in [
        "",
        "Eastside",
        "2026-council",
        "east side",
        "_users",
        "café",
        &"a".repeat(239),
    ] {
        assert!(
            matches!(database_name(wrong), Err(TeamProblem::Database(_))),
            "{wrong}"
        );
    }
}

#[test]
fn a_join_code_brings_the_same_team_and_shows_no_key_in_debug() {
    let team = team();
    let code = team.join_code();
    assert!(code.starts_with(JOIN_PREFIX));
    assert_eq!(Team::from_join_code(&code).unwrap(), team);
    // Wrapped by a mail program, with spaces and line breaks.
    let wrapped: String = code
        .chars()
        .enumerate()
        .flat_map(|(i, c)| {
            if i % 40 == 39 {
                vec![c, '\n', ' ']
            } else {
                vec![c]
            }
        })
        .collect();
    assert_eq!(Team::from_join_code(&wrapped).unwrap(), team);
    assert_eq!(team.key_bytes(), Some([7; 32]));
    assert!(!format!("{team:?}").contains(&team.key));
}

#[test]
fn what_is_not_a_join_code_says_why() {
    let code = team().join_code();
    assert_eq!(
        Team::from_join_code("hello"),
        Err(TeamProblem::NotAJoinCode)
    );
    assert_eq!(
        Team::from_join_code(&code[..code.len() - 9]),
        Err(TeamProblem::DamagedJoinCode)
    );
    let made = |json: serde_json::Value| {
        use base64::Engine;
        format!(
            "{JOIN_PREFIX}{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json.to_string())
        )
    };
    let team_json =
        json!({"name": "T", "server": "https://x.org", "database": "t", "key": "07".repeat(32)});
    assert!(Team::from_join_code(&made(json!({"version": 1, "team": team_json}))).is_ok());
    assert_eq!(
        Team::from_join_code(&made(json!({"version": 2, "team": team_json}))),
        Err(TeamProblem::NewerJoinCode)
    );
    let mut short_key = team_json.clone();
    short_key["key"] = json!("07");
    assert_eq!(
        Team::from_join_code(&made(json!({"version": 1, "team": short_key}))),
        Err(TeamProblem::DamagedJoinCode)
    );
    let mut plain_http = team_json.clone();
    plain_http["server"] = json!("http://x.org");
    assert!(matches!(
        Team::from_join_code(&made(json!({"version": 1, "team": plain_http}))),
        Err(TeamProblem::Server(_))
    ));
    let mut two_lines = team_json;
    two_lines["name"] = json!("Team\nrm -rf");
    assert!(matches!(
        Team::from_join_code(&made(json!({"version": 1, "team": two_lines}))),
        Err(TeamProblem::Name(_))
    ));
    let message = TeamProblem::DamagedJoinCode.to_string();
    assert!(message.contains("Copy all of it"), "{message}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text at all, or a real code with bytes changed, is a team or a clear refusal,
    /// never a panic; a refused one never yields a team with a damaged key.
    #[test]
    fn hostile_join_codes_are_refused_in_words(
        text in ".{0,300}",
        at in any::<prop::sample::Index>(),
        with in any::<char>(),
    ) {
        let _ = Team::from_join_code(&text);
        let _ = Team::from_join_code(&format!("{JOIN_PREFIX}{text}"));
        let mut code: Vec<char> = team().join_code().chars().collect();
        let i = at.index(code.len());
        code[i] = with;
        let changed: String = code.into_iter().collect();
        if let Ok(team) = Team::from_join_code(&changed) {
            prop_assert!(team.key_bytes().is_some());
            prop_assert!(server_address(&team.server).is_ok());
        }
    }
}

fn person() -> serde_json::Value {
    json!({"meta": {"id": "4f1c", "created_at": 1, "updated_at": 2, "schema": 1}, "name": "Marisol Vega", "notes": "visa"})
}

#[test]
fn a_shared_record_opens_with_the_team_key_under_its_own_id_only() {
    let key = DataKey::from_bytes([7; 32]);
    let shared = Shared::Record {
        store: "people".into(),
        record: person(),
    };
    let doc = team_doc::seal(&key, "4f1c", &shared, [1; 24]);
    let text = doc.to_string();
    assert!(!text.contains("Marisol") && !text.contains("visa") && !text.contains("people"));
    assert_eq!(doc["_id"], "4f1c");
    assert_eq!(team_doc::open(&key, &doc).unwrap(), shared);
    assert_eq!(
        team_doc::open(&DataKey::from_bytes([8; 32]), &doc),
        Err(DocProblem::WrongKey)
    );
    let mut moved = doc.clone();
    moved["_id"] = json!("9a2b");
    assert_eq!(
        team_doc::open(&key, &moved),
        Err(DocProblem::WrongKey),
        "a body copied onto another document does not open"
    );
    let mut newer = doc.clone();
    newer["v"] = json!(2);
    assert_eq!(team_doc::open(&key, &newer), Err(DocProblem::Newer));
    for foreign in [
        json!({"_id": "4f1c"}),
        json!({"_id": "4f1c", "v": 1}),
        json!({"_id": "4f1c", "v": 1, "sealed": "***"}),
        json!({"v": 1, "sealed": doc["sealed"]}),
        json!([1, 2]),
    ] {
        assert!(
            matches!(team_doc::open(&key, &foreign), Err(DocProblem::Foreign(_))),
            "{foreign}"
        );
    }
}

#[test]
fn a_document_holding_another_record_or_an_unshared_kind_is_refused() {
    let key = DataKey::from_bytes([7; 32]);
    let profile = Shared::Record {
        store: "profile".into(),
        record: json!({"meta": {"id": "4f1c"}}),
    };
    let doc = team_doc::seal(&key, "4f1c", &profile, [1; 24]);
    assert!(matches!(
        team_doc::open(&key, &doc),
        Err(DocProblem::Foreign(_))
    ));
    let someone_else = Shared::Record {
        store: "people".into(),
        record: person(),
    };
    let doc = team_doc::seal(&key, "9a2b", &someone_else, [1; 24]);
    assert!(matches!(
        team_doc::open(&key, &doc),
        Err(DocProblem::Foreign(_))
    ));
    let deleted = Shared::Deleted {
        tombstone: Tombstone {
            kind: "people".into(),
            id: "4f1c".into(),
            stamp: Stamp {
                wall: 5,
                count: 0,
                replica: "a".into(),
            },
        },
    };
    let doc = team_doc::seal(&key, "4f1c", &deleted, [2; 24]);
    assert_eq!(team_doc::open(&key, &doc).unwrap(), deleted);
}

#[test]
fn the_check_document_tells_the_team_key_from_another() {
    let key = DataKey::from_bytes([7; 32]);
    let check = team_doc::seal(&key, CHECK_ID, &Shared::check(), [3; 24]);
    assert_eq!(team_doc::holds_the_key(&key, &check), Ok(true));
    assert_eq!(
        team_doc::holds_the_key(&DataKey::from_bytes([9; 32]), &check),
        Ok(false)
    );
    let record = team_doc::seal(
        &key,
        CHECK_ID,
        &Shared::Record {
            store: "people".into(),
            record: json!({"meta": {"id": CHECK_ID}}),
        },
        [3; 24],
    );
    assert!(team_doc::holds_the_key(&key, &record).is_err());
}

#[test]
fn each_way_a_server_refuses_says_what_to_do() {
    use one_on_one::domain::team_connection::ConnectionProblem as P;
    // As CouchDB 3 and pouchdb-server answer (tests/couchdb/contract.test.mjs).
    assert_eq!(P::of_session(200, Some("ana"), ""), None);
    assert_eq!(
        P::of_session(401, None, "Name or password is incorrect."),
        Some(P::WrongPassword)
    );
    assert_eq!(
        P::of_session(200, None, ""),
        Some(P::WrongPassword),
        "taken for no one"
    );
    assert_eq!(P::of_database(200, ""), None);
    assert_eq!(P::of_database(403, "forbidden"), Some(P::NotAMember));
    assert_eq!(P::of_database(401, "unauthorized"), Some(P::NotAMember));
    assert_eq!(P::of_database(404, "not_found"), Some(P::NoDatabase));
    let odd = P::of_database(500, "badarg\n\u{7}").unwrap();
    assert_eq!(
        odd.to_string(),
        "The team's server answered with an error (500: badarg)."
    );
    let cors = P::CorsRefused {
        app_origin: "https://app.example.org".into(),
    };
    assert!(cors
        .to_string()
        .contains("allow https://app.example.org in its CORS settings"));
    for problem in [
        P::Unreachable,
        P::WrongPassword,
        P::NotAMember,
        P::NoDatabase,
        P::WrongKey,
        P::NoKeyCheck,
    ] {
        assert!(problem.to_string().ends_with('.'), "{problem:?}");
    }
}

#[test]
fn a_join_link_carries_the_join_code_in_its_fragment_only() {
    let team = team();
    let link = team.join_link("https://organize.example.org");
    let (address, fragment) = link.split_once('#').unwrap();
    assert_eq!(address, "https://organize.example.org/settings/team");
    assert_eq!(
        join_code_in_fragment(fragment),
        Some(team.join_code().as_str())
    );
    assert_eq!(
        Team::from_join_code(join_code_in_fragment(fragment).unwrap()).unwrap(),
        team
    );
    for other in ["", "join=", "section=lock", "joinone-on-one-team:x"] {
        assert_eq!(join_code_in_fragment(other), None, "{other}");
    }
}
