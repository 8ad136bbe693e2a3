//! The lock's pure parts: the data key's cipher and wrapping, passcode rules, waits after wrong
//! guesses, and when a hidden app locks again.

#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::cipher::{self, DataKey, NONCE_BYTES};
use one_on_one::domain::lock::{
    passcode_problem, wait_after, Attempts, AutoLock, CodeKind, Lock, LockState, Passkey,
    PRF_SALT_BYTES,
};
use proptest::prelude::*;

fn key(n: u8) -> DataKey {
    DataKey::from_bytes([n; 32])
}

#[test]
fn a_sealed_record_opens_with_its_key_and_context_only() {
    let plain = "Maria is worried about her visa".as_bytes();
    let sealed = key(1).seal(b"people/p1", plain, [9; NONCE_BYTES]);
    assert_eq!(key(1).open(b"people/p1", &sealed).unwrap(), plain);
    assert!(key(2).open(b"people/p1", &sealed).is_err(), "another key");
    assert!(
        key(1).open(b"people/p2", &sealed).is_err(),
        "moved to another record"
    );
    assert!(!sealed.windows(7).any(|w| w == b"worried"));
}

#[test]
fn two_seals_of_one_text_differ_by_their_nonce() {
    let a = key(1).seal(b"c", b"same words", [1; NONCE_BYTES]);
    let b = key(1).seal(b"c", b"same words", [2; NONCE_BYTES]);
    assert_ne!(a, b);
}

proptest! {
    #[test]
    fn any_changed_or_cut_byte_is_refused(plain in proptest::collection::vec(any::<u8>(), 0..300), at in any::<prop::sample::Index>(), flip in 1u8..=255) {
        let sealed = key(3).seal(b"ctx", &plain, [5; NONCE_BYTES]);
        let mut changed = sealed.clone();
        let i = at.index(changed.len());
        changed[i] ^= flip;
        prop_assert!(key(3).open(b"ctx", &changed).is_err());
        prop_assert!(key(3).open(b"ctx", &sealed[..i]).is_err());
        prop_assert_eq!(key(3).open(b"ctx", &sealed).unwrap(), plain);
    }

    #[test]
    fn sealed_text_survives_its_text_form(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(cipher::from_text(&cipher::to_text(&bytes)).unwrap(), bytes);
    }
}

#[test]
fn text_that_is_not_base64_is_refused() {
    assert!(cipher::from_text("not base64 at all!").is_err());
}

#[test]
fn the_data_key_unwraps_with_the_wrapping_it_was_wrapped_with() {
    let data = key(7);
    let wrapped = data.wrap(&[4; 32], [8; NONCE_BYTES]);
    let again = DataKey::unwrap(&[4; 32], &wrapped).expect("right passcode");
    let sealed = data.seal(b"x", b"notes", [1; NONCE_BYTES]);
    assert_eq!(again.open(b"x", &sealed).unwrap(), b"notes");
    assert!(
        DataKey::unwrap(&[5; 32], &wrapped).is_err(),
        "wrong passcode"
    );
    assert!(DataKey::unwrap(&[4; 32], &wrapped[1..]).is_err(), "damaged");
}

#[test]
fn a_pin_needs_six_digits_and_a_phrase_eight_characters() {
    assert!(passcode_problem("12345", "12345")
        .unwrap()
        .contains("6 digits"));
    assert_eq!(passcode_problem("123456", "123456"), None);
    assert!(passcode_problem("short", "short").is_some());
    assert_eq!(passcode_problem("blue heron", "blue heron"), None);
    assert!(passcode_problem("blue heron", "blue herons")
        .unwrap()
        .contains("differ"));
    assert_eq!(CodeKind::of("0042424242"), CodeKind::Pin);
    assert_eq!(CodeKind::of("12 34 56"), CodeKind::Phrase);
    // Characters, not bytes: eight accented letters are enough.
    assert_eq!(passcode_problem("éééééééé", "éééééééé"), None);
}

#[test]
fn wrong_passcodes_make_the_next_try_wait_longer_and_longer() {
    let waits: Vec<i64> = (1..=12).map(wait_after).collect();
    assert_eq!(&waits[..3], &[0, 0, 0], "three free tries");
    assert!(
        waits.windows(2).all(|w| w[0] <= w[1]),
        "never shorter: {waits:?}"
    );
    assert_eq!(waits[3], 5);
    assert_eq!(*waits.last().unwrap(), 900, "capped at 15 minutes");
    let mut attempts = Attempts::default();
    for _ in 0..4 {
        attempts = attempts.failed(1_000_000);
    }
    assert_eq!(attempts.seconds_to_wait(1_000_000), 5);
    assert_eq!(attempts.seconds_to_wait(1_004_500), 1);
    assert_eq!(attempts.seconds_to_wait(1_005_000), 0);
    assert_eq!(
        Attempts {
            failures: u32::MAX,
            wait_until: 0
        }
        .failed(0)
        .failures,
        u32::MAX
    );
}

