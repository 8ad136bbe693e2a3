//! Native tests of human-readable quantities.

use one_on_one::domain::units::format_bytes;

#[test]
fn bytes_read_like_a_phone_shows_storage() {
    assert_eq!(format_bytes(0.0), "0 bytes");
    assert_eq!(format_bytes(999.0), "999 bytes");
    assert_eq!(format_bytes(1_000.0), "1.0 kB");
    assert_eq!(format_bytes(1_234_567.0), "1.2 MB");
    assert_eq!(format_bytes(2_000_000_000.0), "2.0 GB");
    assert_eq!(format_bytes(5.5e15), "5500.0 TB");
}

#[test]
fn nonsense_from_the_browser_reads_as_zero() {
    assert_eq!(format_bytes(-5.0), "0 bytes");
    assert_eq!(format_bytes(f64::NAN), "0 bytes");
}

#[test]
fn counts_are_said_with_the_right_word_and_thousands_grouped() {
    use one_on_one::domain::units::counted;
    assert_eq!(counted(0, "person", "people"), "0 people");
    assert_eq!(counted(1, "person", "people"), "1 person");
    assert_eq!(counted(999, "row", "rows"), "999 rows");
    assert_eq!(counted(10_000, "row", "rows"), "10,000 rows");
    assert_eq!(counted(1_234_567, "row", "rows"), "1,234,567 rows");
}
