//! What an import will do, decided before anything is written: each row is a new person, the
//! same as someone already here (same email or phone, else the same name when no one else
//! has it and no email or phone of theirs differs) whose blanks it fills, the same as an
//! earlier row, or refused with its reason. A file brought in twice adds nobody the second
//! time.

use std::collections::HashMap;

use super::filling::{email_key, name_key, phone_key, same_email, same_phone};
pub use super::filling::{fill, new_person};
use super::{Candidate, Refusal, Row};
use crate::domain::person::Person;

/// How a row was found to be someone already known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchedBy {
    Email,
    Phone,
    Name,
}

impl MatchedBy {
    pub fn words(self) -> &'static str {
        match self {
            MatchedBy::Email => "same email",
            MatchedBy::Phone => "same phone",
            MatchedBy::Name => "same name",
        }
    }
}

/// What becomes of one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Added as a new person (the index into [`Plan::new_people`]).
    New(usize),
    /// Someone already here: `adds` names what the row fills in (nothing when it holds
    /// nothing new).
    Known {
        person_id: String,
        by: MatchedBy,
        adds: Vec<&'static str>,
    },
    /// The same person as an earlier row (its number), merged into it.
    SameAsRow(usize),
    Refused(Refusal),
}

/// One row's name and outcome, for the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub number: usize,
    pub name: String,
    pub outcome: Outcome,
}

/// Where a person a row matches lives: already here (by id) or new in this import.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    Known(String),
    New(usize),
}

/// An import worked out row by row ([`Planner::add`]), then read as a [`Plan`].
pub struct Planner<'a> {
    known: HashMap<&'a str, &'a Person>,
    by_email: HashMap<String, Target>,
    by_phone: HashMap<String, Target>,
    by_name: HashMap<String, Option<Target>>,
    new_people: Vec<(usize, Person)>,
    updates: HashMap<String, Person>,
    rows: Vec<Planned>,
}

impl<'a> Planner<'a> {
    /// A planner against `everyone` already here.
    pub fn new(everyone: &'a [Person]) -> Planner<'a> {
        let mut planner = Planner::empty();
        everyone.iter().for_each(|person| planner.know(person));
        planner
    }

    /// A planner that knows nobody yet: [`Planner::know`] tells it who is here, a few at a
    /// time if there are many.
    pub fn empty() -> Planner<'a> {
        Planner {
            known: HashMap::new(),
            by_email: HashMap::new(),
            by_phone: HashMap::new(),
            by_name: HashMap::new(),
            new_people: Vec::new(),
            updates: HashMap::new(),
            rows: Vec::new(),
        }
    }

    /// Tells the planner `person` is here (before any row is added).
    pub fn know(&mut self, person: &'a Person) {
        let target = Target::Known(person.meta.id.clone());
        self.known.insert(&person.meta.id, person);
        self.remember(&person.email, &person.phone, &person.name, &target);
    }

    /// Indexes a person under their email, phone and name (a name two people share finds
    /// neither).
    fn remember(&mut self, email: &str, phone: &str, name: &str, target: &Target) {
        if let Some(key) = email_key(email) {
            self.by_email.entry(key).or_insert_with(|| target.clone());
        }
        if let Some(key) = phone_key(phone) {
            self.by_phone.entry(key).or_insert_with(|| target.clone());
        }
        let name = name_key(name);
        if !name.is_empty() {
            self.by_name
                .entry(name)
                .and_modify(|seen| {
                    if seen.as_ref() != Some(target) {
                        *seen = None
                    }
                })
                .or_insert_with(|| Some(target.clone()));
        }
    }

    /// The person `candidate` is, if already known here or earlier in the file.
    fn find(&self, candidate: &Candidate) -> Option<(Target, MatchedBy)> {
        let by_email = email_key(&candidate.email).and_then(|key| self.by_email.get(&key));
        if let Some(target) = by_email {
            return Some((target.clone(), MatchedBy::Email));
        }
        let by_phone = phone_key(&candidate.phone).and_then(|key| self.by_phone.get(&key));
        if let Some(target) = by_phone {
            return Some((target.clone(), MatchedBy::Phone));
        }
        // By name, when no one else here has it and nothing they have says otherwise (an
        // email or phone of theirs that differs from the row's).
        let target = self.by_name.get(&name_key(&candidate.name))?.as_ref()?;
        let (email, phone) = match target {
            Target::Known(id) => (
                &self.known[id.as_str()].email,
                &self.known[id.as_str()].phone,
            ),
            Target::New(index) => (
                &self.new_people[*index].1.email,
                &self.new_people[*index].1.phone,
            ),
        };
        let differs = |theirs: &str, given: &str, same: fn(&str, &str) -> bool| {
            !theirs.trim().is_empty() && !given.trim().is_empty() && !same(theirs, given)
        };
        if differs(email, &candidate.email, same_email)
            || differs(phone, &candidate.phone, same_phone)
        {
            return None;
        }
        Some((target.clone(), MatchedBy::Name))
    }

