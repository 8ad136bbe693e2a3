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
