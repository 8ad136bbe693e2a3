//! Values the store keeps in localStorage (the journal, Today's snapshot) as JSON text, or,
//! while the lock is on, sealed under the data key with the localStorage key as the context,
//! as "sealed:" and base64. Reading opens either.

use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::error::StoreError;
use super::vault::{self, HeldKey};
use crate::domain::cipher;

const SEALED_PREFIX: &str = "sealed:";

/// Keeps `value` under `key`, sealed if the lock is on.
pub(super) fn write(key: &str, value: &impl Serialize) -> Result<(), StoreError> {
    write_in(vault::for_writing()?.as_deref(), key, value)
}

/// Keeps `value` under `key`, sealed with `held` if given.
fn write_in(held: Option<&HeldKey>, key: &str, value: &impl Serialize) -> Result<(), StoreError> {
    let text = match held {
        None => serde_json::to_string(value).map_err(|e| StoreError::Failed(e.to_string()))?,
        Some(held) => sealed(held, key, value)?,
    };
    LocalStorage::raw()
        .set_item(key, &text)
        .map_err(|_| StoreError::QuotaExceeded)
}

fn sealed(held: &HeldKey, key: &str, value: &impl Serialize) -> Result<String, StoreError> {
    let plain = serde_json::to_vec(value).map_err(|e| StoreError::Failed(e.to_string()))?;
    Ok(format!(
        "{SEALED_PREFIX}{}",
        cipher::to_text(&held.seal(key, &plain)?)
    ))
}

/// The value kept under `key`, if there is one that reads (and opens, if it is sealed).
pub(super) fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = LocalStorage::raw().get_item(key).ok().flatten()?;
    match text.strip_prefix(SEALED_PREFIX) {
        None => serde_json::from_str(&text).ok(),
        Some(body) => {
            let sealed = cipher::from_text(body).ok()?;
            let plain = vault::held()?.open(key, &sealed).ok()?;
            serde_json::from_slice(&plain).ok()
        }
    }
}

/// Writes what is kept under `key` again in the form the lock asks for now (turning the lock
/// on or off); one that does not open is left as it is.
pub(super) fn rewrite(key: &str) -> Result<(), StoreError> {
    let Some(text) = LocalStorage::raw().get_item(key).ok().flatten() else {
        return Ok(());
    };
    let held = vault::for_writing()?;
    if text.starts_with(SEALED_PREFIX) == held.is_some() {
        return Ok(());
    }
    match read::<serde_json::Value>(key) {
        Some(value) => write_in(held.as_deref(), key, &value),
        None => Ok(()),
    }
}

/// The localStorage keys that start with `prefix`.
pub(super) fn keys_starting(prefix: &str) -> Vec<String> {
    let storage = LocalStorage::raw();
    (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

/// Whether the value under `key` is sealed and this tab holds no key to open it.
pub(super) fn needs_key(key: &str) -> bool {
    vault::held().is_none()
        && LocalStorage::raw()
            .get_item(key)
            .ok()
            .flatten()
            .is_some_and(|text| text.starts_with(SEALED_PREFIX))
}
