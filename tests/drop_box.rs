//! The drop box's pure parts: what a tab without the data key seals to the lock's public key
//! opens only with the lock's secret (itself opened only by the data key), only under the
//! context it was posted to, and not once a byte of it has changed; the lock carries its drop
//! box through a new passcode and a passkey, and a lock without one reads as before.

#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::cipher::DataKey;
use one_on_one::domain::drop_box::{post, DropBox};
use one_on_one::domain::lock::{CodeKind, Lock, Passkey};
use proptest::prelude::*;

const JOURNAL_KEY: &[u8] = b"one-on-one.journal.people/p1";

fn key(n: u8) -> DataKey {
    DataKey::from_bytes([n; 32])
}

fn drop_box(data_key: &DataKey, secret: u8) -> DropBox {
    DropBox::new(data_key, [secret; 32], [7; 24])
}

#[test]
fn what_is_posted_opens_with_the_drop_box_of_the_lock_only() {
    let data_key = key(1);
    let dropped = drop_box(&data_key, 2);
    let public_key = dropped.public_key().unwrap();
    let posted = post(
        &public_key,
        JOURNAL_KEY,
        b"{\"notes\":\"visa\"}",
        [3; 32],
        [4; 24],
    );
    assert!(
        !posted.windows(4).any(|w| w == b"visa"),
        "the words are sealed"
    );
    let secret = dropped.secret(&data_key).unwrap();
    assert_eq!(
        secret.open(JOURNAL_KEY, &posted).unwrap(),
        b"{\"notes\":\"visa\"}"
    );
    assert!(
        secret
            .open(b"one-on-one.journal.people/p2", &posted)
            .is_err(),
        "moved to another record's key, it does not open"
    );
    assert!(
        dropped.secret(&key(9)).is_err(),
        "the secret opens with the data key only"
    );
    let another = drop_box(&data_key, 5).secret(&data_key).unwrap();
    assert!(
        another.open(JOURNAL_KEY, &posted).is_err(),
        "another lock's drop box cannot open it"
    );
    assert!(secret.open(JOURNAL_KEY, &posted[..40]).is_err());
    assert!(secret.open(JOURNAL_KEY, &[]).is_err());
}

#[test]
fn the_lock_keeps_its_drop_box_through_a_new_passcode_and_a_passkey() {
    let lock = Lock::new(&[1; 16], &[2; 72], &[3; 8], CodeKind::Pin);
    let without = serde_json::to_string(&lock).unwrap();
    assert!(
        !without.contains("drop_box"),
        "a lock without one is written as before"
    );
    let with = lock.with_drop_box(drop_box(&key(1), 2));
    let back: Lock = serde_json::from_str(&serde_json::to_string(&with).unwrap()).unwrap();
    assert_eq!(back, with);
    let rewrapped = with.rewrapped(&[9; 16], &[8; 72], CodeKind::Phrase);
    assert_eq!(rewrapped.drop_box, with.drop_box);
    let passkey = Passkey::new(&[1, 2], &[3; 32], &[4; 40]);
    assert_eq!(
        with.with_passkey(Some(passkey)).drop_box,
        with.drop_box,
        "a passkey leaves it as it is"
    );
    let damaged = DropBox {
        public_key: "zz".into(),
        ..drop_box(&key(1), 2)
    };
    assert_eq!(damaged.public_key(), None, "a damaged key is not posted to");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_message_round_trips_and_any_changed_byte_is_refused(
        message in proptest::collection::vec(any::<u8>(), 0..2_000),
        ephemeral in any::<[u8; 32]>(),
        flip in any::<prop::sample::Index>(),
    ) {
        let data_key = key(1);
        let dropped = drop_box(&data_key, 2);
        let posted = post(&dropped.public_key().unwrap(), JOURNAL_KEY, &message, ephemeral, [6; 24]);
        let secret = dropped.secret(&data_key).unwrap();
        prop_assert_eq!(secret.open(JOURNAL_KEY, &posted).unwrap(), message);
        let mut changed = posted.clone();
        let at = flip.index(changed.len());
        changed[at] ^= 1;
        prop_assert!(secret.open(JOURNAL_KEY, &changed).is_err());
    }
}
