//! Documents the team's server holds in conflict. A server that checks revisions never makes
//! them from this app's writes, but a CouchDB cluster, or servers replicating between sites,
//! can keep two versions of one document. Each version is taken in here through the one merge,
//! the merge is written over the winning revision, and the losing revisions are deleted, so
//! every phone reads one version again.

use serde_json::{json, Value};

use super::database::Store;
use super::team_sync::{ask, Outgoing, SyncError};
use crate::domain::cipher::DataKey;
use crate::platform::couch::Couch;

impl Store {
    /// Settles the conflicts of `doc` (read with `conflicts=true`), a record of `store`.
    pub(super) async fn settle_conflicts(
        &self,
        couch: &Couch,
        key: &DataKey,
        store: &'static str,
        doc: &Value,
    ) -> Result<(), SyncError> {
        let id = doc["_id"].as_str().unwrap_or_default();
        let losers: Vec<&str> = doc["_conflicts"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for rev in &losers {
            let path = format!(
                "{}?rev={}",
                js_sys::encode_uri_component(id),
                js_sys::encode_uri_component(rev)
            );
            let version = ask(couch, "GET", &path, None).await?;
            self.take_document(key, &version).await?;
        }
        let this = Outgoing {
            store,
            id: id.to_owned(),
            no_longer_shared: false,
        };
        self.push_to_team(couch, key, &[this]).await?;
        let deletions: Vec<Value> = losers
            .iter()
            .map(|rev| json!({ "_id": id, "_rev": rev, "_deleted": true }))
            .collect();
        ask(
            couch,
            "POST",
            "_bulk_docs",
            Some(&json!({ "docs": deletions })),
        )
        .await?;
        Ok(())
    }
}
