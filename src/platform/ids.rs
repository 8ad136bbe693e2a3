//! New record ids (random UUIDs) and the current time, from the browser.

pub fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Now, in UTC milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}
