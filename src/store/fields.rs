//! Reading a field of a stored object as it is, to choose records before converting them.

use wasm_bindgen::JsValue;

/// The text in field `name` of `value`, if it is text.
pub fn text(value: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(value, &JsValue::from_str(name))
        .ok()?
        .as_string()
}

/// The number in field `name` of `value`, if it is a number (absent, `null` or `undefined` is
/// `None`).
pub fn number(value: &JsValue, name: &str) -> Option<f64> {
    js_sys::Reflect::get(value, &JsValue::from_str(name))
        .ok()?
        .as_f64()
}

/// The `meta` object (id and times) of a stored record.
pub fn meta(value: &JsValue) -> Option<JsValue> {
    js_sys::Reflect::get(value, &JsValue::from_str("meta")).ok()
}
