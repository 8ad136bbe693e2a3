//! Bring people in (`/people/import`): from a spreadsheet saved as CSV, a contacts file
//! (.vcf) or, where the browser offers them, the phone's contacts; columns confirmed, every
//! row's fate shown, then all written at once with progress and a way to cancel.

pub mod columns;
pub mod page;
pub mod preview;
pub mod source;
pub mod writing;
