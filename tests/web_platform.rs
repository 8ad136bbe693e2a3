//! Browser tests of the platform layer, run by wasm-bindgen-test in headless Chromium.
#![cfg(target_arch = "wasm32")]

use gloo_storage::{LocalStorage, Storage};
use one_on_one::domain::theme::ThemeChoice;
use one_on_one::platform::{document, theme};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn html_theme_attribute() -> Option<String> {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("data-theme")
}

#[wasm_bindgen_test]
fn theme_choice_survives_in_local_storage() {
    LocalStorage::clear();
    assert_eq!(
        theme::load(),
        ThemeChoice::System,
        "nothing stored means follow the system"
    );
    assert!(theme::save(ThemeChoice::Dark));
    assert_eq!(theme::load(), ThemeChoice::Dark);
    assert!(theme::save(ThemeChoice::Light));
    assert_eq!(theme::load(), ThemeChoice::Light);
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn a_corrupt_stored_theme_falls_back_to_the_system() {
    LocalStorage::raw()
        .set_item("one-on-one.theme", "{not json")
        .unwrap();
    assert_eq!(theme::load(), ThemeChoice::System);
    LocalStorage::clear();
}

#[wasm_bindgen_test]
fn applying_a_theme_sets_and_clears_the_document_attribute() {
    theme::apply(ThemeChoice::Dark);
    assert_eq!(html_theme_attribute().as_deref(), Some("dark"));
    theme::apply(ThemeChoice::Light);
    assert_eq!(html_theme_attribute().as_deref(), Some("light"));
    theme::apply(ThemeChoice::System);
    assert_eq!(html_theme_attribute(), None);
}

#[wasm_bindgen_test]
fn screens_name_themselves_in_the_document_title() {
    document::set_title("People");
    let title = web_sys::window().unwrap().document().unwrap().title();
    assert_eq!(title, "People · One-on-one");
}
