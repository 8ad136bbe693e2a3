//! The commitment ledger: what a person took on, how each thing ended, and their follow-through
//! in words, from plain records.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::commitments::{
    commitments_of, end_ask, end_step, FollowThrough, Outcome, Source,
};
use one_on_one::domain::debrief::{Answer, Ask};
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::sensitive;
use proptest::prelude::*;

fn meeting(id: &str, person: &str, starts_at: i64, asks: &[(&str, Option<Answer>)]) -> Meeting {
    let mut meeting = Meeting::new(id, person, &Profile::new(0), 0);
    meeting.starts_at = Some(starts_at);
    meeting.debrief_mut().asks = asks
        .iter()
        .enumerate()
        .map(|(i, (text, answer))| Ask {
            id: format!("{id}-a{i}"),
            text: (*text).into(),
            answer: *answer,
            outcome: None,
        })
        .collect();
    meeting
}

fn step(id: &str, person: &str, owner: Owner, kind: StepKind, created_at: i64) -> NextStep {
    NextStep {
        meta: Meta::new(id, created_at),
        person_id: person.into(),
        meeting_id: None,
        text: format!("step {id}"),
        owner,
        kind,
        due_at: None,
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

fn keys(commitments: &[one_on_one::domain::commitments::Commitment]) -> Vec<String> {
    commitments.iter().map(|c| c.key()).collect()
}

#[test]
fn asks_answered_yes_and_tasks_they_own_are_their_commitments_oldest_first() {
    let meetings = [
        meeting(
            "m2",
            "ana",
            2_000,
            &[
                ("Host a house meeting?", Some(Answer::Yes)),
                ("Chair?", Some(Answer::No)),
            ],
        ),
        meeting(
            "m1",
            "ana",
            1_000,
            &[
                ("Come to the rally?", Some(Answer::Yes)),
                ("Think about it?", Some(Answer::Maybe)),
                ("   ", Some(Answer::Yes)),
                ("Later?", Some(Answer::NotNow)),
                ("Unanswered", None),
            ],
        ),
        meeting("m3", "ben", 500, &[("Ben's yes", Some(Answer::Yes))]),
    ];
    let steps = [
        step("theirs", "ana", Owner::Them, StepKind::Task, 1_500),
        step("mine", "ana", Owner::Me, StepKind::Task, 1_500),
        step("check-in", "ana", Owner::Them, StepKind::CheckIn, 1_500),
        step("ben's", "ben", Owner::Them, StepKind::Task, 1_500),
    ];
    let ana = commitments_of("ana", &meetings, &steps);
    assert_eq!(keys(&ana), ["ask:m1/m1-a0", "step:theirs", "ask:m2/m2-a0"]);
    assert_eq!(ana[0].text, "Come to the rally?");
    assert_eq!(ana[0].meeting_id.as_deref(), Some("m1"));
    assert!(ana.iter().all(|c| c.is_open()));
    assert_eq!(
        FollowThrough::of(&ana).summary().as_deref(),
        Some("3 open commitments, none ended yet")
    );
    assert_eq!(FollowThrough::of(&[]).summary(), None);
}

#[test]
fn endings_are_counted_and_told_as_the_next_meeting_needs_them() {
    let mut first = meeting(
        "m1",
        "ana",
        1_000,
        &[
            ("Rally?", Some(Answer::Yes)),
            ("Flyers?", Some(Answer::Yes)),
        ],
    );
    assert!(end_ask(&mut first, "m1-a0", Some(Outcome::Kept)));
    assert!(end_ask(&mut first, "m1-a1", Some(Outcome::Broken)));
    assert!(!end_ask(&mut first, "no such ask", Some(Outcome::Kept)));
    let mut kept = step("kept", "ana", Owner::Them, StepKind::Task, 1);
    end_step(&mut kept, Some(Outcome::Kept), 50);
    assert_eq!(kept.done_at, Some(50));
    let mut dropped = step("dropped", "ana", Owner::Them, StepKind::Task, 2);
    end_step(&mut dropped, Some(Outcome::Dropped), 60);
    // A step of theirs marked done before endings were kept counts as kept.
    let mut done_before = step("done", "ana", Owner::Them, StepKind::Task, 3);
    done_before.done_at = Some(70);
    let open = step("open", "ana", Owner::Them, StepKind::Task, 4);
    let steps = [kept, dropped, done_before, open];
    let all = commitments_of("ana", &[first], &steps);
    let counts = FollowThrough::of(&all);
    assert_eq!(
        counts,
        FollowThrough {
            kept: 3,
            broken: 1,
            dropped: 1,
            open: 1
        }
    );
    assert_eq!(
        counts.summary().as_deref(),
        Some("Kept 3 of 5 commitments · 1 broken · 1 dropped · 1 open")
    );
    let one = FollowThrough {
        kept: 1,
        ..FollowThrough::default()
    };
    assert_eq!(one.summary().as_deref(), Some("Kept 1 of 1 commitment"));
}

#[test]
fn opening_an_ended_step_again_reopens_it_and_a_second_ending_keeps_its_first_date() {
    let mut theirs = step("s", "ana", Owner::Them, StepKind::Task, 1);
    end_step(&mut theirs, Some(Outcome::Broken), 100);
    end_step(&mut theirs, Some(Outcome::Kept), 200);
    assert_eq!(
        (theirs.outcome, theirs.done_at),
        (Some(Outcome::Kept), Some(100))
    );
    end_step(&mut theirs, None, 300);
    assert_eq!((theirs.outcome, theirs.done_at), (None, None));
    assert!(theirs.is_open());
}

#[test]
fn a_commitment_knows_where_it_is_written_and_whether_its_words_are_marked() {
    let mut met = meeting("m1", "ana", 1_000, &[("Testify?", Some(Answer::Yes))]);
    met.mark(sensitive::ASKS, true);
    let mut marked = step("s", "ana", Owner::Them, StepKind::Task, 1);
    marked.sensitive = vec![sensitive::STEP_TEXT.into()];
    let all = commitments_of("ana", &[met], &[marked]);
    assert!(all.iter().all(|c| c.marked));
    assert_eq!(
        all.iter().map(|c| c.source.clone()).collect::<Vec<_>>(),
        [
            Source::Step {
                step_id: "s".into()
            },
            Source::Ask {
                meeting_id: "m1".into(),
                ask_id: "m1-a0".into()
            }
        ]
    );
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)
    ]
}

