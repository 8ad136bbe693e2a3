//! Times typed and shown in the phone's zone, stored in UTC.

use chrono::FixedOffset;
use one_on_one::domain::when::{day_end, day_start, describe, from_input, to_input};

#[test]
fn a_typed_local_time_is_stored_in_utc_and_shown_back_the_same() {
    let new_york = FixedOffset::west_opt(5 * 3600).unwrap();
    let stored = from_input("2026-11-24T18:30", &new_york).unwrap();
    // 18:30 at UTC-5 is 23:30 UTC.
    assert_eq!(stored, 1_795_563_000_000);
    assert_eq!(to_input(Some(stored), &new_york), "2026-11-24T18:30");
    let berlin = FixedOffset::east_opt(3600).unwrap();
    assert_eq!(to_input(Some(stored), &berlin), "2026-11-25T00:30");
    assert_eq!(to_input(None, &berlin), "");
}

#[test]
fn seconds_are_accepted_and_nonsense_is_refused() {
    let utc = FixedOffset::east_opt(0).unwrap();
    assert_eq!(
        from_input("2026-11-24T18:30:00", &utc),
        from_input("2026-11-24T18:30", &utc)
    );
    assert_eq!(from_input("", &utc), None);
    assert_eq!(from_input("tomorrow", &utc), None);
    assert_eq!(from_input("2026-02-30T10:00", &utc), None);
}

#[test]
fn a_time_is_described_briefly_with_the_year_only_when_it_differs() {
    let utc = FixedOffset::east_opt(0).unwrap();
    let at = from_input("2026-11-24T18:30", &utc).unwrap();
    let now = from_input("2026-11-22T09:00", &utc).unwrap();
    assert_eq!(describe(at, now, &utc), "Tue 24 Nov, 18:30");
    let next_year = from_input("2027-01-05T08:05", &utc).unwrap();
    assert_eq!(describe(next_year, now, &utc), "Tue 5 Jan 2027, 08:05");
}

#[test]
fn a_due_date_means_nine_in_the_morning_that_day_where_the_phone_is() {
    use one_on_one::domain::when::{describe_day, from_date_input, to_date_input};
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
    let due = from_date_input("2026-12-01", &tokyo).unwrap();
    assert_eq!(due, from_input("2026-12-01T09:00", &tokyo).unwrap());
    assert_eq!(to_date_input(Some(due), &tokyo), "2026-12-01");
    assert_eq!(to_date_input(None, &tokyo), "");
    assert_eq!(from_date_input("next week", &tokyo), None);
    let now = from_input("2026-11-22T09:00", &tokyo).unwrap();
    assert_eq!(describe_day(due, now, &tokyo), "Tue 1 Dec");
    let later = from_date_input("2027-03-02", &tokyo).unwrap();
    assert_eq!(describe_day(later, now, &tokyo), "Tue 2 Mar 2027");
}

#[test]
fn a_date_range_covers_whole_local_days() {
    let new_york = FixedOffset::west_opt(5 * 3600).unwrap();
    let start = day_start("2026-11-24", &new_york).unwrap();
    assert_eq!(start, from_input("2026-11-24T00:00", &new_york).unwrap());
    let end = day_end("2026-11-24", &new_york).unwrap();
    assert_eq!(end - start, 86_400_000, "to the start of the next day");
    assert_eq!(
        day_end("2026-12-31", &new_york),
        from_input("2027-01-01T00:00", &new_york)
    );
    assert_eq!(day_start("", &new_york), None);
    assert_eq!(day_end("24/11/2026", &new_york), None);
}
