//! Request messages: short scripts with placeholders such as `{their_name}`, filled from the
//! profile and the planned meeting, then edited by the organizer before sending.

/// A placeholder and the words shown in its place while it has no value.
pub const PLACEHOLDERS: [(&str, &str); 7] = [
    ("your_name", "your name"),
    ("organization", "organization"),
    ("campaign", "campaign"),
    ("their_name", "their name"),
    ("purpose", "purpose"),
    ("length", "length"),
    ("place", "place"),
];

/// The values to fill in; an empty value counts as missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values {
    pub your_name: String,
    pub organization: String,
    pub campaign: String,
    pub their_name: String,
    pub purpose: String,
    pub length: String,
    pub place: String,
}

impl Values {
    fn get(&self, placeholder: &str) -> Option<&str> {
        let value = match placeholder {
            "your_name" => &self.your_name,
            "organization" => &self.organization,
            "campaign" => &self.campaign,
            "their_name" => &self.their_name,
            "purpose" => &self.purpose,
            "length" => &self.length,
            "place" => &self.place,
            _ => return None,
        };
        Some(value.trim())
    }
}

/// A filled-in message, and what it still lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub text: String,
    /// Known placeholders without a value, shown as "[their name]" in the text.
    pub missing: Vec<&'static str>,
    /// `{words}` that are not placeholders, kept as typed.
    pub unknown: Vec<String>,
}

/// Fills `template`. `{{` and `}}` stand for literal braces; an unclosed `{` is kept as text.
pub fn render(template: &str, values: &Values) -> Rendered {
    let mut text = String::with_capacity(template.len() + 64);
    let mut missing = Vec::new();
    let mut unknown = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        text.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            text.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if let Some(after) = tail.strip_prefix('}') {
            text.push('}');
            rest = after;
            continue;
        }
        let Some(end) = tail.find('}') else {
            text.push_str(tail);
            rest = "";
            break;
        };
        let name = tail[1..end].trim();
        // A value that is only punctuation the script has already counts as missing.
        let value = values
            .get(name)
            .map(|value| fitted(name, value, &text, &tail[end + 1..], values))
            .filter(|value| !value.is_empty());
        match (value, PLACEHOLDERS.iter().find(|(key, _)| *key == name)) {
            (Some(value), Some(_)) => text.push_str(&value),
            (_, Some((key, shown))) => {
                text.push_str(&format!("[{shown}]"));
                if !missing.contains(key) {
                    missing.push(*key);
                }
            }
            _ => {
                text.push_str(&tail[..=end]);
                unknown.push(name.to_owned());
            }
        }
        rest = &tail[end + 1..];
    }
    text.push_str(rest);
    Rendered {
        text,
        missing,
        unknown,
    }
}

/// The placeholders whose words land inside a sentence: a purpose or a campaign typed as a
/// heading ("Get to know her") reads in lower case there.
const PHRASES: [&str; 2] = ["purpose", "campaign"];
/// What ends a sentence, or a value that ends as one.
const SENTENCE_ENDS: [char; 3] = ['.', '!', '?'];

/// `value` of placeholder `name` as it fits the sentence it lands in, between `before` (the
/// text so far) and `after` (the script's text that follows): a phrase mid-sentence starts in
/// lower case unless it begins with a name or an acronym, and a value ending in a full stop
/// does not double the script's own punctuation.
fn fitted(name: &str, value: &str, before: &str, after: &str, values: &Values) -> String {
    let mut value = value.to_owned();
    if after.starts_with(|c: char| SENTENCE_ENDS.contains(&c) || matches!(c, ',' | ';' | ':')) {
        let kept = value.trim_end_matches(SENTENCE_ENDS).trim_end().len();
        value.truncate(kept);
    }
    let mid_sentence = before
        .trim_end()
        .chars()
        .last()
        .is_some_and(|c| !SENTENCE_ENDS.contains(&c) && c != '\n');
    if PHRASES.contains(&name) && mid_sentence && !begins_with_a_name(&value, values) {
        let mut chars = value.chars();
        if let Some(first) = chars.next() {
            value = first.to_lowercase().chain(chars).collect();
        }
    }
    value
}

/// Whether `phrase` begins with a name or an acronym, so its capital stays: an acronym or a
/// word capitalised inside ("SEIU", "McAllen"), a possessive ("Maria's"), "I", a title in
/// capitals ("Fair Fares"), a code with digits ("I-35"), or a name the script knows (theirs, yours, the organization's).
fn begins_with_a_name(phrase: &str, values: &Values) -> bool {
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let capital_inside = letters.iter().skip(1).any(|c| c.is_uppercase());
    // A road, a bill or a local's number ("I-35", "Prop 8" is titled, "3M").
    let code = first.chars().any(|c| c.is_ascii_digit());
    let possessive = first.ends_with("'s") || first.ends_with("\u{2019}s");
    let pronoun_i = first == "I" || first.starts_with("I'") || first.starts_with("I\u{2019}");
    let titled = words
        .next()
        .and_then(|second| second.chars().next())
        .is_some_and(char::is_uppercase);
    let known = [&values.their_name, &values.your_name, &values.organization]
        .into_iter()
        .filter_map(|name| name.split_whitespace().next())
        .any(|name| name == first.trim_end_matches("'s"));
    capital_inside || code || possessive || pronoun_i || titled || known
}

/// The request for a one-on-one, in our words, after the method in the organizing guides:
/// who you are, why you ask, how long it takes, and an open question back.
pub const DEFAULT_REQUEST: &str = "Hi {their_name}, this is {your_name} from {organization}. \
I'd love to meet for {length} to get to know you better and talk about {purpose}. \
Would {place} work for you? If plans change, this is the best number to reach me.";

/// Asking the person who recommended someone to introduce you.
pub const DEFAULT_INTRODUCTION: &str = "Hi, this is {your_name} from {organization}. \
You mentioned that {their_name} might want to get involved in {campaign}. \
Would you be willing to introduce us, or tell me how they'd prefer to be asked?";

/// "30 minutes", "1 hour", "1 hour 15 minutes": the length as the request says it.
pub fn spoken_length(minutes: u32) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    let hours_text = match hours {
        0 => String::new(),
        1 => "1 hour".to_owned(),
        n => format!("{n} hours"),
    };
    match (hours, rest) {
        (0, m) => format!("{m} minutes"),
        (_, 0) => hours_text,
        (_, m) => format!("{hours_text} {m} minutes"),
    }
}
