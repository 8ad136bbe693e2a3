//! Hostile and generated files brought in: any bytes read without a panic as a spreadsheet or
//! contacts (a clear refusal at worst), and the app's own people export brought back in gives
//! the same people, and brought in again adds and changes nobody.
#![cfg(not(target_arch = "wasm32"))]

use chrono_tz::America::New_York;
use one_on_one::domain::people_import::columns::guessed;
use one_on_one::domain::people_import::plan::{as_added, Plan};
use one_on_one::domain::people_import::spreadsheet::Sheet;
use one_on_one::domain::people_import::vcards;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::table_export::cells::{neutralised, restored};
use one_on_one::domain::table_export::people::people_csv;
use proptest::prelude::*;

/// A spreadsheet's rows planned against `here`.
fn planned(bytes: &[u8], here: &[Person]) -> Option<Plan> {
    let sheet = Sheet::read(bytes).ok()?;
    let mapping = guessed(&sheet.headers);
    Some(Plan::of(
        (0..sheet.rows.len()).map(|i| sheet.row(i, &mapping)),
        here,
    ))
}

/// Text made of what CSV and vCard treat specially, and any Unicode.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\"',;:=\r\n\t aé李\u{feff}\\\\+@-]{0,40}",
        "(BEGIN:VCARD\r\n|END:VCARD\r\n|FN:|N:|TEL:|;ENCODING=QUOTED-PRINTABLE:|=C3|=\r\n| |x){0,20}",
    ]
}

/// A name as people type them: any script, inner spaces, no line breaks.
fn name() -> impl Strategy<Value = String> {
    "[A-Za-zÀ-ÿ李ệŁİ' .-]{0,12}[A-Za-zé李]{1,6}"
}

fn person() -> impl Strategy<Value = Person> {
    (
        name(),
        prop::option::of("\\+?[0-9 ()-]{7,16}"),
        prop::option::of("[a-z0-9._+-]{1,10}@[a-z]{1,8}\\.org"),
        prop::collection::vec("[A-Za-z ]{1,10}", 0..3),
        prop::collection::vec("[a-z0-9 ]{1,8}", 0..3),
        prop_oneof![Just(String::new()), any::<String>(), "[=+@-][ -~]{0,10}"],
    )
        .prop_map(|(name, phone, email, organizations, tags, notes)| {
            let mut person = Person::new(format!("id-{name}"), name, 1);
            person.phone = phone.unwrap_or_default();
            person.email = email.unwrap_or_default();
            person.organizations = organizations;
            person.tags = tags;
            person.notes = notes;
            person
        })
}

/// What the import makes of a text: trimmed, runs of spaces one.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A name as the export writes it and the import reads it back: a leading apostrophe before
/// a formula character is taken as the export's own ("'-a" typed comes back "-a", as a
/// spreadsheet shows it).
fn as_read(name: &str) -> String {
    one_line(restored(&neutralised(name)))
}

/// A list as the import keeps it: items on one line, blank ones and repeats left out.
fn cleaned(items: &[String]) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for item in items.iter().map(|i| one_line(i)) {
        if !item.is_empty() && !kept.iter().any(|k| k.to_lowercase() == item.to_lowercase()) {
            kept.push(item);
        }
    }
    kept
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any bytes at all are a spreadsheet refused whole, or rows each read or refused.
    #[test]
    fn any_bytes_are_read_or_refused_never_a_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        text in hostile_text(),
    ) {
        let _ = planned(&bytes, &[]);
        let _ = planned(text.as_bytes(), &[]);
        let _ = vcards::read(&bytes);
        // The same bytes behind UTF-16's byte order mark (odd lengths included).
        let marked: Vec<u8> = [0xFF, 0xFE].into_iter().chain(bytes.iter().copied()).collect();
        let _ = planned(&marked, &[]);
        let _ = vcards::read(&marked);
        if let Ok(rows) = vcards::read(text.as_bytes()) {
            let _ = Plan::of(rows, &[]);
        }
    }

    /// The people export brought back gives everyone with a distinct email, phone or name
    /// (name, phone, email, organizations, tags, notes as they were), and a second import
    /// of the same file adds and changes nobody.
    #[test]
    fn the_people_export_comes_back_as_it_left(people in prop::collection::vec(person(), 1..12)) {
        let csv = people_csv(&people, &Profile::new(1), &New_York);
        let first = planned(csv.as_bytes(), &[]).expect("the export reads as a spreadsheet");
        prop_assert_eq!(first.counts().refused, 0, "{:?}", first.rows);
        let here: Vec<Person> = first
            .new_people
            .iter()
            .enumerate()
            .map(|(n, person)| as_added(person, format!("new-{n}"), 5))
            .collect();
        for added in &here {
            let original = people
                .iter()
                .find(|p| as_read(&p.name) == added.name)
                .expect("everyone added was exported");
            let alike = |p: &&Person| as_read(&p.name) == added.name;
            if people.iter().filter(alike).count() == 1 && original.phone.trim().is_empty()
                && original.email.trim().is_empty()
            {
                prop_assert_eq!(&added.organizations, &cleaned(&original.organizations));
                prop_assert_eq!(&added.tags, &cleaned(&original.tags));
                let exported = neutralised(&original.notes);
                prop_assert_eq!(added.notes.trim(), restored(&exported).trim());
            }
        }
        for original in &people {
            let found = here.iter().any(|p| {
                p.name == as_read(&original.name)
                    || (!original.email.is_empty() && p.email == original.email)
                    || (!original.phone.is_empty() && p.phone == original.phone.trim())
                    || p.other_contact.contains(original.phone.trim())
            });
            prop_assert!(found, "{:?} was not brought back", original.name);
        }
        let second = planned(csv.as_bytes(), &here).expect("reads again");
        prop_assert_eq!(second.counts().new, 0);
        prop_assert!(!second.changes_anything(), "{:?}", second.updates);
    }
}
