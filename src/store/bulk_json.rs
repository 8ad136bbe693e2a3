//! Many values read from IndexedDB turned into Rust at once, through one JSON text: at ten
//! thousand records that is several times faster than a crossing of the wasm boundary for
//! every field (the People list's cards and facts at 10x: see README, the relationship map).
//! Each type read so carries a second deserializer in the wasm, so only those two are.

use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use wasm_bindgen::JsValue;

/// `values` as `T`, in order, each one that does not read as `T` set aside. One that the JSON
/// text cannot carry (a value JSON has no form for, a lone surrogate) is read on its own, as
/// [`one_by_one`] would. (Not for records read whole as JSON values, a backup's: JSON leaves
/// out a field stored as `undefined`, which they must keep, as `null`.)
pub(super) fn deserialize_all<T: DeserializeOwned>(values: Vec<JsValue>) -> Vec<T> {
    let array: js_sys::Array = values.iter().collect();
    let text = js_sys::JSON::stringify(&array)
        .ok()
        .and_then(|text| text.as_string());
    let raws = text
        .as_deref()
        .and_then(|text| serde_json::from_str::<Vec<&RawValue>>(text).ok())
        .filter(|raws| raws.len() == values.len());
    match raws {
        Some(raws) => raws
            .into_iter()
            .zip(values)
            .filter_map(|(raw, value)| {
                serde_json::from_str(raw.get())
                    .ok()
                    .or_else(|| serde_wasm_bindgen::from_value(value).ok())
            })
            .collect(),
        None => one_by_one(values),
    }
}

/// `values` as `T`, each read on its own: one that does not read is set aside.
pub(super) fn one_by_one<T: DeserializeOwned>(values: Vec<JsValue>) -> Vec<T> {
    values
        .into_iter()
        .filter_map(|value| serde_wasm_bindgen::from_value(value).ok())
        .collect()
}
