//! The kinds of record the app keeps, by the name of the store that holds them: how each merges
//! and the strict check every record passes before it is merged or written, whatever way it
//! came in (a backup, the journal, another tab). A check names the field that is wrong, in words.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::guide::Guide;
use super::meeting::Meeting;
use super::merge::{RecordShape, FLAT, MEETING, NEXT_STEP, PERSON};
use super::next_step::NextStep;
use super::person::Person;
use super::profile::Profile;
use super::record::Record;

/// One kind of record.
pub struct Kind {
    /// The store that holds them (also the section of a backup).
    pub store: &'static str,
    pub shape: RecordShape,
    /// Reads the record as its type; the error says which field is wrong and how.
    pub check: fn(&Value) -> Result<(), String>,
}

pub const KINDS: [Kind; 5] = [
    kind::<Person>(PERSON),
    kind::<Meeting>(MEETING),
    kind::<NextStep>(NEXT_STEP),
    kind::<Guide>(FLAT),
    kind::<Profile>(FLAT),
];

const fn kind<T: Record>(shape: RecordShape) -> Kind {
    Kind {
        store: T::STORE,
        shape,
        check: check_as::<T>,
    }
}

/// The kind kept in `store`.
pub fn of(store: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|kind| kind.store == store)
}

/// The kind of `T`.
pub fn of_record<T: Record>() -> &'static Kind {
    of(T::STORE).expect("every record type is a kind")
}

fn check_as<T: DeserializeOwned>(record: &Value) -> Result<(), String> {
    decode::<T>(record).map(|_| ())
}

/// `record` read as `T`, or what is wrong with it: "name must be text".
pub fn decode<T: DeserializeOwned>(record: &Value) -> Result<T, String> {
    serde_path_to_error::deserialize(record).map_err(|error| {
        let path = error.path().to_string();
        explain(&path, &error.inner().to_string())
    })
}

/// A serde message in words, about the field at `path` ("." for the record itself).
fn explain(path: &str, message: &str) -> String {
    let field = |path: &str| {
        if path == "." {
            "the record".to_owned()
        } else {
            path.to_owned()
        }
    };
    let between = |text: &str, start: &str, end: &str| {
        let from = text.find(start)? + start.len();
        let to = text[from..].find(end)? + from;
        Some(text[from..to].to_owned())
    };
    if let Some(missing) = between(message, "missing field `", "`") {
        let inside = if path == "." {
            String::new()
        } else {
            format!("{path}.")
        };
        return format!("{inside}{missing} is missing");
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let expected = rest.split_once("expected ").map_or("", |(_, e)| e);
        let choices = expected.trim_start_matches("one of ").replace('`', "");
        return format!("{} must be one of {choices}", field(path));
    }
    if let Some(expected) = message.split_once(", expected ").map(|(_, e)| e) {
        let expected = expected.split(" at line ").next().unwrap_or(expected);
        return format!("{} must be {}", field(path), in_words(expected));
    }
    format!("{}: {message}", field(path))
}

/// What serde expected, as a person would say it.
fn in_words(expected: &str) -> String {
    let words = match expected {
        "a string" => "text",
        "a sequence" => "a list",
        "a boolean" => "true or false",
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number, 0 or more",
        "i32" | "i64" | "isize" => "a whole number",
        "a map" => "an object",
        e if e.starts_with("struct ") || e.starts_with("a map") => "an object",
        e if e.starts_with("an array of length") => "a list of the right length",
        e if e.starts_with("adjacently tagged enum") || e.starts_with("internally tagged") => {
            "one of the kinds the app knows"
        }
        other => return other.to_owned(),
    };
    words.to_owned()
}
