//! A CSV file read a slice of rows at a time, so a big one never holds up the screen: its
//! text decoded, its separator found, each row numbered as a spreadsheet shows it.

use std::io::Cursor;

use super::encoding::{is_utf16, text_of};
use super::spreadsheet::{Sheet, SheetProblem, ROW_LIMIT};
use crate::domain::table_export::cells::restored;

impl Sheet {
    /// Reads `bytes`, a CSV file (UTF-8, UTF-16 or Windows-1252: see `encoding`), its first row
    /// the header, at once ([`SheetReader`] reads it a slice at a time).
    pub fn read(bytes: &[u8]) -> Result<Sheet, SheetProblem> {
        let mut reader = SheetReader::new(bytes)?;
        while reader.read(usize::MAX)? {}
        reader.finish()
    }
}

/// A spreadsheet being read.
pub struct SheetReader {
    reader: csv::Reader<Cursor<Vec<u8>>>,
    numbers: Vec<usize>,
    index: usize,
    last_number: usize,
    headers: Option<Vec<String>>,
    rows: Vec<(usize, Result<Vec<String>, String>)>,
    blank_rows: usize,
}

impl SheetReader {
    /// Starts reading `bytes`, a CSV file (UTF-8, UTF-16 or Windows-1252: see `encoding`), its
    /// first row the header.
    pub fn new(bytes: &[u8]) -> Result<SheetReader, SheetProblem> {
        if !is_utf16(bytes) && bytes.iter().take(4096).any(|&b| b == 0) {
            return Err(SheetProblem::NotText);
        }
        let text = text_of(bytes);
        if text.trim().is_empty() {
            return Err(SheetProblem::Empty);
        }
        let delimiter = separator(&text);
        let numbers = row_numbers(&text, delimiter);
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(Cursor::new(text.into_bytes()));
        Ok(SheetReader {
            reader,
            numbers,
            index: 0,
            last_number: 0,
            headers: None,
            rows: Vec::new(),
            blank_rows: 0,
        })
    }

    /// Reads up to `at_most` more rows; returns whether any are left.
    pub fn read(&mut self, at_most: usize) -> Result<bool, SheetProblem> {
        let mut record = csv::StringRecord::new();
        for _ in 0..at_most {
            let cells = match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(false),
                Ok(true) => Ok(record
                    .iter()
                    .map(|cell| restored(cell).to_owned())
                    .collect::<Vec<String>>()),
                Err(error) => Err(error.to_string()),
            };
            let number = self
                .numbers
                .get(self.index)
                .copied()
                .unwrap_or(self.last_number + 1)
                .max(self.last_number + 1);
            self.index += 1;
            if self.headers.is_some() {
                self.blank_rows += number - self.last_number - 1;
            }
            self.last_number = number;
            if let Ok(cells) = &cells {
                if cells.iter().all(|cell| cell.trim().is_empty()) {
                    if self.headers.is_some() {
                        self.blank_rows += 1;
                    }
                    continue;
                }
            }
            match self.headers {
                None => self.headers = Some(cells.unwrap_or_default()),
                Some(_) => self.rows.push((number, cells)),
            }
            if self.rows.len() > ROW_LIMIT {
                return Err(SheetProblem::TooManyRows);
            }
        }
        Ok(true)
    }

    /// The sheet, once every row is read.
    pub fn finish(self) -> Result<Sheet, SheetProblem> {
        let headers: Vec<String> = self
            .headers
            .ok_or(SheetProblem::Empty)?
            .into_iter()
            .map(|header| header.trim().to_owned())
            .collect();
        if self.rows.is_empty() {
            return Err(SheetProblem::NoRows);
        }
        Ok(Sheet {
            headers,
            rows: self.rows,
            blank_rows: self.blank_rows,
        })
    }
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
