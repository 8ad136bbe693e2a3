//! The built-in guides and how stored edits and the organizer's own guides join them.

use one_on_one::domain::builtin_guides::{builtin_guides, CAMPAIGN_GUIDE_ID};
use one_on_one::domain::guide::{available, Guide};
use one_on_one::domain::record::Meta;

#[test]
fn three_builtin_guides_with_sections_prompts_and_shares_that_add_up() {
    let guides = builtin_guides();
    assert_eq!(guides.len(), 3);
    for guide in &guides {
        assert!(guide.sections.len() >= 4, "{}", guide.name);
        assert!(
            guide.sections.iter().all(|s| !s.prompts.is_empty()),
            "{}",
            guide.name
        );
        let shares: u32 = guide
            .sections
            .iter()
            .map(|s| u32::from(s.share_percent.unwrap()))
            .sum();
        assert_eq!(shares, 100, "{}: section shares", guide.name);
    }
    let campaign = &guides[1];
    assert_eq!(campaign.meta.id, CAMPAIGN_GUIDE_ID);
    assert_eq!(
        campaign
            .sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        [
            "Story of Self",
            "Story of Us and Now",
            "The ask",
            "Next steps"
        ]
    );
}

#[test]
fn a_stored_edit_replaces_its_builtin_in_place_and_own_guides_follow_by_name() {
    let mut edited = builtin_guides()[1].clone();
    edited.name = "Campaign one-to-one (ours)".into();
    edited.meta.touch(10);
    let own = |id: &str, name: &str| Guide {
        meta: Meta::new(id, 5),
        name: name.into(),
        summary: String::new(),
        sections: Vec::new(),
    };
    let stored = [own("z", "zine"), edited, own("a", "Announce")];
    let names: Vec<String> = available(&stored, builtin_guides())
        .into_iter()
        .map(|g| g.name)
        .collect();
    assert_eq!(
        names,
        [
            "Relationship one-on-one",
            "Campaign one-to-one (ours)",
            "Structured organizing conversation",
            "Announce",
            "zine"
        ]
    );
}
