//! The lock as this tab holds it: the lock kept in localStorage (read again at every write, so
//! no tab seals under an old key, or writes plain words once another tab turned the lock on),
//! the data key once the person has unlocked, and the wrong passcodes counted so far.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};

use super::error::StoreError;
use crate::domain::cipher::{DataKey, Unopened};
use crate::domain::drop_box::{DropBox, DropSecret};
use crate::domain::lock::{Attempts, AutoLock, Lock, UnusableLock};
use crate::platform::crypto;

/// The lock, when one is set (localStorage, so the start knows before it paints anything).
pub const LOCK_KEY: &str = "one-on-one.lock";
const ATTEMPTS_KEY: &str = "one-on-one.lock-attempts";
const AUTO_LOCK_KEY: &str = "one-on-one.lock-after";

/// The data key this tab unlocked, and which lock's it is.
pub(super) struct HeldKey {
    key: DataKey,
    key_id: String,
}

thread_local! {
    static HELD: RefCell<Option<Rc<HeldKey>>> = const { RefCell::new(None) };
}

impl HeldKey {
    /// `plain` sealed under `context`, with a fresh random nonce.
    pub(super) fn seal(&self, context: &str, plain: &[u8]) -> Result<Vec<u8>, StoreError> {
        let nonce = crypto::random().map_err(|e| StoreError::Failed(e.to_string()))?;
        Ok(self.key.seal(context.as_bytes(), plain, nonce))
    }

    pub(super) fn open(&self, context: &str, sealed: &[u8]) -> Result<Vec<u8>, Unopened> {
        self.key.open(context.as_bytes(), sealed)
    }

    /// A new drop box for this key's lock (its secret wrapped under this key).
    pub(super) fn new_drop_box(&self) -> Result<DropBox, StoreError> {
        let failed = |e: crypto::CryptoError| StoreError::Failed(e.to_string());
        Ok(DropBox::new(
            &self.key,
            crypto::random().map_err(failed)?,
            crypto::random().map_err(failed)?,
        ))
    }

    /// The secret key of `drop_box`, if it is this key's lock's.
    pub(super) fn drop_secret(&self, drop_box: &DropBox) -> Result<DropSecret, Unopened> {
        drop_box.secret(&self.key)
    }
}

/// The lock kept on this phone: `Ok(None)` when there is none, an error when one is kept
/// but cannot be used (the app then offers only to start again).
pub fn kept_lock() -> Result<Option<Lock>, UnusableLock> {
    let Some(text) = LocalStorage::raw().get_item(LOCK_KEY).ok().flatten() else {
        return Ok(None);
    };
    let lock: Lock = serde_json::from_str(&text)
        .map_err(|_| UnusableLock("it does not read as a lock".to_owned()))?;
    lock.check()?;
    Ok(Some(lock))
}

/// Keeps `lock` (turning it on, a new passcode, a step of turning it on or off).
pub fn keep_lock(lock: &Lock) -> Result<(), StoreError> {
    LocalStorage::set(LOCK_KEY, lock).map_err(|_| StoreError::QuotaExceeded)
}

/// Forgets the lock, once turning it off has opened everything (or everything is deleted).
pub fn forget_lock() {
    LocalStorage::delete(LOCK_KEY);
    LocalStorage::delete(ATTEMPTS_KEY);
    drop_key();
}

/// Holds `key`, the data key of the lock named `key_id`, for this tab's reads and writes.
pub fn hold_key(key: DataKey, key_id: &str) {
    let held = HeldKey {
        key,
        key_id: key_id.to_owned(),
    };
    HELD.with(|h| *h.borrow_mut() = Some(Rc::new(held)));
}

pub fn drop_key() {
    HELD.with(|h| h.borrow_mut().take());
}

/// The id of the data key this tab holds, if it holds one.
pub fn held_key_id() -> Option<String> {
    held().map(|held| held.key_id.clone())
}

/// The key to read with: the one held, whatever the lock's state.
pub(super) fn held() -> Option<Rc<HeldKey>> {
    HELD.with(|h| h.borrow().clone())
}

/// How a write is to be stored now: `None` plain (no lock, or it is being turned off), or
/// sealed with the key held. A lock this tab holds no key for refuses the write: another tab
/// turned the lock on, or set a new one.
pub(super) fn for_writing() -> Result<Option<Rc<HeldKey>>, StoreError> {
    match kept_lock() {
        Ok(None) => Ok(None),
        Ok(Some(lock)) if !lock.seals_writes() => Ok(None),
        Ok(Some(lock)) => held()
            .filter(|held| held.key_id == lock.key_id)
            .map(Some)
            .ok_or(StoreError::Locked),
        Err(_) => Err(StoreError::Locked),
    }
}

/// The wrong passcodes typed since the last right one.
pub fn attempts() -> Attempts {
    LocalStorage::get(ATTEMPTS_KEY).unwrap_or_default()
}

pub fn keep_attempts(attempts: Attempts) {
    if attempts == Attempts::default() {
        LocalStorage::delete(ATTEMPTS_KEY);
    } else {
        let _ = LocalStorage::set(ATTEMPTS_KEY, attempts);
    }
}

/// How long the app may stay hidden before it locks again.
pub fn auto_lock() -> AutoLock {
    LocalStorage::get::<String>(AUTO_LOCK_KEY)
        .ok()
        .and_then(|key| AutoLock::from_key(&key))
        .unwrap_or_default()
}

pub fn keep_auto_lock(choice: AutoLock) {
    let _ = LocalStorage::set(AUTO_LOCK_KEY, choice.key());
}
