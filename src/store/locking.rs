//! Turning the lock on and off, unlocking, and changing the passcode: the data key made,
//! wrapped by a key made from the passcode (PBKDF2 in the browser's crypto), held by this tab,
//! and everything stored written again in the form the lock asks for (`sealing.rs`).

use std::fmt;

use indexed_db_futures::database::Database;

use super::database::Store;
use super::error::StoreError;
use super::journal;
use super::snapshot;
use super::team_membership;
use super::vault;
use crate::domain::cipher::{DataKey, KEY_BYTES};
use crate::domain::lock::{Attempts, CodeKind, Lock, LockState, SALT_BYTES};
use crate::platform::crypto::{self, CryptoError};
use crate::platform::passkey::{self, PasskeyError};
use crate::platform::timing::Timing;

/// Why a lock step did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// The passcode is not the lock's; `wait_s` before the next try.
    Wrong {
        failures: u32,
        wait_s: i64,
    },
    /// Too many wrong passcodes: no try for this many seconds more.
    Wait(i64),
    /// There is no lock (it was turned off elsewhere), or one is on already.
    NoLock,
    AlreadyOn,
    /// The kept lock cannot be used (changed by hand, or a newer version's).
    Unusable(String),
    /// The phone's fingerprint or face gave no key.
    Passkey(PasskeyError),
    /// The passkey answered, but what it gave does not open the data key.
    PasskeyStale,
    Crypto(CryptoError),
    Store(StoreError),
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LockError::Wrong { wait_s: 0, .. } => f.write_str("That passcode is not right."),
            LockError::Wrong { failures, wait_s } => write!(
                f,
                "That passcode is not right ({failures} wrong in a row). Try again in {}.",
                seconds(*wait_s)
            ),
            LockError::Wait(wait_s) => write!(
                f,
                "Too many wrong passcodes. Try again in {}.",
                seconds(*wait_s)
            ),
            LockError::NoLock => f.write_str("The lock is off."),
            LockError::AlreadyOn => f.write_str("The lock is on already."),
            LockError::Unusable(why) => write!(
                f,
                "The lock on this phone cannot be opened: {why}. Delete all data and start again, then restore a backup."
            ),
            LockError::Passkey(error) => error.fmt(f),
            LockError::PasskeyStale => f.write_str(
                "Fingerprint or face no longer opens the app on this phone. Use the passcode, then set fingerprint or face up again in Settings.",
            ),
            LockError::Crypto(error) => error.fmt(f),
            LockError::Store(error) => error.fmt(f),
        }
    }
}

/// "5 seconds", "1 minute", "15 minutes".
pub fn seconds(wait_s: i64) -> String {
    match wait_s {
        1 => "1 second".to_owned(),
        s if s < 60 => format!("{s} seconds"),
        s if s < 120 => "1 minute".to_owned(),
        s => format!("{} minutes", (s + 59) / 60),
    }
}

impl From<StoreError> for LockError {
    fn from(error: StoreError) -> Self {
        LockError::Store(error)
    }
}

impl From<PasskeyError> for LockError {
    fn from(error: PasskeyError) -> Self {
        LockError::Passkey(error)
    }
}

impl From<CryptoError> for LockError {
    fn from(error: CryptoError) -> Self {
        LockError::Crypto(error)
    }
}

pub(super) fn kept() -> Result<Lock, LockError> {
    vault::kept_lock()
        .map_err(|e| LockError::Unusable(e.0))?
        .ok_or(LockError::NoLock)
}

/// Keeps `lock` in IndexedDB (which a killed browser keeps), then in localStorage.
pub(super) async fn keep(store: &Store, lock: &Lock) -> Result<(), LockError> {
    store.keep_durable_lock(lock).await?;
    Ok(vault::keep_lock(lock)?)
}

/// Makes the lock in localStorage the one IndexedDB keeps, when a killed browser lost the
/// last change to it (the lock turned on, or a passcode changed, just before). Returns true
/// when it was replaced: the page must start again, on the lock screen.
pub async fn reconcile(store: &Store) -> Result<bool, StoreError> {
    let Some(durable) = store.durable_lock().await? else {
        return Ok(false);
    };
    if vault::kept_lock().ok().flatten().as_ref() == Some(&durable) {
        return Ok(false);
    }
    vault::keep_lock(&durable)?;
    Ok(true)
}

/// The key made from `passcode` for a lock with `salt`.
async fn wrapping_key(passcode: &str, salt: &[u8], iterations: u32) -> Result<[u8; 32], LockError> {
    Ok(crypto::bits_from_passcode(passcode, salt, iterations).await?)
}

/// The data key `passcode` unwraps from `lock`, counting a wrong one (and refusing to try
/// while the wait after earlier wrong ones runs).
pub(super) async fn unwrap_counted(
    lock: &Lock,
    passcode: &str,
    now: i64,
) -> Result<DataKey, LockError> {
    let attempts = vault::attempts();
    let wait_s = attempts.seconds_to_wait(now);
    if wait_s > 0 {
        return Err(LockError::Wait(wait_s));
    }
    let salt = lock.salt_bytes().ok_or(LockError::NoLock)?;
    let wrapped = lock.wrapped_key_bytes().ok_or(LockError::NoLock)?;
    let timing = Timing::start("unlock");
    let wrapping = wrapping_key(passcode, &salt, lock.iterations).await?;
    let unwrapped = DataKey::unwrap(&wrapping, &wrapped);
    timing.end();
    match unwrapped {
        Ok(key) => {
            vault::keep_attempts(Attempts::default());
            Ok(key)
        }
        Err(_) => {
            let attempts = attempts.failed(now);
            vault::keep_attempts(attempts);
            Err(LockError::Wrong {
                failures: attempts.failures,
                wait_s: attempts.seconds_to_wait(now),
            })
        }
    }
}

