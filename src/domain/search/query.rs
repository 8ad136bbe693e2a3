//! Answering a query: every word must start a word of the entry (or of its person's name, tags
//! or organizations); results are grouped by kind, ranked by where the words matched, then by
//! date, newest first; and narrowed by the filters organizers use.

use std::collections::{HashMap, HashSet};

use super::entry::{Entry, Kind, Weight};
use super::index::SearchIndex;
use super::snippet::Snippet;
use super::top::{Rank, Top};
use super::words::query_words;
use crate::domain::person::Stage;
use crate::domain::text::fold;

/// What to narrow the results to. Tags and stages are a person's, and narrow their meetings
/// and follow-ups too; the date range applies to each result's own date.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub tag: Option<String>,
    pub stage: Option<Stage>,
    /// UTC ms, inclusive.
    pub from: Option<i64>,
    /// UTC ms, exclusive.
    pub until: Option<i64>,
    /// Only follow-ups not yet done (and no people or meetings).
    pub open_only: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// One result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub id: String,
    pub person_id: String,
    pub title: String,
    pub when: i64,
    pub open: bool,
    pub score: u32,
    /// Where the words matched; `None` for a result found through its person.
    pub snippet: Option<Snippet>,
}

/// The best results of one kind, and how many there are in all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub kind: Kind,
    pub hits: Vec<Hit>,
    pub total: usize,
}

/// People, then meetings, then follow-ups.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Results {
    pub groups: Vec<Group>,
}

impl Results {
    pub fn total(&self) -> usize {
        self.groups.iter().map(|g| g.total).sum()
    }

    pub fn group(&self, kind: Kind) -> Option<&Group> {
        self.groups.iter().find(|g| g.kind == kind)
    }
}

/// A word matching a whole word counts a little more than one matching its start.
fn points(weight: Weight, exact: bool) -> u8 {
    weight as u8 * 2 + u8::from(exact)
}

