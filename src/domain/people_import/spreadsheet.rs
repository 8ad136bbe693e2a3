//! A spreadsheet saved as CSV, read into rows: separated by commas, semicolons (as European
//! spreadsheets save) or tabs, quoted or not, rows of any length; each row turned into a
//! candidate by a mapping of columns to fields.

use super::columns::Field;
use super::vcards::first_or_other;
use super::{Candidate, Refusal, Row};
use crate::domain::text::items;

/// The most rows a file may have: a council's whole list is far below it.
pub const ROW_LIMIT: usize = 50_000;

/// A spreadsheet as read: its header and its rows, blank ones left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    /// Each row's number as a spreadsheet shows it (the header is row 1) and its cells, or
    /// why it could not be read.
    pub rows: Vec<(usize, Result<Vec<String>, String>)>,
    /// How many rows were blank.
    pub blank_rows: usize,
}

/// Why a file cannot be read as a spreadsheet at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetProblem {
    Empty,
    NoRows,
    TooManyRows,
    NotText,
}

impl SheetProblem {
    pub fn words(&self) -> String {
        match self {
            SheetProblem::Empty => "The file is empty.".to_owned(),
            SheetProblem::NoRows => "The file has a header row but no people under it.".to_owned(),
            SheetProblem::TooManyRows => format!(
                "The file has more than {ROW_LIMIT} rows, more than can be brought in at \
                 once. Split it into smaller files."
            ),
            SheetProblem::NotText => {
                "This is not a spreadsheet saved as CSV (it is not text). In your spreadsheet \
                 app, choose Save as or Download, then CSV."
                    .to_owned()
            }
        }
    }
}

impl Sheet {
    /// How many columns the widest row has (a row may run past the header).
    pub fn width(&self) -> usize {
        self.rows
            .iter()
            .filter_map(|(_, cells)| cells.as_ref().ok().map(Vec::len))
            .chain([self.headers.len()])
            .max()
            .unwrap_or(0)
    }

    /// A few values of column `column`, to show beside its header.
    pub fn sample(&self, column: usize) -> Vec<&str> {
        self.rows
            .iter()
            .filter_map(|(_, cells)| cells.as_ref().ok()?.get(column))
            .map(|cell| cell.trim())
            .filter(|cell| !cell.is_empty())
            .take(3)
            .collect()
    }

    /// Row `index` (of [`Sheet::rows`]) as a candidate, its columns read as `mapping` says.
    pub fn row(&self, index: usize, mapping: &[Field]) -> Row {
        let (number, cells) = &self.rows[index];
        let read = match cells {
            Ok(cells) => candidate(cells, mapping).checked(),
            Err(why) => Err(Refusal::Unreadable(why.clone())),
        };
        Row {
            number: *number,
            read,
        }
    }
}

/// The person `cells` describe: a name from the name column, else first and last names
/// joined; the first phone and email of the columns holding them (the others kept as other
/// contact details); organizations split at semicolons, tags at commas and semicolons; notes
/// from every notes column, a paragraph each.
fn candidate(cells: &[String], mapping: &[Field]) -> Candidate {
    let mut person = Candidate::default();
    let (mut first, mut last) = (Vec::new(), Vec::new());
    let mut notes = Vec::new();
    let mut others = Vec::new();
    for (cell, field) in cells.iter().zip(mapping) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        match field {
            Field::Name if person.name.is_empty() => person.name = cell.to_owned(),
            Field::FirstName => first.push(cell),
            Field::LastName => last.push(cell),
            Field::Phone => first_or_other(&mut person.phone, &mut others, cell),
            Field::Email => first_or_other(&mut person.email, &mut others, cell),
            Field::OtherContact => others.push(cell.to_owned()),
            Field::Organization => person.organizations.extend(items(cell, &[';'])),
            Field::Tags => person.tags.extend(items(cell, &[',', ';'])),
            Field::Notes => notes.push(cell),
            _ => {}
        }
    }
    if person.name.is_empty() {
        person.name = first.into_iter().chain(last).collect::<Vec<_>>().join(" ");
    }
    person.notes = notes.join("\n\n");
    person.other_contact = others.join(", ");
    person
}
