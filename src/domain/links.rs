//! Links that hand a call or a message to the phone's own apps: `tel:` for a call, `sms:` for
//! a text message and `mailto:` for email, the number written as RFC 3966 asks and the text
//! percent-encoded, so any character survives.

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

/// `phone` split into the number and the extension written after it ("ext. 12", "x12"), if
/// one is.
fn split_extension(phone: &str) -> (&str, Option<&str>) {
    let lower = phone.to_ascii_lowercase();
    for marker in ["ext", "x"] {
        let Some(at) = lower.rfind(marker) else {
            continue;
        };
        let rest = phone[at + marker.len()..].trim_start_matches(['.', ':', ' ']);
        let rest = rest.trim_end();
        if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) {
            return (&phone[..at], Some(rest));
        }
    }
    (phone, None)
}

/// The number as RFC 3966 writes it in a link: digits, a leading `+`, `*`, and `#` encoded
/// (`%23`: as it is, it would end the link there, and the dialler would never see it); spaces
/// and the visual separators people type are left out.
fn dialable(number: &str) -> String {
    let mut dialled = String::with_capacity(number.len());
    for c in number.chars() {
        match c {
            '0'..='9' | '*' => dialled.push(c),
            '+' if dialled.is_empty() => dialled.push('+'),
            '#' => dialled.push_str("%23"),
            _ => {}
        }
    }
    dialled
}

/// A text message to `phone` (may be empty: the phone asks whom) with `body`. The `?&body=`
/// form is read by both Android (`?body=`) and iOS (`&body=`) messaging apps.
pub fn sms(phone: &str, body: &str) -> String {
    let (number, _) = split_extension(phone);
    format!("sms:{}?&body={}", dialable(number), encode_component(body))
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

/// A phone call to `phone`, with its extension as RFC 3966's `;ext=` if it has one.
pub fn tel(phone: &str) -> String {
    match split_extension(phone) {
        (number, Some(extension)) => format!("tel:{};ext={extension}", dialable(number)),
        (number, None) => format!("tel:{}", dialable(number)),
    }
}
