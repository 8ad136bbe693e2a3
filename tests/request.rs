//! Native tests of request messages: placeholders, missing values, odd characters.

use one_on_one::domain::request::{render, spoken_length, Values, DEFAULT_REQUEST};

fn values() -> Values {
    Values {
        your_name: "Sam".into(),
        organization: "Local 12".into(),
        campaign: "Fair fares".into(),
        their_name: "Dolores".into(),
        purpose: "the bus cuts".into(),
        length: "30 minutes".into(),
        place: "the café on 5th".into(),
    }
}

#[test]
fn fills_every_placeholder() {
    let rendered = render(DEFAULT_REQUEST, &values());
    assert!(rendered
        .text
        .starts_with("Hi Dolores, this is Sam from Local 12."));
    assert!(rendered.text.contains("meet for 30 minutes"));
    assert!(rendered
        .text
        .contains("Would the café on 5th work for you?"));
    assert!(rendered.missing.is_empty() && rendered.unknown.is_empty());
}

#[test]
fn missing_values_show_as_visible_gaps_and_are_reported_once() {
    let mut v = values();
    v.their_name = "   ".into();
    v.place.clear();
    let rendered = render("Hi {their_name}! {place}? Bye {their_name}", &v);
    assert_eq!(rendered.text, "Hi [their name]! [place]? Bye [their name]");
    assert_eq!(rendered.missing, ["their_name", "place"]);
}

#[test]
fn odd_characters_pass_through_untouched() {
    let mut v = values();
    v.their_name = "<script>alert('x')</script> Zoë 🌱 \"Q\"".into();
    let rendered = render("{their_name}", &v);
    assert_eq!(rendered.text, "<script>alert('x')</script> Zoë 🌱 \"Q\"");
}

#[test]
fn braces_unknown_words_and_broken_templates_are_kept() {
    let rendered = render("{{literal}} {nickname} { your_name } {unclosed", &values());
    assert_eq!(rendered.text, "{literal} {nickname} Sam {unclosed");
    assert_eq!(rendered.unknown, ["nickname"]);
    assert_eq!(render("a } b", &values()).text, "a } b");
    assert_eq!(render("", &values()).text, "");
}

#[test]
fn lengths_read_as_people_say_them() {
    assert_eq!(spoken_length(30), "30 minutes");
    assert_eq!(spoken_length(60), "1 hour");
    assert_eq!(spoken_length(75), "1 hour 15 minutes");
    assert_eq!(spoken_length(120), "2 hours");
}

#[test]
fn a_meeting_fills_the_script_from_the_profile_and_its_plan() {
    use one_on_one::domain::meeting::{Meeting, Venue};
    use one_on_one::domain::profile::Profile;
    let mut profile = Profile::new(0);
    profile.name = "Sam".into();
    profile.organization = "Local 12".into();
    profile.default_length_minutes = 45;
    let mut meeting = Meeting::new("m", "p", &profile, 0);
    assert_eq!(meeting.planned_minutes, 45, "the default length applies");
    meeting.purpose = "the bus cuts".into();
    meeting.venue = Venue::InPerson("Café Rojo".into());
    let rendered = render(
        &profile.request_script,
        &meeting.script_values(&profile, "Dolores"),
    );
    assert_eq!(
        rendered.text,
        "Hi Dolores, this is Sam from Local 12. I'd love to meet for 45 minutes to get to know \
         you better and talk about the bus cuts. Would Café Rojo work for you? If plans change, \
         this is the best number to reach me."
    );
    meeting.venue = Venue::Phone("555".into());
    let by_phone = render(
        &profile.request_script,
        &meeting.script_values(&profile, "Dolores"),
    );
    assert!(by_phone.text.contains("Would a phone call work for you?"));
    meeting.venue = Venue::InPerson("  ".into());
    let nowhere = render(
        &profile.request_script,
        &meeting.script_values(&profile, "Dolores"),
    );
    assert_eq!(nowhere.missing, ["place"]);
}

#[test]
fn a_profile_saved_before_scripts_existed_reads_with_the_defaults() {
    use one_on_one::domain::profile::Profile;
    let old = r#"{"meta":{"id":"profile","created_at":1,"updated_at":2,"schema":1},"name":"Sam"}"#;
    let profile: Profile = serde_json::from_str(old).unwrap();
    assert_eq!(profile.name, "Sam");
    assert_eq!(profile.request_script, DEFAULT_REQUEST);
    assert_eq!(profile.default_length_minutes, 30);
    assert_eq!(profile.engagement_label(3), "3 · Involved");
}

