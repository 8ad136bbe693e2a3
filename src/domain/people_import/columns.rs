//! What a spreadsheet's column holds, guessed from its header: the plain words people write
//! ("Name", "Phone") and the headers of the exports organizers bring (Action Network,
//! Mobilize, NationBuilder, EveryAction, Google and Outlook contacts).

/// A field of a person that a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    FirstName,
    LastName,
    Phone,
    Email,
    /// Any other way to reach them: a second number, an address, a handle.
    OtherContact,
    Organization,
    Tags,
    Notes,
    /// Not brought in.
    Skip,
}

impl Field {
    /// Every field, in the order a person picks from.
    pub const ALL: [Field; 10] = [
        Field::Name,
        Field::FirstName,
        Field::LastName,
        Field::Phone,
        Field::Email,
        Field::OtherContact,
        Field::Organization,
        Field::Tags,
        Field::Notes,
        Field::Skip,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Name",
            Field::FirstName => "First name",
            Field::LastName => "Last name",
            Field::Phone => "Phone",
            Field::Email => "Email",
            Field::OtherContact => "Other contact",
            Field::Organization => "Organization",
            Field::Tags => "Tags",
            Field::Notes => "Notes",
            Field::Skip => "Leave out",
        }
    }

    /// The field a column headed `header` most likely holds; [`Field::Skip`] when none.
    pub fn guess(header: &str) -> Field {
        let key: String = header
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        let key = key.as_str();
        let known = |words: &[&str]| words.contains(&key);
        if known(&[
            "name",
            "fullname",
            "displayname",
            "contactname",
            "yourname",
            "person",
        ]) {
            Field::Name
        } else if known(&[
            "firstname",
            "givenname",
            "first",
            "forename",
            "preferredname",
        ]) {
            Field::FirstName
        } else if known(&["lastname", "familyname", "surname", "last"]) {
            Field::LastName
        } else if is_phone(key) {
            Field::Phone
        } else if is_email(key) {
            Field::Email
        } else if known(&[
            "othercontact",
            "address",
            "streetaddress",
            "homeaddress",
            "mailingaddress",
            "handle",
            "twitter",
            "instagram",
        ]) {
            Field::OtherContact
        } else if known(&[
            "organization",
            "organizations",
            "organisation",
            "organisations",
            "organization1name",
            "organizationname",
            "company",
            "employer",
            "org",
            "union",
            "congregation",
            "affiliation",
        ]) {
            Field::Organization
        } else if known(&[
            "tags",
            "tag",
            "taglist",
            "labels",
            "groupmembership",
            "categories",
            "groups",
            "activistcodes",
        ]) {
            Field::Tags
        } else if known(&["notes", "note", "comments", "comment", "description"]) {
            Field::Notes
        } else {
            Field::Skip
        }
    }
}

/// A phone column: "Phone", "Mobile", "Cell Phone", Google's "Phone 1 - Value", Action
/// Network's "can2_phone", NationBuilder's "mobile_number", Outlook's "Home Phone"; never a
/// phone's type column ("Phone 1 - Type") nor a permission ("Mobile opt-in").
fn is_phone(key: &str) -> bool {
    let about_phone =
        key.contains("phone") || key.contains("mobile") || key.starts_with("cell") || key == "tel";
    let not_the_number = [
        "type", "label", "optin", "optout", "status", "subscri", "consent",
    ]
    .iter()
    .any(|word| key.contains(word));
    about_phone && !not_the_number
}

/// An email column: "Email", "E-mail Address", Google's "E-mail 1 - Value", EveryAction's
/// "PreferredEmail"; not a permission ("Email opt-in") or a type.
fn is_email(key: &str) -> bool {
    let about_email = key.contains("email");
    let not_the_address = [
        "type", "label", "optin", "optout", "status", "subscri", "consent",
    ]
    .iter()
    .any(|word| key.contains(word));
    about_email && !not_the_address
}

/// The guessed field of each of `headers`, in order.
pub fn guessed(headers: &[String]) -> Vec<Field> {
    headers.iter().map(|header| Field::guess(header)).collect()
}
