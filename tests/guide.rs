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

mod editing {
    use one_on_one::domain::builtin_guides::{builtin_guides, RELATIONSHIP_GUIDE_ID};
    use one_on_one::domain::guide::Guide;
    use one_on_one::domain::guide_edit::{builtin, is_builtin, Direction};

    fn titles(guide: &Guide) -> Vec<&str> {
        guide.sections.iter().map(|s| s.title.as_str()).collect()
    }

    #[test]
    fn sections_are_added_moved_and_removed_and_bad_indexes_change_nothing() {
        let mut guide = builtin_guides().remove(1);
        guide.move_section(3, Direction::Up);
        assert_eq!(
            titles(&guide),
            [
                "Story of Self",
                "Story of Us and Now",
                "Next steps",
                "The ask"
            ]
        );
        guide.move_section(0, Direction::Up);
        guide.move_section(3, Direction::Down);
        guide.move_section(9, Direction::Up);
        assert_eq!(
            titles(&guide),
            [
                "Story of Self",
                "Story of Us and Now",
                "Next steps",
                "The ask"
            ]
        );
        guide.add_section();
        assert_eq!(guide.sections.len(), 5);
        assert_eq!(
            guide.sections[4].prompts.len(),
            1,
            "a new section has a prompt to fill in"
        );
        guide.remove_section(0);
        guide.remove_section(42);
        assert_eq!(
            titles(&guide),
            ["Story of Us and Now", "Next steps", "The ask", ""]
        );
    }

    #[test]
    fn prompts_are_added_edited_moved_and_removed_within_their_section() {
        let mut guide = Guide::blank("g", 1);
        guide.prompt_mut(0, 0).unwrap().text = "First?".into();
        guide.add_prompt(0);
        guide.prompt_mut(0, 1).unwrap().text = "Second?".into();
        guide.prompt_mut(0, 1).unwrap().hint = "Ask why".into();
        guide.move_prompt(0, 1, Direction::Up);
        let texts: Vec<&str> = guide.sections[0]
            .prompts
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(texts, ["Second?", "First?"]);
        assert_eq!(guide.sections[0].prompts[0].hint, "Ask why");
        guide.remove_prompt(0, 0);
        guide.remove_prompt(0, 5);
        guide.remove_prompt(3, 0);
        guide.add_prompt(7);
        assert!(guide.prompt_mut(2, 0).is_none());
        assert_eq!(guide.sections[0].prompts.len(), 1);
        assert_eq!(guide.sections[0].prompts[0].text, "First?");
    }

    #[test]
    fn a_duplicate_is_a_new_guide_and_a_builtin_can_be_found_again() {
        let original = builtin(RELATIONSHIP_GUIDE_ID).unwrap();
        let copy = original.duplicate("mine", 99);
        assert_eq!(copy.meta.id, "mine");
        assert_eq!(copy.meta.created_at, 99);
        assert_eq!(copy.name, "Copy of Relationship one-on-one");
        assert_eq!(copy.sections, original.sections);
        assert!(is_builtin(RELATIONSHIP_GUIDE_ID) && !is_builtin("mine"));
        assert_eq!(original.total_share(), 100);
        assert_eq!(Guide::blank("b", 1).total_share(), 0);
    }
}
