//! Leaving a team and taking its people off this phone: every person shared with the team,
//! with their one-on-ones and next steps, removed in one transaction and without tombstones
//! (the team still has them, a deletion must never travel from here, and joining again brings
//! them back), their journaled edits and Today's snapshot forgotten with them.

use indexed_db_futures::prelude::*;
use wasm_bindgen::JsValue;

use super::broadcast::Change;
use super::database::{read_all, write_scope, Store};
use super::deletion::remove_in;
use super::error::StoreError;
use super::journal;
use super::schema::BY_PERSON;
use super::snapshot;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;

impl Store {
    /// Removes the people shared with the team, with what goes with them; returns how many
    /// people were removed.
    pub async fn remove_team_people(&self) -> Result<usize, StoreError> {
        let mut names: Vec<&'static str> = [Person::STORE, Meeting::STORE, NextStep::STORE]
            .into_iter()
            .flat_map(write_scope)
            .collect();
        names.sort();
        names.dedup();
        let tx = self.writing(&names)?;
        let people: Vec<Person> = read_all(&tx.object_store(Person::STORE)?, Person::STORE).await?;
        let mut removed = Vec::new();
        for person in people.into_iter().filter(|person| person.shared) {
            for store_name in [Meeting::STORE, NextStep::STORE] {
                // Read by their keys alone: a sealed record need not be opened to go.
                let keys: Vec<JsValue> = tx
                    .object_store(store_name)?
                    .index(BY_PERSON)?
                    .get_all_keys::<JsValue>()
                    .with_query::<&str, _>(indexed_db_futures::KeyRange::Only(
                        person.meta.id.as_str(),
                    ))
                    .await?
                    .collect::<Result<_, _>>()?;
                for key in keys.iter().filter_map(JsValue::as_string) {
                    remove_in(&tx, store_name, &key).await?;
                    removed.push((store_name, key));
                }
            }
            remove_in(&tx, Person::STORE, &person.meta.id).await?;
            removed.push((Person::STORE, person.meta.id));
        }
        tx.commit().await?;
        for (store_name, id) in &removed {
            journal::forget(store_name, id);
        }
        snapshot::forget();
        for store in [Person::STORE, Meeting::STORE, NextStep::STORE] {
            self.announce(&Change::All { store });
        }
        Ok(removed
            .iter()
            .filter(|(store, _)| *store == Person::STORE)
            .count())
    }
}
