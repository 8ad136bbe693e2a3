//! Human-readable quantities.

/// Bytes as a short figure: "0 bytes", "980 bytes", "1.2 MB", "2.0 GB" (decimal units, as
/// phones show storage).
pub fn format_bytes(bytes: f64) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if !bytes.is_finite() || bytes < 1000.0 {
        return format!("{} bytes", bytes.max(0.0).round() as u64);
    }
    let mut value = bytes;
    let mut unit = "";
    for candidate in UNITS {
        if value < 1000.0 {
            break;
        }
        value /= 1000.0;
        unit = candidate;
    }
    format!("{value:.1} {unit}")
}

/// A figure to one decimal, as the app's drawings write their coordinates.
pub fn one_decimal(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// `n` of something in words: "1 person", "2 people", "10,000 people" (thousands grouped).
pub fn counted(n: usize, one: &str, many: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} {}", if n == 1 { one } else { many })
}
