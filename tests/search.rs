//! Native tests of search: folding and prefixes, ranking, filters, snippets, and an index kept
//! up to date record by record that answers exactly as one built afresh.

use one_on_one::domain::debrief::{Ask, Debrief};
use one_on_one::domain::live::Asked;
use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::person::{Person, Stage};
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::search::{query_words, words, Entry, Filters, Kind, SearchIndex};

const DAY: i64 = 86_400_000;

fn person(id: &str, name: &str, at: i64) -> Person {
    Person::new(id, name, at)
}

fn meeting(id: &str, person: &str, purpose: &str, starts_at: i64) -> Meeting {
    let mut meeting = Meeting::new(id, person, &Profile::new(0), 0);
    meeting.purpose = purpose.into();
    meeting.starts_at = Some(starts_at);
    meeting
}

fn step(id: &str, person: &str, text: &str, due_at: i64) -> NextStep {
    NextStep {
        meta: Meta::new(id, 0),
        person_id: person.into(),
        meeting_id: None,
        text: text.into(),
        owner: Owner::Them,
        kind: StepKind::Task,
        due_at: Some(due_at),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

/// The ids found for `query`, by kind, in rank order.
fn found(index: &SearchIndex, query: &str, filters: &Filters) -> Vec<(Kind, String)> {
    index
        .search(query, filters, 100)
        .groups
        .into_iter()
        .flat_map(|g| g.hits)
        .map(|h| (h.kind, h.id))
        .collect()
}

fn ids(index: &SearchIndex, query: &str) -> Vec<String> {
    found(index, query, &Filters::default())
        .into_iter()
        .map(|(_, id)| id)
        .collect()
}

/// Dolores (a nurse, Local 12), her meeting about the bus route, and her commitment.
fn sample() -> SearchIndex {
    let mut index = SearchIndex::new();
    let mut dolores = person("dolores", "Dolores Núñez", 0);
    dolores.skills = vec!["nurse".into()];
    dolores.organizations = vec!["Local 12".into()];
    dolores.tags = vec!["Healthcare".into()];
    dolores.phone = "(555) 010-2030".into();
    dolores.notes = "Worried about childcare on the night shift.".into();
    dolores.engagement = Some(3);
    index.upsert(Entry::of_person(&dolores));
    let mut bus = meeting("bus", "dolores", "The 14 bus route cuts", 10 * DAY);
    bus.status = MeetingStatus::Held;
    bus.live.sparks = "Angry that the route was cut without a hearing".into();
    index.upsert(Entry::of_meeting(&bus));
    index.upsert(Entry::of_step(
        &step("flyers", "dolores", "Bring flyers to the depot", 12 * DAY),
        None,
    ));
    index.upsert(Entry::of_person(&person("sam", "Sam Okafor", 0)));
    index
}

#[test]
fn words_are_folded_and_keep_their_place_in_the_text() {
    let text = "Núñez, RN — Local 12";
    let found: Vec<(&str, String)> = words(text).map(|(r, w)| (&text[r], w)).collect();
    assert_eq!(
        found,
        vec![
            ("Núñez", "nunez".to_owned()),
            ("RN", "rn".to_owned()),
            ("Local", "local".to_owned()),
            ("12", "12".to_owned()),
        ]
    );
    assert_eq!(query_words("  Bus bus  ROUTE "), vec!["route", "bus"]);
    assert!(query_words(" ,.; ").is_empty());
}

#[test]
fn case_and_accents_do_not_matter() {
    let index = sample();
    for query in ["nunez", "NÚÑEZ", "Nuñez"] {
        assert_eq!(
            ids(&index, query),
            vec!["dolores", "bus", "flyers"],
            "{query}: the person, then her meeting and follow-up"
        );
    }
}

#[test]
fn names_in_any_script_are_found_as_typed_without_accents_and_marked_as_written() {
    let mut index = SearchIndex::new();
    // The second name as some keyboards send it: letters, then their accents.
    let people = [
        ("anh", "Nguyễn Thị Ánh"),
        ("tran", "Tra\u{0300}n \u{0110}u\u{031b}\u{0301}c"),
        ("stefan", "Ștefan Țurcanu"),
        ("lukasz", "Łukasz Wróbel"),
        ("ilkay", "İlkay Işık"),
        ("eleni", "Ελένη Παπαδοπούλου"),
    ];
    for (id, name) in people {
        index.upsert(Entry::of_person(&person(id, name, 0)));
    }
    for (query, id) in [
        ("nguyen", "anh"),
        ("NGUYỄN thi", "anh"),
        ("tran duc", "tran"),
        ("Trần Đức", "tran"),
        ("stefan", "stefan"),
        ("Şt", "stefan"),
        ("lukasz", "lukasz"),
        ("ilkay isik", "ilkay"),
        ("ILKAY", "ilkay"),
        ("ελενη", "eleni"),
    ] {
        assert_eq!(ids(&index, query), vec![id], "{query}");
    }
    let text = people[1].1;
    let found: Vec<&str> = words(text).map(|(range, _)| &text[range]).collect();
    assert_eq!(
        found,
        ["Tra\u{0300}n", "\u{0110}u\u{031b}\u{0301}c"],
        "a decomposed word is one word, so it is marked whole"
    );
}

#[test]
fn a_word_finds_the_words_it_starts() {
    let index = sample();
    assert_eq!(ids(&index, "child"), vec!["dolores"]);
    assert!(ids(&index, "care").is_empty(), "only word starts match");
    assert_eq!(ids(&index, "flyer"), vec!["flyers"]);
    assert_eq!(
        ids(&index, "5550102030"),
        vec!["dolores"],
        "a phone number as digits"
    );
    assert_eq!(
        ids(&index, "010"),
        vec!["dolores"],
        "part of a phone number"
    );
}

#[test]
fn several_words_narrow_and_a_persons_labels_carry_to_their_meetings() {
    let index = sample();
    assert_eq!(
        found(&index, "nurse bus", &Filters::default()),
        vec![(Kind::Meeting, "bus".into())],
        "the nurse's meeting about the bus"
    );
    assert_eq!(ids(&index, "local 12 depot"), vec!["flyers"]);
    assert!(ids(&index, "sam bus").is_empty());
    assert!(
        !ids(&index, "childcare").contains(&"bus".to_owned()),
        "words deep in a person's notes do not spread to their meetings"
    );
}

#[test]
fn a_name_match_ranks_before_a_word_deep_in_a_note() {
    let mut index = SearchIndex::new();
    let mut noted = person("noted", "Pat Lee", 0);
    noted.notes = "Knows Rivera from church, talked about the rent strike".into();
    noted.last_contact_at = Some(100 * DAY);
    index.upsert(Entry::of_person(&noted));
    index.upsert(Entry::of_person(&person("rivera", "Carmen Rivera", 0)));
    let mut tagged = person("tagged", "Tom Ito", 0);
    tagged.organizations = vec!["Rivera Tenants Union".into()];
    index.upsert(Entry::of_person(&tagged));
    assert_eq!(ids(&index, "rivera"), vec!["rivera", "tagged", "noted"]);
}

#[test]
fn among_equal_matches_the_recent_come_first() {
    let mut index = SearchIndex::new();
    for (id, at) in [("old", DAY), ("new", 30 * DAY), ("mid", 10 * DAY)] {
        index.upsert(Entry::of_meeting(&meeting(id, "p", "Childcare costs", at)));
    }
    assert_eq!(ids(&index, "childcare"), vec!["new", "mid", "old"]);
}

#[test]
fn a_whole_word_ranks_before_a_longer_word_it_starts() {
    let mut index = SearchIndex::new();
    index.upsert(Entry::of_meeting(&meeting(
        "long",
        "p",
        "Busy drivers",
        2 * DAY,
    )));
    index.upsert(Entry::of_meeting(&meeting("exact", "p", "The bus", DAY)));
    assert_eq!(ids(&index, "bus"), vec!["exact", "long"]);
}

#[test]
fn results_are_grouped_and_counted_beyond_the_limit() {
    let mut index = SearchIndex::new();
    for n in 0..30 {
        index.upsert(Entry::of_meeting(&meeting(
            &format!("m{n:02}"),
            "p",
            "Housing",
            n * DAY,
        )));
    }
    index.upsert(Entry::of_person(&person("h", "Housing Committee", 0)));
    let results = index.search("housing", &Filters::default(), 5);
    assert_eq!(results.total(), 31);
    let meetings = results.group(Kind::Meeting).expect("meetings");
    assert_eq!(meetings.total, 30);
    let shown: Vec<&str> = meetings.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(shown, vec!["m29", "m28", "m27", "m26", "m25"]);
    assert_eq!(results.groups[0].kind, Kind::Person, "people come first");
}

#[test]
fn every_kind_of_note_is_searched() {
    let mut index = SearchIndex::new();
    let mut met = meeting("m", "p", "Purpose words", DAY);
    met.hoped_outcomes = "outcomeword".into();
    met.venue = met.venue.with_detail("Café Rojo".into());
    met.live.asked.push(Asked {
        section: 0,
        prompt: 0,
        at_ms: 0,
        note: "promptnote".into(),
    });
    // Before the debrief, the live capture is searched; once debriefed, what the debrief kept.
    index.upsert(Entry::of_meeting(&met));
    assert_eq!(ids(&index, "promptnote"), vec!["m"]);
    met.debrief = Some(Debrief {
        sparks: "sparkword".into(),
        story: "storyword".into(),
        asks: vec![Ask {
            id: String::new(),
            text: "askword".into(),
            answer: None,
            outcome: None,
        }],
        referral_ids: vec![],
        remember: "rememberword".into(),
        engagement: None,
        self_check: Default::default(),
    });
    index.upsert(Entry::of_meeting(&met));
    for word in [
        "purpose",
        "outcomeword",
        "rojo",
        "cafe",
        "sparkword",
        "storyword",
        "askword",
        "rememberword",
    ] {
        assert_eq!(ids(&index, word), vec!["m"], "{word}");
    }
    assert!(
        ids(&index, "promptnote").is_empty(),
        "the story left it out"
    );
    let mut everything = person("p", "Name", 0);
    everything.email = "ana@example.org".into();
    everything.other_contact = "@ana_signal".into();
    everything.how_we_met = "metword".into();
    index.upsert(Entry::of_person(&everything));
    for word in ["example", "ana", "signal", "metword"] {
        assert!(ids(&index, word).contains(&"p".to_owned()), "{word}");
    }
}

#[test]
fn filters_narrow_by_tag_stage_dates_and_open_follow_ups() {
    let mut index = sample();
    let mut done = step("done", "dolores", "Call the depot", 11 * DAY);
    done.done_at = Some(11 * DAY);
    index.upsert(Entry::of_step(&done, None));
    let tag = Filters {
        tag: Some("healthcare".into()),
        ..Filters::default()
    };
    assert_eq!(
        found(&index, "", &tag).len(),
        4,
        "Dolores, her meeting and two steps"
    );
    assert!(found(&index, "sam", &tag).is_empty());
    let active = Filters {
        stage: Some(Stage::Active),
        ..Filters::default()
    };
    assert_eq!(ids(&index, "depot"), vec!["flyers", "done"]);
    assert_eq!(found(&index, "depot", &active).len(), 2);
    let not_met = Filters {
        stage: Some(Stage::NotYetMet),
        ..Filters::default()
    };
    assert_eq!(ids_with(&index, "", &not_met), vec!["sam"]);
    let range = Filters {
        from: Some(10 * DAY),
        until: Some(12 * DAY),
        ..Filters::default()
    };
    assert_eq!(ids_with(&index, "", &range), vec!["bus", "done"]);
    let open = Filters {
        open_only: true,
        ..Filters::default()
    };
    assert_eq!(ids_with(&index, "depot", &open), vec!["flyers"]);
    assert_eq!(index.tags(), vec!["Healthcare"]);
}

fn ids_with(index: &SearchIndex, query: &str, filters: &Filters) -> Vec<String> {
    found(index, query, filters)
        .into_iter()
        .map(|(_, id)| id)
        .collect()
}

#[test]
fn nothing_is_found_for_nothing() {
    let index = sample();
    assert_eq!(index.search("", &Filters::default(), 10).total(), 0);
    assert_eq!(index.search(" — ", &Filters::default(), 10).total(), 0);
    assert_eq!(index.search("zzz", &Filters::default(), 10).total(), 0);
}

#[test]
fn a_snippet_shows_the_matching_words_in_context() {
    let mut index = SearchIndex::new();
    let mut p = person("p", "Pat", 0);
    p.notes = format!(
        "{} Her kids go to the Childcare co-op on Main, and childcare costs are rising. {}",
        "word ".repeat(30),
        "tail ".repeat(40)
    );
    index.upsert(Entry::of_person(&p));
    let hit = &index.search("child", &Filters::default(), 1).groups[0].hits[0];
    let snippet = hit.snippet.as_ref().expect("a snippet");
    assert_eq!(snippet.label, "Notes");
    let marked: Vec<&str> = snippet
        .parts
        .iter()
        .filter(|p| p.matched)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(
        marked,
        vec!["Childcare", "childcare"],
        "as written, not folded"
    );
    let text = snippet.text();
    assert!(text.starts_with("…word "), "{text}");
    assert!(text.ends_with("tail…"), "{text}");
    assert!(text.chars().count() < 140, "{text}");
}

#[test]
fn a_snippet_never_splits_a_character_or_a_line() {
    let mut index = SearchIndex::new();
    let mut p = person("p", "Pat", 0);
    p.notes = format!(
        "{}\nNúñez ☕ met at the café\n{}",
        "ñ☕é".repeat(40),
        "🥐".repeat(80)
    );
    index.upsert(Entry::of_person(&p));
    let hit = &index.search("cafe", &Filters::default(), 1).groups[0].hits[0];
    let text = hit.snippet.as_ref().expect("a snippet").text();
    assert!(!text.contains('\n'), "{text}");
    assert!(text.contains("café"), "{text}");
}

#[test]
fn the_heaviest_matching_field_gives_the_snippet() {
    let index = sample();
    let hit = &index.search("nurse", &Filters::default(), 5).groups[0].hits[0];
    assert_eq!(hit.snippet.as_ref().expect("snippet").label, "Skills");
    let via_person = index.search("dolores bus", &Filters::default(), 5);
    let meeting = &via_person.group(Kind::Meeting).expect("meeting").hits[0];
    assert_eq!(meeting.snippet.as_ref().expect("snippet").label, "Purpose");
}

#[test]
fn a_task_given_to_a_teammate_is_labelled_theirs_not_yours() {
    let mut task = step("leaflets", "dolores", "Drop leaflets at the depot", DAY);
    task.owner = Owner::Me;
    task.organizer = Some("ben".into());
    let label = |me: Option<&str>| {
        let mut index = SearchIndex::new();
        index.upsert(Entry::of_step(&task, me));
        let found = index.search("leaflets", &Filters::default(), 5);
        found.groups[0].hits[0]
            .snippet
            .as_ref()
            .expect("snippet")
            .label
    };
    assert_eq!(label(Some("ana")), "A teammate's task");
    assert_eq!(label(Some("ben")), "Your task");
    assert_eq!(
        label(None),
        "Your task",
        "off a team every step is the phone's own"
    );
}

#[test]
fn an_edit_replaces_the_old_words_and_forgets_the_unused() {
    let mut index = sample();
    let words_before = index.word_count();
    let mut bus = meeting("bus", "dolores", "Rent strike planning", 10 * DAY);
    bus.meta.updated_at = 5;
    index.upsert(Entry::of_meeting(&bus));
    assert!(!ids(&index, "route").contains(&"bus".to_owned()));
    assert_eq!(ids(&index, "strike"), vec!["bus"]);
    assert_eq!(index.len(), 4);
    index.remove(Kind::Meeting, "bus");
    assert!(ids(&index, "strike").is_empty());
    assert!(
        index.word_count() < words_before,
        "words of the removed meeting are dropped"
    );
    index.remove(Kind::Meeting, "bus");
    assert_eq!(index.len(), 3);
}

#[test]
fn an_older_read_does_not_overwrite_a_newer_edit() {
    let mut index = SearchIndex::new();
    let mut newer = meeting("m", "p", "Newer purpose", DAY);
    newer.meta.updated_at = 20;
    index.upsert(Entry::of_meeting(&newer));
    let mut older = meeting("m", "p", "Older purpose", DAY);
    older.meta.updated_at = 10;
    index.upsert_if_newer(Entry::of_meeting(&older));
    assert_eq!(ids(&index, "newer"), vec!["m"]);
    assert!(ids(&index, "older").is_empty());
}

#[test]
fn replacing_a_kind_drops_what_is_gone() {
    let mut index = sample();
    index.replace_kind(
        Kind::FollowUp,
        vec![Entry::of_step(
            &step("new", "dolores", "Call back", DAY),
            None,
        )],
    );
    assert!(ids(&index, "flyers").is_empty());
    assert_eq!(ids(&index, "call"), vec!["new"]);
    assert_eq!(ids(&index, "bus"), vec!["bus"], "other kinds untouched");
}

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

const VOCABULARY: [&str; 12] = [
    "bus",
    "busy",
    "route",
    "childcare",
    "child",
    "Núñez",
    "nunez",
    "rent",
    "strike",
    "Local",
    "12",
    "café",
];

#[test]
fn an_index_kept_up_to_date_answers_like_one_built_afresh() {
    let mut rng = Lcg(7);
    let mut incremental = SearchIndex::new();
    let mut current: std::collections::BTreeMap<(u8, String), Entry> = Default::default();
    for round in 0..2_000 {
        let kind = rng.next(3);
        let id = format!("r{}", rng.next(25));
        let text: Vec<&str> = (0..rng.next(6))
            .map(|_| VOCABULARY[rng.next(VOCABULARY.len())])
            .collect();
        let text = text.join(" ");
        let person_id = format!("r{}", rng.next(25));
        let entry = match kind {
            0 => {
                let mut p = person(&id, &text, round);
                p.tags = vec![VOCABULARY[rng.next(3)].into()];
                Entry::of_person(&p)
            }
            1 => Entry::of_meeting(&meeting(&id, &person_id, &text, round)),
            _ => Entry::of_step(&step(&id, &person_id, &text, round), None),
        };
        if rng.next(5) == 0 {
            incremental.remove(entry.kind, &entry.id);
            current.remove(&(kind as u8, id));
        } else {
            current.insert((kind as u8, id), entry.clone());
            incremental.upsert(entry);
        }
    }
    let mut fresh = SearchIndex::new();
    for entry in current.values() {
        fresh.upsert(entry.clone());
    }
    assert_eq!(incremental.len(), fresh.len());
    assert_eq!(incremental.word_count(), fresh.word_count());
    let queries = [
        "bus",
        "b",
        "nunez",
        "child rent",
        "12 local",
        "caf",
        "strike bus route",
        "r",
    ];
    let mut answered = 0;
    for query in queries {
        for filters in [
            Filters::default(),
            Filters {
                tag: Some("bus".into()),
                ..Filters::default()
            },
        ] {
            let by_id = |index: &SearchIndex| {
                let mut all: Vec<(Kind, String, u32)> = index
                    .search(query, &filters, 1_000)
                    .groups
                    .into_iter()
                    .flat_map(|g| g.hits)
                    .map(|h| (h.kind, h.id, h.score))
                    .collect();
                all.sort();
                all
            };
            let expected = by_id(&fresh);
            answered += usize::from(!expected.is_empty());
            assert_eq!(by_id(&incremental), expected, "{query} {filters:?}");
        }
    }
    assert!(answered >= 10, "the queries find something: {answered}");
}

#[test]
fn the_few_shown_are_the_first_of_all_in_the_same_order() {
    let mut rng = Lcg(11);
    let mut index = SearchIndex::new();
    for n in 0..400 {
        let text: Vec<&str> = (0..1 + rng.next(5))
            .map(|_| VOCABULARY[rng.next(VOCABULARY.len())])
            .collect();
        // Few distinct dates, so ties in points and date are common.
        let when = rng.next(4) as i64 * DAY;
        let person_id = format!("p{}", rng.next(40));
        let entry = match n % 3 {
            0 => Entry::of_person(&person(&format!("p{}", n / 3), &text.join(" "), when)),
            1 => Entry::of_meeting(&meeting(
                &format!("m{n}"),
                &person_id,
                &text.join(" "),
                when,
            )),
            _ => Entry::of_step(
                &step(&format!("s{n}"), &person_id, &text.join(" "), when),
                None,
            ),
        };
        index.upsert(entry);
    }
    for query in ["b", "bus", "r", "child rent", "local"] {
        let all = index.search(query, &Filters::default(), 10_000);
        let few = index.search(query, &Filters::default(), 7);
        assert!(all.total() > 20, "{query} finds many: {}", all.total());
        assert_eq!(few.total(), all.total(), "{query}");
        for (few, all) in few.groups.iter().zip(&all.groups) {
            assert_eq!(few.kind, all.kind);
            let first: Vec<_> = all.hits.iter().take(7).collect();
            assert_eq!(few.hits.iter().collect::<Vec<_>>(), first, "{query}");
            let ranks: Vec<_> = all.hits.iter().map(|h| (h.score, h.when)).collect();
            let mut sorted = ranks.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            assert_eq!(ranks, sorted, "{query}: more points first, then the newer");
        }
    }
}
