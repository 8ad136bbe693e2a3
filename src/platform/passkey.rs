//! The phone's own fingerprint or face, through WebAuthn: a passkey on this phone's platform
//! authenticator, made and asked for with the PRF extension, whose output (32 bytes only the
//! authenticator can give, after its own check) wraps the lock's data key. Nothing here talks
//! to a server: the challenge is random and nobody verifies the signature; only the PRF
//! output matters, and it is the same for the same passkey and input every time.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::lock::PRF_SALT_BYTES;
use crate::platform::crypto;
use crate::platform::document::APP_NAME;

/// How long the phone's prompt stays up, in ms.
const TIMEOUT_MS: f64 = 120_000.0;

/// Why the phone gave no key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasskeyError {
    /// The person cancelled, the check failed, or it timed out (WebAuthn does not say which).
    NotConfirmed,
    /// The passkey was made, but this phone's authenticator cannot give a PRF output.
    NoPrf,
    /// This browser or page cannot use passkeys (no WebAuthn, or not a secure origin).
    Unavailable(String),
    Failed(String),
}

impl std::fmt::Display for PasskeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PasskeyError::NotConfirmed => f.write_str(
                "The fingerprint or face check was cancelled or not recognised. Try again, or use the passcode.",
            ),
            PasskeyError::NoPrf => f.write_str(
                "This phone's passkeys cannot keep the app's key (they lack the PRF extension), so the app opens with the passcode only.",
            ),
            PasskeyError::Unavailable(why) => {
                write!(f, "This browser cannot use fingerprint or face here ({why}).")
            }
            PasskeyError::Failed(why) => {
                write!(f, "The fingerprint or face check did not work ({why}).")
            }
        }
    }
}

fn from_js(error: JsValue) -> PasskeyError {
    let name = Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let message = Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{error:?}"));
    match name.as_str() {
        "NotAllowedError" | "AbortError" => PasskeyError::NotConfirmed,
        "SecurityError" | "NotSupportedError" => PasskeyError::Unavailable(message),
        _ => PasskeyError::Failed(format!("{name}: {message}")),
    }
}

fn get(target: &JsValue, name: &str) -> JsValue {
    Reflect::get(target, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

/// An object with these fields.
fn object(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &(*name).into(), value);
    }
    object
}

fn bytes(data: &[u8]) -> JsValue {
    Uint8Array::from(data).into()
}

/// Calls `target.name()` and awaits the promise it returns.
async fn call(target: &JsValue, name: &str, arg: Option<&JsValue>) -> Result<JsValue, JsValue> {
    let function: Function = get(target, name).dyn_into()?;
    let promise = match arg {
        Some(arg) => function.call1(target, arg)?,
        None => function.call0(target)?,
    };
    JsFuture::from(Promise::resolve(&promise)).await
}

fn public_key_credential() -> Option<JsValue> {
    let window = web_sys::window()?;
    Some(get(&window, "PublicKeyCredential")).filter(|c| c.is_function())
}

fn credentials() -> Result<JsValue, PasskeyError> {
    let window = web_sys::window().ok_or_else(|| PasskeyError::Unavailable("no window".into()))?;
    Some(get(&window.navigator(), "credentials"))
        .filter(|c| c.is_object())
        .ok_or_else(|| PasskeyError::Unavailable("no WebAuthn on this page".into()))
}

/// Whether this browser has WebAuthn at all (a passkey set up elsewhere can be asked for).
pub fn has_webauthn() -> bool {
    public_key_credential().is_some()
}

/// Whether this phone can make a passkey that unlocks the app: a platform authenticator that
/// checks who holds it, and (where the browser says) the PRF extension.
pub async fn can_make() -> bool {
    let Some(class) = public_key_credential() else {
        return false;
    };
    let platform = call(
        &class,
        "isUserVerifyingPlatformAuthenticatorAvailable",
        None,
    )
    .await
    .is_ok_and(|v| v.as_bool() == Some(true));
    if !platform {
        return false;
    }
    // Newer browsers say outright; older ones are found out when the passkey is made.
    if get(&class, "getClientCapabilities").is_function() {
        if let Ok(capabilities) = call(&class, "getClientCapabilities", None).await {
            return get(&capabilities, "extension:prf").as_bool() != Some(false);
        }
    }
    true
}

/// The PRF extension's input: evaluate at `salt`.
fn prf_input(salt: &[u8; PRF_SALT_BYTES]) -> Object {
    let eval = object(&[("first", bytes(salt))]);
    object(&[("prf", object(&[("eval", eval.into())]).into())])
}

/// A credential's extension results (`getClientExtensionResults()`).
fn extension_results(credential: &JsValue) -> Result<JsValue, PasskeyError> {
    let function: Function = get(credential, "getClientExtensionResults")
        .dyn_into()
        .map_err(|_| PasskeyError::Failed("no extension results".into()))?;
    function.call0(credential).map_err(from_js)
}

