//! The drop box: how a tab that holds no data key still keeps what is typed in it. When the
//! lock is turned on in one tab, another may be mid-edit; it cannot seal under a key it never
//! had, and must not write the words in the clear. The lock carries a public key (X25519); a
//! tab without the data key seals each edit to it (NaCl's box with XChaCha20-Poly1305, from a
//! fresh key of its own each time), and only a tab that unlocks can open it: the matching
//! secret key is kept wrapped under the data key. Pure: random bytes are passed in.

use crypto_box::aead::Aead;
use crypto_box::{ChaChaBox, PublicKey, SecretKey};
use serde::{Deserialize, Serialize};

use super::cipher::{DataKey, Unopened, KEY_BYTES, NONCE_BYTES};
use super::sealed::{hex, unhex};

/// The context the drop box's secret key is wrapped under, with the data key.
const SECRET_CONTEXT: &[u8] = b"one-on-one drop box key 1";
/// Between the context and the message in what is sealed (NaCl's box has no associated
/// data, so the context is sealed with the message and checked when it is opened).
const SEPARATOR: u8 = 0;

/// The drop box as the lock keeps it: its public key, and its secret key sealed under the
/// data key (both hex).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DropBox {
    pub public_key: String,
    pub wrapped_secret: String,
}

impl DropBox {
    /// A drop box for `key`'s lock, from 32 random bytes (its secret) and a fresh nonce.
    pub fn new(key: &DataKey, secret: [u8; KEY_BYTES], nonce: [u8; NONCE_BYTES]) -> DropBox {
        let secret = SecretKey::from(secret);
        DropBox {
            public_key: hex(secret.public_key().as_bytes()),
            wrapped_secret: hex(&key.seal(SECRET_CONTEXT, &secret.to_bytes(), nonce)),
        }
    }

    /// The public key, unless it is damaged.
    pub fn public_key(&self) -> Option<[u8; KEY_BYTES]> {
        unhex(&self.public_key)?.try_into().ok()
    }

    /// The secret key, unwrapped with the data key.
    pub fn secret(&self, key: &DataKey) -> Result<DropSecret, Unopened> {
        let wrapped = unhex(&self.wrapped_secret).ok_or(Unopened)?;
        let bytes: [u8; KEY_BYTES] = key
            .open(SECRET_CONTEXT, &wrapped)?
            .try_into()
            .map_err(|_| Unopened)?;
        Ok(DropSecret(SecretKey::from(bytes)))
    }
}

/// `message` sealed to the drop box `public_key` under `context` (where it is kept), with
/// `ephemeral`, 32 fresh random bytes, as the sender's key, and a fresh `nonce`: the sender's
/// public key, the nonce, then the box.
pub fn post(
    public_key: &[u8; KEY_BYTES],
    context: &[u8],
    message: &[u8],
    ephemeral: [u8; KEY_BYTES],
    nonce: [u8; NONCE_BYTES],
) -> Vec<u8> {
    let ephemeral = SecretKey::from(ephemeral);
    let sealer = ChaChaBox::new(&PublicKey::from(*public_key), &ephemeral);
    let mut plain = Vec::with_capacity(context.len() + 1 + message.len());
    plain.extend_from_slice(context);
    plain.push(SEPARATOR);
    plain.extend_from_slice(message);
    let boxed = sealer
        .encrypt(&nonce.into(), plain.as_slice())
        .expect("a box seals any length the browser can hold");
    let mut out = Vec::with_capacity(KEY_BYTES + NONCE_BYTES + boxed.len());
    out.extend_from_slice(ephemeral.public_key().as_bytes());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&boxed);
    out
}

/// The drop box's secret key, held only while unlocked.
pub struct DropSecret(SecretKey);

impl DropSecret {
    /// The message `posted` holds, if it was posted to this drop box under `context` and not
    /// changed since.
    pub fn open(&self, context: &[u8], posted: &[u8]) -> Result<Vec<u8>, Unopened> {
        if posted.len() < KEY_BYTES + NONCE_BYTES {
            return Err(Unopened);
        }
        let (sender, rest) = posted.split_at(KEY_BYTES);
        let (nonce, boxed) = rest.split_at(NONCE_BYTES);
        let sender: [u8; KEY_BYTES] = sender.try_into().map_err(|_| Unopened)?;
        let nonce: [u8; NONCE_BYTES] = nonce.try_into().map_err(|_| Unopened)?;
        let opener = ChaChaBox::new(&PublicKey::from(sender), &self.0);
        let plain = opener.decrypt(&nonce.into(), boxed).map_err(|_| Unopened)?;
        match plain.strip_prefix(context) {
            Some([SEPARATOR, message @ ..]) => Ok(message.to_vec()),
            _ => Err(Unopened),
        }
    }
}
