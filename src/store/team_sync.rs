//! Syncing with the team's server: pushing what changed here and pulling what changed there,
//! every version through the one merge, so every phone ends with the same records whatever
//! order the changes arrive in. Nothing about the server's revisions is kept here: a push reads
//! the server's version of each document first, takes it in, and writes the merge with the
//! server's revision; a document someone wrote in between is refused by the server (a
//! conflict) and pushed again the same way.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::{json, Value};

use super::database::{known_store, Store};
use super::error::StoreError;
use super::shared::checked;
use crate::domain::cipher::DataKey;
use crate::domain::team_connection::ConnectionProblem;
use crate::domain::team_doc::{self, Shared, CHECK_ID};
use crate::platform::couch::Couch;
use crate::platform::crypto;

/// How many times a push meets a conflict before it gives up (and is tried at the next sync).
const PUSH_TRIES: usize = 4;
/// How many records one push reads from the server and writes, at most.
const PUSH_BATCH: usize = 200;
/// How many changes one pull asks for at a time.
const PULL_PAGE: usize = 500;

/// Why a sync step stopped.
#[derive(Debug, PartialEq)]
pub enum SyncError {
    Server(ConnectionProblem),
    Store(StoreError),
    /// A document from the server was not taken in.
    Refused {
        id: String,
        why: String,
    },
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::Server(problem) => problem.fmt(f),
            SyncError::Store(error) => error.fmt(f),
            SyncError::Refused { id, why } => {
                write!(
                    f,
                    "A document from the team's server ({id}) was not taken: {why}."
                )
            }
        }
    }
}

impl From<ConnectionProblem> for SyncError {
    fn from(problem: ConnectionProblem) -> Self {
        SyncError::Server(problem)
    }
}

impl From<StoreError> for SyncError {
    fn from(error: StoreError) -> Self {
        SyncError::Store(error)
    }
}

/// `method` on `path` in the team's database with `body`: the server's answer, or, when it
/// refuses, why.
pub(super) async fn ask(
    couch: &Couch,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> Result<Value, SyncError> {
    let (status, answer) = couch
        .request(method, &couch.in_database(path), body)
        .await?;
    if (200..300).contains(&status) {
        return Ok(answer);
    }
    let reason = answer["reason"].as_str().unwrap_or_default();
    let problem = ConnectionProblem::of_database(status, reason).unwrap_or_else(|| {
        ConnectionProblem::Server {
            status,
            reason: reason.to_owned(),
        }
    });
    Err(SyncError::Server(problem))
}

/// A position in the changes feed as the `since` of a request: CouchDB's are text, a
/// pouchdb-server's numbers.
pub(super) fn sequence(since: &Value) -> String {
    match since {
        Value::String(seq) => seq.clone(),
        other => other.to_string(),
    }
}

/// Whether the team's copy of a record is a record shared with it.
fn team_shares(on_server: Option<&Shared>) -> bool {
    matches!(on_server, Some(Shared::Record { record, .. }) if record["shared"] == true)
}

/// What one document from the server carries, and the store its record belongs to; `None` for
/// the key check and a document deleted on the server itself (which this app never does).
fn open_document(key: &DataKey, doc: &Value) -> Result<Option<(&'static str, Shared)>, SyncError> {
    let id = doc["_id"].as_str().unwrap_or_default();
    if id == CHECK_ID || doc["_deleted"] == true {
        return Ok(None);
    }
    let shared = team_doc::open(key, doc).map_err(|why| SyncError::Refused {
        id: id.to_owned(),
        why: why.to_string(),
    })?;
    let store = match &shared {
        Shared::Record { store, .. } => known_store(store)?,
        Shared::Deleted { tombstone } => known_store(&tombstone.kind)?,
        Shared::Check { .. } => return Ok(None),
    };
    Ok(Some((store, shared)))
}

/// A record to push to the team's server.
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    pub store: &'static str,
    pub id: String,
    /// A person no longer shared: written only while the team's copy is still shared (their
    /// last version goes, with the sharing off, and nothing after it). A deletion is written
    /// only if the server holds the record, whatever this says.
    pub no_longer_shared: bool,
}

