//! People brought in from spreadsheets and contacts files: columns guessed from the headers of
//! the tools organizers use, rows refused with a reason, matched with people already here,
//! and a file brought in twice adds nobody the second time.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::people_import::columns::{guessed, Field};
use one_on_one::domain::people_import::encoding::text_of;
use one_on_one::domain::people_import::plan::{as_added, fill, MatchedBy, Outcome, Plan};
use one_on_one::domain::people_import::spreadsheet::{Sheet, SheetProblem};
use one_on_one::domain::people_import::{vcards, Candidate, Refusal, Row};
use one_on_one::domain::person::Person;

fn headers(line: &str) -> Vec<Field> {
    guessed(&line.split(',').map(str::to_owned).collect::<Vec<_>>())
}

fn candidates(csv: &str) -> Vec<Row> {
    let sheet = Sheet::read(csv.as_bytes()).unwrap();
    let mapping = guessed(&sheet.headers);
    (0..sheet.rows.len())
        .map(|i| sheet.row(i, &mapping))
        .collect()
}

fn candidate(row: &Row) -> &Candidate {
    row.read.as_ref().unwrap()
}

#[test]
fn headers_of_the_tools_organizers_export_from_are_recognised() {
    use Field::*;
    // Action Network's activist export.
    assert_eq!(
        headers("first_name,last_name,email,zip_code,can2_phone,can2_sms_status"),
        [FirstName, LastName, Email, Skip, Phone, Skip]
    );
    // Google Contacts.
    assert_eq!(
        headers("First Name,Last Name,Labels,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization Name,Notes"),
        [FirstName, LastName, Tags, Skip, Email, Skip, Phone, Organization, Notes]
    );
    // Outlook.
    assert_eq!(
        headers("First Name,Middle Name,Last Name,Company,E-mail Address,Mobile Phone,Home Phone,Categories,Notes"),
        [FirstName, Skip, LastName, Organization, Email, Phone, Phone, Tags, Notes]
    );
    // NationBuilder.
    assert_eq!(
        headers("nationbuilder_id,first_name,last_name,email,phone_number,mobile_number,employer,tag_list,email_opt_in"),
        [Skip, FirstName, LastName, Email, Phone, Phone, Organization, Tags, Skip]
    );
    // EveryAction / VAN.
    assert_eq!(
        headers("VANID,FirstName,LastName,PreferredEmail,Preferred Phone,Employer,Activist Codes"),
        [Skip, FirstName, LastName, Email, Phone, Organization, Tags]
    );
    // Mobilize's attendee export.
    assert_eq!(
        headers("Email,First name,Last name,Phone,Zip,Event name,Mobile opt-in"),
        [Email, FirstName, LastName, Phone, Skip, Skip, Skip]
    );
    // This app's own export.
    assert_eq!(
        headers("Name,Phone,Email,Other contact,Prefers,Organizations,Tags,Skills,How we met"),
        [
            Name,
            Phone,
            Email,
            OtherContact,
            Skip,
            Organization,
            Tags,
            Skip,
            Skip
        ]
    );
}

#[test]
fn text_is_read_as_utf8_with_or_without_bom_else_as_windows_1252() {
    assert_eq!(text_of("\u{feff}Núñez".as_bytes()), "Núñez");
    assert_eq!(text_of("Nguyễn".as_bytes()), "Nguyễn");
    assert_eq!(text_of(b"Jos\xe9 \x93Pepe\x94 \x80"), "José “Pepe” €");
    assert_eq!(text_of(b"M\xfcller"), "Müller");
}

#[test]
fn a_spreadsheet_reads_quotes_separators_blank_rows_and_formulas_made_text() {
    let csv = "Name;Email;Tags;Notes\r\n\
               \"Núñez, Ana\";ana@example.org;\"tenants, parents\";\"Line one\nline two\"\r\n\
               ;;;\r\n\
               \r\n\
               '=HYPERLINK(\"x\");bob@example.org;;'+1 is a note\r\n";
    let sheet = Sheet::read(csv.as_bytes()).unwrap();
    assert_eq!(sheet.headers, ["Name", "Email", "Tags", "Notes"]);
    assert_eq!(sheet.blank_rows, 2);
    let rows = candidates(csv);
    assert_eq!(rows.len(), 2);
    let ana = candidate(&rows[0]);
    assert_eq!(ana.name, "Núñez, Ana");
    assert_eq!(ana.tags, ["tenants", "parents"]);
    assert_eq!(ana.notes, "Line one\nline two");
    assert_eq!(rows[0].number, 2);
    let formula = candidate(&rows[1]);
    assert_eq!(
        formula.name, "=HYPERLINK(\"x\")",
        "kept as text, apostrophe gone"
    );
    assert_eq!(formula.notes, "+1 is a note");
    assert_eq!(
        rows[1].number, 5,
        "numbered as the spreadsheet shows the row"
    );
}