#[test]
fn engagement_labels_are_renamable_and_a_blank_name_falls_back() {
    use one_on_one::domain::profile::Profile;
    let mut profile = Profile::new(0);
    profile.engagement_labels[0] = "Just met".into();
    profile.engagement_labels[4] = "   ".into();
    assert_eq!(profile.engagement_label(1), "1 · Just met");
    assert_eq!(profile.engagement_label(5), "5 · Leading");
    assert_eq!(
        profile.engagement_label(9),
        "5 · Leading",
        "out of range is clamped"
    );
}

/// The default request with `purpose` (and the introduction with it as the campaign).
fn with_purpose(purpose: &str) -> (String, String) {
    use one_on_one::domain::request::DEFAULT_INTRODUCTION;
    let mut v = values();
    v.purpose = purpose.into();
    v.campaign = purpose.into();
    (
        render(DEFAULT_REQUEST, &v).text,
        render(DEFAULT_INTRODUCTION, &v).text,
    )
}

#[test]
fn a_purpose_or_campaign_mid_sentence_reads_as_part_of_it() {
    for (typed, reads) in [
        ("Get to know her", "get to know her"),
        ("The bus cuts", "the bus cuts"),
        ("A fair contract", "a fair contract"),
        ("Get to know Dolores", "get to know Dolores"),
        ("Ésta campaña", "ésta campaña"),
        // A name or an acronym keeps its capital.
        ("SEIU's new contract", "SEIU's new contract"),
        ("ICE raids at the plant", "ICE raids at the plant"),
        ("Maria's eviction", "Maria's eviction"),
        ("Fair Fares", "Fair Fares"),
        ("McAllen's schools", "McAllen's schools"),
        ("Dolores and her neighbours", "Dolores and her neighbours"),
        ("Local 12 bargaining", "Local 12 bargaining"),
        ("I-35 expansion", "I-35 expansion"),
        // Its own full stop does not double the script's.
        ("the rent strike.", "the rent strike"),
    ] {
        let (request, introduction) = with_purpose(typed);
        assert!(
            request.contains(&format!("talk about {reads}. Would")),
            "{typed:?}: {request}"
        );
        assert!(
            introduction.contains(&format!("involved in {reads}. Would")),
            "{typed:?}: {introduction}"
        );
    }
}

#[test]
fn at_the_start_of_a_sentence_a_phrase_keeps_its_capital() {
    let mut v = values();
    v.purpose = "Get to know her".into();
    assert_eq!(
        render("{purpose}. Coffee?", &v).text,
        "Get to know her. Coffee?"
    );
    assert_eq!(
        render("Agenda:\n{purpose}", &v).text,
        "Agenda:\nget to know her"
    );
    assert_eq!(render("Why? {purpose}!", &v).text, "Why? Get to know her!");
    // Other values are names and keep theirs wherever they land.
    v.place = "Café Rojo".into();
    assert_eq!(render("at {place}", &v).text, "at Café Rojo");
}

#[test]
fn the_built_in_requests_read_cleanly_with_any_purpose() {
    // Generated purposes: odd spacing, trailing punctuation, capitals, empty ones.
    let words = [
        "get", "The", "ICE", "to", "know", "her", "Maria's", "rent", "strike", "é", "🌱",
    ];
    let ends = ["", ".", "!", "?", "  ", " .", "..."];
    let mut seed: u64 = 7;
    for _ in 0..500 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = (seed >> 60) as usize % 5;
        let mut purpose: Vec<&str> = (0..n)
            .map(|i| words[((seed >> (i * 8)) as usize) % words.len()])
            .collect();
        let end = ends[((seed >> 40) as usize) % ends.len()];
        purpose.push(end);
        let purpose = purpose.join(" ");
        let (request, introduction) = with_purpose(&purpose);
        for text in [&request, &introduction] {
            for stray in ["..", " .", "  ", "!.", "?.", " ,"] {
                assert!(!text.contains(stray), "{purpose:?} left {stray:?}: {text}");
            }
        }
    }
}
