//! A record taken apart into its versioned parts, and put back together in one canonical form.
//!
//! A part's path names it: "phone", "debrief.sparks" (a field inside a group), "tags/urgent" (a
//! word of a set), "debrief.asks/<id>" (an item of a list). What follows the '/' is a key and
//! may hold any character; field names hold neither '.' nor '/'.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::shape::{self, ItemKey, RecordShape, Shape};
use crate::domain::clock::{Stamp, Version};
use crate::domain::record::Meta;

/// What a part holds: a value, or the mark that an item was removed.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Slot {
    Present(Value),
    Removed,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Part {
    pub stamp: Stamp,
    pub slot: Slot,
}

impl Part {
    /// The rule between two versions of one part: the later stamp wins; on equal stamps (two
    /// replicas cannot make them, but a hand-made file can) the larger value, so the choice
    /// never depends on which side is which.
    pub fn beats(&self, other: &Part) -> bool {
        match self.stamp.cmp(&other.stamp) {
            Ordering::Equal => slot_order(&self.slot, &other.slot) == Ordering::Greater,
            order => order == Ordering::Greater,
        }
    }
}

fn slot_order(a: &Slot, b: &Slot) -> Ordering {
    match (a, b) {
        (Slot::Removed, Slot::Removed) => Ordering::Equal,
        (Slot::Removed, Slot::Present(_)) => Ordering::Less,
        (Slot::Present(_), Slot::Removed) => Ordering::Greater,
        (Slot::Present(a), Slot::Present(b)) => value_order(a, b),
    }
}

/// A total order on JSON values, independent of how objects happen to be laid out.
fn value_order(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            Value::String(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
        }
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => x.to_string().cmp(&y.to_string()),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => x
            .iter()
            .zip(y)
            .map(|(x, y)| value_order(x, y))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| x.len().cmp(&y.len())),
        (Value::Object(x), Value::Object(y)) => {
            let mut xs: Vec<_> = x.iter().collect();
            let mut ys: Vec<_> = y.iter().collect();
            xs.sort_by(|p, q| p.0.cmp(q.0));
            ys.sort_by(|p, q| p.0.cmp(q.0));
            xs.iter()
                .zip(&ys)
                .map(|((kx, vx), (ky, vy))| kx.cmp(ky).then_with(|| value_order(vx, vy)))
                .find(|o| o.is_ne())
                .unwrap_or_else(|| xs.len().cmp(&ys.len()))
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

/// The parts of `record` (a record as JSON, with its `meta`), in the order they appear.
pub(super) fn explode(record: &Value, shape: RecordShape, meta: &Meta) -> Vec<(String, Part)> {
    let mut parts = Vec::new();
    if let Some(fields) = record.as_object() {
        let base = meta.base();
        let walk = Walk { meta, base: &base };
        walk.fields(fields, shape, "", true, &mut parts);
    }
    let mut seen: std::collections::HashSet<String> =
        parts.iter().map(|(path, _)| path.clone()).collect();
    for (path, version) in &meta.versions {
        if version.removed && fits(shape, path) && seen.insert(path.clone()) {
            let stamp = version.stamp.clone();
            let slot = Slot::Removed;
            parts.push((path.clone(), Part { stamp, slot }));
        }
    }
    parts
}

struct Walk<'a> {
    meta: &'a Meta,
    base: &'a Stamp,
}