#[test]
fn first_and_last_names_join_and_extra_phones_are_kept_as_other_contact() {
    let rows = candidates(
        "First Name,Last Name,Mobile Phone,Home Phone,Organization\n\
         Maya,Lin,555 010 1111,555 010 2222,Local 12; Food bank\n",
    );
    let maya = candidate(&rows[0]);
    assert_eq!(maya.name, "Maya Lin");
    assert_eq!(maya.phone, "555 010 1111");
    assert_eq!(maya.other_contact, "555 010 2222");
    assert_eq!(maya.organizations, ["Local 12", "Food bank"]);
}

#[test]
fn rows_are_refused_with_a_reason_and_nothing_typed_is_dropped() {
    let long = "x".repeat(201);
    let csv = format!(
        "Name,Email,Phone\n,nameless@example.org,\nBad Email,not an address,\n\
         No Digits,,call me\n{long},,\nRagged,a@b.org,555 010 1234,extra,cells\n"
    );
    let rows = candidates(&csv);
    let reasons: Vec<_> = rows.iter().map(|r| r.read.clone().err()).collect();
    assert_eq!(reasons[0], Some(Refusal::NoName));
    assert_eq!(reasons[3], Some(Refusal::NameTooLong));
    assert_eq!(
        reasons[4], None,
        "a row longer than the header is still read"
    );
    assert_eq!(
        Refusal::NameTooLong.words(),
        "the name is over 200 characters"
    );
    let bad_email = candidate(&rows[1]);
    assert_eq!(
        (bad_email.email.as_str(), bad_email.other_contact.as_str()),
        ("", "not an address")
    );
    let no_digits = candidate(&rows[2]);
    assert_eq!(
        (no_digits.phone.as_str(), no_digits.other_contact.as_str()),
        ("", "call me")
    );
}

#[test]
fn a_file_that_is_no_spreadsheet_is_refused_whole() {
    assert_eq!(Sheet::read(b""), Err(SheetProblem::Empty));
    assert_eq!(Sheet::read(b"\xEF\xBB\xBF \r\n"), Err(SheetProblem::Empty));
    assert_eq!(Sheet::read(b"Name,Email\r\n"), Err(SheetProblem::NoRows));
    assert_eq!(
        Sheet::read(b"PK\x03\x04\x00\x00binary"),
        Err(SheetProblem::NotText)
    );
}

fn person(id: &str, name: &str, phone: &str, email: &str) -> Person {
    let mut person = Person::new(id, name, 1);
    person.phone = phone.into();
    person.email = email.into();
    person
}

#[test]
fn rows_match_people_here_by_email_phone_or_a_name_no_one_else_has() {
    let here = vec![
        person("a", "Ana Núñez", "", "Ana@Example.org"),
        person("b", "Ben Ortiz", "+1 (555) 010-2000", ""),
        person("c", "Cleo Park", "", ""),
        person("d1", "Sam Lee", "", ""),
        person("d2", "Sam Lee", "", ""),
    ];
    let rows = candidates(
        "Name,Email,Phone,Tags\n\
         Ana N,ana@example.org,,tenants\n\
         Benjamin,,555-010-2000,\n\
         cleo  park,,,\n\
         Sam Lee,,,\n\
         Dee New,dee@example.org,,\n\
         Dee again,DEE@example.org,555 010 9000,\n",
    );
    let plan = Plan::of(rows, &here);
    let outcomes: Vec<_> = plan.rows.iter().map(|r| r.outcome.clone()).collect();
    assert_eq!(
        outcomes[0],
        Outcome::Known {
            person_id: "a".into(),
            by: MatchedBy::Email,
            adds: vec!["tags"]
        }
    );
    assert!(
        matches!(&outcomes[1], Outcome::Known { person_id, by: MatchedBy::Phone, adds } if person_id == "b" && adds.is_empty())
    );
    assert!(
        matches!(&outcomes[2], Outcome::Known { person_id, by: MatchedBy::Name, .. } if person_id == "c")
    );
    assert_eq!(
        outcomes[3],
        Outcome::New(0),
        "two people here are Sam Lee: neither is assumed"
    );
    assert_eq!(outcomes[4], Outcome::New(1));
    assert_eq!(outcomes[5], Outcome::SameAsRow(6));
    let counts = plan.counts();
    assert_eq!(
        (
            counts.new,
            counts.known,
            counts.known_with_news,
            counts.repeated
        ),
        (2, 3, 1, 1)
    );
    let dee = plan
        .new_people
        .iter()
        .find(|p| p.name == "Dee New")
        .unwrap();
    assert_eq!(
        dee.phone, "555 010 9000",
        "the later row's phone fills the earlier row's blank"
    );
    assert_eq!(plan.updates.len(), 1, "only Ana changes");
    assert_eq!(plan.updates[0].1.tags, ["tenants"]);
}