    /// Works out what becomes of `row`.
    pub fn add(&mut self, row: Row) {
        let candidate = match row.read {
            Ok(candidate) => candidate,
            Err(refusal) => {
                self.rows.push(Planned {
                    number: row.number,
                    name: String::new(),
                    outcome: Outcome::Refused(refusal),
                });
                return;
            }
        };
        let (outcome, target) = match self.find(&candidate) {
            Some((Target::Known(id), by)) => {
                // A copy is made only of someone the row changes (a second import changes
                // nobody, and copies nobody).
                let adds = match self.updates.get_mut(&id) {
                    Some(person) => fill(person, &candidate),
                    None => {
                        let mut person = self.known[id.as_str()].clone();
                        let adds = fill(&mut person, &candidate);
                        if !adds.is_empty() {
                            self.updates.insert(id.clone(), person);
                        }
                        adds
                    }
                };
                let outcome = Outcome::Known {
                    person_id: id.clone(),
                    by,
                    adds,
                };
                (outcome, Target::Known(id))
            }
            Some((Target::New(index), _)) => {
                let (number, earlier) = &mut self.new_people[index];
                fill(earlier, &candidate);
                (Outcome::SameAsRow(*number), Target::New(index))
            }
            None => {
                self.new_people
                    .push((row.number, new_person(&candidate, String::new(), 0)));
                let index = self.new_people.len() - 1;
                (Outcome::New(index), Target::New(index))
            }
        };
        self.remember(&candidate.email, &candidate.phone, &candidate.name, &target);
        self.rows.push(Planned {
            number: row.number,
            name: candidate.name,
            outcome,
        });
    }

    /// The plan, once every row is added.
    pub fn finish(self) -> Plan {
        let known = self.known;
        let mut updates: Vec<(Person, Person)> = self
            .updates
            .into_iter()
            .filter_map(|(id, after)| {
                let before = known.get(id.as_str())?;
                (**before != after).then(|| ((*before).clone(), after))
            })
            .collect();
        updates.sort_by(|a, b| a.0.meta.id.cmp(&b.0.meta.id));
        Plan {
            rows: self.rows,
            new_people: self.new_people.into_iter().map(|(_, p)| p).collect(),
            updates,
        }
    }
}

/// An import worked out: what each row becomes, who is added, who is changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub rows: Vec<Planned>,
    /// The people to add, without their ids yet: [`as_added`] gives each theirs.
    pub new_people: Vec<Person>,
    /// People already here and what they become, as (before, after).
    pub updates: Vec<(Person, Person)>,
}

/// How many rows have each kind of outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub new: usize,
    pub known: usize,
    pub known_with_news: usize,
    pub repeated: usize,
    pub refused: usize,
}

impl Plan {
    /// `rows` planned against `everyone`.
    pub fn of(rows: impl IntoIterator<Item = Row>, everyone: &[Person]) -> Plan {
        let mut planner = Planner::new(everyone);
        rows.into_iter().for_each(|row| planner.add(row));
        planner.finish()
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for row in &self.rows {
            match &row.outcome {
                Outcome::New(_) => counts.new += 1,
                Outcome::Known { adds, .. } => {
                    counts.known += 1;
                    if !adds.is_empty() {
                        counts.known_with_news += 1;
                    }
                }
                Outcome::SameAsRow(_) => counts.repeated += 1,
                Outcome::Refused(_) => counts.refused += 1,
            }
        }
        counts
    }

    /// Whether carrying it out changes anything.
    pub fn changes_anything(&self) -> bool {
        !self.new_people.is_empty() || !self.updates.is_empty()
    }
}

/// `person`, one of a plan's people to add, as it is added: given `id`, added at `now_ms`.
pub fn as_added(person: &Person, id: String, now_ms: i64) -> Person {
    let mut person = person.clone();
    person.meta = crate::domain::record::Meta::new(id, now_ms);
    person
}
