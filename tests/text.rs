//! Native tests of text folding and word matching.

use one_on_one::domain::text::{fold, matches_all_words};

#[test]
fn folding_removes_case_and_accents() {
    assert_eq!(fold("Núñez"), "nunez");
    assert_eq!(fold("ÉLODIE Çelik"), "elodie celik");
    assert_eq!(fold("Łukasz Straße Œuvre"), "lukasz strasse oeuvre");
    assert_eq!(fold("Zoë Ångström"), "zoe angstrom");
}

#[test]
fn text_outside_latin_is_kept_and_lowercased() {
    assert_eq!(fold("Ωμέγα 🌱 東京"), "ωμέγα 🌱 東京");
}

#[test]
fn each_query_word_must_start_some_word() {
    let person = "Dolores Núñez, nurse at Local 12; childcare co-op";
    assert!(matches_all_words("nunez", person));
    assert!(matches_all_words("child", person));
    assert!(matches_all_words("NURSE local", person));
    assert!(matches_all_words("co op", person));
    assert!(
        matches_all_words("", person),
        "an empty search shows everyone"
    );
    assert!(
        !matches_all_words("care", person),
        "words match from their start"
    );
    assert!(
        !matches_all_words("nurse teacher", person),
        "every word must match"
    );
}

#[test]
fn a_text_goes_on_one_line_and_a_list_splits_into_its_items() {
    use one_on_one::domain::text::{items, one_line};
    assert_eq!(one_line("  Ana \t María\r\n Núñez "), "Ana María Núñez");
    assert_eq!(one_line(" \n "), "");
    assert_eq!(items(" a, b ,,c ", &[',']), ["a", "b", "c"]);
    assert_eq!(
        items("tenants; parents, food", &[',', ';']),
        ["tenants", "parents", "food"]
    );
    assert!(items(" , ; ", &[',', ';']).is_empty());
}
