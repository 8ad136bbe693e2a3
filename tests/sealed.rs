//! The layout of a protected backup: a header that reads back as written and is checked before
//! any key is made, hostile headers refused with a message that names what is wrong, and the
//! passphrase rules.

#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::sealed::{
    is_sealed, passphrase_problem, read_header, Header, SealedError, HEAD_BYTES, ITERATIONS, MAGIC,
    NONCE_BYTES, SALT_BYTES, TAG_BYTES,
};
use proptest::prelude::*;

fn header() -> Header {
    Header::new(&[7; SALT_BYTES], &[9; NONCE_BYTES])
}

/// A file: `header`'s lines, then `body` bytes standing for the ciphertext.
fn file_with(prefix: &[u8], body: usize) -> Vec<u8> {
    let mut file = prefix.to_vec();
    file.extend(std::iter::repeat_n(0xA5, body));
    file
}

#[test]
fn a_header_reads_back_as_written_and_says_where_the_ciphertext_starts() {
    let header = header();
    let prefix = header.prefix();
    let file = file_with(&prefix, 100);
    assert!(is_sealed(&file));
    let (read, at) = read_header(&file, file.len()).unwrap();
    assert_eq!(read, header);
    assert_eq!(at, prefix.len());
    assert_eq!(read.iterations, ITERATIONS);
    assert_eq!(read.salt_bytes(), [7; SALT_BYTES]);
    assert_eq!(read.nonce_bytes(), [9; NONCE_BYTES]);
    // Only the first bytes are needed, as the browser hands them over.
    let head = &file[..HEAD_BYTES.min(file.len())];
    assert_eq!(read_header(head, file.len()).unwrap().1, prefix.len());
}

#[test]
fn the_file_starts_with_a_line_a_person_can_read() {
    let prefix = header().prefix();
    let first_line = std::str::from_utf8(&prefix[..MAGIC.len()]).unwrap();
    assert!(first_line.starts_with("One-on-one protected backup."));
    assert!(
        !is_sealed(br#"{"format":"one-on-one-backup"}"#),
        "a plain backup is not sealed"
    );
}

#[test]
fn hostile_headers_are_refused_with_what_is_wrong() {
    let good = serde_json::to_value(header()).unwrap();
    let cases: Vec<(serde_json::Value, &str)> = vec![
        (
            json_with(&good, "version", 2.into()),
            "newer version of the app",
        ),
        (json_with(&good, "version", 0.into()), "format version"),
        (json_with(&good, "kdf", "MD5".into()), "key from MD5"),
        (json_with(&good, "cipher", "ROT13".into()), "cipher ROT13"),
        (json_with(&good, "iterations", 1.into()), "1 iterations"),
        (
            json_with(&good, "iterations", 4_000_000_000u32.into()),
            "4000000000 iterations",
        ),
        (json_with(&good, "salt", "00".into()), "salt or nonce"),
        (
            json_with(&good, "nonce", "zz".repeat(12).into()),
            "salt or nonce",
        ),
        (
            json_with(&good, "iterations", "many".into()),
            "header does not read",
        ),
        (serde_json::json!([1, 2, 3]), "header does not read"),
    ];
    for (header, expected) in cases {
        let mut prefix = MAGIC.to_vec();
        prefix.extend(serde_json::to_vec(&header).unwrap());
        prefix.push(b'\n');
        let file = file_with(&prefix, 64);
        let error = read_header(&file, file.len()).unwrap_err();
        let message = error.to_string();
        assert!(message.contains(expected), "{header}: {message}");
        assert!(message.ends_with("Nothing was changed."), "{message}");
    }
}

fn json_with(base: &serde_json::Value, field: &str, value: serde_json::Value) -> serde_json::Value {
    let mut changed = base.clone();
    changed[field] = value;
    changed
}

#[test]
fn a_file_cut_short_is_damaged() {
    let prefix = header().prefix();
    for cut in [
        MAGIC.len(),
        MAGIC.len() + 10,
        prefix.len(),
        prefix.len() + TAG_BYTES - 1,
    ] {
        let file = file_with(&prefix, TAG_BYTES)[..cut].to_vec();
        assert!(
            matches!(read_header(&file, file.len()), Err(SealedError::Damaged(_))),
            "cut at {cut}"
        );
    }
    let no_line_end = file_with(MAGIC, 2_000);
    assert_eq!(
        read_header(&no_line_end, no_line_end.len()),
        Err(SealedError::Damaged("its header is cut short"))
    );
}

#[test]
fn a_wrong_passphrase_and_a_changed_file_get_one_clear_message() {
    let message = SealedError::WrongPassphraseOrChanged.to_string();
    assert!(message.contains("passphrase does not open this backup"));
    assert!(message.contains("changed"));
}

#[test]
fn a_passphrase_is_long_enough_and_typed_the_same_twice() {
    assert!(passphrase_problem("short", "short")
        .unwrap()
        .contains("at least 8"));
    assert!(
        passphrase_problem("ñandú€€€", "ñandú€€€").is_none(),
        "counted in characters"
    );
    assert!(passphrase_problem("correct horse", "correct hose")
        .unwrap()
        .contains("differ"));
    assert_eq!(passphrase_problem("correct horse", "correct horse"), None);
}

proptest! {
    /// Whatever bytes follow the first line, reading the header never panics, and what it
    /// accepts always leaves room for the tag.
    #[test]
    fn any_bytes_after_the_first_line_are_read_or_refused(tail in proptest::collection::vec(any::<u8>(), 0..1_200)) {
        let mut file = MAGIC.to_vec();
        file.extend(&tail);
        if let Ok((_, at)) = read_header(&file, file.len()) {
            prop_assert!(file.len() >= at + TAG_BYTES);
        }
    }

}
