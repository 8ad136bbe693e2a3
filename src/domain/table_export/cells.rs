//! A table as a CSV file spreadsheets open as they should: UTF-8 with a byte order mark (so
//! Excel does not read it as Latin-1), CRLF line ends, quoting by the csv crate, and every
//! cell that a spreadsheet would run as a formula made plain text.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::TimeZone;

use crate::domain::person::Person;
use crate::domain::when::formatted;

/// What the file starts with, so spreadsheets know it is UTF-8.
pub const BYTE_ORDER_MARK: &str = "\u{feff}";

/// The characters that make a spreadsheet read a cell as a formula (and their full-width
/// forms, which some read the same way), as OWASP lists them for CSV injection.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// `text` as a cell no spreadsheet runs: one that starts (after any spaces) with a formula
/// character gets a leading apostrophe, which spreadsheets show as text.
pub fn neutralised(text: &str) -> Cow<'_, str> {
    match text.trim_start_matches(' ').chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// A cell read back as it was before [`neutralised`]: the one apostrophe before a formula
/// character dropped ("'=SUM(A1)" is "=SUM(A1)" again, kept as text); any other cell as it is.
pub fn restored(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) => match rest.trim_start_matches(' ').chars().next() {
            Some(first) if FORMULA_STARTS.contains(&first) => rest,
            _ => cell,
        },
        None => cell,
    }
}

/// `headers` and `rows` as a CSV file: a byte order mark, then one line per row.
pub fn to_csv<R, C>(headers: &[&str], rows: R) -> String
where
    R: IntoIterator<Item = C>,
    C: IntoIterator<Item = String>,
{
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(false)
        .from_writer(BYTE_ORDER_MARK.as_bytes().to_vec());
    // Writing to memory cannot fail, and every row has the headers' length.
    let _ = writer.write_record(headers);
    for row in rows {
        let row: Vec<String> = row
            .into_iter()
            .map(|cell| neutralised(&cell).into_owned())
            .collect();
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// A moment as a spreadsheet reads a date and time ("2026-12-07 14:30"), in `zone`; empty
/// when there is none.
pub fn date_time<Tz: TimeZone>(at_ms: Option<i64>, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    formatted(at_ms, zone, "%Y-%m-%d %H:%M")
}

/// Everyone's name by id, for the cells that say whom a row is with.
pub struct Names<'a>(HashMap<&'a str, &'a str>);

impl<'a> Names<'a> {
    pub fn of(people: &'a [Person]) -> Names<'a> {
        Names(
            people
                .iter()
                .map(|p| (p.meta.id.as_str(), p.name.as_str()))
                .collect(),
        )
    }

    /// Person `id`'s name; empty for someone no longer on the phone.
    pub fn of_id(&self, id: &str) -> String {
        self.0.get(id).copied().unwrap_or_default().to_owned()
    }
}