impl SearchIndex {
    /// The results for `query` and `filters`, at most `limit` of each kind. With no words and
    /// no filters there are none.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Results {
        let words = query_words(query);
        if words.is_empty() && filters.is_empty() {
            return Results::default();
        }
        let allowed = self.allowed_people(filters);
        let mut found: [Top; 3] = std::array::from_fn(|_| Top::new(limit));
        let candidates: Vec<(u32, u32)> = match self.score(&words) {
            Some(matched) => matched,
            None => (0..self.entries.len() as u32)
                .filter(|&slot| self.entries[slot as usize].is_some())
                .map(|slot| (slot, 0))
                .collect(),
        };
        let filtered = !filters.is_empty();
        for (slot, score) in candidates {
            let brief = self.briefs[slot as usize];
            if filtered {
                let entry = self.entries[slot as usize].as_ref().expect("a live slot");
                if !passes(entry, filters, allowed.as_ref()) {
                    continue;
                }
            }
            found[brief.kind as usize].offer(Rank::new(score, brief.when, slot));
        }
        let groups = [Kind::Person, Kind::Meeting, Kind::FollowUp]
            .into_iter()
            .zip(found)
            .filter(|(_, top)| top.total() > 0)
            .map(|(kind, top)| self.group(kind, top, &words))
            .collect();
        Results { groups }
    }

    /// Every slot that all `words` match, with its score; `None` for no words. The work is in
    /// proportion to the postings of the words, never to the size of the index, so a word
    /// found nowhere costs nothing and each further word only narrows what is left.
    fn score(&self, words: &[String]) -> Option<Vec<(u32, u32)>> {
        let mut matched: Option<Vec<(u32, u32)>> = None;
        let mut best = vec![0u8; self.entries.len()];
        let mut touched: Vec<u32> = Vec::new();
        for word in words {
            self.points_of_word(word, &mut best, &mut touched);
            matched = Some(match matched {
                None => touched
                    .iter()
                    .map(|&slot| (slot, u32::from(best[slot as usize])))
                    .collect(),
                Some(so_far) => so_far
                    .into_iter()
                    .filter_map(|(slot, total)| {
                        let here = best[slot as usize];
                        (here > 0).then(|| (slot, total + u32::from(here)))
                    })
                    .collect(),
            });
            for &slot in &touched {
                best[slot as usize] = 0;
            }
            touched.clear();
            if matched.as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        matched
    }

    /// Sets `best` to the points `word` earns in each slot it matches, listing those slots in
    /// `touched` (`best` starts all zero).
    fn points_of_word(&self, word: &str, best: &mut [u8], touched: &mut Vec<u32>) {
        let range = (std::ops::Bound::Included(word), std::ops::Bound::Unbounded);
        for (term, &id) in self.words.range::<str, _>(range) {
            if !term.starts_with(word) {
                break;
            }
            let earned = |weight| points(weight, term == word);
            for posting in &self.postings[id as usize] {
                let cell = &mut best[posting.slot as usize];
                if *cell == 0 {
                    touched.push(posting.slot);
                }
                *cell = (*cell).max(earned(posting.weight));
            }
        }
        self.spread_to_children(best, touched);
    }

    /// A person matching by name, tags or organizations makes their meetings and follow-ups
    /// match too, weakly: "ana bus" finds the meeting about the bus with Ana.
    fn spread_to_children(&self, best: &mut [u8], touched: &mut Vec<u32>) {
        let context = points(Weight::Context, false);
        let telling = points(Weight::Label, false);
        for at in 0..touched.len() {
            let slot = touched[at] as usize;
            if self.briefs[slot].kind != Kind::Person || best[slot] < telling {
                continue;
            }
            for &child in &self.children[slot] {
                let cell = &mut best[child as usize];
                if *cell == 0 {
                    touched.push(child);
                }
                *cell = (*cell).max(context);
            }
        }
    }

    /// The people a tag or stage filter lets through; `None` when neither is set.
    fn allowed_people(&self, filters: &Filters) -> Option<HashSet<&str>> {
        if filters.tag.is_none() && filters.stage.is_none() {
            return None;
        }
        let tag = filters.tag.as_deref().map(|t| fold(t.trim()));
        let stages = filters.stage.map(|_| self.stages());
        let people = self
            .entries
            .iter()
            .flatten()
            .filter(|e| e.kind == Kind::Person);
        Some(
            people
                .filter(|p| {
                    tag.as_ref()
                        .is_none_or(|tag| p.tags.iter().any(|t| fold(t) == *tag))
                })
                .filter(|p| {
                    filters.stage.is_none_or(|stage| {
                        stages.as_ref().and_then(|s| s.get(p.id.as_str())) == Some(&stage)
                    })
                })
                .map(|p| p.id.as_str())
                .collect(),
        )
    }

    /// Every person's stage, from their held meetings and open commitments as indexed.
    pub fn stages(&self) -> HashMap<&str, Stage> {
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        for entry in self.entries.iter().flatten() {
            let count = counts.entry(entry.person_id.as_str()).or_default();
            count.0 += usize::from(entry.held);
            count.1 += usize::from(entry.their_commitment);
        }
        self.entries
            .iter()
            .flatten()
            .filter(|e| e.kind == Kind::Person)
            .map(|p| {
                let (held, committed) = counts.get(p.id.as_str()).copied().unwrap_or_default();
                (p.id.as_str(), Stage::of(held, committed, p.engagement))
            })
            .collect()
    }

    /// Every tag in use, as first written, sorted without regard to case or accents.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: HashMap<String, String> = HashMap::new();
        for entry in self
            .entries
            .iter()
            .flatten()
            .filter(|e| e.kind == Kind::Person)
        {
            for tag in entry.tags.iter().filter(|t| !t.is_empty()) {
                tags.entry(fold(tag)).or_insert_with(|| tag.clone());
            }
        }
        let mut sorted: Vec<(String, String)> = tags.into_iter().collect();
        sorted.sort();
        sorted.into_iter().map(|(_, tag)| tag).collect()
    }

    /// The group of `kind` from its best results, with their snippets.
    fn group(&self, kind: Kind, top: Top, words: &[String]) -> Group {
        let total = top.total();
        let hits = top
            .into_best_first()
            .into_iter()
            .map(|rank| {
                let slot = rank.slot.0 as usize;
                let entry = self.entries[slot].as_ref().expect("a live slot");
                hit(entry, rank.score, words)
            })
            .collect();
        Group { kind, hits, total }
    }
}

fn passes(entry: &Entry, filters: &Filters, allowed: Option<&HashSet<&str>>) -> bool {
    if filters.open_only && !(entry.kind == Kind::FollowUp && entry.open) {
        return false;
    }
    if filters.from.is_some_and(|from| entry.when < from) {
        return false;
    }
    if filters.until.is_some_and(|until| entry.when >= until) {
        return false;
    }
    allowed.is_none_or(|people| people.contains(entry.person_id.as_str()))
}

fn hit(entry: &Entry, score: u32, words: &[String]) -> Hit {
    Hit {
        kind: entry.kind,
        id: entry.id.clone(),
        person_id: entry.person_id.clone(),
        title: entry.title.clone(),
        when: entry.when,
        open: entry.open,
        score,
        snippet: Snippet::of(entry, words),
    }
}
