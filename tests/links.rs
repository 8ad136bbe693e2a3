//! The sms:, mailto: and tel: links that hand a request to the phone's own apps.

use one_on_one::domain::links::{encode_component, mailto, sms, tel};

#[test]
fn every_character_outside_the_unreserved_set_is_encoded_as_utf8() {
    assert_eq!(encode_component("a-b_c.d~e"), "a-b_c.d~e");
    assert_eq!(encode_component("a b&c=d?e#f"), "a%20b%26c%3Dd%3Fe%23f");
    assert_eq!(
        encode_component("Núñez 🌱"),
        "N%C3%BA%C3%B1ez%20%F0%9F%8C%B1"
    );
    assert_eq!(encode_component("line\nbreak"), "line%0Abreak");
    assert_eq!(encode_component("100% + more"), "100%25%20%2B%20more");
}

#[test]
fn a_text_message_link_keeps_only_dialable_characters_and_encodes_the_body() {
    assert_eq!(
        sms("+1 (555) 010-0100", "Coffee at 5? Yes & no"),
        "sms:+15550100100?&body=Coffee%20at%205%3F%20Yes%20%26%20no"
    );
    assert_eq!(
        sms("", "Hi"),
        "sms:?&body=Hi",
        "no number: the phone asks whom"
    );
}

#[test]
fn an_email_link_keeps_the_address_readable_and_encodes_subject_and_body() {
    assert_eq!(
        mailto(" ana@example.org ", "Coffee?", "Hi Ana,\nare you free?"),
        "mailto:ana@example.org?subject=Coffee%3F&body=Hi%20Ana%2C%0Aare%20you%20free%3F"
    );
    assert_eq!(
        mailto("x&cc=evil@example.org", "s", "b"),
        "mailto:x%26cc%3Devil@example.org?subject=s&body=b",
        "an address cannot smuggle in other fields"
    );
}

#[test]
fn a_call_link_dials_the_number() {
    assert_eq!(tel("+44 20 7946 0958"), "tel:+442079460958");
}
