//! Writes the benchmark's dataset as a backup file: `bench_dataset SCALE NOW_MS > file.json`.
//! Scale 1 is 1,000 people, 3,000 meetings with notes and 5,000 next steps; one person,
//! "Fifty Meetings", has 50 of the meetings. The same arguments give the same file.

use std::collections::BTreeMap;

use one_on_one::domain::backup::Backup;
use one_on_one::domain::debrief::{Answer, Ask, Debrief};
use one_on_one::domain::live::Asked;
use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::person::Person;
use one_on_one::domain::person_link::{PersonLink, LINK_WORDS};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::self_check::SelfCheck;
use serde_json::Value;

const DAY: i64 = 86_400_000;
pub const FIFTY_ID: &str = "bench-fifty";

const FIRST: &[&str] = &[
    "Ana", "Ben", "Carmen", "Dolores", "Eli", "Fatima", "Grace", "Hiro", "Ines", "José", "Kwame",
    "Lena", "Marisol", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tomás", "Uma", "Víctor",
];
const LAST: &[&str] = &[
    "Núñez", "Okafor", "Rivera", "Chen", "Müller", "Haddad", "Kowalski", "Singh", "García",
    "O'Brien", "Nguyen", "Mensah", "Ito", "Larsen", "Petrov", "Silva",
];
const WORDS: &[&str] = &[
    "rent",
    "bus",
    "route",
    "childcare",
    "nurse",
    "teacher",
    "union",
    "local",
    "strike",
    "housing",
    "landlord",
    "repairs",
    "church",
    "school",
    "parents",
    "wages",
    "shift",
    "clinic",
    "library",
    "transit",
    "council",
    "hearing",
    "petition",
    "daughter",
    "son",
    "neighbours",
    "worried",
    "angry",
    "hopeful",
    "organize",
    "committee",
    "vote",
    "leader",
    "story",
    "family",
    "the",
    "and",
    "about",
    "her",
    "his",
    "their",
    "with",
    "for",
    "night",
    "mother",
    "father",
    "garden",
    "mosque",
    "temple",
    "block",
    "building",
    "eviction",
    "heat",
    "water",
    "safety",
];
const ORGS: &[&str] = &[
    "Local 12",
    "Tenants United",
    "St. Mary's",
    "Parents for Schools",
    "Riders Alliance",
];
const TAGS: &[&str] = &[
    "transit",
    "healthcare",
    "housing",
    "education",
    "faith",
    "youth",
];

