//! What this phone shares with its team: each person marked shared, with their one-on-ones
//! and next steps (what is marked sensitive in them stays on the phone: `domain::team_form`),
//! and the deletions of shared kinds (a push sends only those the team's server holds).

use indexed_db_futures::prelude::*;

use super::database::{known_store, Store};
use super::error::StoreError;
use super::tombstones::{self, TOMBSTONES};
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::domain::team_doc::SHARED_KINDS;

impl Store {
    /// Every record this phone shares with its team, as (store, id).
    pub async fn team_items(&self) -> Result<Vec<(&'static str, String)>, StoreError> {
        let people: Vec<Person> = self.all().await?;
        let mut items = Vec::new();
        for person in people.into_iter().filter(|person| person.shared) {
            for meeting in self.meetings_of(&person.meta.id).await? {
                items.push((Meeting::STORE, meeting.meta.id));
            }
            for step in self.steps_of(&person.meta.id).await? {
                items.push((NextStep::STORE, step.meta.id));
            }
            items.push((Person::STORE, person.meta.id));
        }
        Ok(items)
    }

    /// Every record of a kind a team shares that was deleted here, as (store, id).
    pub async fn deleted_items(&self) -> Result<Vec<(&'static str, String)>, StoreError> {
        let tx = self.db()?.transaction(TOMBSTONES).build()?;
        let kept = tombstones::all(&tx).await?;
        Ok(kept
            .into_iter()
            .filter(|tombstone| SHARED_KINDS.contains(&tombstone.kind.as_str()))
            .filter_map(|tombstone| Some((known_store(&tombstone.kind).ok()?, tombstone.id)))
            .collect())
    }
}
