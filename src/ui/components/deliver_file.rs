//! A file handed to the phone (share sheet, or a download) and what to say of it after.

use crate::platform::share::{share_or_download, Delivered};

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
