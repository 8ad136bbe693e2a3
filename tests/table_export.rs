//! People, one-on-ones and follow-ups as CSV: every cell reads back as written (quotes, commas,
//! line breaks, any script), none a spreadsheet would run as a formula, and what is marked
//! sensitive never leaves.
#![cfg(not(target_arch = "wasm32"))]

use chrono_tz::America::New_York;
use one_on_one::domain::debrief::{Answer, Ask, Debrief};
use one_on_one::domain::meeting::{Meeting, MeetingStatus, Venue};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::outcome::Outcome;
use one_on_one::domain::person::{Channel, Person};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::sensitive::{ASKS, NOTES, PURPOSE, STEP_TEXT};
use one_on_one::domain::table_export::cells::{neutralised, to_csv, BYTE_ORDER_MARK};
use one_on_one::domain::table_export::{follow_ups, meetings, people};
use one_on_one::domain::when::from_input;
use proptest::prelude::*;

fn at(text: &str) -> i64 {
    from_input(text, &New_York).unwrap()
}

/// The rows of `csv` as a spreadsheet would read them: the byte order mark first, then cells.
fn read_back(csv: &str) -> Vec<Vec<String>> {
    let body = csv
        .strip_prefix(BYTE_ORDER_MARK)
        .expect("starts with a byte order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// A cell as written, before it was made safe: one leading apostrophe taken off a cell that
/// starts with a formula character behind it.
fn as_typed(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if neutralised(rest).starts_with('\'') => rest,
        _ => cell,
    }
}

fn runs_as_formula(cell: &str) -> bool {
    cell.trim_start_matches(' ')
        .starts_with(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'])
}

#[test]
fn a_formula_is_kept_as_text_and_plain_text_as_it_is() {
    for formula in [
        "=HYPERLINK(\"http://x\")",
        "+1 555 0100",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "  =1",
        "＝1",
    ] {
        assert_eq!(neutralised(formula), format!("'{formula}"), "{formula:?}");
    }
    for plain in ["Ana", "", "1+1", "e=mc2", "'quoted", "O'Brien", "Nguyễn"] {
        assert_eq!(neutralised(plain), plain, "{plain:?}");
    }
}

#[test]
fn people_read_back_with_their_details_and_without_sensitive_notes() {
    let profile = Profile::new(0);
    let mut ana = Person::new("ana", "Ana \"Nana\" Núñez, Jr.", at("2026-03-01T09:15"));
    ana.phone = "+1 555 0100".into();
    ana.email = "ana@example.org".into();
    ana.preferred_channel = Channel::Text;
    ana.organizations = vec!["Tenants union".into(), " ".into(), "Local 12".into()];
    ana.tags = vec!["rent".into()];
    ana.notes = "line one\nline two, with a comma".into();
    ana.engagement = Some(4);
    let mut bo = Person::new("bo", "bo 李", 0);
    bo.referred_by = Some("ana".into());
    bo.notes = "immigration status".into();
    bo.sensitive = vec![NOTES.into()];
    let rows = read_back(&people::people_csv(&[bo, ana], &profile, &New_York));
    assert_eq!(rows[0], people::HEADERS);
    assert_eq!(rows.len(), 3);
    let ana_row = &rows[1];
    assert_eq!(ana_row[0], "Ana \"Nana\" Núñez, Jr.");
    assert_eq!(
        ana_row[1], "'+1 555 0100",
        "a phone that would run as a formula is text"
    );
    assert_eq!(as_typed(&ana_row[1]), "+1 555 0100");
    assert_eq!(ana_row[4], "Text message");
    assert_eq!(ana_row[5], "Tenants union; Local 12");
    assert_eq!(ana_row[10], "4 · Committed");
    assert_eq!(ana_row[11], "line one\nline two, with a comma");
    assert_eq!(ana_row[12], "2026-03-01 09:15");
    let bo_row = &rows[2];
    assert_eq!(bo_row[0], "bo 李");
    assert_eq!(bo_row[9], "Ana \"Nana\" Núñez, Jr.", "the referrer by name");
    assert_eq!(bo_row[11], "", "a sensitive note never leaves");
}

#[test]
fn meetings_read_back_in_time_order_with_asks_and_their_answers() {
    let profile = Profile::new(0);
    let ana = Person::new("ana", "Ana", 0);
    let mut held = Meeting::new("m1", "ana", &profile, 0);
    held.starts_at = Some(at("2026-05-04T18:30"));
    held.status = MeetingStatus::Held;
    held.venue = Venue::InPerson("Café on 5th".into());
    held.purpose = "=rent strike".into();
    held.debrief = Some(Debrief {
        sparks: "her kids' school".into(),
        asks: vec![Ask {
            id: "a1".into(),
            text: "Host a house meeting".into(),
            answer: Some(Answer::Yes),
            outcome: Some(Outcome::Kept),
        }],
        engagement: Some(3),
        ..Debrief::default()
    });
    let mut planned = Meeting::new("m2", "ana", &profile, 0);
    planned.starts_at = Some(at("2026-01-02T08:00"));
    planned.venue = Venue::Phone("555".into());
    planned.purpose = "a grievance".into();
    planned.sensitive = vec![PURPOSE.into(), ASKS.into()];
    let unscheduled = Meeting::new("m3", "gone", &profile, 0);
    let csv = meetings::meetings_csv(&[held, unscheduled, planned], &[ana], &profile, &New_York);
    let rows = read_back(&csv);
    assert_eq!(rows[0], meetings::HEADERS);
    let whens: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(whens, ["2026-01-02 08:00", "2026-05-04 18:30", ""]);
    assert_eq!(
        &rows[1][4..6],
        ["Phone call", ""],
        "a sensitive purpose never leaves"
    );
    assert_eq!(rows[2][0], "Ana");
    assert_eq!(rows[2][2], "Held");
    assert_eq!(rows[2][4], "Café on 5th");
    assert_eq!(rows[2][5], "'=rent strike");
    assert_eq!(rows[2][7], "her kids' school");
    assert_eq!(rows[2][10], "Host a house meeting: Yes");
    assert_eq!(rows[2][11], "3 · Involved");
    assert_eq!(
        rows[3][0], "",
        "a meeting with someone no longer here has no name"
    );
}

#[test]
fn follow_ups_read_back_soonest_first_with_whose_and_how_they_ended() {
    let ana = Person::new("ana", "Ana", 0);
    let step = |id: &str, due: Option<&str>| NextStep {
        meta: one_on_one::domain::record::Meta::new(id, 0),
        person_id: "ana".into(),
        meeting_id: None,
        text: format!("step {id}"),
        owner: Owner::Me,
        kind: StepKind::Task,
        due_at: due.map(at),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    };
    let mut theirs = step("b", Some("2026-02-01T10:00"));
    theirs.owner = Owner::Them;
    theirs.done_at = Some(at("2026-02-03T12:00"));
    theirs.outcome = Some(Outcome::Broken);
    let mut check_in = step("c", None);
    check_in.kind = StepKind::CheckIn;
    let mut secret = step("a", Some("2026-03-01T10:00"));
    secret.sensitive = vec![STEP_TEXT.into()];
    let rows = read_back(&follow_ups::follow_ups_csv(
        &[check_in, secret, theirs],
        &[ana],
        &New_York,
    ));
    assert_eq!(rows[0], follow_ups::HEADERS);
    assert_eq!(
        rows[1],
        [
            "Ana",
            "step b",
            "Theirs",
            "Task",
            "2026-02-01 10:00",
            "2026-02-03 12:00",
            "Broken"
        ]
    );
    assert_eq!(rows[2][1], "", "a sensitive step never leaves");
    assert_eq!(rows[3][3], "Check-in");
    assert_eq!(rows[3][4], "");
}

/// Any text, or text thick with what CSV and spreadsheets treat specially.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[\"',;\r\n\t aé李\u{feff}=+@-]{0,12}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text in any cell (quotes, separators, line breaks, formulas, any script) reads back
    /// as typed, but for the apostrophe before a formula, and no cell would run as a formula.
    /// (Typed "'=1" and "=1" both read "'=1", as a spreadsheet shows both.)
    #[test]
    fn any_cells_read_back_as_typed_and_none_runs(
        rows in prop::collection::vec(prop::collection::vec(cell(), 3), 0..8),
        formulas in prop::collection::vec("[=+@\\-\t＝][ -~]{0,10}", 3),
    ) {
        let mut rows = rows;
        rows.push(formulas);
        let csv = to_csv(&["a", "b", "c"], rows.clone());
        let back = read_back(&csv);
        prop_assert_eq!(back.len(), rows.len() + 1);
        for (written, read) in rows.iter().zip(&back[1..]) {
            for (typed, cell) in written.iter().zip(read) {
                prop_assert!(!runs_as_formula(cell), "{:?} would run", cell);
                prop_assert_eq!(cell, &neutralised(typed));
                if !typed.starts_with('\'') {
                    prop_assert_eq!(as_typed(cell), typed);
                }
            }
        }
    }
}