#[test]
fn a_different_phone_or_email_is_kept_beside_theirs_never_over_it() {
    let mut ana = person("a", "Ana", "555 010 1000", "ana@example.org");
    let adds = fill(
        &mut ana,
        &Candidate {
            name: "Ana".into(),
            phone: "555 010 2000".into(),
            email: "ana@work.example".into(),
            ..Candidate::default()
        },
    );
    assert_eq!(adds, ["phone", "email"]);
    assert_eq!(ana.phone, "555 010 1000");
    assert_eq!(ana.other_contact, "555 010 2000, ana@work.example");
    let again = fill(
        &mut ana,
        &Candidate {
            name: "Ana".into(),
            phone: "(555) 010-2000".into(),
            email: "ANA@work.example".into(),
            ..Candidate::default()
        },
    );
    assert!(again.is_empty(), "{again:?}");
}

/// Carries out `plan` on `here` as the store would: the new people added, the updates written.
fn carried_out(plan: &Plan, here: &[Person]) -> Vec<Person> {
    let mut after: Vec<Person> = here
        .iter()
        .map(|p| {
            plan.updates
                .iter()
                .find(|(before, _)| before.meta.id == p.meta.id)
                .map_or_else(|| p.clone(), |(_, after)| after.clone())
        })
        .collect();
    after.extend(
        plan.new_people
            .iter()
            .enumerate()
            .map(|(n, person)| as_added(person, format!("new-{n}"), 5)),
    );
    after
}

#[test]
fn the_same_file_brought_in_twice_adds_nobody_the_second_time() {
    let csv = std::fs::read("tests/fixtures/import/organizers.csv").unwrap();
    let sheet = Sheet::read(&csv).unwrap();
    let mapping = guessed(&sheet.headers);
    let rows = || (0..sheet.rows.len()).map(|i| sheet.row(i, &mapping));
    let first = Plan::of(rows(), &[]);
    assert!(first.counts().new > 0);
    let here = carried_out(&first, &[]);
    let second = Plan::of(rows(), &here);
    assert!(!second.changes_anything(), "{:?}", second.updates);
    assert_eq!(second.counts().new, 0);
}

fn vcf(name: &str) -> Vec<Row> {
    vcards::read(&std::fs::read(format!("tests/fixtures/import/{name}")).unwrap()).unwrap()
}

#[test]
fn an_iphone_export_reads_with_folded_lines_several_numbers_and_categories() {
    let rows = vcf("iphone.vcf");
    assert_eq!(rows.len(), 2);
    let mai = candidate(&rows[0]);
    assert_eq!(mai.name, "Thị Mai Nguyễn");
    assert_eq!(mai.email, "mai.nguyen@example.org");
    assert_eq!(mai.phone, "+1 (555) 010-2233");
    assert_eq!(mai.other_contact, "(555) 010-9999");
    assert_eq!(mai.organizations, ["Riverside Tenants Union"]);
    assert_eq!(mai.tags, ["Tenants", "Volunteers"]);
    assert_eq!(
        mai.notes,
        "Met at the rent strike meeting, wants to help with childcare.\nAsk about her building."
    );
    assert_eq!(candidate(&rows[1]).name, "Seán O'Brien");
}

