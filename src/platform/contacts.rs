//! The phone's contacts, where the browser lets a page ask for some (the Contact Picker API:
//! Chrome on Android): the person picks, the page gets only their names, phones and emails.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// One contact as picked: every name, phone and email it has.
pub struct Picked {
    pub names: Vec<String>,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

fn contacts_manager() -> Option<JsValue> {
    let window = web_sys::window()?;
    let has_api = js_sys::Reflect::has(&window, &"ContactsManager".into()).unwrap_or(false);
    let contacts = js_sys::Reflect::get(&window.navigator(), &"contacts".into()).ok()?;
    (has_api && contacts.is_object()).then_some(contacts)
}

/// Whether this browser offers the phone's contacts to pick from.
pub fn can_pick() -> bool {
    contacts_manager().is_some()
}

/// Lets the person pick one or several contacts; an empty list when they pick none.
pub async fn pick() -> Result<Vec<Picked>, String> {
    let contacts = contacts_manager().ok_or("This browser does not offer your contacts.")?;
    let select: js_sys::Function = js_sys::Reflect::get(&contacts, &"select".into())
        .ok()
        .and_then(|select| select.dyn_into().ok())
        .ok_or("This browser does not offer your contacts.")?;
    let properties = js_sys::Array::of3(&"name".into(), &"tel".into(), &"email".into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"multiple".into(), &true.into());
    let promise = select
        .call2(&contacts, &properties, &options)
        .map_err(|_| "Your contacts could not be opened.".to_owned())?;
    let picked = JsFuture::from(js_sys::Promise::from(promise))
        .await
        .map_err(|_| "Your contacts could not be opened (none were picked).".to_owned())?;
    Ok(js_sys::Array::from(&picked)
        .iter()
        .map(|contact| Picked {
            names: texts(&contact, "name"),
            phones: texts(&contact, "tel"),
            emails: texts(&contact, "email"),
        })
        .collect())
}

/// The texts of list `field` of a picked contact (none when it has no such list).
fn texts(contact: &JsValue, field: &str) -> Vec<String> {
    js_sys::Reflect::get(contact, &field.into())
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|list| {
            js_sys::Array::from(&list)
                .iter()
                .filter_map(|text| text.as_string())
                .collect()
        })
        .unwrap_or_default()
}
