//! Handing text to the phone: the share sheet (Web Share) and the clipboard, each checked
//! before use, since neither exists everywhere (the clipboard needs HTTPS or localhost).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDocument, HtmlTextAreaElement, Navigator, ShareData};

fn navigator() -> Option<Navigator> {
    web_sys::window().map(|w| w.navigator())
}

fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
}

/// Whether the browser offers a share sheet.
pub fn can_share() -> bool {
    navigator().is_some_and(|n| has(&n, "share"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Sent,
    /// The person closed the share sheet.
    Cancelled,
}

/// Opens the share sheet with `text`.
pub async fn share_text(title: &str, text: &str) -> Result<Shared, String> {
    let navigator = navigator().filter(|n| has(n, "share"));
    let Some(navigator) = navigator else {
        return Err("This browser has no share sheet; copy the message instead.".to_owned());
    };
    let data = ShareData::new();
    data.set_title(title);
    data.set_text(text);
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => Ok(Shared::Sent),
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Ok(Shared::Cancelled)
            } else {
                Err("The share sheet could not open; copy the message instead.".to_owned())
            }
        }
    }
}

/// Copies `text`; without the clipboard API, copies the selection of `fallback_field` (whose
/// value is the same text) the old way.
pub async fn copy_text(
    text: &str,
    fallback_field: Option<HtmlTextAreaElement>,
) -> Result<(), String> {
    let failed = || "Could not copy: select the message and copy it by hand.".to_owned();
    if let Some(navigator) = navigator().filter(|n| has(n, "clipboard")) {
        if JsFuture::from(navigator.clipboard().write_text(text))
            .await
            .is_ok()
        {
            return Ok(());
        }
    }
    let field = fallback_field.ok_or_else(failed)?;
    field.select();
    let document: HtmlDocument = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(failed)?
        .unchecked_into();
    match document.exec_command("copy") {
        Ok(true) => Ok(()),
        _ => Err(failed()),
    }
}
