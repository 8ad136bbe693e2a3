//! The organizer's growth over their last one-on-ones, from plain records with the time and
//! time zone passed in.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{FixedOffset, TimeZone, Utc};
use one_on_one::domain::debrief::{Answer, Ask};
use one_on_one::domain::growth::{growth, percent, Growth};
use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::self_check::Question;
use one_on_one::domain::talk_meter::Floor;
use proptest::prelude::*;

const MIN: i64 = 60_000;
const DAY: i64 = 24 * 60 * MIN;

/// Wednesday 15 May 2030, 12:00 UTC.
fn now() -> i64 {
    Utc.with_ymd_and_hms(2030, 5, 15, 12, 0, 0)
        .unwrap()
        .timestamp_millis()
}

/// A one-on-one held with the live guide from `start`, where I talked `me` minutes and they
/// talked `them`, planned for `planned` minutes.
fn held(id: &str, start: i64, me: i64, them: i64, planned: u32) -> Meeting {
    let mut meeting = Meeting::new(id, "p", &Profile::new(0), 0);
    meeting.planned_minutes = planned;
    meeting.starts_at = Some(start);
    meeting.live.start(None, start);
    meeting.live.talk.switch_to(Floor::Me, start);
    meeting.live.talk.switch_to(Floor::Them, start + me * MIN);
    meeting.live.end(start + (me + them) * MIN);
    meeting.status = MeetingStatus::Held;
    meeting
}

fn summaries(g: &Growth) -> [Option<String>; 4] {
    [
        g.talk_summary(),
        g.length_summary(),
        Some(g.weeks_summary()),
        Some(g.asks_summary()),
    ]
}

#[test]
fn the_last_one_on_ones_tell_talk_share_length_weeks_asks_and_self_checks() {
    let mut first = held("a", now() - 20 * DAY, 12, 28, 30); // 30%, 10 over
    first.debrief_mut().asks = vec![
        Ask {
            id: "1".into(),
            text: "Host?".into(),
            answer: Some(Answer::Yes),
            outcome: None,
        },
        Ask {
            id: "2".into(),
            text: "Chair?".into(),
            answer: Some(Answer::No),
            outcome: None,
        },
        Ask {
            id: "3".into(),
            text: " ".into(),
            answer: Some(Answer::Yes),
            outcome: None,
        },
    ];
    first
        .debrief_mut()
        .self_check
        .set(Question::Listened, Some(true));
    first
        .debrief_mut()
        .self_check
        .set(Question::ClearAsk, Some(true));
    let mut second = held("b", now() - DAY, 25, 25, 45); // 50%, 5 over
    second.debrief_mut().asks = vec![Ask {
        id: "1".into(),
        text: "Come?".into(),
        answer: None,
        outcome: None,
    }];
    second
        .debrief_mut()
        .self_check
        .set(Question::Listened, Some(false));
    // Marked held without the live guide: counted in its week, with no share or length.
    let mut marked = Meeting::new("c", "p", &Profile::new(0), 0);
    marked.status = MeetingStatus::Held;
    marked.starts_at = Some(now() - 2 * MIN);
    // Still ahead, and one started but never ended: not held.
    let mut planned = Meeting::new("d", "p", &Profile::new(0), 0);
    planned.starts_at = Some(now() - DAY);
    let mut running = Meeting::new("e", "p", &Profile::new(0), 0);
    running.live.start(None, now() - 10 * MIN);

    let g = growth(
        &[marked, second, planned, first, running],
        now(),
        &Utc,
        12,
        4,
    );
    assert_eq!(
        g.held
            .iter()
            .map(|h| h.meeting_id.as_str())
            .collect::<Vec<_>>(),
        ["a", "b", "c"]
    );
    assert_eq!(g.held[0].minutes, Some(40));
    assert_eq!(g.held[1].my_share.map(percent), Some(50));
    assert_eq!((g.held[2].my_share, g.held[2].minutes), (None, None));
    assert_eq!(
        g.weeks.iter().map(|w| w.held).collect::<Vec<_>>(),
        [1, 0, 0, 2]
    );
    assert_eq!(
        g.weeks.last().unwrap().starts_at,
        Utc.with_ymd_and_hms(2030, 5, 13, 0, 0, 0)
            .unwrap()
            .timestamp_millis()
    );
    assert_eq!(
        summaries(&g),
        [
            Some("You talked 30% or less in 1 of 2 one-on-ones (40% on average).".into()),
            Some(
                "0 of 2 one-on-ones ended within their planned length (8 minutes over on average)."
                    .into()
            ),
            Some("3 one-on-ones in the last 4 weeks, 2 this week.".into()),
            Some("3 asks made: 1 yes, 1 no, 1 not answered.".into()),
        ]
    );
    let listened = g
        .checks
        .iter()
        .find(|c| c.question == Question::Listened)
        .unwrap();
    assert_eq!((listened.yes, listened.answered), (1, 2));
    let why = g
        .checks
        .iter()
        .find(|c| c.question == Question::AskedWhy)
        .unwrap();
    assert_eq!((why.yes, why.answered), (0, 0));

    // Only the last two: the oldest one's asks and checks drop out, its week stays counted.
    let g = growth(
        &[
            held("a", now() - 20 * DAY, 12, 28, 30),
            held("b", now() - DAY, 1, 1, 60),
        ],
        now(),
        &Utc,
        1,
        4,
    );
    assert_eq!(g.held.len(), 1);
    assert_eq!(g.weeks.iter().map(|w| w.held).sum::<usize>(), 2);
}

