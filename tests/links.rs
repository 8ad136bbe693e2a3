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
    assert_eq!(tel("(555) 010-0100"), "tel:5550100100");
}

#[test]
fn codes_and_extensions_reach_the_dialler_as_rfc_3966_writes_them() {
    // `#` would end the link (a fragment) and the dialler would never see it.
    assert_eq!(tel("*67#"), "tel:*67%23");
    assert_eq!(tel("+1 555 010 0100 ext. 12"), "tel:+15550100100;ext=12");
    assert_eq!(tel("555-0100 x 7"), "tel:5550100;ext=7");
    assert_eq!(tel("555-0100 EXT:301"), "tel:5550100;ext=301");
    assert_eq!(
        tel("+1 (555) 010-0100 x"),
        "tel:+15550100100",
        "no digits after: no extension"
    );
    assert_eq!(tel("0800 + 1"), "tel:08001", "a plus only leads");
    // A text goes to the number, never to an extension.
    assert_eq!(sms("555-0100 ext 12", "Hi"), "sms:5550100?&body=Hi");
    assert_eq!(sms("#123#", ""), "sms:%23123%23?&body=");
}

#[test]
fn any_typed_phone_gives_a_link_with_nothing_that_breaks_it() {
    // Generated hostile input: whatever is typed, the link holds only what RFC 3966 allows.
    let pieces = [
        "+", "#", "*", " ", "(", ")", "-", ".", "ext", "x", "?", "&", "/", "Ω", "9", "0", ";", "=",
        "%",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2_000 {
        let mut phone = String::new();
        for _ in 0..(seed % 12) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            phone.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let link = tel(&phone);
        let dialled = link.strip_prefix("tel:").expect("a tel: link");
        let (number, extension) = dialled.split_once(";ext=").unwrap_or((dialled, ""));
        let number = number.replace("%23", "");
        assert!(
            number
                .chars()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || c == '*' || (c == '+' && i == 0)),
            "{phone:?} gave {link}"
        );
        assert!(
            extension.bytes().all(|b| b.is_ascii_digit()),
            "{phone:?} gave {link}"
        );
    }
}
