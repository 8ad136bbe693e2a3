//! People brought in from a file or the phone's contacts, written as one transaction: the new
//! put as they are (with their card and outbox row), the ones already here through the one
//! merge; a batch at a time with progress told between, and all of it undone when the person
//! cancels (the transaction is dropped, so aborted) or anything fails.

use std::cell::Cell;

use futures::future::join_all;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;

use super::broadcast::Change;
use super::database::{write_scope, Store};
use super::derived;
use super::error::StoreError;
use super::indexed::for_storage;
use super::merging::{merge_in, Landed, Source};
use super::names::CARDS;
use super::outbox_marks;
use super::sealed_form::Form;
use super::snapshot;
use super::stamping::stamp;
use crate::domain::people_import::plan::{as_added, Plan};
use crate::domain::people_list::PersonCard;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::platform::ids::{new_id, now_ms};

/// How many new people are put between two reports of progress (a frame's worth of work at
/// 4x throttling), and how many people already here are merged.
const NEW_BATCH: usize = 50;
const MERGE_BATCH: usize = 50;

/// What an import wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BroughtIn {
    pub added: usize,
    pub updated: usize,
    /// Matched people deleted meanwhile (in another tab, or by the team): left deleted.
    pub deleted_meanwhile: usize,
}

/// `person` (planned without an id) as a new record: a fresh id, added `now`.
fn as_new(person: &Person, now: i64) -> Person {
    as_added(person, new_id(), now)
}

/// The request a batch's last put made, to wait for.
type Landing = indexed_db_futures::future::VoidRequest;

/// Puts `batch` as new people with their cards (and outbox rows), the lock off: the whole
/// batch crosses into the browser as one JSON text, `[person, card, person, card, …]`,
/// parsed there at once (crossing field by field cost most of the wasm's share).
fn put_plain(tx: &Transaction<'_>, batch: &[Person], now: i64) -> Result<Landing, StoreError> {
    let people: Vec<Person> = batch.iter().map(|person| as_new(person, now)).collect();
    let mut both = Vec::with_capacity(people.len() * 2);
    for person in &people {
        let value = serde_json::to_value(person).map_err(|e| StoreError::Failed(e.to_string()))?;
        both.push(for_storage(Person::STORE, value));
        let card = PersonCard::of(person);
        both.push(serde_json::to_value(&card).map_err(|e| StoreError::Failed(e.to_string()))?);
    }
    let text = serde_json::to_string(&both).map_err(|e| StoreError::Failed(e.to_string()))?;
    let parsed = js_sys::Array::from(&js_sys::JSON::parse(&text)?);
    let (records, cards) = (tx.object_store(Person::STORE)?, tx.object_store(CARDS)?);
    for (index, person) in people.iter().enumerate().take(people.len() - 1) {
        records.as_sys().put(&parsed.get(2 * index as u32))?;
        cards.as_sys().put(&parsed.get(2 * index as u32 + 1))?;
        outbox_marks::mark_in(tx, Person::STORE, &person.meta.id)?;
    }
    let last = people.len() - 1;
    cards.as_sys().put(&parsed.get(2 * last as u32 + 1))?;
    outbox_marks::mark_in(tx, Person::STORE, &people[last].meta.id)?;
    Ok(records.put(parsed.get(2 * last as u32)).primitive()?)
}

/// Puts `batch` as new people, sealed with the lock's key, each through the form every write
/// takes (and what it derives, and its outbox row).
fn put_sealed(
    tx: &Transaction<'_>,
    form: &Form,
    batch: &[Person],
    now: i64,
) -> Result<Landing, StoreError> {
    let records = tx.object_store(Person::STORE)?;
    let mut landing = None;
    for person in batch {
        let person = as_new(person, now);
        let value = serde_json::to_value(&person).map_err(|e| StoreError::Failed(e.to_string()))?;
        let record = for_storage(Person::STORE, value);
        let stored = form.stored(Person::STORE, &record)?;
        landing = Some(records.put(stored).primitive()?);
        derived::rewrite_in(tx, Person::STORE, &person.meta.id, None, Some(&record))?;
        outbox_marks::mark_in(tx, Person::STORE, &person.meta.id)?;
    }
    landing.ok_or_else(|| StoreError::Failed("an empty batch".to_owned()))
}

impl Store {
    /// Carries out `plan`: adds its new people (each given a fresh id, so nothing is stored
    /// under it to merge with) and merges its updates (each as (stored before, after)) through
    /// the one merge, in one transaction. `progress` is told how many of all are done after
    /// each batch; when `cancelled` is set between batches, nothing is written and `Ok(None)`
    /// returned.
    pub async fn bring_in(
        &self,
        plan: &Plan,
        progress: impl Fn(usize, usize),
        cancelled: &Cell<bool>,
    ) -> Result<Option<BroughtIn>, StoreError> {
        let updates = &plan.updates;
        let total = plan.new_people.len() + updates.len();
        let tx = self.writing(&write_scope(Person::STORE))?;
        let form = Form::now()?;
        let now = now_ms();
        let mut brought = BroughtIn::default();
        progress(0, total);
        for batch in plan.new_people.chunks(NEW_BATCH) {
            if cancelled.get() {
                // Dropped unfinished, the transaction is aborted: nothing of it stays.
                return Ok(None);
            }
            let landed = if form.seals() {
                put_sealed(&tx, &form, batch, now)?
            } else {
                put_plain(&tx, batch, now)?
            };
            // Requests finish in order: the batch's last put landing means all of it did.
            landed.await?;
            brought.added += batch.len();
            progress(brought.added, total);
        }
        for batch in updates.chunks(MERGE_BATCH) {
            if cancelled.get() {
                return Ok(None);
            }
            let merged = join_all(batch.iter().map(|(before, after)| async {
                let stamped = stamp(before, after)
                    .ok_or_else(|| StoreError::Failed("a person did not convert".to_owned()))?;
                let value = stamped.value;
                merge_in(
                    &tx,
                    Person::STORE,
                    value,
                    Some(&stamped.before),
                    Source::Here,
                )
                .await
            }))
            .await;
            for landed in merged {
                match landed?.0 {
                    Landed::Deleted => brought.deleted_meanwhile += 1,
                    Landed::Stored { .. } => brought.updated += 1,
                }
            }
            progress(
                brought.added + brought.updated + brought.deleted_meanwhile,
                total,
            );
        }
        if cancelled.get() {
            return Ok(None);
        }
        tx.commit().await?;
        snapshot::forget();
        self.announce(&Change::All {
            store: Person::STORE,
        });
        Ok(Some(brought))
    }
}