#[test]
fn with_nothing_held_the_page_says_so_plainly() {
    let g = growth(&[], now(), &Utc, 12, 8);
    assert_eq!(g.talk_summary(), None);
    assert_eq!(g.length_summary(), None);
    assert_eq!(
        g.weeks_summary(),
        "0 one-on-ones in the last 8 weeks, 0 this week."
    );
    assert_eq!(g.asks_summary(), "No asks made yet.");
}

#[test]
fn weeks_begin_on_monday_in_the_organizer_s_own_time_zone() {
    // Sunday 23:30 in UTC-5 is already Monday in UTC: the week it counts in is the zone's.
    let zone = FixedOffset::west_opt(5 * 3600).unwrap();
    let sunday_night = zone
        .with_ymd_and_hms(2030, 5, 12, 23, 30, 0)
        .unwrap()
        .timestamp_millis();
    let g = growth(&[held("a", sunday_night, 1, 2, 30)], now(), &zone, 12, 2);
    assert_eq!(g.weeks.iter().map(|w| w.held).collect::<Vec<_>>(), [1, 0]);
}

proptest! {
    /// However many one-on-ones are held and when, every one in the weeks shown is counted once,
    /// no more than `last` are drawn, and the summaries' numbers agree with them.
    #[test]
    fn counts_agree_with_the_one_on_ones(
        meetings in proptest::collection::vec((0..60i64, 0..90i64, 0..90i64, 15..90u32), 0..30),
        last in 1..15usize,
    ) {
        let all: Vec<Meeting> = meetings.iter().enumerate()
            .map(|(i, (days_ago, me, them, planned))| held(&format!("m{i:02}"), now() - days_ago * DAY - (me + them) * MIN, *me, *them, *planned))
            .collect();
        let g = growth(&all, now(), &Utc, last, 9);
        prop_assert_eq!(g.held.len(), all.len().min(last));
        prop_assert!(g.held.windows(2).all(|w| w[0].at <= w[1].at));
        let first_week = g.weeks[0].starts_at;
        let in_weeks = all.iter().filter(|m| m.live.started_at.unwrap() >= first_week).count();
        prop_assert_eq!(g.weeks.iter().map(|w| w.held).sum::<usize>(), in_weeks);
        let talked = g.held.iter().filter(|h| h.my_share.is_some()).count();
        if let Some(summary) = g.talk_summary() {
            prop_assert!(summary.contains(&format!(" of {talked} one-on-one")), "{}", summary);
        } else {
            prop_assert_eq!(talked, 0);
        }
    }
}
