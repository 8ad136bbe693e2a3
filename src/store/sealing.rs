//! Turning the lock on or off: every stored record, the journal, Today's snapshot and the team
//! this phone is in written again in the form the lock asks for now (`vault::for_writing`), a
//! page at a time so the screen stays responsive. The lock's state says it is under way, so a tab closed halfway
//! goes on at the next unlock; a record already in the right form is passed over.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use indexed_db_futures::prelude::*;
use indexed_db_futures::KeyRange;
use wasm_bindgen::JsValue;

use super::broadcast::Change;
use super::database::Store;
use super::derived::CARDS;
use super::error::StoreError;
use super::journal;
use super::schema::STORE_NAMES;
use super::sealed_form::{is_sealed, key_of, opened, Form, Unopened};
use super::snapshot;
use super::team_membership;

/// How many stored objects one transaction of the pass rewrites.
const PAGE: u32 = 250;

/// Every store whose objects hold words: the records' and the People list's cards.
fn sealable_stores() -> impl Iterator<Item = &'static str> {
    STORE_NAMES.into_iter().chain([CARDS])
}

impl Store {
    /// Writes everything stored again in the form the lock asks for now, telling `progress`
    /// how many objects of how many are done. Returns how many were rewritten.
    pub async fn reseal_everything(
        &self,
        progress: impl Fn(u32, u32),
    ) -> Result<usize, StoreError> {
        journal::rewrite_all()?;
        snapshot::rewrite()?;
        team_membership::rewrite()?;
        // Another tab's write made while this runs is looked at again at the end.
        let touched = Rc::new(RefCell::new(Vec::<Change>::new()));
        let _listening = {
            let touched = touched.clone();
            self.changes()
                .subscribe(move |change| touched.borrow_mut().push(change))
        };
        let mut total = 0;
        for store in sealable_stores() {
            let tx = self.db()?.transaction(store).build()?;
            total += tx.object_store(store)?.count().await?;
        }
        let (mut done, mut rewritten) = (0, 0);
        for store in sealable_stores() {
            let mut after: Option<String> = None;
            loop {
                let (seen, changed, last) = self.reseal_page(store, after.as_deref()).await?;
                done += seen;
                rewritten += changed;
                progress(done.min(total), total);
                match last {
                    Some(last) if seen == PAGE => after = Some(last),
                    _ => break,
                }
                TimeoutFuture::new(0).await;
            }
        }
        let touched = std::mem::take(&mut *touched.borrow_mut());
        for change in touched {
            if let Change::One { store, id } = change {
                rewritten += self.reseal_one(store, &id).await?;
            }
        }
        Ok(rewritten)
    }

    /// Rewrites one page of `store` after key `after`: how many it saw, how many it
    /// rewrote, and the last key seen.
    async fn reseal_page(
        &self,
        store: &'static str,
        after: Option<&str>,
    ) -> Result<(u32, usize, Option<String>), StoreError> {
        let tx = self.writing(&[store])?;
        let objects = tx.object_store(store)?;
        let request = objects.get_all::<JsValue>().with_limit(PAGE);
        let found: Vec<JsValue> = match after {
            Some(after) => {
                request
                    .with_query::<&str, _>(KeyRange::LowerBound(after, true))
                    .await?
            }
            None => request.await?,
        }
        .collect::<Result<_, _>>()?;
        let form = Form::now()?;
        let mut changed = 0;
        for stored in &found {
            if let Some(rewritten) = rewritten(&form, store, stored)? {
                objects.put(rewritten).primitive()?;
                changed += 1;
            }
        }
        tx.commit().await?;
        let last = found.last().and_then(|last| key_of(store, last));
        Ok((found.len() as u32, changed, last))
    }

    async fn reseal_one(&self, store: &'static str, id: &str) -> Result<usize, StoreError> {
        let tx = self.writing(&[store])?;
        let objects = tx.object_store(store)?;
        let found: Option<JsValue> = objects.get(id).await?;
        let form = Form::now()?;
        let mut changed = 0;
        if let Some(Some(rewritten)) = found.map(|f| rewritten(&form, store, &f)).transpose()? {
            objects.put(rewritten).primitive()?;
            changed = 1;
        }
        tx.commit().await?;
        Ok(changed)
    }
}

/// `stored` in `form`, when it is not in that form already; `None` when it is, or when it is
/// sealed and does not open (left as it is: it reads as set aside either way).
fn rewritten(form: &Form, store: &str, stored: &JsValue) -> Result<Option<JsValue>, StoreError> {
    if is_sealed(stored) == form.seals() {
        return Ok(None);
    }
    let plain = match opened(store, stored.clone()) {
        Ok(plain) => plain,
        Err(Unopened::Damaged) => return Ok(None),
        Err(Unopened::Locked) => return Err(StoreError::Locked),
    };
    form.stored_object(store, &plain).map(Some)
}
