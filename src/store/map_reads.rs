//! What the relationship map reads: everyone's card with their stage (from the People list's
//! derived stores), and who referred them and whom they are linked to, picked off each person.

use std::collections::HashMap;

use serde::Deserialize;

use super::error::StoreError;
use super::Store;
use crate::domain::map::graph::MapPerson;
use crate::domain::people_list::rows;
use crate::domain::person::Person;
use crate::domain::person_link::PersonLink;
use crate::domain::record::Record;

/// The two fields of a person the map draws as edges, with their id.
#[derive(Deserialize)]
struct Ties {
    meta: Id,
    #[serde(default)]
    referred_by: Option<String>,
    #[serde(default)]
    links: Vec<PersonLink>,
}

#[derive(Deserialize)]
struct Id {
    id: String,
}

impl Store {
    /// Everyone on the phone as the map draws them, in id order.
    pub async fn map_people(&self) -> Result<Vec<MapPerson>, StoreError> {
        let (cards, facts) = (self.people_cards().await?, self.people_facts().await?);
        let mut ties: HashMap<String, (Option<String>, Vec<PersonLink>)> = self
            .pick_all(Person::STORE, |stored| {
                let ties: Ties = serde_wasm_bindgen::from_value(stored.clone()).ok()?;
                Some((ties.meta.id, (ties.referred_by, ties.links)))
            })
            .await?
            .into_iter()
            .collect();
        let mut people: Vec<MapPerson> = rows(&cards, &facts)
            .into_iter()
            .map(|row| {
                let (referred_by, links) = ties.remove(&row.card.id).unwrap_or_default();
                MapPerson {
                    id: row.card.id,
                    name: row.card.name,
                    stage: row.stage,
                    referred_by,
                    links,
                    organizations: row.card.organizations,
                    tags: row.card.tags,
                }
            })
            .collect();
        people.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(people)
    }
}
