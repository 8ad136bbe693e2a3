//! What the screens ask the store for, by what they mean: Today's due steps and upcoming
//! meetings, the open steps, a person's meetings, steps and referrals, people's names and
//! cards. Which index answers, and with what key range, is the store's business alone.

use std::collections::HashMap;

use indexed_db_futures::prelude::*;
use wasm_bindgen::JsValue;

use super::bulk_json::deserialize_all;
use super::database::{read_all_in_bulk, Store};
use super::derived::{FactKey, CARDS, FACTS};
use super::error::StoreError;
use super::fields;
use super::indexed::open_key;
use super::schema::{
    BY_PERSON, MEETINGS_BY_STATUS, MEETINGS_BY_STATUS_START, PEOPLE_BY_REFERRER, STEPS_BY_OPEN,
    STEPS_BY_OPEN_DUE,
};
use super::sealed_form::open_one;
use super::team_membership;
use crate::domain::meeting::{Meeting, MeetingStatus};
use crate::domain::next_step::NextStep;
use crate::domain::people_list::{Fact, PersonCard};
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::platform::timing::Timing;

impl Store {
    /// The first `limit` open steps due before `before` (UTC ms), soonest first, and how many
    /// open steps are due before it in all: Today's due follow-ups.
    pub async fn due_steps(
        &self,
        before: i64,
        limit: u32,
    ) -> Result<(Vec<NextStep>, usize), StoreError> {
        let open = JsValue::from(open_key());
        let from = js_sys::Array::of1(&open);
        let below = js_sys::Array::of2(&open, &(before as f64).into());
        self.first_in_range(STEPS_BY_OPEN_DUE, (from.into(), below.into()), limit)
            .await
    }

    /// Every open step, in id order (not the thousands done over the years).
    pub async fn open_steps(&self) -> Result<Vec<NextStep>, StoreError> {
        self.by_index(STEPS_BY_OPEN, open_key()).await
    }

    /// The first `limit` meetings still ahead of each upcoming status, soonest first (undated
    /// ones when those run short), and how many meetings are still ahead in all.
    pub async fn upcoming_meetings(&self, limit: u32) -> Result<(Vec<Meeting>, usize), StoreError> {
        let upcoming = MeetingStatus::UPCOMING.map(MeetingStatus::key);
        let (ordered, [_, start]) = MEETINGS_BY_STATUS_START;
        self.first_in_order((ordered, start), MEETINGS_BY_STATUS.0, &upcoming, limit)
            .await
    }

    /// The meetings with person `person_id`.
    pub async fn meetings_of(&self, person_id: &str) -> Result<Vec<Meeting>, StoreError> {
        self.by_index(BY_PERSON, person_id).await
    }

    /// The next steps agreed with person `person_id`, open and done.
    pub async fn steps_of(&self, person_id: &str) -> Result<Vec<NextStep>, StoreError> {
        self.by_index(BY_PERSON, person_id).await
    }

    /// The people person `person_id` referred.
    pub async fn referrals_of(&self, person_id: &str) -> Result<Vec<Person>, StoreError> {
        self.by_index(PEOPLE_BY_REFERRER.0, person_id).await
    }

    /// Forgets person `id` with their meetings (and the notes in them) and next steps, in one
    /// transaction; their journaled edits and Today's snapshot go too, and the search index
    /// hears of it. Returns how many meetings and next steps went with them.
    pub async fn delete_person(&self, id: &str) -> Result<(usize, usize), StoreError> {
        let dependents = [(Meeting::STORE, BY_PERSON), (NextStep::STORE, BY_PERSON)];
        let counts = self
            .delete_with_dependents::<Person>(id, &dependents)
            .await?;
        Ok((counts[0], counts[1]))
    }

    /// Everyone as a name card (id, name, when added, who referred them), in id order, without
    /// the rest of each record: for pickers and lists of names.
    pub async fn name_cards(&self) -> Result<Vec<Person>, StoreError> {
        self.pick_all(Person::STORE, name_card).await
    }

