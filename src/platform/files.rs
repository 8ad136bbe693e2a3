//! Files in and out: save text as a download, read a file the person picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Offers `text` as a file download named `file_name`.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("The browser would not save the file ({what}).");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let parts = js_sys::Array::of1(&text.into());
    let blob =
        Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| fail("blob"))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| fail("object URL"))?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Some browsers read the URL after click() returns: free it a minute later.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// The whole text of a picked file.
pub async fn read_text(file: &File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| "The file could not be read.".to_owned())
}
