//! The passcode lock's rules and the record that describes it: what a passcode must be, how
//! the data key is kept wrapped by a key made from it, how long a wrong guess makes the next
//! one wait, and how soon a hidden app locks again. Pure: the browser parts are in `store`
//! (where the lock is kept) and `platform::crypto` (the key made from the passcode).

use serde::{Deserialize, Serialize};

use super::drop_box::DropBox;
use super::sealed::{hex, unhex};

/// The key is made from the passcode as a protected backup's is from its passphrase.
pub use super::sealed::{ITERATIONS, KDF, SALT_BYTES};
use super::sealed::{MAX_ITERATIONS, MIN_ITERATIONS};

pub const LOCK_VERSION: u32 = 1;
pub const CIPHER: &str = "XChaCha20-Poly1305";
/// A PIN has at least this many digits.
pub const MIN_PIN_DIGITS: usize = 6;
/// A phrase (anything that is not all digits) has at least this many characters.
pub const MIN_PHRASE_CHARS: usize = 8;
/// Wrong passcodes that cost no wait; each one after makes the next wait longer.
const FREE_TRIES: u32 = 3;
/// The waits after the free tries, in seconds; the last one repeats.
const WAITS_S: [i64; 6] = [5, 15, 30, 60, 300, 900];

/// Where turning the lock on or off has got to: both can stop halfway (a closed tab) and
/// go on at the next unlock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LockState {
    /// Being turned on: what is stored is being sealed; everything written now is sealed.
    Sealing,
    /// On: everything stored is sealed.
    On,
    /// Being turned off: what is stored is being opened; everything written now is plain.
    Unsealing,
}

/// What kind of passcode it is, so the lock screen offers the right keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeKind {
    Pin,
    Phrase,
}

impl CodeKind {
    pub fn of(code: &str) -> CodeKind {
        if !code.is_empty() && code.chars().all(|c| c.is_ascii_digit()) {
            CodeKind::Pin
        } else {
            CodeKind::Phrase
        }
    }
}

/// The lock as the phone keeps it (in localStorage, read before anything else at start).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lock {
    pub version: u32,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    pub cipher: String,
    /// The data key, sealed under the key made from the passcode (nonce, ciphertext, tag; hex).
    pub wrapped_key: String,
    /// Names the data key (random), so a tab holding an older one knows it is out of date.
    pub key_id: String,
    pub state: LockState,
    pub code: CodeKind,
    /// A second way in, on top of the passcode: the phone's own fingerprint or face, through a
    /// passkey whose PRF output wraps the same data key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey: Option<Passkey>,
    /// Where a tab without the data key seals what is typed in it (the lock turned on in
    /// another tab meanwhile). A lock set by an older version has none until its next unlock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drop_box: Option<DropBox>,
}

/// The data key wrapped by a passkey: the key that wraps it is the passkey's PRF output for
/// `salt`, which only the phone's authenticator can give, and only after its own check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passkey {
    /// The passkey's credential id (hex), asked for by id when unlocking.
    pub credential_id: String,
    /// The PRF input (hex, 32 bytes).
    pub salt: String,
    /// The data key, sealed under the PRF output (nonce, ciphertext, tag; hex).
    pub wrapped_key: String,
}

/// A passkey's parts, read back from their hex: what unlocking with it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasskeyParts {
    pub credential_id: Vec<u8>,
    pub salt: [u8; PRF_SALT_BYTES],
    pub wrapped_key: Vec<u8>,
}

/// The PRF input's length: as long as the output, a SHA-256.
pub const PRF_SALT_BYTES: usize = 32;

impl Passkey {
    pub fn new(credential_id: &[u8], salt: &[u8; PRF_SALT_BYTES], wrapped_key: &[u8]) -> Passkey {
        Passkey {
            credential_id: hex(credential_id),
            salt: hex(salt),
            wrapped_key: hex(wrapped_key),
        }
    }

    /// The parts, or `None` when any of them is damaged (the passkey is then not offered).
    pub fn parts(&self) -> Option<PasskeyParts> {
        let credential_id = unhex(&self.credential_id).filter(|id| !id.is_empty())?;
        let salt = unhex(&self.salt)?.try_into().ok()?;
        let wrapped_key = unhex(&self.wrapped_key).filter(|w| !w.is_empty())?;
        Some(PasskeyParts {
            credential_id,
            salt,
            wrapped_key,
        })
    }
}

/// A kept lock that cannot be used: changed by hand, or written by a newer version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnusableLock(pub String);

impl Lock {
    /// A lock being turned on, for a data key wrapped as `wrapped_key`.
    pub fn new(salt: &[u8; SALT_BYTES], wrapped_key: &[u8], key_id: &[u8], code: CodeKind) -> Lock {
        Lock {
            version: LOCK_VERSION,
            kdf: KDF.to_owned(),
            iterations: ITERATIONS,
            salt: hex(salt),
            cipher: CIPHER.to_owned(),
            wrapped_key: hex(wrapped_key),
            key_id: hex(key_id),
            state: LockState::Sealing,
            code,
            passkey: None,
            drop_box: None,
        }
    }

    /// The same lock with the data key wrapped anew (a changed passcode).
    pub fn rewrapped(&self, salt: &[u8; SALT_BYTES], wrapped_key: &[u8], code: CodeKind) -> Lock {
        Lock {
            iterations: ITERATIONS,
            salt: hex(salt),
            wrapped_key: hex(wrapped_key),
            code,
            ..self.clone()
        }
    }

