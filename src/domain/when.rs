//! Times as people see them: stored as UTC milliseconds, typed and shown in the phone's own
//! time zone. The zone is passed in, so the rules are tested natively with fixed offsets.

use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};

/// The format of an `<input type="datetime-local">` value.
const INPUT_FORMAT: &str = "%Y-%m-%dT%H:%M";

fn in_zone<Tz: TimeZone>(ms: i64, zone: &Tz) -> Option<DateTime<Tz>> {
    DateTime::<Utc>::from_timestamp_millis(ms).map(|utc| utc.with_timezone(zone))
}

/// `ms` in `zone` written with `format` (chrono's strftime); empty for `None`.
pub fn formatted<Tz: TimeZone>(ms: Option<i64>, zone: &Tz, format: &str) -> String
where
    Tz::Offset: std::fmt::Display,
{
    ms.and_then(|ms| in_zone(ms, zone))
        .map(|local| local.format(format).to_string())
        .unwrap_or_default()
}

/// `ms` as a `datetime-local` input value in `zone`; empty for `None`.
pub fn to_input<Tz: TimeZone>(ms: Option<i64>, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    formatted(ms, zone, INPUT_FORMAT)
}

/// A `datetime-local` value (with or without seconds) in `zone`, as UTC milliseconds. A time
/// that a daylight-saving jump skips is moved past the gap; an ambiguous one takes the earlier.
pub fn from_input<Tz: TimeZone>(text: &str, zone: &Tz) -> Option<i64> {
    let text = text.trim();
    let naive = NaiveDateTime::parse_from_str(text, INPUT_FORMAT)
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
        .ok()?;
    let resolved = match zone.from_local_datetime(&naive) {
        LocalResult::Single(time) => time,
        LocalResult::Ambiguous(earlier, _) => earlier,
        LocalResult::None => zone
            .from_local_datetime(&(naive + chrono::Duration::hours(1)))
            .earliest()?,
    };
    Some(resolved.timestamp_millis())
}

/// `ms` in `zone` with `format`, or with `format_with_year` when it is not `now`'s year.
fn format_near<Tz: TimeZone>(
    ms: i64,
    now_ms: i64,
    zone: &Tz,
    format: &str,
    format_with_year: &str,
) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let (Some(at), Some(now)) = (in_zone(ms, zone), in_zone(now_ms, zone)) else {
        return String::new();
    };
    let same_year = at.format("%Y").to_string() == now.format("%Y").to_string();
    at.format(if same_year { format } else { format_with_year })
        .to_string()
}

/// "Tue 25 Nov, 18:30", with the year when it is not `now`'s year.
pub fn describe<Tz: TimeZone>(ms: i64, now_ms: i64, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    format_near(ms, now_ms, zone, "%a %-d %b, %H:%M", "%a %-d %b %Y, %H:%M")
}

/// The hour of the day a step due on a date is due (and reminded of), local time.
pub const DUE_HOUR: u32 = 9;

/// `ms` as an `<input type="date">` value in `zone`; empty for `None`.
pub fn to_date_input<Tz: TimeZone>(ms: Option<i64>, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    formatted(ms, zone, "%Y-%m-%d")
}

/// A `date` input value as the moment a step is due that day: `DUE_HOUR` o'clock in `zone`.
pub fn from_date_input<Tz: TimeZone>(text: &str, zone: &Tz) -> Option<i64> {
    let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    from_input(&format!("{date}T{DUE_HOUR:02}:00"), zone)
}

/// The start of the day a `date` input names, in `zone`: where a date range begins.
pub fn day_start<Tz: TimeZone>(text: &str, zone: &Tz) -> Option<i64> {
    let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    from_input(&format!("{date}T00:00"), zone)
}

/// The start of the day after the one a `date` input names: where a range ending that day ends.
pub fn day_end<Tz: TimeZone>(text: &str, zone: &Tz) -> Option<i64> {
    let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()?;
    from_input(&format!("{}T00:00", date.succ_opt()?), zone)
}

/// "Tue 25 Nov", with the year when it is not `now`'s year.
pub fn describe_day<Tz: TimeZone>(ms: i64, now_ms: i64, zone: &Tz) -> String
where
    Tz::Offset: std::fmt::Display,
{
    format_near(ms, now_ms, zone, "%a %-d %b", "%a %-d %b %Y")
}
