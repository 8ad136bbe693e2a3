//! People brought in from elsewhere: a spreadsheet (CSV), a .vcf file, the phone's contacts.
//! Each source reads into rows of [`Candidate`]s; [`plan`] matches them with the people
//! already here (same email or phone) before anything is written, so a person sees what will
//! be added, merged and refused, and why.

pub mod columns;
pub mod encoding;
pub mod filling;
pub mod plan;
pub mod sheet_reader;
pub mod spreadsheet;
pub mod vcards;

use crate::domain::text::{add_new_items, append, one_line};

/// A person as a file or the phone's contacts describe them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    pub phone: String,
    pub email: String,
    /// Any other way to reach them (a second phone or email, an address).
    pub other_contact: String,
    pub organizations: Vec<String>,
    pub tags: Vec<String>,
    pub notes: String,
}

/// The longest a name may be; a longer one is not a name but a cell pasted wrong.
pub const NAME_LIMIT: usize = 200;
/// The longest any other field may be (a note of a few pages).
pub const FIELD_LIMIT: usize = 20_000;

/// Why a row is not brought in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    NoName,
    NameTooLong,
    TooLong(&'static str),
    /// The row itself could not be read (the reader's words).
    Unreadable(String),
}

impl Refusal {
    /// The reason, in words a person can act on.
    pub fn words(&self) -> String {
        match self {
            Refusal::NoName => "no name".to_owned(),
            Refusal::NameTooLong => format!("the name is over {NAME_LIMIT} characters"),
            Refusal::TooLong(field) => {
                format!("the {field} is over {FIELD_LIMIT} characters")
            }
            Refusal::Unreadable(why) => format!("it could not be read ({why})"),
        }
    }
}

/// One row of a file (or one card, or one picked contact), numbered as the person sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The spreadsheet's row number (the header is row 1), or the card's number.
    pub number: usize,
    pub read: Result<Candidate, Refusal>,
}

/// Contacts picked on the phone (each its names, phones and emails) as rows, numbered in the
/// order picked: the first name, phone and email kept, the others as other contact details.
pub fn picked<I>(contacts: I) -> Vec<Row>
where
    I: IntoIterator<Item = (Vec<String>, Vec<String>, Vec<String>)>,
{
    contacts
        .into_iter()
        .enumerate()
        .map(|(index, (names, phones, emails))| {
            let mut person = Candidate {
                name: names
                    .into_iter()
                    .find(|n| !n.trim().is_empty())
                    .unwrap_or_default(),
                ..Candidate::default()
            };
            let mut others = Vec::new();
            for phone in &phones {
                vcards::first_or_other(&mut person.phone, &mut others, phone.trim());
            }
            for email in &emails {
                vcards::first_or_other(&mut person.email, &mut others, email.trim());
            }
            person.other_contact = others.join(", ");
            Row {
                number: index + 1,
                read: person.checked(),
            }
        })
        .collect()
}

impl Candidate {
    /// This candidate checked: trimmed, refused when it has no name or a field is far too long;
    /// an email that is no address or a phone with no digits is kept as other contact details
    /// (never lost, never matched on).
    pub fn checked(mut self) -> Result<Candidate, Refusal> {
        self.name = one_line(&self.name);
        self.phone = self.phone.trim().to_owned();
        self.email = self.email.trim().to_owned();
        self.notes = self.notes.trim().to_owned();
        self.other_contact = self.other_contact.trim().to_owned();
        self.organizations = cleaned(self.organizations);
        self.tags = cleaned(self.tags);
        if self.name.is_empty() {
            return Err(Refusal::NoName);
        }
        if self.name.chars().count() > NAME_LIMIT {
            return Err(Refusal::NameTooLong);
        }
        let long = |text: &str| text.chars().count() > FIELD_LIMIT;
        if long(&self.phone) {
            return Err(Refusal::TooLong("phone"));
        }
        if long(&self.email) {
            return Err(Refusal::TooLong("email"));
        }
        if long(&self.other_contact) {
            return Err(Refusal::TooLong("other contact"));
        }
        if long(&self.notes) {
            return Err(Refusal::TooLong("notes"));
        }
        if self.organizations.iter().chain(&self.tags).any(|t| long(t)) {
            return Err(Refusal::TooLong("organization or tag"));
        }
        if !self.email.is_empty() && !looks_like_email(&self.email) {
            let email = std::mem::take(&mut self.email);
            append(&mut self.other_contact, &email, ", ");
        }
        if !self.phone.is_empty() && !self.phone.chars().any(|c| c.is_ascii_digit()) {
            let phone = std::mem::take(&mut self.phone);
            append(&mut self.other_contact, &phone, ", ");
        }
        Ok(self)
    }
}

/// Something before an @ and a dotted or plain host after it, no spaces.
fn looks_like_email(text: &str) -> bool {
    match text.split_once('@') {
        Some((local, host)) => {
            !local.is_empty()
                && !host.is_empty()
                && !host.contains('@')
                && !text.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// `items` on one line each, blank ones and repeats (ignoring case) left out.
fn cleaned(items: Vec<String>) -> Vec<String> {
    let items: Vec<String> = items
        .iter()
        .map(|item| one_line(item))
        .filter(|item| !item.is_empty())
        .collect();
    let mut kept = Vec::new();
    add_new_items(&mut kept, &items);
    kept
}
