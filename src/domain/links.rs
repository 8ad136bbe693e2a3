//! Links that hand a message to the phone's own apps: `sms:` for text messages and `mailto:`
//! for email, with the text percent-encoded so any character survives.

/// Percent-encodes everything but RFC 3986's unreserved characters, as UTF-8.
pub fn encode_component(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                encoded.push(char::from(byte))
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

/// Keeps what a dialler understands: digits, `+`, `*` and `#`.
fn dialable(phone: &str) -> String {
    phone
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '+' | '*' | '#'))
        .collect()
}

/// A text message to `phone` (may be empty: the phone asks whom) with `body`. The `?&body=`
/// form is read by both Android (`?body=`) and iOS (`&body=`) messaging apps.
pub fn sms(phone: &str, body: &str) -> String {
    format!("sms:{}?&body={}", dialable(phone), encode_component(body))
}

/// An email to `address` (may be empty) with a subject and body.
pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode_component(address.trim()).replace("%40", "@"),
        encode_component(subject),
        encode_component(body)
    )
}

/// A phone call to `phone`.
pub fn tel(phone: &str) -> String {
    format!("tel:{}", dialable(phone))
}
