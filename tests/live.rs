//! The live meeting: start and end, the timer against the planned length, sections and
//! prompts, all from explicit timestamps.

use one_on_one::domain::builtin_guides::builtin_guides;
use one_on_one::domain::live::{clock_text, Live, Pace, NEAR_END_MS};
use one_on_one::domain::talk_meter::Floor;

const MIN: i64 = 60_000;
const T0: i64 = 1_800_000_000_000;

#[test]
fn the_timer_runs_from_the_start_and_cues_the_end_gently() {
    let mut live = Live::default();
    assert_eq!(live.pace(30, T0), Pace::NotStarted);
    assert_eq!(live.elapsed_ms(T0 + MIN), 0);
    live.start(None, T0);
    assert!(live.is_running());
    assert_eq!(live.elapsed_ms(T0 + 12 * MIN), 12 * MIN);
    assert_eq!(live.pace(30, T0 + 25 * MIN - 1), Pace::OnTime);
    assert_eq!(live.pace(30, T0 + 30 * MIN - NEAR_END_MS), Pace::NearEnd);
    assert_eq!(
        live.pace(30, T0 + 30 * MIN),
        Pace::NearEnd,
        "exactly on time is not over"
    );
    assert_eq!(live.pace(30, T0 + 30 * MIN + 1), Pace::Over);
    live.start(None, T0 + 5 * MIN);
    assert_eq!(live.started_at, Some(T0), "a second start keeps the first");
}

#[test]
fn ending_stops_the_clock_and_the_talk_meter() {
    let mut live = Live::default();
    live.start(None, T0);
    live.talk.switch_to(Floor::Them, T0 + MIN);
    live.end(T0 + 40 * MIN);
    assert!(!live.is_running());
    assert_eq!(
        live.elapsed_ms(T0 + 90 * MIN),
        40 * MIN,
        "time stops at the end"
    );
    assert_eq!(live.talk.floor(), Floor::Paused);
    assert_eq!(live.talk.totals(T0 + 90 * MIN).them_ms, 39 * MIN);
    live.end(T0 + 50 * MIN);
    assert_eq!(
        live.ended_at,
        Some(T0 + 40 * MIN),
        "a second end keeps the first"
    );
}

#[test]
fn starting_copies_the_guide_so_later_edits_do_not_rewrite_the_meeting() {
    let mut guide = builtin_guides().remove(1);
    let mut live = Live::default();
    live.start(Some(&guide), T0);
    guide.sections.clear();
    guide.name = "Renamed".into();
    let copy = live.guide.as_ref().unwrap();
    assert_eq!(copy.name, "Campaign one-to-one");
    assert_eq!(live.section_count(), 4);
    live.go_to_section(9);
    assert_eq!(live.section, 3, "moving past the last section stays on it");
    live.go_to_section(1);
    assert_eq!(live.section, 1);
}

#[test]
fn prompts_are_marked_asked_with_notes_and_can_be_unmarked() {
    let mut live = Live::default();
    live.start(Some(&builtin_guides()[0]), T0);
    live.toggle_asked(1, 0, T0 + MIN);
    assert!(live.is_asked(1, 0) && !live.is_asked(1, 1));
    live.set_note(1, 2, "Tenants union, PTA".into(), T0 + 2 * MIN);
    assert!(live.is_asked(1, 2), "a note marks its prompt asked");
    assert_eq!(live.note(1, 2), "Tenants union, PTA");
    live.toggle_asked(1, 2, T0 + 3 * MIN);
    assert!(!live.is_asked(1, 2));
    assert_eq!(live.note(1, 2), "");
}

#[test]
fn a_live_meeting_survives_a_round_trip_through_storage() {
    let mut live = Live::default();
    live.start(Some(&builtin_guides()[2]), T0);
    live.talk.switch_to(Floor::Me, T0 + 1_000);
    live.toggle_asked(0, 1, T0 + 2_000);
    live.sparks = "Angry about \"rent\", hopes for a garden 🌱".into();
    let json = serde_json::to_string(&live).unwrap();
    let back: Live = serde_json::from_str(&json).unwrap();
    assert_eq!(back, live);
    let old: Live = serde_json::from_str("{}").unwrap();
    assert_eq!(
        old,
        Live::default(),
        "meetings stored before the live guide read as not started"
    );
}

#[test]
fn the_clock_reads_minutes_and_seconds_then_hours() {
    assert_eq!(clock_text(0), "0:00");
    assert_eq!(clock_text(-5_000), "0:00");
    assert_eq!(clock_text(65_999), "1:05");
    assert_eq!(clock_text(45 * MIN), "45:00");
    assert_eq!(clock_text(62 * MIN + 5_000), "1:02:05");
}

#[test]
fn the_debrief_starts_from_the_sparks_and_the_notes_taken_live() {
    use one_on_one::domain::debrief::{Answer, Debrief};
    let mut live = Live::default();
    live.start(Some(&builtin_guides()[1]), T0);
    live.sparks = "  Angry about rent  ".into();
    live.set_note(0, 2, "landlord ignores repairs".into(), T0 + 3 * MIN);
    live.set_note(0, 0, "Tucson".into(), T0 + MIN);
    live.toggle_asked(0, 1, T0 + 2 * MIN);
    let draft = Debrief::from_live(&live);
    assert_eq!(draft.sparks, "Angry about rent");
    assert_eq!(
        draft.story,
        "Where did you grow up? How long have you lived here? Tucson\n\
         What makes you angry about how things are? landlord ignores repairs",
        "notes in guide order; prompts asked without a note are left out"
    );
    assert!(draft.asks.is_empty() && draft.referral_ids.is_empty());
    assert_eq!(Answer::NotNow.label(), "Not now");
}
