//! What this phone shares with its team: each person marked shared, with their one-on-ones
//! and next steps (what is marked sensitive in them stays on the phone: `domain::team_form`).

use super::database::Store;
use super::error::StoreError;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;

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
}
