//! Native tests of the 30/70 talk meter, with explicit timestamps.

use one_on_one::domain::talk_meter::{Floor, TalkMeter, TalkTotals};

const SEC: i64 = 1_000;

#[test]
fn nobody_has_talked_before_the_first_switch() {
    let meter = TalkMeter::new();
    assert_eq!(meter.floor(), Floor::Paused);
    assert_eq!(meter.totals(60 * SEC), TalkTotals::default());
    assert_eq!(meter.totals(60 * SEC).my_share(), None);
    assert!(!meter.totals(60 * SEC).over_limit());
}

#[test]
fn splits_talk_time_between_speakers_and_skips_pauses() {
    let mut meter = TalkMeter::new();
    meter.switch_to(Floor::Them, 0);
    meter.switch_to(Floor::Me, 70 * SEC);
    meter.switch_to(Floor::Paused, 100 * SEC);
    meter.switch_to(Floor::Them, 400 * SEC);
    let totals = meter.totals(400 * SEC);
    assert_eq!(totals.me_ms, 30 * SEC);
    assert_eq!(totals.them_ms, 70 * SEC);
    assert!((totals.my_share().unwrap() - 0.30).abs() < 1e-9);
    assert!(!totals.over_limit(), "exactly 30% is within the rule");
}

#[test]
fn the_open_segment_counts_up_to_now_which_makes_a_reload_exact() {
    let mut meter = TalkMeter::new();
    meter.switch_to(Floor::Me, 1_000 * SEC);
    // Restored from storage much later: the open segment still runs to `now`.
    let restored: TalkMeter =
        serde_json::from_str(&serde_json::to_string(&meter).unwrap()).unwrap();
    assert_eq!(restored.totals(1_045 * SEC).me_ms, 45 * SEC);
    assert!(restored.totals(1_045 * SEC).over_limit());
}

#[test]
fn warns_as_soon_as_my_share_passes_thirty_percent() {
    let mut meter = TalkMeter::new();
    meter.switch_to(Floor::Them, 0);
    meter.switch_to(Floor::Me, 70 * SEC);
    assert!(
        !meter.totals(100 * SEC).over_limit(),
        "30 of 100 seconds is within the rule"
    );
    assert!(
        meter.totals(100 * SEC + 1).over_limit(),
        "one millisecond more is not"
    );
}

#[test]
fn repeated_taps_on_the_same_floor_change_nothing() {
    let mut meter = TalkMeter::new();
    meter.switch_to(Floor::Me, 0);
    meter.switch_to(Floor::Me, 10 * SEC);
    assert_eq!(meter.switches().len(), 1);
    assert_eq!(meter.totals(20 * SEC).me_ms, 20 * SEC);
}

#[test]
fn a_clock_set_backwards_never_produces_negative_time() {
    let mut meter = TalkMeter::new();
    meter.switch_to(Floor::Me, 100 * SEC);
    meter.switch_to(Floor::Them, 40 * SEC);
    let totals = meter.totals(130 * SEC);
    assert_eq!(totals.me_ms, 0);
    assert_eq!(totals.them_ms, 30 * SEC);
    assert_eq!(meter.totals(0).them_ms, 0);
}
