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
