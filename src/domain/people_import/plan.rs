//! What an import will do, decided before anything is written: each row is a new person, the
//! same as someone already here (same email, phone or, with neither, name) whose blanks it
//! fills, the same as an earlier row, or refused with its reason. A file brought in twice
//! adds nobody the second time.

use std::collections::HashMap;

use super::{Candidate, Refusal, Row};
use crate::domain::person::Person;
use crate::domain::text::fold;

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
        let mut planner = Planner {
            known: HashMap::new(),
            by_email: HashMap::new(),
            by_phone: HashMap::new(),
            by_name: HashMap::new(),
            new_people: Vec::new(),
            updates: HashMap::new(),
            rows: Vec::new(),
        };
        for person in everyone {
            let target = Target::Known(person.meta.id.clone());
            planner.known.insert(&person.meta.id, person);
            planner.remember(&person.email, &person.phone, &person.name, &target);
        }
        planner
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
        // With no email or phone to go by (a phone too short to be sure of counts as none).
        if candidate.email.is_empty() && phone_key(&candidate.phone).is_none() {
            if let Some(Some(target)) = self.by_name.get(&name_key(&candidate.name)) {
                return Some((target.clone(), MatchedBy::Name));
            }
        }
        None
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
                let person = self
                    .updates
                    .entry(id.clone())
                    .or_insert_with(|| self.known[id.as_str()].clone());
                let adds = fill(person, &candidate);
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
    /// The people to add, without their ids yet: [`Plan::people_to_add`] gives them theirs.
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

    /// The people to add, each given an id by `new_id` and added at `now_ms`.
    pub fn people_to_add(&self, mut new_id: impl FnMut() -> String, now_ms: i64) -> Vec<Person> {
        self.new_people
            .iter()
            .map(|person| {
                let mut person = person.clone();
                person.meta = crate::domain::record::Meta::new(new_id(), now_ms);
                person
            })
            .collect()
    }

    /// Whether carrying it out changes anything.
    pub fn changes_anything(&self) -> bool {
        !self.new_people.is_empty() || !self.updates.is_empty()
    }
}

/// A new person made of `candidate`, with id `id`, added at `now_ms`.
pub fn new_person(candidate: &Candidate, id: String, now_ms: i64) -> Person {
    let mut person = Person::new(id, candidate.name.clone(), now_ms);
    fill(&mut person, candidate);
    person
}

/// Fills what `person` lacks from `candidate`: a phone or email they have none of (a
/// different one goes to their other contact details, not over theirs), organizations and
/// tags they are not in yet, notes not already in theirs. Returns what it added.
pub fn fill(person: &mut Person, candidate: &Candidate) -> Vec<&'static str> {
    let mut adds = Vec::new();
    if add_contact(person, Contact::Phone, &candidate.phone) {
        adds.push("phone");
    }
    if add_contact(person, Contact::Email, &candidate.email) {
        adds.push("email");
    }
    if add_new_items(&mut person.organizations, &candidate.organizations) {
        adds.push("organization");
    }
    if add_new_items(&mut person.tags, &candidate.tags) {
        adds.push("tags");
    }
    let other = candidate.other_contact.trim();
    if !other.is_empty() && !person.other_contact.contains(other) {
        if !person.other_contact.trim().is_empty() {
            person.other_contact.push_str(", ");
        }
        person.other_contact.push_str(other);
        adds.push("other contact");
    }
    let notes = candidate.notes.trim();
    if !notes.is_empty() && !person.notes.contains(notes) {
        if !person.notes.trim().is_empty() {
            person.notes.push_str("\n\n");
        }
        person.notes.push_str(notes);
        adds.push("notes");
    }
    adds
}

#[derive(Clone, Copy)]
enum Contact {
    Phone,
    Email,
}

/// Gives `person` the phone or email `given`; returns whether anything changed.
fn add_contact(person: &mut Person, kind: Contact, given: &str) -> bool {
    let given = given.trim();
    if given.is_empty() {
        return false;
    }
    let same = match kind {
        Contact::Phone => same_phone(given, &person.phone),
        Contact::Email => email_key(given) == email_key(&person.email),
    };
    let theirs = match kind {
        Contact::Phone => &mut person.phone,
        Contact::Email => &mut person.email,
    };
    if same {
        return false;
    }
    if theirs.trim().is_empty() {
        *theirs = given.to_owned();
        return true;
    }
    let known_elsewhere = person
        .other_contact
        .split([',', ';', '\n'])
        .any(|other| match kind {
            Contact::Phone => same_phone(other, given),
            Contact::Email => email_key(other) == email_key(given),
        });
    if known_elsewhere {
        return false;
    }
    if !person.other_contact.trim().is_empty() {
        person.other_contact.push_str(", ");
    }
    person.other_contact.push_str(given);
    true
}

/// Adds each of `new` not in `items` (ignoring case); returns whether any was added.
fn add_new_items(items: &mut Vec<String>, new: &[String]) -> bool {
    let mut added = false;
    for item in new {
        if !items
            .iter()
            .any(|i| i.to_lowercase() == item.to_lowercase())
        {
            items.push(item.clone());
            added = true;
        }
    }
    added
}

/// An email as matched: trimmed and lower case; `None` when blank.
fn email_key(email: &str) -> Option<String> {
    let email = email.trim();
    (!email.is_empty()).then(|| email.to_lowercase())
}

/// A phone as matched: its last ten digits (so "+1 555 010 2000" is "555-010-2000", and
/// "+44 20 7946 0958" is "020 7946 0958"); `None` with fewer than seven digits.
fn phone_key(phone: &str) -> Option<String> {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return None;
    }
    Some(digits[digits.len().saturating_sub(10)..].iter().collect())
}

/// Whether two phones are one: the same last ten digits, or the same digits when short.
fn same_phone(a: &str, b: &str) -> bool {
    match (phone_key(a), phone_key(b)) {
        (Some(a), Some(b)) => a == b,
        (None, None) => {
            let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
            !digits(a).is_empty() && digits(a) == digits(b)
        }
        _ => false,
    }
}

/// A name as matched: folded, its words single-spaced.
fn name_key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}
