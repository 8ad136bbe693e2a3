//! Letters folded to the plain form people type when searching: any case, the accents of every
//! script (Vietnamese "ễ", Romanian "ș", Greek "έ", Hebrew points), decomposed input as some
//! keyboards send it, ligatures and full-width forms. Unicode's own decompositions, taken from
//! the unicode-normalization crate into a small table (`accents_table`, checked against the
//! crate by tests/accents_table.rs), so the crate's larger tables stay out of the app.

use crate::domain::accents_table::{ENDS, KEYS, MARKS, TEXT};

/// Pushes `c`, folded, onto `folded`: decomposed, its diacritics left out, lowercased, and a
/// letter Unicode does not decompose (Ł, Đ, Ø, Æ, ß, dotless ı…) spelled plainly.
pub fn push_folded(c: char, folded: &mut String) {
    if let Some(plain) = decomposed(c) {
        plain.chars().for_each(|part| push_plain(part, folded));
    } else if let Some(jamo) = hangul_jamo(c) {
        jamo.into_iter()
            .flatten()
            .for_each(|part| folded.push(part));
    } else {
        push_plain(c, folded);
    }
}

/// Pushes `c`, which has no decomposition, lowercased; a diacritic sent apart is left out.
fn push_plain(c: char, folded: &mut String) {
    if is_diacritic(c) {
        return;
    }
    // Lowercasing İ gives i and a dot above, which goes as any diacritic does.
    for lower in c.to_lowercase().filter(|l| !is_diacritic(*l)) {
        match undecomposed(lower) {
            Some(plain) => folded.push_str(plain),
            None => folded.push(lower),
        }
    }
}

/// `c`'s decomposition with its diacritics left out, when it has one.
fn decomposed(c: char) -> Option<&'static str> {
    let at = KEYS.binary_search(&u32::from(c)).ok()?;
    let start = at
        .checked_sub(1)
        .map_or(0, |before| usize::from(ENDS[before]));
    TEXT.get(start..usize::from(ENDS[at]))
}

/// A Hangul syllable as its letters (jamo), as Unicode decomposes it by arithmetic, so a name
/// stored composed and one typed decomposed fold alike.
fn hangul_jamo(c: char) -> Option<[Option<char>; 3]> {
    let index = u32::from(c).checked_sub(0xAC00).filter(|i| *i < 11_172)?;
    let (lead, vowel, tail) = (index / 588, index % 588 / 28, index % 28);
    Some([
        char::from_u32(0x1100 + lead),
        char::from_u32(0x1161 + vowel),
        (tail > 0).then(|| char::from_u32(0x11A7 + tail)).flatten(),
    ])
}

/// Whether `c` belongs inside a word: a letter or digit, or a mark written on one (a
/// decomposed accent, an Indic vowel sign or virama), so "Nguyễn" typed decomposed and "क्ष"
/// are each one word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || {
        let code = u32::from(c);
        let at = MARKS.partition_point(|(from, _)| *from <= code);
        at > 0 && code <= MARKS[at - 1].1
    }
}

/// Marks that only accent a letter, which people leave out when they type: the combining
/// diacritics of Latin, Greek and Cyrillic (Vietnamese stacks two), Hebrew points and Arabic
/// vowel marks. Marks that make a different letter (an Indic vowel sign, Japanese dakuten)
/// stay.
pub fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'
        | '\u{05C1}'..='\u{05C2}'
        | '\u{05C4}'..='\u{05C5}'
        | '\u{05C7}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}')
}

/// The plain spelling of a lowercase letter that has no decomposition in Unicode.
fn undecomposed(c: char) -> Option<&'static str> {
    Some(match c {
        'ł' => "l",
        'đ' | 'ð' => "d",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'ı' => "i",
        'ħ' => "h",
        'ŧ' => "t",
        'þ' => "th",
        'ĸ' => "k",
        // Greek's word-final sigma is the same letter as σ.
        'ς' => "σ",
        _ => return None,
    })
}
