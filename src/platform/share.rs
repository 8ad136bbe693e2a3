//! Handing text and files to the phone: the share sheet (Web Share) and the clipboard, each
//! checked before use, since neither exists everywhere (the clipboard needs HTTPS or localhost).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FilePropertyBag, HtmlDocument, HtmlTextAreaElement, Navigator, ShareData};

use super::files::download_text;

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

/// How a file reached the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivered {
    /// Through the share sheet, e.g. straight to the calendar app.
    Shared,
    Downloaded,
    /// The share sheet was closed without choosing.
    Cancelled,
}

/// Offers a file through the share sheet where the browser can share files (phones), and
/// as a download everywhere else.
pub async fn share_or_download(
    file_name: &str,
    mime_type: &str,
    text: &str,
) -> Result<Delivered, String> {
    let shareable = navigator()
        .filter(|n| has(n, "canShare") && has(n, "share"))
        .and_then(|navigator| {
            let options = FilePropertyBag::new();
            options.set_type(mime_type);
            let parts = js_sys::Array::of1(&text.into());
            let file = File::new_with_str_sequence_and_options(&parts, file_name, &options).ok()?;
            let data = ShareData::new();
            data.set_files(&js_sys::Array::of1(&file));
            data.set_title(file_name);
            navigator
                .can_share_with_data(&data)
                .then_some((navigator, data))
        });
    let Some((navigator, data)) = shareable else {
        return download_text(file_name, mime_type, text).map(|()| Delivered::Downloaded);
    };
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => Ok(Delivered::Shared),
        Err(error) => {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Ok(Delivered::Cancelled)
            } else {
                download_text(file_name, mime_type, text).map(|()| Delivered::Downloaded)
            }
        }
    }
}
