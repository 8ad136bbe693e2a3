//! Handing something to the phone (a file to the share sheet or the downloads, a text to the
//! share sheet or the clipboard) and what to say of it after.

use web_sys::HtmlTextAreaElement;

use crate::platform::share::{copy_text, share_or_download, share_text, Delivered, Shared};

/// Hands `text` to the phone as the file `name`; says `sent` once shared, `saved` once
/// downloaded, nothing if the share sheet was closed, else what went wrong.
pub async fn deliver(
    name: &str,
    mime_type: &str,
    text: &str,
    sent: String,
    saved: String,
) -> String {
    match share_or_download(name, mime_type, text).await {
        Ok(Delivered::Shared) => sent,
        Ok(Delivered::Downloaded) => saved,
        Ok(Delivered::Cancelled) => String::new(),
        Err(problem) => problem,
    }
}

/// Opens the share sheet with `text`: what to say of it, and whether it went to another app.
pub async fn share(title: &str, text: &str) -> (String, bool) {
    match share_text(title, text).await {
        Ok(Shared::Sent) => ("Shared.".to_owned(), true),
        Ok(Shared::Cancelled) => (String::new(), false),
        Err(problem) => (problem, false),
    }
}

/// Copies `text` (selecting `fallback_field`, which shows it, where there is no clipboard
/// API): what to say of it.
pub async fn copy(text: &str, fallback_field: Option<HtmlTextAreaElement>) -> String {
    match copy_text(text, fallback_field).await {
        Ok(()) => "Copied. Paste it into any app.".to_owned(),
        Err(problem) => problem,
    }
}
