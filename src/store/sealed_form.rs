//! A record as IndexedDB holds it: plain, or, while the lock is on, sealed. A sealed record
//! keeps in the clear only its key and what its indexes need ([`clear_fields`]), and the
//! whole record as JSON sealed under the data key in its `sealed` field, with the store and id
//! as the context, so a sealed body copied onto another record does not open. Every read opens
//! what it reads here first, so the rest of the store sees plain records either way.

use std::rc::Rc;

use js_sys::{Object, Reflect, Uint8Array};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::{JsCast, JsValue};

use super::error::StoreError;
use super::indexed::OPEN_FIELD;
use super::names::CARDS;
use super::vault::{self, HeldKey};

/// What a record of `store` keeps in the clear when it is sealed: its key (first) and the
/// fields its indexes hold, as dotted paths. Ids are random, times and statuses are
/// what the README says the lock leaves readable; every word typed is sealed.
pub(super) fn clear_fields(store: &str) -> &'static [&'static str] {
    match store {
        "people" => &["meta.id", "referred_by"],
        "meetings" => &["meta.id", "person_id", "starts_at", "status"],
        "next_steps" => &["meta.id", "person_id", "due_at", OPEN_FIELD],
        CARDS => &["id"],
        _ => &["meta.id"],
    }
}

/// The field that holds a sealed record's body.
const SEALED_FIELD: &str = "sealed";

fn to_js(value: &impl Serialize) -> Result<JsValue, StoreError> {
    // As indexed_db_futures' `.serde()` writes it, so plain records are stored as before.
    let to_js = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value
        .serialize(&to_js)
        .map_err(|e| StoreError::Failed(e.to_string()))
}

/// The context a record's body is sealed under.
fn context(store: &str, id: &str) -> String {
    format!("{store}/{id}")
}

/// The value at dotted `path` in `record`.
fn at<'a>(record: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(record, |value, part| value.get(part))
}

/// How records are to be stored now: plain, or sealed with the key held while the lock is on.
pub(super) struct Form(Option<Rc<HeldKey>>);

impl Form {
    /// The form the lock asks for now (read again for every write: see `vault::for_writing`).
    pub(super) fn now() -> Result<Form, StoreError> {
        Ok(Form(vault::for_writing()?))
    }

    pub(super) fn seals(&self) -> bool {
        self.0.is_some()
    }

    /// `record` of `store` in this form.
    pub(super) fn stored(&self, store: &str, record: &Value) -> Result<JsValue, StoreError> {
        match &self.0 {
            None => to_js(record),
            Some(key) => sealed(key, store, record),
        }
    }

    /// [`Form::stored`] crossing into the browser as one JSON text parsed there, not field by
    /// field (measured: the field-by-field crossing was most of the wasm's share of a
    /// 10,000-person import). The People list's cards are written this way with every save; a
    /// blank field is then stored null rather than undefined, which every read takes alike.
    pub(super) fn stored_as_json(
        &self,
        store: &str,
        record: &Value,
    ) -> Result<JsValue, StoreError> {
        match &self.0 {
            None => {
                let text =
                    serde_json::to_string(record).map_err(|e| StoreError::Failed(e.to_string()))?;
                Ok(js_sys::JSON::parse(&text)?)
            }
            Some(key) => sealed(key, store, record),
        }
    }

    /// `plain`, a plain object of `store` as IndexedDB holds it, in this form, without turning
    /// it into Rust values and back: its JSON text is sealed as it is, and its clear fields are
    /// copied across (turning the lock on rewrites every record this way).
    pub(super) fn stored_object(
        &self,
        store: &str,
        plain: &JsValue,
    ) -> Result<JsValue, StoreError> {
        let Some(key) = &self.0 else {
            return Ok(plain.clone());
        };
        let id = key_of(store, plain)
            .ok_or_else(|| StoreError::Failed("a record without its id".to_owned()))?;
        let text = String::from(js_sys::JSON::stringify(plain)?);
        let body = key.seal(&context(store, &id), text.as_bytes())?;
        let stored = JsValue::from(Object::new());
        for path in clear_fields(store) {
            if let Some(value) = js_at(plain, path) {
                js_place(&stored, path, &value)?;
            }
        }
        Reflect::set(&stored, &SEALED_FIELD.into(), &Uint8Array::from(&body[..]))?;
        Ok(stored)
    }
}

/// The value at dotted `path` in the JS object `object`, unless it is undefined.
fn js_at(object: &JsValue, path: &str) -> Option<JsValue> {
    path.split('.').try_fold(object.clone(), |value, part| {
        if !value.is_object() {
            return None;
        }
        Reflect::get(&value, &part.into())
            .ok()
            .filter(|found| !found.is_undefined())
    })
}

