//! How each kind of record comes apart into the parts that merge on their own: a field, a
//! group of fields, a set of words, or a list of items that each keep their own version.

use serde_json::Value;

/// How a field of a record merges.
pub enum Shape {
    /// Replaced whole: the newest version wins (a name, a time, a venue with its detail).
    Whole,
    /// An object whose fields merge each by its own shape; fields not named are [`Shape::Whole`].
    Fields(&'static [(&'static str, Shape)]),
    /// A list of distinct words or ids (tags, referrals): each one added or removed on its own,
    /// so two devices adding both keep theirs. Kept in the order they were added.
    Set,
    /// A list of objects, each replaced whole by its newest version, told apart by a key;
    /// kept in the order of their keys.
    Items(ItemKey),
}

/// What tells two items of a list apart.
pub enum ItemKey {
    /// Their `id` field, given when the item is first saved (a stamp, so ids sort by when
    /// they were added); items stored without one are keyed by position.
    Id,
    /// A key made from the item's own fields.
    Made(fn(&Value) -> Option<String>),
}

/// The fields of a record that do not merge whole; every other field does.
pub type RecordShape = &'static [(&'static str, Shape)];

pub const PERSON: RecordShape = &[
    ("organizations", Shape::Set),
    ("tags", Shape::Set),
    ("skills", Shape::Set),
    ("sensitive", Shape::Set),
    ("links", Shape::Items(ItemKey::Id)),
];

pub const MEETING: RecordShape = &[
    (
        "live",
        Shape::Fields(&[("asked", Shape::Items(ItemKey::Made(asked_key)))]),
    ),
    (
        "debrief",
        Shape::Fields(&[
            ("asks", Shape::Items(ItemKey::Id)),
            ("referral_ids", Shape::Set),
            // Each answer of the self-check on its own.
            ("self_check", Shape::Fields(&[])),
        ]),
    ),
    ("sensitive", Shape::Set),
];

/// Next steps merge field by field, but for their marks of what is sensitive.
pub const NEXT_STEP: RecordShape = &[("sensitive", Shape::Set)];

/// Guides and settings merge field by field.
pub const FLAT: RecordShape = &[];

/// A prompt asked in a live meeting, by its section and place: "002.013".
fn asked_key(item: &Value) -> Option<String> {
    let section = item.get("section")?.as_u64()?;
    let prompt = item.get("prompt")?.as_u64()?;
    Some(format!("{section:03}.{prompt:03}"))
}

/// The shape of `name` among `fields`.
pub(super) fn of<'a>(fields: &'a [(&'static str, Shape)], name: &str) -> &'a Shape {
    fields
        .iter()
        .find(|(field, _)| *field == name)
        .map_or(&Shape::Whole, |(_, shape)| shape)
}
