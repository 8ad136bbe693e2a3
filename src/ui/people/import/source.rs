//! Where the people being brought in come from, read into rows and planned against everyone
//! here a slice at a time, the page painted between, so a big file never freezes it.

use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;

use crate::domain::people_import::columns::{guessed, Field};
use crate::domain::people_import::plan::{Plan, Planner};
use crate::domain::people_import::sheet_reader::SheetReader;
use crate::domain::people_import::spreadsheet::Sheet;
use crate::domain::people_import::{vcards, Row};
use crate::domain::person::Person;
use crate::store::{Store, StoreError};
use crate::ui::data::pages::in_pages;

/// How many rows are read or planned between two frames.
const ROWS_PER_STEP: usize = 250;
/// How many people here are indexed for matching between two frames.
const PEOPLE_PER_STEP: usize = 500;
/// How many people here are read from the store between two frames.
const PEOPLE_PER_PAGE: u32 = 250;

/// Lets the browser paint and handle a tap before the next slice of work.
async fn breathe() {
    TimeoutFuture::new(0).await;
}

/// Everyone here, read a page at a time so a big team's people never hold up the screen.
pub async fn everyone(store: &Store) -> Result<Vec<Person>, StoreError> {
    let mut everyone: Vec<Person> = Vec::new();
    in_pages(store, PEOPLE_PER_PAGE, |page| everyone.extend(page)).await?;
    Ok(everyone)
}

/// People to bring in, as read.
#[derive(Clone)]
pub enum Source {
    /// A spreadsheet: its rows become people through the columns' fields.
    Sheet { name: String, sheet: Rc<Sheet> },
    /// Contacts (a .vcf file, or picked on the phone): rows already.
    Rows { name: String, rows: Rc<Vec<Row>> },
}

impl Source {
    /// A file named `name` read from `bytes`, a slice of rows at a time: a contacts file
    /// when it says so (by its name or its first line), else a spreadsheet; or why it cannot
    /// be read.
    pub async fn of_file(name: &str, bytes: &[u8]) -> Result<Source, String> {
        let lower = name.to_lowercase();
        let is_vcf =
            lower.ends_with(".vcf") || lower.ends_with(".vcard") || vcards::looks_like_cards(bytes);
        if is_vcf {
            let bytes = vcards::as_utf8(bytes);
            let mut cards = vcards::cards(&bytes).map_err(|problem| problem.words())?;
            let mut rows = Vec::new();
            loop {
                let before = rows.len();
                rows.extend(cards.by_ref().take(ROWS_PER_STEP));
                if rows.len() == before {
                    break;
                }
                breathe().await;
            }
            return Ok(Source::Rows {
                name: name.to_owned(),
                rows: Rc::new(rows),
            });
        }
        let mut reader = SheetReader::new(bytes).map_err(|problem| problem.words())?;
        while reader
            .read(ROWS_PER_STEP)
            .map_err(|problem| problem.words())?
        {
            breathe().await;
        }
        let sheet = reader.finish().map_err(|problem| problem.words())?;
        Ok(Source::Sheet {
            name: name.to_owned(),
            sheet: Rc::new(sheet),
        })
    }

    pub fn name(&self) -> &str {
        match self {
            Source::Sheet { name, .. } | Source::Rows { name, .. } => name,
        }
    }

    /// The fields its columns are first taken to hold (none for contacts).
    pub fn guessed_fields(&self) -> Vec<Field> {
        match self {
            Source::Sheet { sheet, .. } => {
                let mut fields = guessed(&sheet.headers);
                fields.resize(sheet.width(), Field::Skip);
                fields
            }
            Source::Rows { .. } => Vec::new(),
        }
    }

    pub fn row_count(&self) -> usize {
        match self {
            Source::Sheet { sheet, .. } => sheet.rows.len(),
            Source::Rows { rows, .. } => rows.len(),
        }
    }

    /// Blank rows left out (spreadsheets only).
    pub fn blank_rows(&self) -> usize {
        match self {
            Source::Sheet { sheet, .. } => sheet.blank_rows,
            Source::Rows { .. } => 0,
        }
    }

    fn row(&self, index: usize, fields: &[Field]) -> Row {
        match self {
            Source::Sheet { sheet, .. } => sheet.row(index, fields),
            Source::Rows { rows, .. } => rows[index].clone(),
        }
    }
}

/// `source` planned against `everyone`, its columns read as `fields`, yielding to the
/// browser every [`ROWS_PER_STEP`] rows; `None` if `still_wanted` turns false meanwhile (the
/// person changed a column or chose another file).
pub async fn plan(
    source: Source,
    fields: Vec<Field>,
    everyone: Rc<Vec<Person>>,
    still_wanted: impl Fn() -> bool,
) -> Option<Plan> {
    let mut planner = Planner::empty();
    for (index, person) in everyone.iter().enumerate() {
        planner.know(person);
        if index % PEOPLE_PER_STEP == PEOPLE_PER_STEP - 1 {
            breathe().await;
            if !still_wanted() {
                return None;
            }
        }
    }
    for index in 0..source.row_count() {
        planner.add(source.row(index, &fields));
        if index % ROWS_PER_STEP == ROWS_PER_STEP - 1 {
            breathe().await;
            if !still_wanted() {
                return None;
            }
        }
    }
    still_wanted().then(|| planner.finish())
}
