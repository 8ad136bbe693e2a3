//! 200 generated hostile backups (see `support/hostile.rs`): every one is refused with a
//! message that says what is wrong and that nothing was changed. The browser test
//! (`web_integrity.rs`) restores the same files and checks the phone's data is unchanged.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/hostile.rs"]
mod hostile;

use one_on_one::domain::backup::parse_backup;
use one_on_one::domain::kinds::KINDS;

fn stores() -> Vec<&'static str> {
    KINDS.iter().map(|kind| kind.store).collect()
}

#[test]
fn the_sound_backup_they_are_made_from_restores() {
    let text = hostile::sound_backup().to_file().unwrap();
    assert!(parse_backup(&text, &stores()).is_ok());
}

#[test]
fn every_hostile_backup_is_refused_with_a_clear_message() {
    for case in 0..200 {
        let text = hostile::hostile_backup(case);
        let error = parse_backup(&text, &stores())
            .err()
            .unwrap_or_else(|| panic!("case {case} was accepted: {text}"));
        let message = error.to_string();
        assert!(
            message.ends_with("Nothing was changed."),
            "case {case}: {message}"
        );
        assert!(
            !message.contains("invalid type") && !message.contains("expected"),
            "case {case} speaks serde, not words: {message}"
        );
    }
}
