//! Native tests of text folding and word matching.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::text::{fold, matches_all_words};

#[test]
fn folding_removes_case_and_accents() {
    assert_eq!(fold("Núñez"), "nunez");
    assert_eq!(fold("ÉLODIE Çelik"), "elodie celik");
    assert_eq!(fold("Łukasz Straße Œuvre"), "lukasz strasse oeuvre");
    assert_eq!(fold("Zoë Ångström"), "zoe angstrom");
    assert_eq!(
        fold("𝓙𝓸𝓼𝓮 ﬁ ² Ｎｏ"),
        "jose fi 2 no",
        "styled letters pasted from elsewhere"
    );
}

#[test]
fn text_outside_latin_is_lowercased_and_loses_only_its_accents() {
    assert_eq!(fold("Ωμέγα 🌱 東京"), "ωμεγα 🌱 東京");
    assert_eq!(
        fold("क्षत्रिय"),
        "क्षत्रिय",
        "an Indic word keeps its vowel signs"
    );
    assert!(matches_all_words("क्ष", "क्षत्रिय"), "and stays one word");
    assert!(
        matches_all_words("김민", "김민준 이"),
        "a Korean name is found from its start"
    );
}

/// Names as people write them, and as someone typing without accents would search for them.
const NAMES: [(&str, &str); 22] = [
    ("Nguyễn Thị Ánh", "nguyen thi anh"),
    ("Trần Đức Thắng", "tran duc thang"),
    ("Phạm Quỳnh", "pham quynh"),
    ("Ștefan Țurcanu", "stefan turcanu"),
    ("Şerban Ţepeş", "serban tepes"),
    ("Łukasz Wróbel", "lukasz wrobel"),
    ("Żaneta Ściegienna", "zaneta sciegienna"),
    ("İlkay Işık Güneş", "ilkay isik gunes"),
    ("Antonín Dvořák", "antonin dvorak"),
    ("Søren Ærø", "soren aero"),
    ("Þórður Guðmundsson", "thordur gudmundsson"),
    ("GROẞE Straße", "grosse strasse"),
    ("Ελένη Παπαδοπούλου", "ελενη παπαδοπουλου"),
    ("ΟΔΥΣΣΕΑΣ Οδυσσέας", "οδυσσεασ οδυσσεασ"),
    ("Ёлкин Пётр", "елкин петр"),
    ("שָׁלוֹם", "שלום"),
    ("مُحَمَّد", "محمد"),
    ("Ｎｇｕｙｅｎ", "nguyen"),
    ("ﬁona ŒUVRE", "fiona oeuvre"),
    ("José Núñez-Peña", "jose nunez-pena"),
    ("Zoë Ångström", "zoe angstrom"),
    ("François Ça", "francois ca"),
];

#[test]
fn names_of_many_languages_fold_to_what_people_type() {
    for (name, plain) in NAMES {
        assert_eq!(fold(name), plain, "{name}");
        assert!(matches_all_words(plain, name), "{plain} finds {name}");
        assert!(matches_all_words(name, plain), "{name} typed finds {plain}");
    }
}

#[test]
fn decomposed_input_folds_as_composed_input_does() {
    use unicode_normalization::UnicodeNormalization;
    for (name, plain) in NAMES {
        let decomposed: String = name.nfd().collect();
        let compatible: String = name.nfkd().collect();
        assert_eq!(fold(&decomposed), plain, "{name} decomposed");
        assert_eq!(fold(&compatible), plain, "{name} in compatibility form");
        assert!(
            matches_all_words(&decomposed, name),
            "{name} typed decomposed finds it"
        );
        let first = plain.split(' ').next().unwrap_or_default();
        assert!(
            matches_all_words(first, &decomposed),
            "{first} finds it stored decomposed"
        );
    }
}

/// A tiny seeded generator, so a failing case can be replayed.
fn next(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    *state >> 33
}

#[test]
fn any_text_folds_the_same_in_any_normal_form_and_folding_is_stable() {
    use unicode_normalization::UnicodeNormalization;
    let pieces = [
        "a",
        "Z",
        "é",
        "ễ",
        "Ș",
        "ș",
        "Ł",
        "İ",
        "ı",
        "ß",
        "ẞ",
        "Ø",
        "Ǿ",
        "Σ",
        "ς",
        "ά",
        "Ё",
        "й",
        "ﬁ",
        "Ａ",
        "①",
        "²",
        "東",
        "ガ",
        "ｶﾞ",
        "김",
        "क्ष",
        "שָׁ",
        "مُ",
        "🌱",
        "👩🏽‍🌾",
        " ",
        "-",
        "\u{301}",
        "\u{200d}",
    ];
    let mut state = 20261207;
    for _ in 0..2_000 {
        let length = 1 + next(&mut state) % 12;
        let text: String = (0..length)
            .map(|_| pieces[(next(&mut state) % pieces.len() as u64) as usize])
            .collect();
        let folded = fold(&text);
        assert_eq!(
            fold(&text.nfd().collect::<String>()),
            folded,
            "{text:?} as NFD"
        );
        assert_eq!(
            fold(&text.nfc().collect::<String>()),
            folded,
            "{text:?} as NFC"
        );
        assert_eq!(
            fold(&text.nfkc().collect::<String>()),
            folded,
            "{text:?} as NFKC"
        );
        assert_eq!(
            fold(&folded),
            folded,
            "{text:?}: folding twice changes nothing"
        );
        assert!(matches_all_words(&text, &text), "{text:?} finds itself");
    }
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
