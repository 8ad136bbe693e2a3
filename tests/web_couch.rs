//! Browser tests of the connection to a team's server, in headless Chromium against the CouchDB
//! stand-in that `tests/couchdb/with-server.mjs` starts (as `make test` does): the first phone
//! writes the key check and the next opens it; another team key, a wrong password, an account
//! that is not a member, a database that does not exist, a server that does not answer and one
//! whose CORS refuses the app are each told apart; the server holds no readable word.

#![cfg(target_arch = "wasm32")]

use one_on_one::domain::cipher::DataKey;
use one_on_one::domain::team_connection::ConnectionProblem;
use one_on_one::platform::couch::{Connected, Couch};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEAM_DB: &str = "team-web";

/// Where `tests/couchdb/with-server.mjs` started `what`, as it said when these were compiled.
fn started(what: Option<&'static str>) -> &'static str {
    match what {
        Some(address) => address,
        None => panic!(
            "these tests need the CouchDB stand-in: run them through tests/couchdb/with-server.mjs, as make test does"
        ),
    }
}

fn server() -> &'static str {
    started(option_env!("COUCHDB_TEST_SERVER"))
}

fn ana(database: &str) -> Couch {
    Couch::new(server(), database, "ana", "ana-secret-1")
}

#[wasm_bindgen_test]
async fn the_first_phone_writes_the_key_check_and_only_the_team_key_opens_it_the_live_sync_only_reads_it(
) {
    let key = DataKey::from_bytes([7; 32]);
    // The live sync only checks: it never makes the team's key check itself.
    assert_eq!(
        ana(TEAM_DB).check_key(&key).await,
        Err(ConnectionProblem::NoKeyCheck)
    );
    assert_eq!(ana(TEAM_DB).connect(&key).await, Ok(Connected::FirstPhone));
    assert_eq!(ana(TEAM_DB).check_key(&key).await, Ok(Connected::KeyHolds));
    assert_eq!(ana(TEAM_DB).connect(&key).await, Ok(Connected::KeyHolds));
    assert_eq!(
        ana(TEAM_DB).connect(&DataKey::from_bytes([8; 32])).await,
        Err(ConnectionProblem::WrongKey)
    );
    let url = format!("{}/{TEAM_DB}/team-check", server());
    let (status, stored) = ana(TEAM_DB).request("GET", &url, None).await.unwrap();
    assert_eq!(status, 200);
    assert!(
        !stored.to_string().contains("key check"),
        "the server holds the check sealed: {stored}"
    );
}

#[wasm_bindgen_test]
async fn each_refusal_is_told_apart() {
    let key = &DataKey::from_bytes([7; 32]);
    let connect = |couch: Couch| async move { couch.connect(key).await };
    assert_eq!(
        connect(Couch::new(server(), TEAM_DB, "ana", "not-her-password")).await,
        Err(ConnectionProblem::WrongPassword)
    );
    assert_eq!(
        connect(Couch::new(server(), TEAM_DB, "olga", "olga-secret-1")).await,
        Err(ConnectionProblem::NotAMember)
    );
    assert_eq!(
        connect(ana("no-such-team")).await,
        Err(ConnectionProblem::NoDatabase)
    );
    assert_eq!(
        connect(Couch::new("http://127.0.0.1:9", TEAM_DB, "ana", "x")).await,
        Err(ConnectionProblem::Unreachable)
    );
    let no_cors = started(option_env!("NO_CORS_TEST_SERVER"));
    match connect(Couch::new(no_cors, TEAM_DB, "ana", "x")).await {
        Err(ConnectionProblem::CorsRefused { app_origin }) => {
            assert!(app_origin.starts_with("http://127.0.0.1:"), "{app_origin}")
        }
        other => panic!("{other:?}"),
    }
}