/// What a push did.
#[derive(Debug, Default, PartialEq)]
pub struct Pushed {
    /// How many documents were written.
    pub written: usize,
    /// The ids still in conflict after every try (pushed again at the next sync).
    pub unsettled: Vec<String>,
}

/// [`open_document`], and the record it carries [`checked`]: one that does not read as its
/// kind is refused like a document that does not open.
fn open_checked(key: &DataKey, doc: &Value) -> Result<Option<(&'static str, Shared)>, SyncError> {
    let Some((store, shared)) = open_document(key, doc)? else {
        return Ok(None);
    };
    let shared = checked(shared).map_err(|why| SyncError::Refused {
        id: doc["_id"].as_str().unwrap_or_default().to_owned(),
        why: why.to_string(),
    })?;
    Ok(Some((store, shared)))
}

impl Store {
    /// Pushes `items` to the team's server, [`PUSH_BATCH`] at a time: each merged first with
    /// the server's version, then written unless the server holds it so already.
    pub async fn push_to_team(
        &self,
        couch: &Couch,
        key: &DataKey,
        items: &[Outgoing],
    ) -> Result<Pushed, SyncError> {
        let mut pushed = Pushed::default();
        for batch in items.chunks(PUSH_BATCH) {
            let done = self.push_batch(couch, key, batch).await?;
            pushed.written += done.written;
            pushed.unsettled.extend(done.unsettled);
        }
        Ok(pushed)
    }

    async fn push_batch(
        &self,
        couch: &Couch,
        key: &DataKey,
        items: &[Outgoing],
    ) -> Result<Pushed, SyncError> {
        let mut pending: Vec<(String, String)> = items
            .iter()
            .map(|item| (item.store.to_owned(), item.id.clone()))
            .collect();
        let held_only: HashSet<&str> = items
            .iter()
            .filter(|item| item.no_longer_shared)
            .map(|item| item.id.as_str())
            .collect();
        let mut written = 0;
        for _ in 0..PUSH_TRIES {
            if pending.is_empty() {
                break;
            }
            let (revisions, on_server) = self.take_server_versions(couch, key, &pending).await?;
            let mut docs = Vec::new();
            for (store, id) in &pending {
                let Some(shared) = self.shared_form(store, id).await? else {
                    continue;
                };
                // Not written: what the server holds so already; the deletion of what it never
                // held (a record deleted before it was ever shared); a record no longer shared
                // once the team's copy says so (its last version went with the sharing off).
                let not_the_teams = match &shared {
                    Shared::Deleted { .. } => !revisions.contains_key(id),
                    _ if held_only.contains(id.as_str()) => !team_shares(on_server.get(id)),
                    _ => false,
                };
                if on_server.get(id) == Some(&shared) || not_the_teams {
                    continue;
                }
                let nonce = crypto::random().map_err(|e| StoreError::Failed(e.to_string()))?;
                let mut doc = team_doc::seal(key, id, &shared, nonce);
                if let Some(rev) = revisions.get(id) {
                    doc["_rev"] = json!(rev);
                }
                docs.push(doc);
            }
            if docs.is_empty() {
                pending.clear();
                break;
            }
            let answer = ask(couch, "POST", "_bulk_docs", Some(&json!({ "docs": docs }))).await?;
            let mut conflicted = Vec::new();
            for result in answer.as_array().into_iter().flatten() {
                match result["error"].as_str() {
                    None => written += 1,
                    Some("conflict") => conflicted.extend(result["id"].as_str()),
                    Some(error) => {
                        return Err(SyncError::Refused {
                            id: result["id"].as_str().unwrap_or_default().to_owned(),
                            why: format!("the server refused to write it ({error})"),
                        })
                    }
                }
            }
            pending.retain(|(_, id)| conflicted.contains(&id.as_str()));
        }
        Ok(Pushed {
            written,
            unsettled: pending.into_iter().map(|(_, id)| id).collect(),
        })
    }

