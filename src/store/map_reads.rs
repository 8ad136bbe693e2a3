//! What the relationship map reads: everyone's card with their ties (from the People list's
//! derived store); ties are picked off the person only where a card was kept without. Their
//! stages come apart (`people_facts`, `people_list::stages_of`), so the map is laid out
//! without waiting for the facts.

use std::collections::HashMap;

use super::error::StoreError;
use super::Store;
use crate::domain::map::graph::MapPerson;
use crate::domain::people_list::PersonGist;
use crate::domain::person::{Person, Stage};
use crate::domain::person_link::PersonLink;
use crate::domain::record::Record;

impl Store {
    /// Everyone on the phone as the map draws them, in id order, their stages not yet known:
    /// off the cards, but for cards kept without their ties, whose ties are read off the person.
    pub async fn map_people(&self) -> Result<Vec<MapPerson>, StoreError> {
        let cards = self.people_cards().await?;
        let without: Vec<String> = cards
            .iter()
            .filter(|c| !c.has_ties)
            .map(|c| c.id.clone())
            .collect();
        let mut read: HashMap<String, (Option<String>, Vec<PersonLink>)> = if without.is_empty() {
            HashMap::new()
        } else {
            // The card the person would have now: it reads their ties as it would build them.
            self.pick_each(Person::STORE, &without, |stored| {
                let card = serde_wasm_bindgen::from_value::<PersonGist>(stored.clone())
                    .ok()?
                    .card();
                Some((card.id, (card.referred_by, card.links)))
            })
            .await?
            .into_iter()
            .flatten()
            .collect()
        };
        let mut people: Vec<MapPerson> = cards
            .into_iter()
            .map(|card| {
                let (referred_by, links) = if card.has_ties {
                    (card.referred_by, card.links)
                } else {
                    read.remove(&card.id).unwrap_or_default()
                };
                MapPerson {
                    id: card.id,
                    name: card.name,
                    stage: Stage::NotYetMet,
                    engagement: card.engagement,
                    referred_by,
                    links,
                    organizations: card.organizations,
                    tags: card.tags,
                }
            })
            .collect();
        // The cards come in id order already; a sorted list costs the sort one pass.
        people.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(people)
    }
}
