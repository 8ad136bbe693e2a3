//! What the map flags for the organizer to act on: people many others name whom no one has
//! met yet, and groups (an organization, a tag) no one in them has been met.

use std::collections::{BTreeMap, BTreeSet};

use super::graph::Graph;
use crate::domain::person::Stage;
use crate::domain::text::fold;

/// Someone not yet met whom `named_by` others named: referred by them, or linked from their
/// page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub node: usize,
    pub named_by: usize,
}

/// People not yet met whom at least `at_least` others named, most named first (then by name).
pub fn named_not_met(graph: &Graph, at_least: usize) -> Vec<Named> {
    let mut namers: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); graph.people.len()];
    for &(namer, named) in &graph.naming {
        namers[named].insert(namer);
    }
    let mut named: Vec<Named> = namers
        .iter()
        .enumerate()
        .filter(|(node, by)| by.len() >= at_least && graph.people[*node].stage == Stage::NotYetMet)
        .map(|(node, by)| Named {
            node,
            named_by: by.len(),
        })
        .collect();
    named.sort_by(|a, b| {
        b.named_by
            .cmp(&a.named_by)
            .then_with(|| fold(&graph.people[a.node].name).cmp(&fold(&graph.people[b.node].name)))
    });
    named
}

/// A kind of group people belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupKind {
    Organization,
    Tag,
}

/// A group no one in it has been met: its name as first written, and how many are in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreached {
    pub kind: GroupKind,
    pub name: String,
    pub members: Vec<usize>,
}

/// Organizations and tags (one per spelling, whatever its case or accents) with at least
/// `at_least` people and none of them met yet, the largest first (then by name).
pub fn unreached_groups(graph: &Graph, at_least: usize) -> Vec<Unreached> {
    // Per group: its first spelling, its members, and whether any of them was met.
    let mut groups: BTreeMap<(GroupKind, String), (String, Vec<usize>, bool)> = BTreeMap::new();
    for (node, person) in graph.people.iter().enumerate() {
        let met = person.stage != Stage::NotYetMet;
        let named = person
            .organizations
            .iter()
            .map(|o| (GroupKind::Organization, o))
            .chain(person.tags.iter().map(|t| (GroupKind::Tag, t)));
        for (kind, name) in named {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let group = groups
                .entry((kind, fold(name)))
                .or_insert_with(|| (name.to_owned(), Vec::new(), false));
            if group.1.last() != Some(&node) {
                group.1.push(node);
            }
            group.2 |= met;
        }
    }
    let mut unreached: Vec<Unreached> = groups
        .into_iter()
        .filter(|(_, (_, members, met))| !met && members.len() >= at_least)
        .map(|((kind, _), (name, members, _))| Unreached {
            kind,
            name,
            members,
        })
        .collect();
    unreached.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then_with(|| a.kind.cmp(&b.kind))
            .then_with(|| fold(&a.name).cmp(&fold(&b.name)))
    });
    unreached
}
