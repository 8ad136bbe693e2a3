//! A .vcf file read into rows, a card each: vCard 2.1, 3.0 and 4.0 as phones export them
//! (folded lines, quoted-printable values, UTF-8 or Latin-1 names), parsed by vcard-rs.

use vcard::tree::cst::VcardCst;
use vcard::tree::line::VcardLine;
use vcard::tree::value::cursor::VcardValueCursor;

use super::encoding::{is_utf16, text_of};
use super::{Candidate, Refusal, Row};
use crate::domain::text::items;

/// Why a file cannot be read as contacts at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardsProblem {
    Empty,
    NotCards(String),
}

impl CardsProblem {
    pub fn words(&self) -> String {
        match self {
            CardsProblem::Empty => "The file has no contacts in it.".to_owned(),
            CardsProblem::NotCards(why) => {
                format!("This is not a contacts (.vcf) file the app can read: {why}.")
            }
        }
    }
}

/// The most cards a file may have.
pub const CARD_LIMIT: usize = 50_000;

/// Every card of `bytes` as a row, all at once ([`cards`] reads them one by one).
pub fn read(bytes: &[u8]) -> Result<Vec<Row>, CardsProblem> {
    Ok(cards(&as_utf8(bytes))?.collect())
}

/// `bytes` as the parser reads them: a UTF-16 file (as some Windows apps save contacts) made
/// UTF-8; any other as it is (its values are decoded one by one).
pub fn as_utf8(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if is_utf16(bytes) {
        std::borrow::Cow::Owned(text_of(bytes).into_bytes())
    } else {
        std::borrow::Cow::Borrowed(bytes)
    }
}

/// Whether `bytes` begin (after a byte order mark and blank lines) with `BEGIN:VCARD`, as a
/// contacts file does whatever it is called.
pub fn looks_like_cards(bytes: &[u8]) -> bool {
    // The head is enough (an even length, so UTF-16 stays whole).
    let head = as_utf8(&bytes[..bytes.len().min(4096)]);
    past_blanks(&head)
        .get(..11)
        .is_some_and(|head| head.eq_ignore_ascii_case(b"BEGIN:VCARD"))
}

/// `bytes` from their first character that is neither blank nor part of a byte order mark.
fn past_blanks(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xEF | 0xBB | 0xBF))
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// The cards of `bytes` (UTF-8 or 8-bit: see [`as_utf8`]) as rows, read as they are asked
/// for. A file with no card, or whose first card breaks the format, is refused whole; a later
/// card that breaks it ends the reading: it is refused with the parser's words, the cards
/// before it are kept.
pub fn cards(bytes: &[u8]) -> Result<impl Iterator<Item = Row> + '_, CardsProblem> {
    let bytes = past_blanks(bytes);
    if bytes.is_empty() {
        return Err(CardsProblem::Empty);
    }
    let mut parsed = VcardCst::parse_many(bytes).take(CARD_LIMIT).peekable();
    match parsed.peek() {
        None => return Err(CardsProblem::Empty),
        Some(Err(error)) => return Err(CardsProblem::NotCards(first_line(&error.to_string()))),
        Some(Ok(_)) => {}
    }
    Ok(parsed.enumerate().map(|(index, card)| Row {
        number: index + 1,
        read: match card {
            Ok(card) => candidate(card).checked(),
            Err(error) => Err(Refusal::Unreadable(first_line(&error.to_string()))),
        },
    }))
}

/// The first line of a parser's message, at most 120 characters (its messages quote the rest
/// of the file).
fn first_line(text: &str) -> String {
    text.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect()
}

/// The person one card describes.
fn candidate(card: VcardCst<'_>) -> Candidate {
    let mut person = Candidate::default();
    let mut structured_name = None;
    let mut others = Vec::new();
    for mut line in card.props {
        let name = line.bare_name().to_ascii_uppercase();
        match name.as_str() {
            "FN" if person.name.is_empty() => person.name = text(&mut line),
            "N" if structured_name.is_none() => structured_name = Some(text(&mut line)),
            "TEL" => {
                let tel = text(&mut line);
                let tel = tel.strip_prefix("tel:").unwrap_or(&tel).trim();
                first_or_other(&mut person.phone, &mut others, tel);
            }
            "EMAIL" => {
                let email = text(&mut line);
                first_or_other(&mut person.email, &mut others, email.trim());
            }
            "ORG" => {
                let org = text(&mut line);
                let company = org.split(';').next().unwrap_or_default().trim();
                if !company.is_empty() {
                    person.organizations.push(company.to_owned());
                }
            }
            "CATEGORIES" => person.tags.extend(items(&text(&mut line), &[','])),
            "NOTE" => {
                if !person.notes.is_empty() {
                    person.notes.push_str("\n\n");
                }
                person.notes.push_str(&text(&mut line));
            }
            _ => {}
        }
    }
    person.other_contact = others.join(", ");
    if person.name.trim().is_empty() {
        if let Some(n) = structured_name {
            person.name = name_of_n(&n);
        }
    }
    person
}

/// Puts `value` in `first` when that is empty, else among `others`.
pub(super) fn first_or_other(first: &mut String, others: &mut Vec<String>, value: &str) {
    if value.is_empty() || first == value || others.iter().any(|o| o == value) {
        return;
    }
    if first.is_empty() {
        *first = value.to_owned();
    } else {
        others.push(value.to_owned());
    }
}

/// A line's value as text: quoted-printable decoded, then read as UTF-8, else Latin-1.
fn text(line: &mut VcardLine<'_>) -> String {
    text_of(&VcardValueCursor { line }.quoted_printable())
}

/// The name an `N` value gives ("Family;Given;Additional;Prefix;Suffix"): "Prefix Given
/// Additional Family Suffix" with the blank parts left out.
fn name_of_n(n: &str) -> String {
    let parts: Vec<&str> = n.split(';').map(str::trim).collect();
    let part = |i: usize| parts.get(i).copied().unwrap_or_default();
    [part(3), part(1), part(2), part(0), part(4)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.replace(',', " "))
        .collect::<Vec<_>>()
        .join(" ")
}
