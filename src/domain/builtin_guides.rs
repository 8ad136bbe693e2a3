//! The guides the app ships with, written in our own words from the organizing method: a
//! relationship one-on-one, a campaign one-to-one, and a structured organizing conversation.

use super::guide::{Guide, Prompt, Section};
use super::record::Meta;

pub const RELATIONSHIP_GUIDE_ID: &str = "builtin-relationship";
pub const CAMPAIGN_GUIDE_ID: &str = "builtin-campaign";
pub const STRUCTURED_GUIDE_ID: &str = "builtin-structured";

/// Built-ins carry time 0, so any edit the organizer stores is newer.
fn guide(id: &str, name: &str, summary: &str, sections: Vec<Section>) -> Guide {
    Guide {
        meta: Meta::new(id, 0),
        name: name.to_owned(),
        summary: summary.to_owned(),
        sections,
    }
}

fn section(title: &str, share_percent: u8, prompts: &[(&str, &str)]) -> Section {
    Section {
        title: title.to_owned(),
        share_percent: Some(share_percent),
        prompts: prompts
            .iter()
            .map(|(text, hint)| Prompt {
                text: (*text).to_owned(),
                hint: (*hint).to_owned(),
            })
            .collect(),
    }
}

const OPEN: &str = "Ask how and why, not yes or no.";

pub fn builtin_guides() -> Vec<Guide> {
    vec![
        guide(
            RELATIONSHIP_GUIDE_ID,
            "Relationship one-on-one",
            "Get to know someone and what they care about; find how they want to be involved.",
            vec![
                section("Purpose", 5, &[(
                    "Say again why you asked to meet, and check it still works for them.",
                    "Keep it short; they can reshape it.",
                )]),
                section("Their story", 35, &[
                    ("How did you first get involved in this issue?", OPEN),
                    ("What do you hope changes soon, and in the long run?", ""),
                    ("Which groups or organizations are you part of?", ""),
                ]),
                section("Involvement", 30, &[
                    ("How would you like to be involved? What do you want to learn?", OPEN),
                    ("What would it take to win, in your view?", ""),
                    ("What support would help you reach your goals?", ""),
                    ("What skills or interests could you bring?", ""),
                ]),
                section("Connections", 15, &[(
                    "Who else should I talk with?",
                    "Offer your own contacts in return.",
                )]),
                section("Next steps", 15, &[
                    ("Agree on next steps, who does what, and by when.", ""),
                    ("When will we check in next?", ""),
                ]),
            ],
        ),
        guide(
            CAMPAIGN_GUIDE_ID,
            "Campaign one-to-one",
            "Share stories of self, us and now, then invite them to take on a role in the campaign.",
            vec![
                section("Story of Self", 40, &[
                    ("Where did you grow up? How long have you lived here?", ""),
                    ("What do you do for work, and with your free time?", ""),
                    ("What makes you angry about how things are?", "Listen for sparks."),
                    ("What moments in your life moved you to act?", OPEN),
                    ("What would a better world look like to you?", ""),
                    ("Now share your own story: why you are in this.", "Two minutes, not ten."),
                ]),
                section("Story of Us and Now", 20, &[
                    ("Tell the story of the campaign: what we want and why now.", ""),
                    ("Share the plan, and ask what they think of it.", ""),
                ]),
                section("The ask", 25, &[
                    ("Where do you see yourself in this plan?", OPEN),
                    (
                        "Make a clear ask for a role or a task, then wait for the answer.",
                        "Silence is fine. A no or a not now is fine too.",
                    ),
                ]),
                section("Next steps", 15, &[
                    ("List the next steps agreed, with deadlines.", ""),
                    ("Agree when you will talk next.", ""),
                ]),
            ],
        ),
        guide(
            STRUCTURED_GUIDE_ID,
            "Structured organizing conversation",
            "Move from their concerns to action: agitate, educate, inoculate, organize, unite.",
            vec![
                section("Agitate", 30, &[
                    ("What is the biggest problem you face here?", OPEN),
                    ("How does it affect you and the people close to you?", ""),
                    ("How long has it been like this? How does that feel?", ""),
                ]),
                section("Educate", 20, &[
                    ("Who decides this, and how could it change?", ""),
                    ("Share what others have won by acting together.", ""),
                ]),
                section("Inoculate", 15, &[(
                    "What do you think they will say or do when we act? How would we respond?",
                    "Name the pushback before it comes.",
                )]),
                section("Organize", 25, &[
                    ("Will you join us, and take on this task?", "Be specific: what, when, with whom."),
                    ("Who else feels this way? Will you talk to them?", ""),
                ]),
                section("Unite", 10, &[(
                    "Remind them they are not alone, and say when you will follow up.",
                    "",
                )]),
            ],
        ),
    ]
}
