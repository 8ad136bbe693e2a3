//! People as vCards: each card reads back (by the vCard parser) with the name, phone, email
//! and organization written, whatever the characters, and carries nothing else of them.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::contact_card::export::{split_name, vcards};
use one_on_one::domain::person::Person;
use vcard::tree::cst::VcardCst;
use vcard::value::VcardValue;

fn ana() -> Person {
    let mut ana = Person::new("0b7c", "Ana María Núñez", 0);
    ana.phone = "+1 (555) 010-0100".into();
    ana.email = "ana@example.org".into();
    ana.organizations = vec![" ".into(), "Tenants union; Local 12, East".into()];
    ana.notes = "Afraid of the raids".into();
    ana.tags = vec!["undocumented".into()];
    ana
}

#[test]
fn a_card_says_who_and_how_to_reach_them_and_nothing_else() {
    let file = vcards([&ana()]);
    assert!(file.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{file}");
    assert!(file.ends_with("END:VCARD\r\n"), "{file}");
    for line in [
        "FN:Ana María Núñez\r\n",
        "N:Núñez;Ana María;;;\r\n",
        "UID:urn:uuid:0b7c\r\n",
        "TEL;TYPE=CELL:+1 (555) 010-0100\r\n",
        "EMAIL;TYPE=INTERNET:ana@example.org\r\n",
        "ORG:Tenants union\\; Local 12\\, East\r\n",
    ] {
        assert!(file.contains(line), "{line:?} in {file}");
    }
    for secret in ["raids", "undocumented", "NOTE", "CATEGORIES"] {
        assert!(!file.contains(secret), "{secret} in {file}");
    }
}

#[test]
fn many_cards_read_back_one_per_person() {
    let mut bo = Person::new("b1", "李小龙", 0);
    bo.phone = "555".into();
    let odd = Person::new("c1", "Zoë \"Z\" O'Brien-Ní Dhuibhir: the 2nd,\nof Cork", 0);
    let file = vcards([&ana(), &bo, &odd]);
    let parsed: Vec<VcardCst> = VcardCst::parse_many(&file).map(Result::unwrap).collect();
    assert_eq!(parsed.len(), 3);
    let shown: Vec<String> = parsed
        .iter()
        .map(|cst| {
            cst.decode()
                .properties
                .iter()
                .find(|p| p.name.to_string().eq_ignore_ascii_case("FN"))
                .and_then(|p| match &p.value {
                    VcardValue::Text(text) => Some(text.0.to_string()),
                    _ => None,
                })
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(shown[1], "李小龙");
    assert!(file.contains("N:;李小龙;;;\r\n"), "{file}");
    assert_eq!(shown[2], "Zoë \"Z\" O'Brien-Ní Dhuibhir: the 2nd,\nof Cork");
}

#[test]
fn the_last_word_is_the_family_name() {
    assert_eq!(split_name("Ana María Núñez"), ("Núñez", "Ana María"));
    assert_eq!(split_name("Ana"), ("", "Ana"));
    assert_eq!(split_name(""), ("", ""));
}
