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
        match (
            values.get(name),
            PLACEHOLDERS.iter().find(|(key, _)| *key == name),
        ) {
            (Some(value), Some(_)) if !value.is_empty() => text.push_str(value),
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