fn outcome() -> impl Strategy<Value = Option<Outcome>> {
    prop_oneof![
        Just(None),
        proptest::sample::select(Outcome::ALL.to_vec()).prop_map(Some)
    ]
}

proptest! {
    /// However asks, answers, steps and endings fall, every yes and every task of theirs is
    /// counted once, by how it ended, and the summary says the same numbers.
    #[test]
    fn every_commitment_is_counted_once_by_its_ending(
        asks in proptest::collection::vec((answer(), outcome(), 0..4usize), 0..12),
        steps in proptest::collection::vec((any::<bool>(), any::<bool>(), outcome(), 0..4i64), 0..12),
    ) {
        let mut meetings: Vec<Meeting> = (0..4).map(|i| meeting(&format!("m{i}"), "ana", i * 10, &[])).collect();
        let mut yes = 0;
        let mut expected = FollowThrough::default();
        let count = |outcome: Option<Outcome>, counts: &mut FollowThrough| match outcome {
            Some(Outcome::Kept) => counts.kept += 1,
            Some(Outcome::Broken) => counts.broken += 1,
            Some(Outcome::Dropped) => counts.dropped += 1,
            None => counts.open += 1,
        };
        for (n, (answer, ending, at)) in asks.iter().enumerate() {
            meetings[*at].debrief_mut().asks.push(Ask { id: format!("a{n}"), text: format!("ask {n}"), answer: *answer, outcome: *ending });
            if *answer == Some(Answer::Yes) {
                yes += 1;
                count(*ending, &mut expected);
            }
        }
        let mut owned = 0;
        let all_steps: Vec<NextStep> = steps.iter().enumerate().map(|(n, (theirs, task, ending, at))| {
            let owner = if *theirs { Owner::Them } else { Owner::Me };
            let kind = if *task { StepKind::Task } else { StepKind::CheckIn };
            let mut s = step(&format!("s{n}"), "ana", owner, kind, *at);
            end_step(&mut s, *ending, 5);
            if *theirs && *task {
                owned += 1;
                count(*ending, &mut expected);
            }
            s
        }).collect();
        let all = commitments_of("ana", &meetings, &all_steps);
        prop_assert_eq!(all.len(), yes + owned);
        prop_assert!(all.windows(2).all(|w| w[0].made_at <= w[1].made_at));
        let counts = FollowThrough::of(&all);
        prop_assert_eq!(counts, expected);
        let summary = counts.summary();
        prop_assert_eq!(summary.is_none(), all.is_empty());
        if counts.ended() > 0 {
            let kept = format!("Kept {} of {} ", counts.kept, counts.ended());
            prop_assert!(summary.unwrap().starts_with(&kept));
        }
    }
}
