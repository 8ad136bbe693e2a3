//! Storage failures, each with a message a person can act on.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser offers no IndexedDB (some private modes) or refused to open it.
    Unavailable(String),
    /// The device is out of space for this site.
    QuotaExceeded,
    /// Another open tab holds an older version of the database and must be closed first.
    Blocked,
    /// A newer version of the app, opened in another tab, needs this tab to close its connection.
    VersionChanged,
    /// A request refused for a reason the message gives in full (a backup too old to restore).
    Refused(String),
    /// The lock is on and this tab holds no key for it (another tab turned it on or changed it).
    Locked,
    /// Anything else: a stored value that would not read back, a failed request.
    Failed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(detail) => write!(
                f,
                "This browser is not letting the app store data ({detail}). Private browsing often does this: open the app in a normal window to keep your notes."
            ),
            StoreError::QuotaExceeded => f.write_str(
                "The phone is out of space for the app's data. Your saved notes are safe, but the last change was not saved: free some space, or export a backup.",
            ),
            StoreError::Blocked => f.write_str(
                "The app was updated and is waiting for its other open tabs to close. Close them and this tab continues.",
            ),
            StoreError::VersionChanged => f.write_str(
                "A newer version of the app was opened in another tab. Reload this tab to keep working; everything you saved is kept.",
            ),
            StoreError::Refused(why) => f.write_str(why),
            StoreError::Locked => f.write_str(
                "The app was locked in another tab: reload this one and unlock it to keep working. What you typed is kept.",
            ),
            StoreError::Failed(detail) => write!(f, "Saving or loading failed: {detail}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<indexed_db_futures::error::Error> for StoreError {
    fn from(error: indexed_db_futures::error::Error) -> Self {
        use indexed_db_futures::error::{DomException, Error};
        match &error {
            Error::DomException(DomException::Other(e)) if e.name() == "QuotaExceededError" => {
                StoreError::QuotaExceeded
            }
            Error::DomException(DomException::InvalidStateError(_)) => StoreError::VersionChanged,
            _ => StoreError::Failed(error.to_string()),
        }
    }
}

impl From<indexed_db_futures::error::OpenDbError> for StoreError {
    fn from(error: indexed_db_futures::error::OpenDbError) -> Self {
        use indexed_db_futures::error::OpenDbError;
        match error {
            OpenDbError::Base(base) => match StoreError::from(base) {
                StoreError::Failed(detail) => StoreError::Unavailable(detail),
                other => other,
            },
            other => StoreError::Unavailable(other.to_string()),
        }
    }
}

/// A request made straight on the browser's IndexedDB objects (derived rows, upgrades).
impl From<wasm_bindgen::JsValue> for StoreError {
    fn from(error: wasm_bindgen::JsValue) -> Self {
        use wasm_bindgen::JsCast;
        match error.dyn_ref::<web_sys::DomException>() {
            Some(e) if e.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
            Some(e) if e.name() == "InvalidStateError" => StoreError::VersionChanged,
            Some(e) => StoreError::Failed(format!("{}: {}", e.name(), e.message())),
            None => StoreError::Failed(format!("{error:?}")),
        }
    }
}