impl Walk<'_> {
    /// The stamp of a part found in the record: its own version, else the base.
    fn stamp(&self, path: &str, otherwise: impl FnOnce() -> Stamp) -> Stamp {
        match self.meta.versions.get(path) {
            Some(version) if !version.removed => version.stamp.clone(),
            _ => otherwise(),
        }
    }

    fn fields(
        &self,
        object: &Map<String, Value>,
        shape: &[(&'static str, Shape)],
        prefix: &str,
        top: bool,
        out: &mut Vec<(String, Part)>,
    ) {
        for (name, value) in object {
            if top && name == "meta" || name.contains(['.', '/']) {
                continue;
            }
            let path = format!("{prefix}{name}");
            match shape::of(shape, name) {
                Shape::Whole => {
                    let stamp = self.stamp(&path, || self.base.clone());
                    let slot = Slot::Present(value.clone());
                    out.push((path, Part { stamp, slot }));
                }
                Shape::Fields(inner) => {
                    if let Some(object) = value.as_object() {
                        self.fields(object, inner, &format!("{path}."), false, out);
                    }
                }
                Shape::Set => {
                    for (index, item) in value.as_array().into_iter().flatten().enumerate() {
                        let item_path = format!("{path}/{}", set_key(item));
                        // Words stored without versions keep their order: one stamp after another.
                        let position = u32::try_from(index).unwrap_or(u32::MAX);
                        let stamp = self.stamp(&item_path, || self.base.nth_after(position));
                        let slot = Slot::Present(item.clone());
                        out.push((item_path, Part { stamp, slot }));
                    }
                }
                Shape::Items(key) => {
                    for (index, item) in value.as_array().into_iter().flatten().enumerate() {
                        let item_path = format!("{path}/{}", item_key(key, item, index));
                        let stamp = self.stamp(&item_path, || self.base.clone());
                        let slot = Slot::Present(item.clone());
                        out.push((item_path, Part { stamp, slot }));
                    }
                }
            }
        }
    }
}

/// A word of a set, as its key: the text itself, or the JSON of anything else.
fn set_key(item: &Value) -> String {
    match item {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// An item's key: its id (or made key), else its position ("#003").
fn item_key(key: &ItemKey, item: &Value, index: usize) -> String {
    let own = match key {
        ItemKey::Id => item
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
            .map(str::to_owned),
        ItemKey::Made(make) => make(item),
    };
    own.unwrap_or_else(|| format!("#{index:03}"))
}

/// True when `path` names a removable part of a record of this shape: an item of a list.
fn fits(shape: RecordShape, path: &str) -> bool {
    let Some((fields, key)) = path.split_once('/') else {
        return false;
    };
    let mut names = fields.split('.').peekable();
    let mut current = shape;
    while let Some(name) = names.next() {
        match (shape::of(current, name), names.peek()) {
            (Shape::Fields(inner), Some(_)) => current = inner,
            (Shape::Set | Shape::Items(_), None) => return !key.is_empty(),
            _ => return false,
        }
    }
    false
}

/// Puts parts back together: the record's fields, and its meta's base and versions (the
/// earliest stamp is the base; every other part names its own).
pub(super) fn implode(parts: &BTreeMap<String, Part>, shape: RecordShape, mut meta: Meta) -> Value {
    let mut root = Map::new();
    let mut lists: BTreeMap<String, Vec<(&Part, &Value, String)>> = BTreeMap::new();
    for (path, part) in parts {
        let Slot::Present(value) = &part.slot else {
            continue;
        };
        match path.split_once('/') {
            None => place(&mut root, shape, path, value.clone()),
            Some((list, key)) => {
                lists
                    .entry(list.to_owned())
                    .or_default()
                    .push((part, value, key.to_owned()))
            }
        }
    }
    meta.base = parts.values().map(|p| &p.stamp).min().cloned();
    let base = meta.base();
    // Parts whose version the base implies: itself, or for the n-th word of a set, n after it.
    let mut implied: std::collections::HashSet<String> = parts
        .iter()
        .filter(|(path, part)| !path.contains('/') && part.stamp == base)
        .map(|(path, _)| path.clone())
        .collect();
    for (list, mut items) in lists {
        let (is_set, id_key) = match list_shape(shape, &list) {
            Some(Shape::Set) => (true, false),
            Some(Shape::Items(ItemKey::Id)) => (false, true),
            _ => (false, false),
        };
        if is_set {
            items.sort_by(|a, b| a.0.stamp.cmp(&b.0.stamp).then(value_order(a.1, b.1)));
        } else {
            items.sort_by(|a, b| a.2.cmp(&b.2));
        }
        let mut values = Vec::with_capacity(items.len());
        for (index, (part, value, key)) in items.into_iter().enumerate() {
            let position = u32::try_from(index).unwrap_or(u32::MAX);
            let expected = if is_set {
                base.nth_after(position)
            } else {
                base.clone()
            };
            if part.stamp == expected {
                implied.insert(format!("{list}/{key}"));
            }
            let mut value = value.clone();
            if let (true, Some(item)) = (id_key, value.as_object_mut()) {
                item.insert("id".to_owned(), Value::String(key));
            }
            values.push(value);
        }
        place(&mut root, shape, &list, Value::Array(values));
    }
    add_empty_lists(&mut root, shape);
    meta.versions = parts
        .iter()
        .filter(|(path, part)| part.slot == Slot::Removed || !implied.contains(*path))
        .map(|(path, part)| {
            let removed = part.slot == Slot::Removed;
            (path.clone(), Version::new(part.stamp.clone(), removed))
        })
        .collect();
    // A base that `updated_at` implies is left unsaid, as records stored before versions did.
    if meta.base.as_ref() == Some(&Stamp::legacy(meta.updated_at)) {
        meta.base = None;
    }
    let meta = serde_json::to_value(&meta).expect("a meta is always JSON");
    root.insert("meta".to_owned(), meta);
    Value::Object(root)
}

/// The shape of the list at `path` ("debrief.asks").
fn list_shape(shape: RecordShape, path: &str) -> Option<&'static Shape> {
    let mut current: &'static [(&'static str, Shape)] = shape;
    let mut names = path.split('.').peekable();
    while let Some(name) = names.next() {
        let found = shape::of(current, name);
        match (found, names.peek()) {
            (Shape::Fields(inner), Some(_)) => current = inner,
            (found, None) => return Some(found),
            _ => return None,
        }
    }
    None
}

/// Sets the field at `path` ("debrief.sparks"), creating the groups on the way.
fn place(root: &mut Map<String, Value>, shape: RecordShape, path: &str, value: Value) {
    let mut names: Vec<&str> = path.split('.').collect();
    let last = names.pop().unwrap_or_default();
    let mut object = root;
    let mut current: &[(&str, Shape)] = shape;
    for name in names {
        if let Shape::Fields(inner) = shape::of(current, name) {
            current = inner;
        }
        let entry = object
            .entry(name.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        object = entry.as_object_mut().expect("made an object just above");
        add_empty_lists(object, current);
    }
    object.insert(last.to_owned(), value);
}

/// Every list of a group that holds no item is there, empty, as the record's type writes it.
fn add_empty_lists(object: &mut Map<String, Value>, shape: &[(&str, Shape)]) {
    for (name, field) in shape {
        if matches!(field, Shape::Set | Shape::Items(_)) && !object.contains_key(*name) {
            object.insert((*name).to_owned(), Value::Array(Vec::new()));
        }
    }
}