#[test]
fn an_android_2_1_export_reads_quoted_printable_utf8_and_latin1() {
    let rows = vcf("android-2.1.vcf");
    let maria = candidate(&rows[0]);
    assert_eq!(maria.name, "María Álvarez");
    assert_eq!(maria.phone, "+15550107788");
    assert_eq!(
        maria.notes,
        "Leads the parents’ group at Lincoln Elementary. Long note that continues on a soft break."
    );
    let jorg = candidate(&rows[1]);
    assert_eq!(jorg.name, "Jörg Müller", "a card with N and no FN");
}

#[test]
fn a_vcard_4_reads_uri_phones_and_a_card_with_no_name_is_refused() {
    let rows = vcf("rfc6350-4.0.vcf");
    let amara = candidate(&rows[0]);
    assert_eq!(amara.name, "Dr. Amara Okafor");
    assert_eq!(amara.phone, "+1-555-010-3030");
    assert_eq!(amara.organizations, ["Faith Coalition"]);
    assert_eq!(rows[1].read, Err(Refusal::NoName));
}

#[test]
fn a_file_that_is_no_contacts_is_refused_and_a_broken_card_keeps_those_before_it() {
    assert_eq!(vcards::read(b"  \r\n"), Err(vcards::CardsProblem::Empty));
    assert!(vcards::read(b"Name,Email\r\nAna,a@b.org\r\n").is_err());
    let broken = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Ben\r\n";
    let rows = vcards::read(broken).unwrap();
    assert_eq!(candidate(&rows[0]).name, "Ana");
    assert!(matches!(rows[1].read, Err(Refusal::Unreadable(_))));
}

#[test]
fn contacts_picked_on_the_phone_keep_every_number_and_need_a_name() {
    use one_on_one::domain::people_import::picked;
    let rows = picked([
        (
            vec!["".into(), "Ana Núñez".into()],
            vec!["+1 555 010 1000".into(), "555 010 2000".into()],
            vec!["ana@example.org".into()],
        ),
        (vec![], vec!["555 010 3000".into()], vec![]),
    ]);
    let ana = candidate(&rows[0]);
    assert_eq!(ana.name, "Ana Núñez");
    assert_eq!(ana.phone, "+1 555 010 1000");
    assert_eq!(ana.other_contact, "555 010 2000");
    assert_eq!(ana.email, "ana@example.org");
    assert_eq!(rows[1].read, Err(Refusal::NoName));
    assert_eq!(rows[1].number, 2);
}

#[test]
fn a_name_matches_only_when_nothing_known_of_them_says_otherwise() {
    let here = vec![
        person("z", "Zed Ames", "", ""),
        person("y", "Yara Bell", "", "yara@example.org"),
    ];
    let rows = candidates(
        "Name,Email\n\
         Zed Ames,zed@example.org\n\
         Yara Bell,another.yara@example.org\n",
    );
    let plan = Plan::of(rows, &here);
    assert_eq!(
        plan.rows[0].outcome,
        Outcome::Known {
            person_id: "z".into(),
            by: MatchedBy::Name,
            adds: vec!["email"]
        },
        "a person added by name alone gets the sheet's email"
    );
    assert_eq!(
        plan.rows[1].outcome,
        Outcome::New(0),
        "a different email: someone else"
    );
}

/// `text` as UTF-16 with its byte order mark, little- or big-endian.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn excel_unicode_text_and_utf16_contacts_are_read() {
    // Excel's "Unicode text": UTF-16LE with a BOM, separated by tabs.
    let sheet = Sheet::read(&utf16(
        "Name\tEmail\r\nNguyễn Thị Mai\tmai@example.org\r\n",
        false,
    ))
    .expect("UTF-16 is text");
    let row = sheet.row(0, &guessed(&sheet.headers));
    assert_eq!(candidate(&row).name, "Nguyễn Thị Mai");
    assert_eq!(candidate(&row).email, "mai@example.org");
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Łukasz Żółw\r\nEND:VCARD\r\n";
    for big_endian in [false, true] {
        assert!(vcards::looks_like_cards(&utf16(card, big_endian)));
        let rows = vcards::read(&utf16(card, big_endian)).unwrap();
        assert_eq!(candidate(&rows[0]).name, "Łukasz Żółw");
    }
    assert!(!vcards::looks_like_cards(b"Name,Email\r\n"));
    assert!(vcards::looks_like_cards(b"\xEF\xBB\xBF\r\nbegin:vcard\r\n"));
}
