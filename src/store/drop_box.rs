//! The drop box in localStorage: a value this tab may not write (the lock was turned on in
//! another tab, and this tab holds no key) is sealed to the lock's drop box instead, under its
//! own key; a tab that unlocks opens what was dropped and writes it where it belongs (the
//! journal, whose replay merges it like any edit). See `domain::drop_box`.

use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde_json::Value;

use super::error::StoreError;
use super::sealed_text;
use super::vault;
use crate::domain::cipher;
use crate::domain::drop_box;
use crate::platform::crypto;

const PREFIX: &str = "one-on-one.drop-box.";

/// Keeps `value`, refused at `key` for want of the data key, sealed to the lock's drop box.
pub(super) fn post(key: &str, value: &impl Serialize) -> Result<(), StoreError> {
    let public_key = vault::kept_lock()
        .ok()
        .flatten()
        .and_then(|lock| lock.drop_box?.public_key())
        .ok_or(StoreError::Locked)?;
    let failed = |e: crypto::CryptoError| StoreError::Failed(e.to_string());
    let message = serde_json::to_vec(value).map_err(|e| StoreError::Failed(e.to_string()))?;
    let posted = drop_box::post(
        &public_key,
        key.as_bytes(),
        &message,
        crypto::random().map_err(failed)?,
        crypto::random().map_err(failed)?,
    );
    LocalStorage::raw()
        .set_item(&format!("{PREFIX}{key}"), &cipher::to_text(&posted))
        .map_err(|_| StoreError::QuotaExceeded)
}

/// Opens what was dropped and writes it back under its own key, sealed with the key this tab
/// holds (or plain, if the lock is being turned off), where `takes(key, dropped, kept)` says
/// so. What does not open with this lock's drop box (changed, or posted to a lock since
/// replaced) cannot be opened by anyone and is forgotten. Does nothing until this tab holds
/// the lock's key. Returns how many it wrote.
pub(super) fn collect(
    takes: impl Fn(&str, &Value, Option<&Value>) -> bool,
) -> Result<usize, StoreError> {
    let Some(held) = vault::held() else {
        return Ok(0);
    };
    let lock = vault::kept_lock().ok().flatten();
    let Some(secret) = lock
        .filter(|lock| Some(&lock.key_id) == vault::held_key_id().as_ref())
        .and_then(|lock| held.drop_secret(lock.drop_box.as_ref()?).ok())
    else {
        return Ok(0);
    };
    let mut moved = 0;
    for dropped in keys() {
        let key = &dropped[PREFIX.len()..];
        let opened = LocalStorage::raw()
            .get_item(&dropped)
            .ok()
            .flatten()
            .and_then(|text| cipher::from_text(&text).ok())
            .and_then(|posted| secret.open(key.as_bytes(), &posted).ok())
            .and_then(|message| serde_json::from_slice::<Value>(&message).ok());
        if let Some(value) = opened {
            let kept: Option<Value> = sealed_text::read(key);
            if takes(key, &value, kept.as_ref()) {
                sealed_text::write(key, &value)?;
                moved += 1;
            }
        }
        LocalStorage::delete(&dropped);
    }
    Ok(moved)
}

/// Whether anything is waiting in the drop box.
pub fn holds_anything() -> bool {
    !keys().is_empty()
}

fn keys() -> Vec<String> {
    sealed_text::keys_starting(PREFIX)
}

/// Forgets what was dropped for `key` (the record was deleted, or its person forgotten).
pub(super) fn forget(key: &str) {
    LocalStorage::delete(format!("{PREFIX}{key}"));
}

/// Forgets everything dropped (after "delete all data").
pub fn clear() {
    for key in keys() {
        LocalStorage::delete(key);
    }
}