#[test]
fn a_hidden_app_locks_once_its_chosen_time_is_up() {
    assert!(AutoLock::Immediately.is_due(10, 10));
    assert!(!AutoLock::AfterOneMinute.is_due(0, 59_999));
    assert!(AutoLock::AfterOneMinute.is_due(0, 60_000));
    assert!(AutoLock::AfterFifteenMinutes.is_due(0, 15 * 60_000));
    for choice in AutoLock::ALL {
        assert_eq!(AutoLock::from_key(choice.key()), Some(choice));
    }
}

#[test]
fn a_kept_lock_reads_back_and_a_changed_one_is_refused() {
    let lock = Lock::new(&[1; 16], &[2; 72], &[3; 8], CodeKind::Pin);
    assert_eq!(lock.check(), Ok(()));
    assert!(lock.seals_writes());
    assert!(!lock.with_state(LockState::Unsealing).seals_writes());
    let text = serde_json::to_string(&lock).unwrap();
    let back: Lock = serde_json::from_str(&text).unwrap();
    assert_eq!(back, lock);
    for broken in [
        Lock {
            iterations: 1,
            ..lock.clone()
        },
        Lock {
            version: 2,
            ..lock.clone()
        },
        Lock {
            salt: "zz".into(),
            ..lock.clone()
        },
        Lock {
            cipher: "ROT13".into(),
            ..lock.clone()
        },
    ] {
        assert!(broken.check().is_err(), "{broken:?}");
    }
    let rewrapped = lock.rewrapped(&[9; 16], &[8; 72], CodeKind::Phrase);
    assert_eq!(rewrapped.key_id, lock.key_id, "the data key stays the same");
    assert_ne!(rewrapped.salt, lock.salt);
}

#[test]
fn a_passkey_rides_along_with_the_lock_and_a_damaged_one_is_not_offered() {
    let lock = Lock::new(&[1; 16], &[2; 72], &[3; 8], CodeKind::Pin);
    assert_eq!(lock.passkey_parts(), None);
    let plain = serde_json::to_string(&lock).unwrap();
    assert!(
        !plain.contains("passkey"),
        "a lock without one reads as before: {plain}"
    );
    let with = lock.with_passkey(Some(Passkey::new(&[7; 20], &[5; PRF_SALT_BYTES], &[6; 72])));
    let parts = with.passkey_parts().expect("readable");
    assert_eq!(parts.credential_id, vec![7; 20]);
    assert_eq!(parts.salt, [5; PRF_SALT_BYTES]);
    let back: Lock = serde_json::from_str(&serde_json::to_string(&with).unwrap()).unwrap();
    assert_eq!(back, with);
    // A new passcode or a step of turning the lock off keeps the same data key, so the
    // passkey that wraps it keeps working.
    let rewrapped = with.rewrapped(&[9; 16], &[8; 72], CodeKind::Phrase);
    assert_eq!(rewrapped.passkey, with.passkey);
    assert_eq!(with.with_state(LockState::Unsealing).passkey, with.passkey);
    assert_eq!(with.with_passkey(None).passkey, None);
    let damaged = |passkey: Passkey| with.with_passkey(Some(passkey)).passkey_parts();
    let good = with.passkey.clone().unwrap();
    for broken in [
        Passkey {
            credential_id: String::new(),
            ..good.clone()
        },
        Passkey {
            credential_id: "xyz".into(),
            ..good.clone()
        },
        Passkey {
            salt: "0011".into(),
            ..good.clone()
        },
        Passkey {
            wrapped_key: "0g".into(),
            ..good.clone()
        },
    ] {
        assert_eq!(damaged(broken.clone()), None, "{broken:?}");
        assert_eq!(
            with.with_passkey(Some(broken)).check(),
            Ok(()),
            "the passcode still opens it"
        );
    }
}

#[test]
fn a_data_key_wrapped_under_a_prf_output_opens_only_under_it() {
    let data = key(4);
    let prf = [11u8; 32];
    let wrapped = data.wrap(&prf, [2; NONCE_BYTES]);
    let opened = DataKey::unwrap(&prf, &wrapped).expect("same output");
    assert_eq!(
        opened.seal(b"c", b"x", [1; NONCE_BYTES]),
        data.seal(b"c", b"x", [1; NONCE_BYTES])
    );
    assert!(
        DataKey::unwrap(&[12u8; 32], &wrapped).is_err(),
        "another passkey's output"
    );
}
