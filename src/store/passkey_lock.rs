//! Fingerprint or face on top of the passcode: a passkey made on this phone whose PRF output
//! wraps the same data key the passcode does, so either opens the app; the passcode stays
//! (a new passcode leaves the passkey working, turning the lock off removes it).

use super::database::Store;
use super::locking::{forget_on_phone, keep, kept, unwrap_counted, LockError};
use super::vault;
use crate::domain::cipher::DataKey;
use crate::domain::lock::{Attempts, Lock, Passkey, PRF_SALT_BYTES};
use crate::platform::crypto;
use crate::platform::passkey;

/// Adds fingerprint or face, once `passcode` proves it is the person's: a passkey made on
/// this phone, and the data key wrapped by its PRF output.
pub async fn add(store: &Store, passcode: &str, now: i64) -> Result<(), LockError> {
    let lock = kept()?;
    let key = unwrap_counted(&lock, passcode, now).await?;
    let salt = crypto::random::<PRF_SALT_BYTES>()?;
    let made = passkey::make(&salt).await?;
    let output = match made.output {
        Some(output) => output,
        // Made, but the authenticator gives the output only when asked: a second check.
        None => passkey::output(&made.credential_id, &salt).await?,
    };
    let wrapped = key.wrap(&output, crypto::random()?);
    let passkey = Passkey::new(&made.credential_id, &salt, &wrapped);
    // The lock as it is now: another tab may have changed the passcode meanwhile.
    let lock = kept()?;
    keep(store, &lock.with_passkey(Some(passkey))).await
}

/// Unlocks with the phone's fingerprint or face: this tab holds the data key. Returns the
/// lock, as [`super::locking::unlock`] does.
pub async fn unlock() -> Result<Lock, LockError> {
    let lock = kept()?;
    let parts = lock.passkey_parts().ok_or(LockError::PasskeyStale)?;
    let output = passkey::output(&parts.credential_id, &parts.salt).await?;
    let key = DataKey::unwrap(&output, &parts.wrapped_key).map_err(|_| LockError::PasskeyStale)?;
    vault::hold_key(key, &lock.key_id);
    // The phone's own check passed: earlier wrong passcodes no longer make anyone wait.
    vault::keep_attempts(Attempts::default());
    Ok(lock)
}

/// Stops unlocking with fingerprint or face: the passcode only, as before it was added.
/// Returns whether the phone was asked to drop the passkey from its own list too.
pub async fn remove(store: &Store) -> Result<bool, LockError> {
    let lock = kept()?;
    keep(store, &lock.with_passkey(None)).await?;
    Ok(forget_on_phone(&lock).await)
}