    /// The same lock with `passkey` as its second way in (`None`: the passcode only).
    pub fn with_passkey(&self, passkey: Option<Passkey>) -> Lock {
        Lock {
            passkey,
            ..self.clone()
        }
    }

    /// The passkey's parts, when one is set and readable.
    pub fn passkey_parts(&self) -> Option<PasskeyParts> {
        self.passkey.as_ref().and_then(Passkey::parts)
    }

    /// The same lock with `drop_box` for what tabs without the data key type.
    pub fn with_drop_box(&self, drop_box: DropBox) -> Lock {
        Lock {
            drop_box: Some(drop_box),
            ..self.clone()
        }
    }

    pub fn with_state(&self, state: LockState) -> Lock {
        Lock {
            state,
            ..self.clone()
        }
    }

    /// Checks a lock read back: one this version cannot use is refused with the reason.
    pub fn check(&self) -> Result<(), UnusableLock> {
        let unusable = |why: &str| Err(UnusableLock(why.to_owned()));
        if self.version != LOCK_VERSION {
            return unusable("it was set by a newer version of the app");
        }
        if self.kdf != KDF || self.cipher != CIPHER {
            return unusable("it names a key or cipher this app does not use");
        }
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations) {
            return unusable("its key strength is out of range");
        }
        if self.salt_bytes().is_none() || self.wrapped_key_bytes().is_none() {
            return unusable("its key is damaged");
        }
        Ok(())
    }

    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        unhex(&self.salt).filter(|s| s.len() == SALT_BYTES)
    }

    pub fn wrapped_key_bytes(&self) -> Option<Vec<u8>> {
        unhex(&self.wrapped_key)
    }

    /// Whether records written now are sealed.
    pub fn seals_writes(&self) -> bool {
        self.state != LockState::Unsealing
    }
}

/// What is wrong with `code` as a passcode (typed twice as `repeated`), if anything.
pub fn passcode_problem(code: &str, repeated: &str) -> Option<String> {
    match CodeKind::of(code) {
        CodeKind::Pin if code.chars().count() < MIN_PIN_DIGITS => {
            return Some(format!(
                "A PIN needs at least {MIN_PIN_DIGITS} digits. Or choose a phrase of {MIN_PHRASE_CHARS} characters or more."
            ));
        }
        CodeKind::Phrase if code.chars().count() < MIN_PHRASE_CHARS => {
            return Some(format!(
                "A passcode is a PIN of at least {MIN_PIN_DIGITS} digits or a phrase of at least {MIN_PHRASE_CHARS} characters."
            ));
        }
        _ => {}
    }
    if code != repeated {
        return Some("The two passcodes differ: type the same one twice.".to_owned());
    }
    None
}

/// Wrong passcodes typed since the last right one, kept so a reload does not reset the wait.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempts {
    pub failures: u32,
    /// No passcode is tried before this time (ms since the epoch).
    pub wait_until: i64,
}

impl Attempts {
    /// After one more wrong passcode, at `now`.
    pub fn failed(self, now: i64) -> Attempts {
        let failures = self.failures.saturating_add(1);
        Attempts {
            failures,
            wait_until: now + wait_after(failures) * 1_000,
        }
    }

    /// Whole seconds still to wait at `now` before the next try (0: try now).
    pub fn seconds_to_wait(self, now: i64) -> i64 {
        ((self.wait_until - now).max(0) + 999) / 1_000
    }
}

/// The wait, in seconds, after `failures` wrong passcodes in a row.
pub fn wait_after(failures: u32) -> i64 {
    match failures.checked_sub(FREE_TRIES + 1) {
        None => 0,
        Some(n) => WAITS_S[(n as usize).min(WAITS_S.len() - 1)],
    }
}

/// How long the app may stay hidden before it locks again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AutoLock {
    Immediately,
    #[default]
    AfterOneMinute,
    AfterFiveMinutes,
    AfterFifteenMinutes,
}

impl AutoLock {
    pub const ALL: [AutoLock; 4] = [
        AutoLock::Immediately,
        AutoLock::AfterOneMinute,
        AutoLock::AfterFiveMinutes,
        AutoLock::AfterFifteenMinutes,
    ];

    pub fn after_ms(self) -> i64 {
        60_000
            * match self {
                AutoLock::Immediately => 0,
                AutoLock::AfterOneMinute => 1,
                AutoLock::AfterFiveMinutes => 5,
                AutoLock::AfterFifteenMinutes => 15,
            }
    }

    pub fn label(self) -> &'static str {
        match self {
            AutoLock::Immediately => "As soon as it is hidden",
            AutoLock::AfterOneMinute => "After 1 minute hidden",
            AutoLock::AfterFiveMinutes => "After 5 minutes hidden",
            AutoLock::AfterFifteenMinutes => "After 15 minutes hidden",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            AutoLock::Immediately => "immediately",
            AutoLock::AfterOneMinute => "1",
            AutoLock::AfterFiveMinutes => "5",
            AutoLock::AfterFifteenMinutes => "15",
        }
    }

    pub fn from_key(key: &str) -> Option<AutoLock> {
        AutoLock::ALL.into_iter().find(|a| a.key() == key)
    }

    /// Whether an app hidden at `hidden_at` is to be locked at `now`.
    pub fn is_due(self, hidden_at: i64, now: i64) -> bool {
        now - hidden_at >= self.after_ms()
    }
}
