//! Sending what waits in the outbox: each waiting record sorted into what the team is to have
//! (a shared person, and the one-on-ones and next steps of one), what goes only if the team's
//! server holds it already (a deletion, a person no longer shared: teammates keep what they
//! have, with the sharing turned off), and what stays on the phone; then the push, and the
//! outbox crossed off.

use std::collections::{HashMap, HashSet};

use super::database::Store;
use super::error::StoreError;
use super::team_outbox::Waiting;
use super::team_sync::{Outgoing, Pushed, SyncError};
use crate::domain::cipher::DataKey;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::platform::couch::Couch;

impl Store {
    /// Sends what waits in the outbox to the team's server, and crosses off all but what is
    /// still in conflict; what stays on the phone is crossed off unsent.
    pub async fn send_waiting(&self, couch: &Couch, key: &DataKey) -> Result<Pushed, SyncError> {
        let waiting = self.waiting_for_team().await?;
        if waiting.is_empty() {
            return Ok(Pushed::default());
        }
        let outgoing = self.sort_out(&waiting).await?;
        let pushed = self.push_to_team(couch, key, &outgoing).await?;
        let done: Vec<Waiting> = waiting
            .into_iter()
            .filter(|waiting| !pushed.unsettled.contains(&waiting.id))
            .collect();
        self.cross_off(&done).await?;
        Ok(pushed)
    }

    /// How many records wait to go to the team, told without the server: what stays on the
    /// phone (a private person's, changed while this phone is in a team) is crossed off.
    pub async fn waiting_to_send(&self) -> Result<usize, StoreError> {
        let waiting = self.waiting_for_team().await?;
        let outgoing = self.sort_out(&waiting).await?;
        if outgoing.len() < waiting.len() {
            let goes: HashSet<&str> = outgoing.iter().map(|out| out.id.as_str()).collect();
            let stays: Vec<Waiting> = waiting
                .into_iter()
                .filter(|waiting| !goes.contains(waiting.id.as_str()))
                .collect();
            self.cross_off(&stays).await?;
        }
        Ok(outgoing.len())
    }

    /// What of `waiting` goes to the team, and how.
    async fn sort_out(&self, waiting: &[Waiting]) -> Result<Vec<Outgoing>, StoreError> {
        let mut people = SharedPeople::default();
        let mut outgoing = Vec::new();
        for Waiting { store, id, .. } in waiting {
            // The person it belongs to (a person is their own, read once with the others).
            let whose = match *store {
                Person::STORE => Some(id.clone()),
                Meeting::STORE => self.get::<Meeting>(id).await?.map(|m| m.person_id),
                NextStep::STORE => self.get::<NextStep>(id).await?.map(|s| s.person_id),
                _ => continue,
            };
            let sharing = match &whose {
                Some(person) => people.sharing(self, person).await?,
                None => Sharing::Gone,
            };
            let no_longer_shared = match sharing {
                Sharing::Shared => false,
                Sharing::NoLonger if *store == Person::STORE => true,
                // A person deleted here, or a one-on-one or step deleted here: the push sends
                // its tombstone if the team ever had it.
                Sharing::Gone if whose.is_none() || *store == Person::STORE => false,
                Sharing::NoLonger | Sharing::Never | Sharing::Gone => continue,
            };
            outgoing.push(Outgoing {
                store,
                id: id.clone(),
                no_longer_shared,
            });
        }
        Ok(outgoing)
    }
}

/// Whether a person is shared with the team.
#[derive(Clone, Copy, PartialEq)]
enum Sharing {
    Shared,
    /// Shared once, turned off since (the change is stamped on the person's `shared` part).
    NoLonger,
    /// Never shared.
    Never,
    /// Not on this phone (deleted).
    Gone,
}

/// How each person is shared, read once.
#[derive(Default)]
struct SharedPeople(HashMap<String, Sharing>);

impl SharedPeople {
    async fn sharing(&mut self, store: &Store, id: &str) -> Result<Sharing, StoreError> {
        if let Some(&sharing) = self.0.get(id) {
            return Ok(sharing);
        }
        let sharing = match store.get::<Person>(id).await? {
            Some(person) if person.shared => Sharing::Shared,
            Some(person) if person.meta.versions.contains_key("shared") => Sharing::NoLonger,
            Some(_) => Sharing::Never,
            None => Sharing::Gone,
        };
        self.0.insert(id.to_owned(), sharing);
        Ok(sharing)
    }
}