/// A small deterministic generator, so the same scale gives the same data.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    /// `n` words of organizing talk, with a rare word now and then (w1234), as notes have.
    fn text(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| match self.below(10) {
                0 => format!("w{}", self.below(20_000)),
                _ => self.pick(WORDS).to_owned(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn json<T: serde::Serialize>(records: &[T]) -> Vec<Value> {
    records
        .iter()
        .map(|r| serde_json::to_value(r).expect("serializable"))
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let scale: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let now: i64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_795_000_000_000);
    let mut rng = Lcg(scale as u64);
    let profile = Profile::new(now);

    let people_count = 1_000 * scale;
    let mut people: Vec<Person> = (0..people_count)
        .map(|n| {
            let name = format!("{} {} {n}", rng.pick(FIRST), rng.pick(LAST));
            let mut person = Person::new(format!("p{n}"), name, now - 400 * DAY);
            person.phone = format!("+1 555 {:03} {:04}", n % 1_000, n % 10_000);
            person.email = format!("person{n}@example.org");
            person.organizations = vec![rng.pick(ORGS).to_owned()];
            person.tags = vec![rng.pick(TAGS).to_owned()];
            person.skills = vec![rng.pick(WORDS).to_owned()];
            person.how_we_met = rng.text(8);
            person.notes = rng.text(30);
            person.engagement = Some(1 + rng.below(5) as u8);
            person.referred_by = (n > 0 && rng.below(4) == 0).then(|| format!("p{}", rng.below(n)));
            person
        })
        .collect();
    people[0].meta.id = FIFTY_ID.to_owned();
    people[0].name = "Fifty Meetings".to_owned();

    let meetings: Vec<Meeting> = (0..3_000 * scale)
        .map(|n| {
            let person = if n < 50 {
                FIFTY_ID.to_owned()
            } else {
                people[rng.below(people_count)].meta.id.clone()
            };
            let mut meeting = Meeting::new(format!("m{n}"), person, &profile, now - 300 * DAY);
            meeting.purpose = rng.text(6);
            meeting.hoped_outcomes = rng.text(10);
            meeting.venue = meeting
                .venue
                .with_detail(format!("Café {}", rng.pick(LAST)));
            if rng.below(10) < 2 {
                meeting.starts_at = Some(now + (1 + rng.below(30) as i64) * DAY);
                meeting.status = MeetingStatus::Confirmed;
                return meeting;
            }
            let start = now - (1 + rng.below(365) as i64) * DAY;
            meeting.starts_at = Some(start);
            meeting.status = MeetingStatus::Held;
            meeting.live.started_at = Some(start);
            meeting.live.ended_at = Some(start + 45 * 60_000);
            meeting.live.sparks = rng.text(15);
            meeting.live.asked = (0..3)
                .map(|prompt| Asked {
                    section: 0,
                    prompt,
                    at_ms: start,
                    note: rng.text(15),
                })
                .collect();
            meeting.debrief = Some(Debrief {
                sparks: meeting.live.sparks.clone(),
                story: rng.text(40),
                asks: vec![Ask {
                    id: String::new(),
                    text: rng.text(6),
                    answer: Some(Answer::ALL[rng.below(4)]),
                    outcome: None,
                }],
                referral_ids: Vec::new(),
                remember: rng.text(12),
                engagement: Some(1 + rng.below(5) as u8),
                self_check: SelfCheck {
                    listened: Some(rng.below(3) > 0),
                    ..SelfCheck::default()
                },
            });
            meeting
        })
        .collect();

    let steps: Vec<NextStep> = (0..5_000 * scale)
        .map(|n| {
            let meeting = &meetings[rng.below(meetings.len())];
            NextStep {
                meta: Meta::new(format!("s{n}"), now - 200 * DAY),
                person_id: meeting.person_id.clone(),
                meeting_id: Some(meeting.meta.id.clone()),
                text: rng.text(6),
                owner: if rng.below(2) == 0 {
                    Owner::Me
                } else {
                    Owner::Them
                },
                kind: if rng.below(5) == 0 {
                    StepKind::CheckIn
                } else {
                    StepKind::Task
                },
                due_at: Some(now + (rng.below(90) as i64 - 30) * DAY),
                done_at: (rng.below(10) < 6).then_some(now - DAY),
                outcome: None,
                sensitive: Vec::new(),
                organizer: None,
            }
        })
        .collect();

    // Links added by hand, for the map: about one person in six linked to another. Drawn from a
    // generator of their own, so the records above stay as they were.
    let mut links = Lcg(1_000 + scale as u64);
    let count = people.len();
    for (n, person) in people.iter_mut().enumerate() {
        if links.below(6) == 0 {
            let to = links.below(count);
            if to != n {
                person.links.push(PersonLink {
                    id: format!("l{n}"),
                    to: format!("p{to}"),
                    word: LINK_WORDS[links.below(LINK_WORDS.len())].to_owned(),
                });
            }
        }
    }

    let stores = BTreeMap::from([
        ("people".to_owned(), json(&people)),
        ("meetings".to_owned(), json(&meetings)),
        ("next_steps".to_owned(), json(&steps)),
    ]);
    let backup = Backup::new(now, env!("CARGO_PKG_VERSION"), stores, vec![]);
    println!("{}", serde_json::to_string(&backup).expect("serializable"));
}
