//! The web of relationships as a graph: one node per person, one edge per pair of people
//! linked (by a referral or by hand), each node sized by how many others it connects to.

use std::collections::{BTreeMap, HashMap};

use crate::domain::person::{Person, Stage};
use crate::domain::person_link::PersonLink;

/// What the map needs of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapPerson {
    pub id: String,
    pub name: String,
    /// Their stage: `NotYetMet` until it is known (see [`Graph::restaged`]).
    pub stage: Stage,
    /// 1 to 5, with their one-on-ones held and commitments open it sets their stage.
    pub engagement: Option<u8>,
    /// Whoever referred them, by id.
    pub referred_by: Option<String>,
    pub links: Vec<PersonLink>,
    pub organizations: Vec<String>,
    pub tags: Vec<String>,
}

impl MapPerson {
    pub fn of(person: &Person, stage: Stage) -> MapPerson {
        MapPerson {
            id: person.meta.id.clone(),
            name: person.name.clone(),
            stage,
            engagement: person.engagement,
            referred_by: person.referred_by.clone(),
            links: person.links.clone(),
            organizations: person.organizations.clone(),
            tags: person.tags.clone(),
        }
    }
}

/// How two people are linked: one referred the other, or the organizer linked them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tie {
    /// `from` referred or introduced `to`: node indexes.
    Referred { from: usize, to: usize },
    /// Linked by hand, with the word of the link (the first one added, when there are more).
    Linked(String),
}

/// One edge between two nodes, `a < b`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub tie: Tie,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Graph {
    /// In the order given.
    pub people: Vec<MapPerson>,
    /// Each pair once, in order of `(a, b)`.
    pub edges: Vec<Edge>,
    /// For each node, the nodes it shares an edge with, in order.
    pub neighbours: Vec<Vec<usize>>,
    /// Who named whom, as (namer, named): a referral (the referrer named them) or a link (the
    /// person whose page holds it named the other); in the order found, repeats kept.
    pub naming: Vec<(usize, usize)>,
}

impl Graph {
    /// This graph with each person's stage set from `stages` (in the people's order): the
    /// same web, coloured once the stages are read.
    pub fn restaged(&self, stages: &[Stage]) -> Graph {
        let mut graph = self.clone();
        for (person, stage) in graph.people.iter_mut().zip(stages) {
            person.stage = *stage;
        }
        graph
    }

    /// The graph of `people`: a referral or link to someone not among them is left out, as is
    /// a link from a person to themselves.
    pub fn of(people: Vec<MapPerson>) -> Graph {
        let index: HashMap<&str, usize> = people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let mut ties: BTreeMap<(usize, usize), Tie> = BTreeMap::new();
        let mut naming = Vec::new();
        for (i, person) in people.iter().enumerate() {
            if let Some(&from) = person.referred_by.as_deref().and_then(|by| index.get(by)) {
                if from != i {
                    // A referral says more than a link: it wins the pair.
                    ties.insert(pair(from, i), Tie::Referred { from, to: i });
                    naming.push((from, i));
                }
            }
        }
        for (i, person) in people.iter().enumerate() {
            for link in &person.links {
                if let Some(&other) = index.get(link.to.as_str()) {
                    if other != i {
                        ties.entry(pair(i, other))
                            .or_insert_with(|| Tie::Linked(link.word.clone()));
                        naming.push((i, other));
                    }
                }
            }
        }
        let mut neighbours = vec![Vec::new(); people.len()];
        let edges: Vec<Edge> = ties
            .into_iter()
            .map(|((a, b), tie)| {
                neighbours[a].push(b);
                neighbours[b].push(a);
                Edge { a, b, tie }
            })
            .collect();
        for list in &mut neighbours {
            list.sort_unstable();
        }
        Graph {
            people,
            edges,
            neighbours,
            naming,
        }
    }

    /// How nodes `x` and `y` are tied, if they are.
    pub fn tie(&self, x: usize, y: usize) -> Option<&Tie> {
        let (a, b) = pair(x, y);
        self.edges
            .binary_search_by(|e| (e.a, e.b).cmp(&(a, b)))
            .ok()
            .map(|found| &self.edges[found].tie)
    }

    /// How many others a node connects to.
    pub fn degree(&self, node: usize) -> usize {
        self.neighbours[node].len()
    }

    /// The connected groups of nodes, largest first (then by their first node); each group's
    /// nodes in order.
    pub fn clusters(&self) -> Vec<Vec<usize>> {
        let mut seen = vec![false; self.people.len()];
        let mut clusters = Vec::new();
        for start in 0..self.people.len() {
            if seen[start] {
                continue;
            }
            seen[start] = true;
            let mut cluster = vec![start];
            let mut next = 0;
            while next < cluster.len() {
                let node = cluster[next];
                next += 1;
                for &other in &self.neighbours[node] {
                    if !seen[other] {
                        seen[other] = true;
                        cluster.push(other);
                    }
                }
            }
            cluster.sort_unstable();
            clusters.push(cluster);
        }
        clusters.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a[0].cmp(&b[0])));
        clusters
    }
}

fn pair(x: usize, y: usize) -> (usize, usize) {
    (x.min(y), x.max(y))
}
