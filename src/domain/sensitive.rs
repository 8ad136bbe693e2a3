//! Fields an organizer marks sensitive (a note about someone's immigration status, a grievance
//! in a step): kept on the phone and shown masked until tapped, and never written into what
//! leaves the screen: a calendar file, a request message, a summary handed on, Today's
//! snapshot. A record lists its sensitive fields by name; two devices marking different
//! fields both keep theirs (the list merges as a set).

/// A person's notes.
pub const NOTES: &str = "notes";
/// A meeting's purpose and hoped-for outcomes.
pub const PURPOSE: &str = "purpose";
pub const HOPED_OUTCOMES: &str = "hoped_outcomes";
/// A next step's text.
pub const STEP_TEXT: &str = "text";
/// A meeting's sparks and its quick notes on prompts, as captured live.
pub const LIVE_SPARKS: &str = "live_sparks";
pub const LIVE_NOTES: &str = "live_notes";
/// A meeting's debrief: sparks, their story, what to remember, the asks and answers.
pub const DEBRIEF_SPARKS: &str = "debrief_sparks";
pub const DEBRIEF_STORY: &str = "debrief_story";
pub const DEBRIEF_REMEMBER: &str = "debrief_remember";
pub const ASKS: &str = "asks";

/// The live field a debrief field is drafted from: its mark carries over with the text.
pub fn drafted_from(field: &str) -> Option<&'static str> {
    match field {
        DEBRIEF_SPARKS => Some(LIVE_SPARKS),
        DEBRIEF_STORY => Some(LIVE_NOTES),
        _ => None,
    }
}

/// What a request says in place of a sensitive purpose.
pub const PURPOSE_UNSAID: &str = "what we are working on";

/// Whether `field` is among `marked`.
pub fn is_marked(marked: &[String], field: &str) -> bool {
    marked.iter().any(|m| m == field)
}

/// `marked` with `field` marked (`on`) or not.
pub fn marking(marked: &[String], field: &str, on: bool) -> Vec<String> {
    let mut out: Vec<String> = marked.iter().filter(|m| *m != field).cloned().collect();
    if on {
        out.push(field.to_owned());
    }
    out
}

/// `text` as it may leave the screen: itself, or `None` when it is marked sensitive.
pub fn shareable<'a>(marked: &[String], field: &str, text: &'a str) -> Option<&'a str> {
    (!is_marked(marked, field)).then_some(text)
}