    /// The teammates this phone knows of: those who hold a relationship with someone shared,
    /// by their user names on the team's server, in order, without this phone's own.
    pub async fn teammates(&self) -> Result<Vec<String>, StoreError> {
        let me = team_membership::my_name();
        let mut names = self
            .pick_all(Person::STORE, |stored| fields::text(stored, "held_by"))
            .await?;
        names.retain(|name| Some(name) != me.as_ref());
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// Person `id` as a name card; `None` when there is no such person.
    pub async fn name_card(&self, id: &str) -> Result<Option<Person>, StoreError> {
        self.pick_one(Person::STORE, id, name_card).await
    }

    /// The people `ids` names, in that order; one no longer stored (or unreadable) left out.
    pub async fn people_of(&self, ids: &[String]) -> Result<Vec<Person>, StoreError> {
        let picked = self
            .pick_each(Person::STORE, ids, |stored| {
                serde_wasm_bindgen::from_value(stored.clone()).ok()
            })
            .await?;
        Ok(picked.into_iter().flatten().collect())
    }

    /// The names of the people `ids` names, by id; an empty name for one not stored.
    pub async fn names_of(&self, ids: &[String]) -> Result<HashMap<String, String>, StoreError> {
        let names = self
            .pick_each(Person::STORE, ids, |p| fields::text(p, "name"))
            .await?;
        let names = names.into_iter().map(Option::unwrap_or_default);
        Ok(ids.iter().cloned().zip(names).collect())
    }

    /// Everyone as the People list shows them, in id order: a small card each, kept by the
    /// store beside the people themselves.
    pub async fn people_cards(&self) -> Result<Vec<PersonCard>, StoreError> {
        let timing = Timing::start("load people cards");
        let tx = self.db()?.transaction(CARDS).build()?;
        let cards = read_all_in_bulk(&tx.object_store(CARDS)?, CARDS).await;
        timing.end();
        cards
    }

    /// Person `id`'s card; `None` when there is no such person.
    pub async fn person_card(&self, id: &str) -> Result<Option<PersonCard>, StoreError> {
        let tx = self.db()?.transaction(CARDS).build()?;
        let found: Option<JsValue> = tx.object_store(CARDS)?.get(id).await?;
        Ok(open_one(CARDS, found)?.and_then(|card| serde_wasm_bindgen::from_value(card).ok()))
    }

    /// What sets everyone's stage and last contact: the one-on-ones held, and the commitments
    /// of theirs still open, read as keys alone.
    pub async fn people_facts(&self) -> Result<Vec<Fact>, StoreError> {
        let timing = Timing::start("load people facts");
        let tx = self.db()?.transaction(FACTS).build()?;
        let keys: Vec<JsValue> = tx
            .object_store(FACTS)?
            .get_all_keys::<JsValue>()
            .await?
            .collect::<Result<_, _>>()?;
        let facts = deserialize_all::<FactKey>(keys)
            .into_iter()
            .filter_map(FactKey::fact)
            .collect();
        timing.end();
        Ok(facts)
    }

    /// Everything the People list's search looks through, per person (name, contact details,
    /// organizations, tags, skills, how you met, notes), read once the person searches.
    pub async fn people_search_texts(&self) -> Result<Vec<(String, String)>, StoreError> {
        self.pick_all(Person::STORE, |stored| {
            let person: Person = serde_wasm_bindgen::from_value(stored.clone()).ok()?;
            let text = person.search_text();
            Some((person.meta.id, text))
        })
        .await
    }

    /// Person `id`'s search text, as [`Store::people_search_texts`] gives it.
    pub async fn person_search_text(
        &self,
        id: &str,
    ) -> Result<Option<(String, String)>, StoreError> {
        Ok(self
            .get::<Person>(id)
            .await?
            .map(|person| (id.to_owned(), person.search_text())))
    }

    /// The ids of the people with a one-on-one held or planned (once per meeting), read off two
    /// fields of every meeting: whoever is not among them waits for a first one-on-one.
    pub async fn people_met_or_planned(&self) -> Result<Vec<String>, StoreError> {
        self.pick_all(Meeting::STORE, |m| {
            status_of(m)
                .is_held_or_upcoming()
                .then(|| fields::text(m, "person_id"))
                .flatten()
        })
        .await
    }
}

/// A stored person as a name card.
fn name_card(stored: &JsValue) -> Option<Person> {
    let meta = fields::meta(stored)?;
    let id = fields::text(&meta, "id")?;
    let created_at = fields::number(&meta, "created_at").unwrap_or_default() as i64;
    let name = fields::text(stored, "name").unwrap_or_default();
    let mut card = Person::new(id, name, created_at);
    card.referred_by = fields::text(stored, "referred_by");
    Some(card)
}

/// A stored meeting's status, read without converting the meeting.
fn status_of(meeting: &JsValue) -> MeetingStatus {
    fields::text(meeting, "status")
        .and_then(|s| serde_json::from_value(serde_json::Value::String(s)).ok())
        .unwrap_or_default()
}
