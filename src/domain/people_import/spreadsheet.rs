//! A spreadsheet saved as CSV, read into rows: separated by commas, semicolons (as European
//! spreadsheets save) or tabs, quoted or not, rows of any length; each row turned into a
//! candidate by a mapping of columns to fields.

use super::columns::Field;
use super::encoding::text_of;
use super::vcards::first_or_other;
use super::{Candidate, Refusal, Row};
use crate::domain::table_export::cells::restored;

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
    /// Reads `bytes`, a CSV file in UTF-8 or Windows-1252, its first row the header.
    pub fn read(bytes: &[u8]) -> Result<Sheet, SheetProblem> {
        if bytes.iter().take(4096).filter(|&&b| b == 0).count() > 0 {
            return Err(SheetProblem::NotText);
        }
        let text = text_of(bytes);
        if text.trim().is_empty() {
            return Err(SheetProblem::Empty);
        }
        let delimiter = separator(&text);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut headers = None;
        let mut rows = Vec::new();
        let mut blank_rows = 0;
        let numbers = row_numbers(&text, delimiter);
        let mut last_number = 0;
        for (index, record) in reader.records().enumerate() {
            let number = numbers
                .get(index)
                .copied()
                .unwrap_or(last_number + 1)
                .max(last_number + 1);
            let cells = match record {
                Ok(record) => Ok(record
                    .iter()
                    .map(|cell| restored(cell).to_owned())
                    .collect::<Vec<String>>()),
                Err(error) => Err(error.to_string()),
            };
            if headers.is_some() {
                blank_rows += number - last_number - 1;
            }
            last_number = number;
            if let Ok(cells) = &cells {
                if cells.iter().all(|cell| cell.trim().is_empty()) {
                    if headers.is_some() {
                        blank_rows += 1;
                    }
                    continue;
                }
            }
            match headers {
                None => headers = Some(cells.unwrap_or_default()),
                Some(_) => rows.push((number, cells)),
            }
            if rows.len() > ROW_LIMIT {
                return Err(SheetProblem::TooManyRows);
            }
        }
        let headers: Vec<String> = headers
            .ok_or(SheetProblem::Empty)?
            .into_iter()
            .map(|header| header.trim().to_owned())
            .collect();
        if rows.is_empty() {
            return Err(SheetProblem::NoRows);
        }
        Ok(Sheet {
            headers,
            rows,
            blank_rows,
        })
    }

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
            Field::Organization => person.organizations.extend(split(cell, &[';'])),
            Field::Tags => person.tags.extend(split(cell, &[',', ';'])),
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

/// The number a spreadsheet shows for each row the CSV reader yields: the reader skips empty
/// lines and a quoted cell may span lines, so the rows are counted here, quote by quote as
/// the reader reads them (a quote opens a quoted cell only at the cell's start).
fn row_numbers(text: &str, delimiter: u8) -> Vec<usize> {
    let mut numbers = Vec::new();
    let (mut row, mut row_is_empty, mut quoted, mut cell_start) = (1, true, false, true);
    let mut bytes = text.bytes().peekable();
    while let Some(byte) = bytes.next() {
        if quoted {
            if byte == b'"' {
                if bytes.peek() == Some(&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match byte {
            b'\n' => {
                if !row_is_empty {
                    numbers.push(row);
                }
                row += 1;
                row_is_empty = true;
                cell_start = true;
            }
            b'\r' => {}
            b'"' if cell_start => {
                quoted = true;
                row_is_empty = false;
                cell_start = false;
            }
            _ => {
                row_is_empty = false;
                cell_start = byte == delimiter;
            }
        }
    }
    if !row_is_empty {
        numbers.push(row);
    }
    numbers
}

/// The items of a cell that lists several, split at `at`.
fn split(cell: &str, at: &[char]) -> Vec<String> {
    cell.split(at)
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The separator of `text`: of comma, semicolon and tab, the one its first line has most of
/// outside quotes (a comma when it has none).
fn separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}