/// Unlocks with `passcode` at `now`: this tab holds the data key. Returns the lock, whose
/// state says whether turning it on or off is still to finish ([`finish`]).
pub async fn unlock(passcode: &str, now: i64) -> Result<Lock, LockError> {
    let lock = kept()?;
    let key = unwrap_counted(&lock, passcode, now).await?;
    vault::hold_key(key, &lock.key_id);
    Ok(lock)
}

/// Turns the lock on with `passcode`: a new data key, and everything stored sealed with it.
pub async fn turn_on(
    store: &Store,
    passcode: &str,
    progress: impl Fn(u32, u32),
) -> Result<(), LockError> {
    if vault::kept_lock()
        .map_err(|e| LockError::Unusable(e.0))?
        .is_some()
    {
        return Err(LockError::AlreadyOn);
    }
    let salt = crypto::random::<SALT_BYTES>()?;
    let key = DataKey::from_bytes(crypto::random::<KEY_BYTES>()?);
    let key_id = crypto::random::<8>()?;
    let wrapping = wrapping_key(passcode, &salt, crate::domain::lock::ITERATIONS).await?;
    let wrapped = key.wrap(&wrapping, crypto::random()?);
    let lock = Lock::new(&salt, &wrapped, &key_id, CodeKind::of(passcode));
    vault::hold_key(key, &lock.key_id);
    keep(store, &with_drop_box(lock)?).await?;
    finish(store, progress).await?;
    // What other tabs typed as the lock came on waits in the drop box: merge it now.
    store.replay_journal().await?;
    Ok(())
}

/// `lock` with a drop box for the key this tab holds, if it has none yet (a lock set by an
/// older version gets one at its first unlock).
fn with_drop_box(lock: Lock) -> Result<Lock, StoreError> {
    match vault::held() {
        Some(held) if lock.drop_box.is_none() && lock.seals_writes() => {
            Ok(lock.with_drop_box(held.new_drop_box()?))
        }
        _ => Ok(lock),
    }
}

/// Finishes turning the lock on or off, if a tab stopped halfway (or this one just began).
pub async fn finish(store: &Store, progress: impl Fn(u32, u32)) -> Result<(), LockError> {
    let mut lock = kept()?;
    if lock.drop_box.is_none() {
        lock = with_drop_box(lock)?;
        if lock.drop_box.is_some() {
            keep(store, &lock).await?;
        }
    }
    if lock.state == LockState::On {
        return Ok(());
    }
    store.reseal_everything(progress).await?;
    match lock.state {
        LockState::Unsealing => {
            store.forget_durable_lock().await?;
            vault::forget_lock();
            forget_on_phone(&lock).await;
        }
        _ => keep(store, &lock.with_state(LockState::On)).await?,
    }
    Ok(())
}

/// Changes the passcode from `current` to `new`: the same data key, wrapped anew.
pub async fn change_passcode(
    store: &Store,
    current: &str,
    new: &str,
    now: i64,
) -> Result<(), LockError> {
    let lock = kept()?;
    let key = unwrap_counted(&lock, current, now).await?;
    let salt = crypto::random::<SALT_BYTES>()?;
    let wrapping = wrapping_key(new, &salt, crate::domain::lock::ITERATIONS).await?;
    let wrapped = key.wrap(&wrapping, crypto::random()?);
    keep(store, &lock.rewrapped(&salt, &wrapped, CodeKind::of(new))).await
}

/// Turns the lock off, once `passcode` proves it is the person's: everything stored opened.
pub async fn turn_off(
    store: &Store,
    passcode: &str,
    now: i64,
    progress: impl Fn(u32, u32),
) -> Result<(), LockError> {
    let lock = kept()?;
    let key = unwrap_counted(&lock, passcode, now).await?;
    vault::hold_key(key, &lock.key_id);
    keep(store, &lock.with_state(LockState::Unsealing)).await?;
    finish(store, progress).await
}

/// Asks the phone to drop `lock`'s passkey, once nothing here opens with it (best effort).
/// Returns whether the browser took the request.
pub(super) async fn forget_on_phone(lock: &Lock) -> bool {
    match lock.passkey_parts() {
        Some(parts) => passkey::signal_unknown(&parts.credential_id).await,
        None => false,
    }
}

/// Deletes everything the app keeps on this phone (database `db_name`, the journal, Today's
/// snapshot, the team it is in) and the lock with it: a forgotten passcode leaves nothing
/// else to do.
pub async fn start_again(db_name: &str) -> Result<(), StoreError> {
    if let Ok(Some(lock)) = vault::kept_lock() {
        forget_on_phone(&lock).await;
    }
    journal::clear();
    snapshot::forget();
    team_membership::forget();
    vault::forget_lock();
    Database::delete_by_name(db_name)
        .map_err(|e| StoreError::Failed(e.to_string()))?
        .await
        .map_err(|e| StoreError::Failed(e.to_string()))?;
    Ok(())
}
