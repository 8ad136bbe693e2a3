//! The browser's own cryptography (Web Crypto): random bytes, a key made from a passphrase
//! (PBKDF2-SHA256), and AES-256-GCM, an authenticated cipher. Chosen over a cipher compiled to
//! wasm: it adds nothing to the download, runs natively, and keeps keys out of wasm memory.
//! Sealing and opening a protected backup (`domain::sealed` is its layout) are here too. The
//! lock's cipher is in wasm instead (`domain::cipher` says why); its key is made here.

use js_sys::{Array, Object, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::domain::sealed::{self, Header, SealedError, NONCE_BYTES, SALT_BYTES};
use crate::platform::files::FileBytes;

/// Web Crypto failed where it should not (a browser without it, or out of memory).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CryptoError(pub String);

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "This browser could not encrypt or decrypt ({}).", self.0)
    }
}

fn failed(what: &str) -> impl Fn(JsValue) -> CryptoError + '_ {
    move |error| {
        let detail = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| format!("{error:?}"));
        CryptoError(format!("{what}: {detail}"))
    }
}

fn web_crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| CryptoError("no Web Crypto".to_owned()))
}

/// What a page served over plain HTTP at a LAN address is told: browsers keep Web Crypto's
/// keys and ciphers to secure contexts.
const NOT_SECURE: &str = "the page is not served over HTTPS or from localhost, so the browser withholds its encryption; open the app at its HTTPS address";

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_crypto()?;
    let subtle = js_sys::Reflect::get(&crypto, &"subtle".into()).unwrap_or(JsValue::UNDEFINED);
    if subtle.is_undefined() {
        return Err(CryptoError(NOT_SECURE.to_owned()));
    }
    Ok(subtle.unchecked_into())
}

/// `N` bytes from the browser's secure random source.
pub fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let mut bytes = [0u8; N];
    web_crypto()?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(failed("random bytes"))?;
    Ok(bytes)
}

/// `secret` as a PBKDF2 base key, for `usage` ("deriveKey" or "deriveBits").
async fn pbkdf2_base(secret: &str, usage: &str) -> Result<CryptoKey, CryptoError> {
    let usages = Array::of1(&usage.into());
    let secret = Uint8Array::from(secret.as_bytes());
    let base = subtle()?
        .import_key_with_str("raw", &secret, "PBKDF2", false, &usages)
        .map_err(failed("passphrase"))?;
    Ok(JsFuture::from(base)
        .await
        .map_err(failed("passphrase"))?
        .unchecked_into())
}

fn pbkdf2(salt: &[u8], iterations: u32) -> Pbkdf2Params {
    Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        iterations,
        &Uint8Array::from(salt).into(),
    )
}

/// An AES-256-GCM key made from `passphrase` with PBKDF2-SHA256; it never leaves the browser's
/// crypto (not extractable).
pub async fn key_from_passphrase(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let base = pbkdf2_base(passphrase, "deriveKey").await?;
    let derived = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = subtle()?
        .derive_key_with_object_and_object(
            &pbkdf2(salt, iterations),
            &base,
            &derived,
            false,
            &usages,
        )
        .map_err(failed("key"))?;
    Ok(JsFuture::from(key)
        .await
        .map_err(failed("key"))?
        .unchecked_into())
}

/// 32 bytes made from `passcode` with PBKDF2-SHA256: the key that wraps the lock's data key
/// (`domain::cipher`, which runs in wasm, so the bytes come back to it).
pub async fn bits_from_passcode(
    passcode: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<[u8; 32], CryptoError> {
    let base = pbkdf2_base(passcode, "deriveBits").await?;
    let bits = subtle()?
        .derive_bits_with_object(&pbkdf2(salt, iterations), &base, 256)
        .map_err(failed("key"))?;
    let bits = JsFuture::from(bits).await.map_err(failed("key"))?;
    Uint8Array::new(&bits)
        .to_vec()
        .try_into()
        .map_err(|_| CryptoError("key: not 32 bytes".to_owned()))
}

fn gcm(nonce: &[u8], additional: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(nonce).into());
    params.set_additional_data(&Object::from(Uint8Array::from(additional)));
    params
}

fn is_operation_error(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "OperationError")
}

/// A protected backup file: its header lines (kept in wasm) and its ciphertext (kept in the
/// browser, so a large backup is not copied back and forth).
pub struct SealedFile {
    pub prefix: Vec<u8>,
    pub ciphertext: js_sys::ArrayBuffer,
}

/// `plain` sealed with `passphrase` as a protected backup file (`domain::sealed`).
pub async fn seal(passphrase: &str, plain: &[u8]) -> Result<SealedFile, CryptoError> {
    let salt = random::<SALT_BYTES>()?;
    let nonce = random::<NONCE_BYTES>()?;
    let header = Header::new(&salt, &nonce);
    let key = key_from_passphrase(passphrase, &salt, header.iterations).await?;
    let prefix = header.prefix();
    let promise = subtle()?
        .encrypt_with_object_and_u8_array(&gcm(&nonce, &prefix), &key, plain)
        .map_err(failed("encrypt"))?;
    let ciphertext = JsFuture::from(promise)
        .await
        .map_err(failed("encrypt"))?
        .unchecked_into();
    Ok(SealedFile { prefix, ciphertext })
}

/// Why a protected backup did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    Sealed(SealedError),
    Crypto(CryptoError),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Sealed(error) => error.fmt(f),
            OpenError::Crypto(error) => write!(f, "{error} Nothing was changed."),
        }
    }
}

/// True when `file` is a protected backup.
pub fn is_sealed(file: &FileBytes) -> bool {
    sealed::is_sealed(&file.slice(0, sealed::HEAD_BYTES))
}

/// The plain contents of protected backup `file`, opened with `passphrase`.
pub async fn unseal(passphrase: &str, file: &FileBytes) -> Result<Vec<u8>, OpenError> {
    let head = file.slice(0, sealed::HEAD_BYTES);
    let (header, ciphertext_at) =
        sealed::read_header(&head, file.len()).map_err(OpenError::Sealed)?;
    let key = key_from_passphrase(passphrase, &header.salt_bytes(), header.iterations)
        .await
        .map_err(OpenError::Crypto)?;
    let params = gcm(&header.nonce_bytes(), &head[..ciphertext_at]);
    let ciphertext = Uint8Array::new_with_byte_offset(&file.0, ciphertext_at as u32);
    let promise = subtle()
        .map_err(OpenError::Crypto)?
        .decrypt_with_object_and_js_u8_array(&params, &key, &ciphertext)
        .map_err(|e| OpenError::Crypto(failed("decrypt")(e)))?;
    match JsFuture::from(promise).await {
        Ok(plain) => Ok(Uint8Array::new(&plain).to_vec()),
        Err(error) if is_operation_error(&error) => {
            Err(OpenError::Sealed(SealedError::WrongPassphraseOrChanged))
        }
        Err(error) => Err(OpenError::Crypto(failed("decrypt")(error))),
    }
}
