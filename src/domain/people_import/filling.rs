//! What a row brought in gives a person: the blanks it fills, never what they have overwritten;
//! and how emails, phones and names are compared to find that it is them.

use super::Candidate;
use crate::domain::person::Person;
use crate::domain::text::{add_new_items, append, fold, one_line};

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
        append(&mut person.other_contact, other, ", ");
        adds.push("other contact");
    }
    let notes = candidate.notes.trim();
    if !notes.is_empty() && !person.notes.contains(notes) {
        append(&mut person.notes, notes, "\n\n");
        adds.push("notes");
    }
    adds
}

#[derive(Clone, Copy)]
enum Contact {
    Phone,
    Email,
}

impl Contact {
    /// Whether `a` and `b` are one phone, or one email.
    fn same(self, a: &str, b: &str) -> bool {
        match self {
            Contact::Phone => same_phone(a, b),
            Contact::Email => same_email(a, b),
        }
    }
}

/// Gives `person` the phone or email `given`; returns whether anything changed.
fn add_contact(person: &mut Person, kind: Contact, given: &str) -> bool {
    let given = given.trim();
    let theirs = match kind {
        Contact::Phone => &mut person.phone,
        Contact::Email => &mut person.email,
    };
    if given.is_empty() || kind.same(given, theirs) {
        return false;
    }
    if theirs.trim().is_empty() {
        *theirs = given.to_owned();
        return true;
    }
    let known_elsewhere = person
        .other_contact
        .split([',', ';', '\n'])
        .any(|other| kind.same(other, given));
    if known_elsewhere {
        return false;
    }
    append(&mut person.other_contact, given, ", ");
    true
}

/// An email as matched: trimmed and lower case; `None` when blank.
pub(super) fn email_key(email: &str) -> Option<String> {
    let email = email.trim();
    (!email.is_empty()).then(|| email.to_lowercase())
}

/// Whether two emails are one (case and spaces aside); two blanks are not.
pub(super) fn same_email(a: &str, b: &str) -> bool {
    email_key(a).is_some() && email_key(a) == email_key(b)
}

/// A phone as matched: its last ten digits (so "+1 555 010 2000" is "555-010-2000", and
/// "+44 20 7946 0958" is "020 7946 0958"); `None` with fewer than seven digits.
pub(super) fn phone_key(phone: &str) -> Option<String> {
    let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 7 {
        return None;
    }
    Some(digits[digits.len().saturating_sub(10)..].iter().collect())
}

/// Whether two phones are one: the same last ten digits, or the same digits when short.
pub(super) fn same_phone(a: &str, b: &str) -> bool {
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
pub(super) fn name_key(name: &str) -> String {
    one_line(&fold(name))
}
