//! Editing a guide: sections and prompts added, changed, moved and removed; a guide
//! duplicated or started from scratch. Out-of-range indexes change nothing.

use super::builtin_guides::builtin_guides;
use super::guide::{Guide, Prompt, Section};
use super::record::Meta;

/// Which way to move an item in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

fn shift<T>(items: &mut [T], index: usize, direction: Direction) {
    let target = match direction {
        Direction::Up => index.checked_sub(1),
        Direction::Down => index.checked_add(1),
    };
    if let Some(target) = target.filter(|t| *t < items.len()) {
        if index < items.len() {
            items.swap(index, target);
        }
    }
}

fn blank_section() -> Section {
    Section {
        title: String::new(),
        share_percent: None,
        prompts: vec![Prompt {
            text: String::new(),
            hint: String::new(),
        }],
    }
}

/// Whether `id` names one of the guides the app ships with.
pub fn is_builtin(id: &str) -> bool {
    builtin_guides().iter().any(|g| g.meta.id == id)
}

/// The built-in guide with `id`, as shipped.
pub fn builtin(id: &str) -> Option<Guide> {
    builtin_guides().into_iter().find(|g| g.meta.id == id)
}

impl Guide {
    /// A new guide of one empty section with one empty prompt.
    pub fn blank(id: impl Into<String>, now_ms: i64) -> Guide {
        Guide {
            meta: Meta::new(id, now_ms),
            name: "New guide".to_owned(),
            summary: String::new(),
            sections: vec![blank_section()],
        }
    }

    /// A copy to change freely: "Copy of …", with a new id.
    pub fn duplicate(&self, id: impl Into<String>, now_ms: i64) -> Guide {
        Guide {
            meta: Meta::new(id, now_ms),
            name: format!("Copy of {}", self.name),
            summary: self.summary.clone(),
            sections: self.sections.clone(),
        }
    }

    pub fn add_section(&mut self) {
        self.sections.push(blank_section());
    }

    pub fn remove_section(&mut self, index: usize) {
        if index < self.sections.len() {
            self.sections.remove(index);
        }
    }

    pub fn move_section(&mut self, index: usize, direction: Direction) {
        shift(&mut self.sections, index, direction);
    }

    pub fn add_prompt(&mut self, section: usize) {
        if let Some(section) = self.sections.get_mut(section) {
            section.prompts.push(Prompt {
                text: String::new(),
                hint: String::new(),
            });
        }
    }

    pub fn remove_prompt(&mut self, section: usize, prompt: usize) {
        if let Some(section) = self.sections.get_mut(section) {
            if prompt < section.prompts.len() {
                section.prompts.remove(prompt);
            }
        }
    }

    pub fn move_prompt(&mut self, section: usize, prompt: usize, direction: Direction) {
        if let Some(section) = self.sections.get_mut(section) {
            shift(&mut section.prompts, prompt, direction);
        }
    }

    /// The prompt at (`section`, `prompt`), to edit in place.
    pub fn prompt_mut(&mut self, section: usize, prompt: usize) -> Option<&mut Prompt> {
        self.sections.get_mut(section)?.prompts.get_mut(prompt)
    }

    /// The sum of the sections' suggested shares, to show when it is not 100%.
    pub fn total_share(&self) -> u32 {
        self.sections
            .iter()
            .filter_map(|s| s.share_percent)
            .map(u32::from)
            .sum()
    }
}