    /// Reads the server's version of each of `items`, takes it in here, and returns the
    /// server's revision of each document it has, and what each one holds.
    async fn take_server_versions(
        &self,
        couch: &Couch,
        key: &DataKey,
        items: &[(String, String)],
    ) -> Result<(HashMap<String, String>, HashMap<String, Shared>), SyncError> {
        let ids: Vec<&str> = items.iter().map(|(_, id)| id.as_str()).collect();
        let path = "_all_docs?include_docs=true";
        let answer = ask(couch, "POST", path, Some(&json!({ "keys": ids }))).await?;
        let mut revisions = HashMap::new();
        let mut on_server = HashMap::new();
        for row in answer["rows"].as_array().into_iter().flatten() {
            let (Some(id), Some(rev)) = (row["id"].as_str(), row["value"]["rev"].as_str()) else {
                continue;
            };
            revisions.insert(id.to_owned(), rev.to_owned());
            if !row["doc"].is_null() {
                if let Some((_, shared)) = open_checked(key, &row["doc"])? {
                    on_server.insert(id.to_owned(), shared);
                }
            }
        }
        self.take_page(on_server.values().cloned().collect())
            .await?;
        Ok((revisions, on_server))
    }

    /// Takes in one document from the server (see [`open_document`]).
    /// Returns the store its record belongs to, and whether anything here changed.
    pub(super) async fn take_document(
        &self,
        key: &DataKey,
        doc: &Value,
    ) -> Result<Option<(&'static str, bool)>, SyncError> {
        let Some((store, shared)) = open_checked(key, doc)? else {
            return Ok(None);
        };
        Ok(Some((
            store,
            self.take_page(vec![shared]).await?.changed > 0,
        )))
    }

    /// Pulls what changed on the team's server after `since` (`None`: everything), taking each
    /// document in, and the versions of any it holds in conflict (`team_conflicts.rs`). A document that is not taken (it does not open with this phone's key, or
    /// holds what the app does not share) is passed over and said in `refused`, so one bad
    /// document never stops the rest.
    pub async fn pull_from_team(
        &self,
        couch: &Couch,
        key: &DataKey,
        since: Option<&Value>,
    ) -> Result<Pulled, SyncError> {
        let mut pulled = Pulled {
            since: since.cloned().unwrap_or(json!(0)),
            changed: 0,
            refused: Vec::new(),
            same_as_team: HashSet::new(),
        };
        loop {
            let path = format!(
                "_changes?include_docs=true&conflicts=true&limit={PULL_PAGE}&since={}",
                js_sys::encode_uri_component(&sequence(&pulled.since))
            );
            let answer = ask(couch, "GET", &path, None).await?;
            let results = answer["results"].as_array().cloned().unwrap_or_default();
            // The page taken in with one transaction; then the versions of any document the
            // server holds in conflict, which ask the server again.
            let mut page = Vec::new();
            let mut conflicted = Vec::new();
            for result in results.iter().filter(|r| r["doc"].is_object()) {
                let doc = &result["doc"];
                match open_checked(key, doc) {
                    Ok(Some((store, shared))) => {
                        if doc["_conflicts"].as_array().is_some_and(|c| !c.is_empty()) {
                            conflicted.push((store, doc));
                        }
                        page.push(shared);
                    }
                    Ok(None) => {}
                    Err(SyncError::Refused { id, why }) => {
                        pulled.refused.push(format!("{id}: {why}"))
                    }
                    Err(other) => return Err(other),
                }
            }
            let taken = self.take_page(page).await?;
            pulled.changed += taken.changed;
            pulled.same_as_team.extend(taken.same_as_team);
            for (store, doc) in conflicted {
                self.settle_conflicts(couch, key, store, doc).await?;
            }
            pulled.since = answer["last_seq"].clone();
            if results.len() < PULL_PAGE {
                return Ok(pulled);
            }
        }
    }
}

/// What a pull brought.
#[derive(Debug, PartialEq)]
pub struct Pulled {
    /// The sequence to pull from next time.
    pub since: Value,
    /// How many records changed here.
    pub changed: usize,
    /// The documents passed over, and why.
    pub refused: Vec<String>,
    /// The records (and deletions) taken in that are now here exactly as the team has them:
    /// the first round after joining need not send them back.
    pub same_as_team: HashSet<String>,
}
