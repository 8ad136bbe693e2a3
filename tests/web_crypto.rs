//! Browser tests of protected backups with the browser's own cryptography: sealed and opened
//! with the passphrase, nothing readable in the file, and a wrong passphrase or a byte changed
//! anywhere in the file refused with a clear message.

#![cfg(target_arch = "wasm32")]

use js_sys::Uint8Array;
use one_on_one::domain::sealed::{SealedError, MAGIC};
use one_on_one::platform::crypto::{self, OpenError, SealedFile};
use one_on_one::platform::files::FileBytes;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SECRET: &str = "Maria fears her landlord will evict her if she signs the petition";

/// The whole file, as a download holds it.
fn bytes_of(file: &SealedFile) -> Vec<u8> {
    let mut bytes = file.prefix.clone();
    bytes.extend(Uint8Array::new(&file.ciphertext).to_vec());
    bytes
}

/// `bytes` as the browser hands over a picked file.
fn picked(bytes: &[u8]) -> FileBytes {
    FileBytes::copy_of(bytes)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[wasm_bindgen_test]
async fn a_backup_sealed_with_a_passphrase_opens_with_it_and_reads_as_nothing_without() {
    let plain = format!(r#"{{"format":"one-on-one-backup","notes":"{SECRET}"}}"#);
    let sealed = crypto::seal("correct horse battery", plain.as_bytes())
        .await
        .unwrap();
    let file = bytes_of(&sealed);
    assert!(file.starts_with(MAGIC));
    for word in [
        "Maria",
        "landlord",
        "evict",
        "petition",
        "one-on-one-backup",
    ] {
        assert!(
            !contains(&file[MAGIC.len()..], word.as_bytes()),
            "{word} is readable in the file"
        );
    }
    assert!(crypto::is_sealed(&picked(&file)));
    let opened = crypto::unseal("correct horse battery", &picked(&file))
        .await
        .unwrap();
    assert_eq!(opened, plain.as_bytes());

    // Sealed twice, the same text gives two different files (a fresh salt and nonce each time).
    let again = bytes_of(
        &crypto::seal("correct horse battery", plain.as_bytes())
            .await
            .unwrap(),
    );
    assert_ne!(again, file);
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_refused() {
    let sealed = crypto::seal("correct horse battery", SECRET.as_bytes())
        .await
        .unwrap();
    let file = picked(&bytes_of(&sealed));
    for wrong in ["correct horse batterY", "", "correct horse battery "] {
        assert_eq!(
            crypto::unseal(wrong, &file).await,
            Err(OpenError::Sealed(SealedError::WrongPassphraseOrChanged)),
            "{wrong:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_byte_changed_anywhere_in_the_file_is_refused() {
    let sealed = crypto::seal("correct horse battery", SECRET.as_bytes())
        .await
        .unwrap();
    let file = bytes_of(&sealed);
    let header_end = sealed.prefix.len();
    // The first line, the header's JSON, its salt and nonce, the ciphertext, the tag.
    let salt_at = header_end - 80;
    let places = [
        3,
        MAGIC.len() + 2,
        salt_at,
        header_end - 3,
        header_end,
        header_end + SECRET.len() / 2,
        file.len() - 1,
    ];
    for at in places {
        let mut changed = file.clone();
        changed[at] ^= 0x01;
        let refused = crypto::unseal("correct horse battery", &picked(&changed)).await;
        let Err(OpenError::Sealed(error)) = refused else {
            panic!(
                "a byte changed at {at} of {} was not refused: {refused:?}",
                file.len()
            );
        };
        assert!(
            error.to_string().ends_with("Nothing was changed."),
            "at {at}: {error}"
        );
    }
    // Cut short, or with bytes added, it is refused too.
    for changed in [file[..file.len() - 1].to_vec(), [&file[..], b"x"].concat()] {
        assert!(crypto::unseal("correct horse battery", &picked(&changed))
            .await
            .is_err());
    }
}
