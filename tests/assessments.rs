//! Assessments over time: each debrief's engagement level with its date, and the chart of them.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::assessments::{described, history, path, points, Assessment};
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::profile::Profile;
use proptest::prelude::*;

fn assessed(id: &str, person: &str, at: i64, level: Option<u8>) -> Meeting {
    let mut meeting = Meeting::new(id, person, &Profile::new(0), 0);
    meeting.starts_at = Some(at);
    meeting.debrief_mut().engagement = level;
    meeting
}

#[test]
fn a_person_s_history_is_each_debrief_s_level_oldest_first() {
    let mut started_late = assessed("m4", "ana", 100, Some(2));
    // Held later than planned: the day it was held dates it.
    started_late.live.started_at = Some(5_000);
    let meetings = [
        assessed("m2", "ana", 3_000, Some(4)),
        assessed("m1", "ana", 1_000, Some(2)),
        assessed("none", "ana", 2_000, None),
        assessed("odd", "ana", 2_500, Some(9)),
        assessed("ben", "ben", 1_500, Some(5)),
        started_late,
    ];
    let told = history("ana", &meetings);
    assert_eq!(
        told.iter()
            .map(|a| (a.meeting_id.as_str(), a.at, a.level))
            .collect::<Vec<_>>(),
        [("m1", 1_000, 2), ("m2", 3_000, 4), ("m4", 5_000, 2)]
    );
    let words = described(&told, |level| format!("L{level}"), |at| format!("day {at}"));
    assert_eq!(
        words,
        "Engagement at 3 one-on-ones: L2 on day 1000, L4 on day 3000, L2 on day 5000."
    );
}

#[test]
fn the_chart_rises_with_the_level_and_runs_with_time() {
    let a = |at, level| Assessment {
        meeting_id: String::new(),
        at,
        level,
    };
    let drawn = points(&[a(0, 1), a(50, 5), a(100, 3)], 200.0, 100.0, 10.0);
    assert_eq!(drawn, [(10.0, 90.0), (100.0, 10.0), (190.0, 50.0)]);
    assert_eq!(path(&drawn), "M10 90L100 10L190 50");
    // One assessment sits in the middle; none draws nothing.
    assert_eq!(points(&[a(7, 3)], 200.0, 100.0, 10.0), [(100.0, 50.0)]);
    assert!(points(&[], 200.0, 100.0, 10.0).is_empty());
    assert_eq!(path(&[]), "");
}

proptest! {
    #[test]
    fn every_point_lies_inside_the_box_in_the_order_of_time(
        mut levels in proptest::collection::vec((0..1_000_000i64, 1..=5u8), 1..40),
    ) {
        levels.sort();
        let history: Vec<Assessment> = levels.iter().map(|(at, level)| Assessment { meeting_id: String::new(), at: *at, level: *level }).collect();
        let drawn = points(&history, 280.0, 72.0, 8.0);
        prop_assert_eq!(drawn.len(), history.len());
        for (x, y) in &drawn {
            prop_assert!((8.0..=272.0).contains(x) && (8.0..=64.0).contains(y));
        }
        prop_assert!(drawn.windows(2).all(|w| w[0].0 <= w[1].0));
        for (i, j) in (0..history.len()).flat_map(|i| (0..history.len()).map(move |j| (i, j))) {
            if history[i].level > history[j].level {
                prop_assert!(drawn[i].1 < drawn[j].1);
            }
        }
    }
}