/// Sets dotted `path` in the JS object `object` to `value`, making the objects on the way.
fn js_place(object: &JsValue, path: &str, value: &JsValue) -> Result<(), StoreError> {
    let (parents, last) = path.rsplit_once('.').map_or(("", path), |(p, l)| (p, l));
    let mut here = object.clone();
    for part in parents.split('.').filter(|part| !part.is_empty()) {
        let next = Reflect::get(&here, &part.into())?;
        here = if next.is_object() {
            next
        } else {
            let made = JsValue::from(Object::new());
            Reflect::set(&here, &part.into(), &made)?;
            made
        };
    }
    Reflect::set(&here, &last.into(), value)?;
    Ok(())
}

/// `record` of `store` as it is to be stored now: plain, or sealed when the lock is on.
pub(super) fn stored_form(store: &str, record: &Value) -> Result<JsValue, StoreError> {
    Form::now()?.stored(store, record)
}

fn sealed(key: &HeldKey, store: &str, record: &Value) -> Result<JsValue, StoreError> {
    let fields = clear_fields(store);
    let id = at(record, fields[0])
        .and_then(Value::as_str)
        .ok_or_else(|| StoreError::Failed("a record without its id".to_owned()))?;
    let mut clear = Value::Object(Map::new());
    for path in fields {
        if let Some(value) = at(record, path) {
            place(&mut clear, path, value.clone());
        }
    }
    let plain = serde_json::to_vec(record).map_err(|e| StoreError::Failed(e.to_string()))?;
    let body = key.seal(&context(store, id), &plain)?;
    let stored = to_js(&clear)?;
    Reflect::set(&stored, &SEALED_FIELD.into(), &Uint8Array::from(&body[..]))?;
    Ok(stored)
}

/// Sets dotted `path` in `object` to `value`, making the objects on the way.
fn place(object: &mut Value, path: &str, value: Value) {
    let mut here = object;
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        let Value::Object(map) = here else { return };
        if parts.peek().is_none() {
            map.insert(part.to_owned(), value);
            return;
        }
        here = map
            .entry(part.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// The key of a stored object of `store`, read off the fields every form keeps in the clear.
pub(super) fn key_of(store: &str, stored: &JsValue) -> Option<String> {
    clear_fields(store)[0]
        .split('.')
        .try_fold(stored.clone(), |value, part| {
            Reflect::get(&value, &part.into()).ok()
        })?
        .as_string()
}

/// Why a stored object did not open.
pub(super) enum Unopened {
    /// It is sealed and this tab holds no key.
    Locked,
    /// Its body was changed or sealed under another key: set aside like any unreadable record.
    Damaged,
}

/// The sealed body of `stored`, if it is sealed.
fn body_of(stored: &JsValue) -> Option<Uint8Array> {
    Reflect::get(stored, &SEALED_FIELD.into())
        .ok()
        .and_then(|body| body.dyn_into::<Uint8Array>().ok())
}

pub(super) fn is_sealed(stored: &JsValue) -> bool {
    body_of(stored).is_some()
}

/// `stored`, an object read from `store`, as the plain record it holds.
pub(super) fn opened(store: &str, stored: JsValue) -> Result<JsValue, Unopened> {
    let Some(body) = body_of(&stored) else {
        return Ok(stored);
    };
    let key = vault::held().ok_or(Unopened::Locked)?;
    let id = key_of(store, &stored).ok_or(Unopened::Damaged)?;
    let plain = key
        .open(&context(store, &id), &body.to_vec())
        .map_err(|_| Unopened::Damaged)?;
    let text = std::str::from_utf8(&plain).map_err(|_| Unopened::Damaged)?;
    js_sys::JSON::parse(text).map_err(|_| Unopened::Damaged)
}

/// [`opened`] for one object read: a damaged one reads as none (set aside, as every read does
/// with a record that does not read); a locked one is an error.
pub(super) fn open_one(
    store: &str,
    stored: Option<JsValue>,
) -> Result<Option<JsValue>, StoreError> {
    match stored.map(|stored| opened(store, stored)) {
        None | Some(Err(Unopened::Damaged)) => Ok(None),
        Some(Ok(plain)) => Ok(Some(plain)),
        Some(Err(Unopened::Locked)) => Err(StoreError::Locked),
    }
}

/// [`opened`] for many: the damaged set aside, an error if the tab holds no key.
pub(super) fn open_all(store: &str, stored: Vec<JsValue>) -> Result<Vec<JsValue>, StoreError> {
    let mut plain = Vec::with_capacity(stored.len());
    for one in stored {
        match opened(store, one) {
            Ok(one) => plain.push(one),
            Err(Unopened::Damaged) => {}
            Err(Unopened::Locked) => return Err(StoreError::Locked),
        }
    }
    Ok(plain)
}
