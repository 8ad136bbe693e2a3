//! One round with the team's server: what changed there since the last round taken in, then
//! what waits here sent (on the first round after joining, and on "Sync now", every record
//! this phone shares too), and where the changes were read to kept for the next round.

use serde_json::Value;

use super::database::Store;
use super::team_membership;
use super::team_sync::{ask, sequence, Outgoing, SyncError};
use crate::domain::cipher::DataKey;
use crate::platform::couch::Couch;

/// What a round did.
#[derive(Debug, Default, PartialEq)]
pub struct Round {
    /// How many records changed here.
    pub taken: usize,
    /// How many documents were written to the server.
    pub sent: usize,
    /// The documents from the server passed over, and why.
    pub refused: Vec<String>,
}

impl Store {
    /// One round with the team's server (see the module's comment); `everything` sends every
    /// shared record, not only what waits.
    pub async fn sync_round(
        &self,
        couch: &Couch,
        key: &DataKey,
        everything: bool,
    ) -> Result<Round, SyncError> {
        let since = team_membership::since();
        let everything = everything || since.is_none();
        let pulled = self.pull_from_team(couch, key, since.as_ref()).await?;
        if team_membership::joined() {
            team_membership::keep_since(&pulled.since);
        }
        let mut sent = self.send_waiting(couch, key).await?.written;
        if everything {
            // A deletion goes only if the team ever had the record (see `Outgoing`).
            let mut items = self.team_items().await?;
            items.extend(self.deleted_items().await?);
            // What the pull just took in as the team has it is not sent back: a fresh phone
            // joining a team sends nothing of the team's own records.
            let items: Vec<Outgoing> = items
                .into_iter()
                .filter(|(_, id)| !pulled.same_as_team.contains(id))
                .map(|(store, id)| Outgoing {
                    store,
                    id,
                    no_longer_shared: false,
                })
                .collect();
            sent += self.push_to_team(couch, key, &items).await?.written;
        }
        Ok(Round {
            taken: pulled.changed,
            sent,
            refused: pulled.refused,
        })
    }
}

/// Waits until the team's server has changes after `since` (or `wait_ms` pass); returns
/// whether it has, and the sequence to wait from next.
pub async fn wait_for_changes(
    couch: &Couch,
    since: &Value,
    wait_ms: u32,
) -> Result<(bool, Value), SyncError> {
    let path = format!(
        "_changes?feed=longpoll&timeout={wait_ms}&since={}",
        js_sys::encode_uri_component(&sequence(since))
    );
    let answer = ask(couch, "GET", &path, None).await?;
    let changed = answer["results"].as_array().is_some_and(|r| !r.is_empty());
    Ok((changed, answer["last_seq"].clone()))
}
