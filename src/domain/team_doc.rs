//! A shared record as the team's CouchDB server holds it: a document whose `_id` is the
//! record's own random id and whose only other field is the record sealed with the team key
//! (XChaCha20-Poly1305, the document's id as additional data, so a body copied onto another
//! document does not open). A deletion is the same document holding the record's tombstone,
//! so it replaces the record on every phone. The server sees ids, revisions, sizes and times;
//! no name, note or kind. Opening checks what a hostile or broken server could send: a body
//! that does not open, a kind that is not shared, a record whose id is not its document's.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::cipher::{self, DataKey, NONCE_BYTES};
use super::tombstone::Tombstone;

pub const DOC_VERSION: u32 = 1;
/// The document that tells a phone whether it holds the team's key: sealed like any other.
pub const CHECK_ID: &str = "team-check";
/// What the check document holds once opened.
const CHECK_TEXT: &str = "one-on-one team key check";
/// The kinds a team shares (a person, their meetings and their next steps).
pub const SHARED_KINDS: [&str; 3] = ["people", "meetings", "next_steps"];

/// What one document carries.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "is", rename_all = "snake_case")]
pub enum Shared {
    Record { store: String, record: Value },
    Deleted { tombstone: Tombstone },
    Check { text: String },
}

impl Shared {
    /// The check document's content.
    pub fn check() -> Shared {
        Shared::Check {
            text: CHECK_TEXT.to_owned(),
        }
    }
}

/// Why a document from the server was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocProblem {
    /// Sealed with another key (another team's, or the key before it was changed), or changed.
    WrongKey,
    /// Written by a newer version of the app.
    Newer,
    /// Not a document this app writes, or one whose content contradicts its id.
    Foreign(String),
}

impl fmt::Display for DocProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocProblem::WrongKey => f.write_str(
                "it does not open with this phone's team key (the team's key changed, or the document was)",
            ),
            DocProblem::Newer => f.write_str("it was written by a newer version of the app"),
            DocProblem::Foreign(why) => f.write_str(why),
        }
    }
}

/// The additional data a document's body is sealed under.
fn context(id: &str) -> Vec<u8> {
    format!("one-on-one team doc {DOC_VERSION}/{id}").into_bytes()
}

/// The document `id` holding `shared`, sealed with `key` and a fresh `nonce` (without `_rev`:
/// the sync adds the revision it updates).
pub fn seal(key: &DataKey, id: &str, shared: &Shared, nonce: [u8; NONCE_BYTES]) -> Value {
    let plain = serde_json::to_vec(shared).expect("a shared record is always JSON");
    let body = key.seal(&context(id), &plain, nonce);
    json!({ "_id": id, "v": DOC_VERSION, "sealed": cipher::to_text(&body) })
}

/// The document's id, as the document `id` of a shared record would be: the record's own.
pub fn id_of(shared: &Shared) -> Option<&str> {
    match shared {
        Shared::Record { record, .. } => record["meta"]["id"].as_str(),
        Shared::Deleted { tombstone } => Some(&tombstone.id),
        Shared::Check { .. } => Some(CHECK_ID),
    }
}

/// What `doc`, read from the server, carries, opened with `key`.
pub fn open(key: &DataKey, doc: &Value) -> Result<Shared, DocProblem> {
    let foreign = |why: &str| DocProblem::Foreign(why.to_owned());
    let id = doc["_id"].as_str().ok_or_else(|| foreign("it has no id"))?;
    match doc["v"].as_u64() {
        Some(v) if v == u64::from(DOC_VERSION) => {}
        Some(v) if v > u64::from(DOC_VERSION) => return Err(DocProblem::Newer),
        _ => return Err(foreign("it is not a document this app writes")),
    }
    let sealed = doc["sealed"]
        .as_str()
        .and_then(|text| cipher::from_text(text).ok())
        .ok_or_else(|| foreign("its sealed body is missing or not base64"))?;
    let plain = key
        .open(&context(id), &sealed)
        .map_err(|_| DocProblem::WrongKey)?;
    let shared: Shared = serde_json::from_slice(&plain)
        .map_err(|_| foreign("it opens, but does not hold a shared record"))?;
    if let Shared::Record { store, .. } = &shared {
        if !SHARED_KINDS.contains(&store.as_str()) {
            return Err(foreign("it holds a kind of record a team does not share"));
        }
    }
    if let Shared::Deleted { tombstone } = &shared {
        if !SHARED_KINDS.contains(&tombstone.kind.as_str()) {
            return Err(foreign("it deletes a kind of record a team does not share"));
        }
    }
    if id_of(&shared) != Some(id) {
        return Err(foreign("it holds another record than its id names"));
    }
    Ok(shared)
}

/// Whether `doc` is the check document and opens with `key` as it should: `Ok(false)` when it
/// is sealed with another key.
pub fn holds_the_key(key: &DataKey, doc: &Value) -> Result<bool, DocProblem> {
    match open(key, doc) {
        Ok(Shared::Check { text }) => Ok(text == CHECK_TEXT),
        Ok(_) => Err(DocProblem::Foreign(
            "the check document holds a record".to_owned(),
        )),
        Err(DocProblem::WrongKey) => Ok(false),
        Err(other) => Err(other),
    }
}