/// The PRF output in a credential's extension `results`, if the authenticator gave one.
fn prf_output(results: &JsValue) -> Result<Option<[u8; 32]>, PasskeyError> {
    let first = get(&get(&get(results, "prf"), "results"), "first");
    if first.is_undefined() || first.is_null() {
        return Ok(None);
    }
    let output = Uint8Array::new(&first).to_vec();
    output
        .try_into()
        .map(Some)
        .map_err(|_| PasskeyError::Failed("the PRF output is not 32 bytes".into()))
}

/// A passkey made on this phone's authenticator: its id, and its PRF output for the salt if
/// the authenticator gave it while making it (some give it only when asked afterwards).
pub struct MadePasskey {
    pub credential_id: Vec<u8>,
    pub output: Option<[u8; 32]>,
}

/// Makes a passkey for the lock, asking for the phone's own check, with PRF at `salt`.
pub async fn make(salt: &[u8; PRF_SALT_BYTES]) -> Result<MadePasskey, PasskeyError> {
    let challenge = crypto::random::<32>().map_err(|e| PasskeyError::Failed(e.0))?;
    let user_id = crypto::random::<16>().map_err(|e| PasskeyError::Failed(e.0))?;
    let algorithm = |alg: i32| object(&[("type", "public-key".into()), ("alg", alg.into())]);
    let public_key = object(&[
        ("rp", object(&[("name", APP_NAME.into())]).into()),
        (
            "user",
            object(&[
                ("id", bytes(&user_id)),
                ("name", format!("{APP_NAME} lock").into()),
                (
                    "displayName",
                    format!("{APP_NAME} lock on this phone").into(),
                ),
            ])
            .into(),
        ),
        ("challenge", bytes(&challenge)),
        (
            "pubKeyCredParams",
            Array::of2(&algorithm(-7), &algorithm(-257)).into(),
        ),
        (
            "authenticatorSelection",
            object(&[
                ("authenticatorAttachment", "platform".into()),
                ("userVerification", "required".into()),
                ("residentKey", "preferred".into()),
            ])
            .into(),
        ),
        ("hints", Array::of1(&"client-device".into()).into()),
        ("attestation", "none".into()),
        ("timeout", TIMEOUT_MS.into()),
        ("extensions", prf_input(salt).into()),
    ]);
    let options = object(&[("publicKey", public_key.into())]);
    let credential = call(&credentials()?, "create", Some(&options))
        .await
        .map_err(from_js)?;
    let results = extension_results(&credential)?;
    if get(&get(&results, "prf"), "enabled").as_bool() != Some(true) {
        return Err(PasskeyError::NoPrf);
    }
    Ok(MadePasskey {
        credential_id: Uint8Array::new(&get(&credential, "rawId")).to_vec(),
        output: prf_output(&results)?,
    })
}

/// Asks this phone's authenticator for the passkey `credential_id`'s PRF output at `salt`,
/// after its own check of who holds the phone.
pub async fn output(
    credential_id: &[u8],
    salt: &[u8; PRF_SALT_BYTES],
) -> Result<[u8; 32], PasskeyError> {
    let challenge = crypto::random::<32>().map_err(|e| PasskeyError::Failed(e.0))?;
    let allowed = object(&[("type", "public-key".into()), ("id", bytes(credential_id))]);
    let public_key = object(&[
        ("challenge", bytes(&challenge)),
        ("allowCredentials", Array::of1(&allowed).into()),
        ("userVerification", "required".into()),
        ("hints", Array::of1(&"client-device".into()).into()),
        ("timeout", TIMEOUT_MS.into()),
        ("extensions", prf_input(salt).into()),
    ]);
    let options = object(&[("publicKey", public_key.into())]);
    let credential = call(&credentials()?, "get", Some(&options))
        .await
        .map_err(from_js)?;
    prf_output(&extension_results(&credential)?)?.ok_or(PasskeyError::NoPrf)
}

/// Tells the phone's password manager that the passkey `credential_id` no longer opens
/// anything here, so it may remove it from its list (WebAuthn's `signalUnknownCredential`).
/// Returns whether the browser took the signal; a browser without it changes nothing.
pub async fn signal_unknown(credential_id: &[u8]) -> bool {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine;
    let (Some(class), Some(window)) = (public_key_credential(), web_sys::window()) else {
        return false;
    };
    if !get(&class, "signalUnknownCredential").is_function() {
        return false;
    }
    // The passkey was made with no rp.id: its relying party is this page's host.
    let Ok(host) = window.location().hostname() else {
        return false;
    };
    let signal = object(&[
        ("rpId", host.into()),
        ("credentialId", URL_SAFE_NO_PAD.encode(credential_id).into()),
    ]);
    call(&class, "signalUnknownCredential", Some(&signal.into()))
        .await
        .is_ok()
}
