//! People as a .vcf file (vCard 3.0, which iPhone and Android contacts both open): name, phone,
//! email and first organization, and the person's id as the card's UID. Nothing of the
//! relationship goes: a contacts app syncs to accounts the organizer does not control.

use std::borrow::Cow;

use vcard::builder::VcardBuilder;
use vcard::param::VcardParam;
use vcard::prop::email::EMAIL;
use vcard::prop::n::N;
use vcard::prop::org::ORG;
use vcard::prop::r#fn::FN;
use vcard::prop::tel::TEL;
use vcard::prop::uid::UID;
use vcard::value::n::VcardN;
use vcard::value::org::VcardOrg;
use vcard::value::text::VcardText;
use vcard::value::VcardValue;
use vcard::version::VcardVersion;

use crate::domain::person::Person;

/// `people` as one .vcf file, a card each, lines ending CRLF.
pub fn vcards<'a>(people: impl IntoIterator<Item = &'a Person>) -> String {
    people.into_iter().map(vcard).collect()
}

fn text(value: &str) -> VcardValue<'_> {
    VcardValue::Text(VcardText(Cow::Borrowed(value)))
}

/// One person's card.
fn vcard(person: &Person) -> String {
    let name = person.name.trim();
    let (family, given) = split_name(name);
    let uid = format!("urn:uuid:{}", person.meta.id);
    let mut card = VcardBuilder::new(VcardVersion::V3_0)
        .prop::<FN>()
        .value(text(name))
        .prop::<N>()
        .value(VcardValue::N(VcardN {
            family: vec![Cow::Borrowed(family)],
            given: vec![Cow::Borrowed(given)],
            additional: Vec::new(),
            prefixes: Vec::new(),
            suffixes: Vec::new(),
        }))
        .prop::<UID>()
        .value(text(&uid));
    let phone = person.phone.trim();
    if !phone.is_empty() {
        card = card
            .prop::<TEL>()
            .param(VcardParam::Type(vec![Cow::Borrowed("CELL")]))
            .value(text(phone));
    }
    let email = person.email.trim();
    if !email.is_empty() {
        card = card
            .prop::<EMAIL>()
            .param(VcardParam::Type(vec![Cow::Borrowed("INTERNET")]))
            .value(text(email));
    }
    if let Some(organization) = person
        .organizations
        .iter()
        .map(|o| o.trim())
        .find(|o| !o.is_empty())
    {
        card = card
            .prop::<ORG>()
            .value(VcardValue::Org(VcardOrg(vec![Cow::Borrowed(organization)])));
    }
    card.build_unchecked().to_string()
}

/// A name as a card's family and given names: the last word is the family name ("Ana María
/// Núñez" is Núñez; Ana María), a name of one word is a given name alone.
pub fn split_name(name: &str) -> (&str, &str) {
    match name.rsplit_once(char::is_whitespace) {
        Some((given, family)) => (family.trim(), given.trim()),
        None => ("", name),
    }
}

/// The file name of `about`'s card: "ana-nunez.vcf" (or "contacts.vcf").
pub fn file_name(about: &str) -> String {
    match crate::domain::text::slug(about) {
        slug if slug.is_empty() => "contacts.vcf".to_owned(),
        slug => format!("{slug}.vcf"),
    }
}
