//! The layout of a file sealed with a passphrase (a protected backup): a line that says what
//! it is, a line of JSON naming how the key was made and the cipher's nonce, then the
//! ciphertext. Both lines are authenticated with it (the cipher's additional data), so a
//! changed header is refused like a changed byte of the text. The cryptography itself is the
//! browser's (`platform::crypto`); this is only the format, its checks and their messages.
//!
//! ```text
//! One-on-one protected backup. Restore it in the app, with its passphrase.
//! {"version":1,"kdf":"PBKDF2-SHA256","iterations":600000,"salt":"…hex…","cipher":"AES-256-GCM","nonce":"…hex…"}
//! …ciphertext and its 16-byte tag…
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};

/// The first line of every sealed file, so a person who opens one in a text editor knows it.
pub const MAGIC: &[u8] =
    b"One-on-one protected backup. Restore it in the app, with its passphrase.\n";
pub const SEALED_VERSION: u32 = 1;
pub const KDF: &str = "PBKDF2-SHA256";
pub const CIPHER: &str = "AES-256-GCM";
/// OWASP's 2023 figure for PBKDF2 with SHA-256.
pub const ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 12;
/// AES-GCM's tag, at the end of the ciphertext.
pub const TAG_BYTES: usize = 16;
/// Fewer iterations than this are refused: a hand-made file could otherwise make a guess cheap.
pub const MIN_ITERATIONS: u32 = 100_000;
/// More than this are refused: a hostile file could otherwise hold the phone for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// The header line is short; anything longer is not one.
const MAX_HEADER_BYTES: usize = 1_024;
/// The shortest passphrase a backup is sealed with.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// How the key of one sealed file was made, and the nonce its text was sealed with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub version: u32,
    pub kdf: String,
    pub iterations: u32,
    pub salt: String,
    pub cipher: String,
    pub nonce: String,
}

impl Header {
    /// The header of a file sealed now, with a fresh random `salt` and `nonce`.
    pub fn new(salt: &[u8; SALT_BYTES], nonce: &[u8; NONCE_BYTES]) -> Header {
        Header {
            version: SEALED_VERSION,
            kdf: KDF.to_owned(),
            iterations: ITERATIONS,
            salt: hex(salt),
            cipher: CIPHER.to_owned(),
            nonce: hex(nonce),
        }
    }

    /// The two lines that start the file; they are also the cipher's additional data.
    pub fn prefix(&self) -> Vec<u8> {
        let mut prefix = MAGIC.to_vec();
        prefix.extend(serde_json::to_vec(self).expect("a header is always JSON"));
        prefix.push(b'\n');
        prefix
    }

    pub fn salt_bytes(&self) -> Vec<u8> {
        unhex(&self.salt).expect("checked when read")
    }

    pub fn nonce_bytes(&self) -> Vec<u8> {
        unhex(&self.nonce).expect("checked when read")
    }
}

/// Why a sealed file cannot be opened. Nothing is changed in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedError {
    /// The header does not read: cut short, or changed by hand.
    Damaged(&'static str),
    /// Made by a newer version of the app.
    FromNewerApp(u32),
    /// Sealed another way than this app seals (or with a cost it refuses).
    Unsupported(String),
    /// The passphrase does not open it, or a byte of it was changed (the two look alike).
    WrongPassphraseOrChanged,
}

impl fmt::Display for SealedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nothing_changed = "Nothing was changed.";
        match self {
            SealedError::Damaged(what) => write!(
                f,
                "This protected backup is damaged ({what}). {nothing_changed}"
            ),
            SealedError::FromNewerApp(version) => write!(
                f,
                "This protected backup was made by a newer version of the app (format {version}). Update the app, then restore it. {nothing_changed}"
            ),
            SealedError::Unsupported(what) => write!(
                f,
                "This protected backup is sealed in a way the app does not open ({what}). {nothing_changed}"
            ),
            SealedError::WrongPassphraseOrChanged => write!(
                f,
                "That passphrase does not open this backup, or the file was changed since it was made. Check the passphrase and try again. {nothing_changed}"
            ),
        }
    }
}

impl std::error::Error for SealedError {}

/// True when `file` starts as a sealed file does (else it may be a plain backup).
pub fn is_sealed(file: &[u8]) -> bool {
    file.starts_with(MAGIC)
}

/// How many bytes from the start of a sealed file hold its header, at most: what
/// [`read_header`] needs to see.
pub const HEAD_BYTES: usize = MAGIC.len() + MAX_HEADER_BYTES + 1;

/// Reads and checks the header of a sealed file of `file_len` bytes, from `head`, its first
/// bytes (at least [`HEAD_BYTES`] of them, or all), before any key is made from it. Returns the
/// header and where the ciphertext starts; the bytes before it are authenticated with it.
pub fn read_header(head: &[u8], file_len: usize) -> Result<(Header, usize), SealedError> {
    let rest = head
        .strip_prefix(MAGIC)
        .ok_or(SealedError::Damaged("it does not start as one"))?;
    let end = rest
        .iter()
        .take(MAX_HEADER_BYTES)
        .position(|&b| b == b'\n')
        .ok_or(SealedError::Damaged("its header is cut short"))?;
    let header: Header = serde_json::from_slice(&rest[..end])
        .map_err(|_| SealedError::Damaged("its header does not read"))?;
    if header.version > SEALED_VERSION {
        return Err(SealedError::FromNewerApp(header.version));
    }
    if header.version < 1 {
        return Err(SealedError::Damaged("its format version is not one"));
    }
    if header.kdf != KDF {
        return Err(SealedError::Unsupported(format!("key from {}", header.kdf)));
    }
    if header.cipher != CIPHER {
        return Err(SealedError::Unsupported(format!(
            "cipher {}",
            header.cipher
        )));
    }
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&header.iterations) {
        return Err(SealedError::Unsupported(format!(
            "{} iterations",
            header.iterations
        )));
    }
    let sized = |text: &str, bytes: usize| unhex(text).is_some_and(|b| b.len() == bytes);
    if !sized(&header.salt, SALT_BYTES) || !sized(&header.nonce, NONCE_BYTES) {
        return Err(SealedError::Damaged(
            "its salt or nonce is not the right size",
        ));
    }
    let ciphertext_at = MAGIC.len() + end + 1;
    if file_len < ciphertext_at + TAG_BYTES {
        return Err(SealedError::Damaged("it is cut short"));
    }
    Ok((header, ciphertext_at))
}

/// What is wrong with `passphrase` as one to seal a backup with, if anything.
pub fn passphrase_problem(passphrase: &str, repeated: &str) -> Option<String> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Some(format!(
            "Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters (a few words are easiest to remember and hardest to guess)."
        ));
    }
    if passphrase != repeated {
        return Some("The two passphrases differ: type the same one twice.".to_owned());
    }
    None
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}
