//! The inverted index: every folded word maps to the entries holding it, sorted by slot, with
//! the best weight it has there. Records are added, changed and removed one at a time, and a
//! change touches only the words that changed, so typing in a long note stays cheap.

use std::collections::{BTreeMap, HashMap};

use super::entry::{Entry, Kind, Weight};

/// One entry holding a word, and how telling the word is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Posting {
    pub slot: u32,
    pub weight: Weight,
}

/// What ranking needs of an entry, kept apart from the entry and small, so a query that
/// matches most entries walks one compact array.
#[derive(Clone, Copy, Debug)]
pub(super) struct Brief {
    pub kind: Kind,
    pub when: i64,
}

#[derive(Default)]
pub struct SearchIndex {
    /// Entries by slot; a removed entry leaves its slot free for the next one.
    pub(super) entries: Vec<Option<Entry>>,
    /// The brief of each slot's entry (stale for a free slot, which no word points to).
    pub(super) briefs: Vec<Brief>,
    free_slots: Vec<u32>,
    /// The slot of each entry by id, one map per kind.
    slots: [HashMap<String, u32>; 3],
    /// The slots of each person's meetings and follow-ups, by the person's slot (empty for
    /// other slots), so a query spreads from a person to them without hashing an id.
    pub(super) children: Vec<Vec<u32>>,
    /// The meetings and follow-ups of people not (or not yet) indexed, by person id.
    orphans: HashMap<String, Vec<u32>>,
    /// Every word in use, sorted, so a prefix finds its words as one range.
    pub(super) words: BTreeMap<String, u32>,
    /// The same words, for a quick look-up of a whole word.
    word_ids: HashMap<String, u32>,
    pub(super) postings: Vec<Vec<Posting>>,
    free_words: Vec<u32>,
}

impl SearchIndex {
    pub fn new() -> Self {
        Self::default()
    }

    /// How many records are indexed.
    pub fn len(&self) -> usize {
        self.slots.iter().map(HashMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many distinct words are indexed.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    pub fn get(&self, kind: Kind, id: &str) -> Option<&Entry> {
        let slot = *self.slots[kind as usize].get(id)?;
        self.entries[slot as usize].as_ref()
    }

    /// Adds `entry`, or replaces the entry with its kind and id.
    pub fn upsert(&mut self, entry: Entry) {
        let kind = entry.kind as usize;
        let Some(&slot) = self.slots[kind].get(&entry.id) else {
            self.insert(entry);
            return;
        };
        let old = self.entries[slot as usize]
            .take()
            .expect("a mapped slot holds its entry");
        self.change_words(slot, old.terms(), entry.terms());
        if old.person_id != entry.person_id {
            self.unlink_child(&old, slot);
            self.link_child(&entry, slot);
        }
        self.briefs[slot as usize] = Brief {
            kind: entry.kind,
            when: entry.when,
        };
        self.entries[slot as usize] = Some(entry);
    }

    /// Adds or replaces `entry` unless the index already holds a newer version of it (read
    /// before a change that has since been indexed).
    pub fn upsert_if_newer(&mut self, entry: Entry) {
        let newer_held = self
            .get(entry.kind, &entry.id)
            .is_some_and(|held| held.updated_at > entry.updated_at);
        if !newer_held {
            self.upsert(entry);
        }
    }

    pub fn remove(&mut self, kind: Kind, id: &str) {
        let Some(slot) = self.slots[kind as usize].remove(id) else {
            return;
        };
        let old = self.entries[slot as usize]
            .take()
            .expect("a mapped slot holds its entry");
        self.change_words(slot, old.terms(), Vec::new());
        self.unlink_child(&old, slot);
        if kind == Kind::Person {
            let children = std::mem::take(&mut self.children[slot as usize]);
            if !children.is_empty() {
                self.orphans.insert(old.id, children);
            }
        }
        self.free_slots.push(slot);
    }

    /// Makes the entries of `kind` exactly `entries`: after a restore or a bulk delete.
    pub fn replace_kind(&mut self, kind: Kind, entries: Vec<Entry>) {
        let keep: std::collections::HashSet<String> =
            entries.iter().map(|e| e.id.clone()).collect();
        self.keep_only(kind, &keep);
        for entry in entries {
            self.upsert(entry);
        }
    }

    /// Removes the entries of `kind` whose ids are not in `keep` (what a store read whole, a
    /// page at a time, no longer holds).
    pub fn keep_only(&mut self, kind: Kind, keep: &std::collections::HashSet<String>) {
        let gone: Vec<String> = self.slots[kind as usize]
            .keys()
            .filter(|id| !keep.contains(id.as_str()))
            .cloned()
            .collect();
        for id in gone {
            self.remove(kind, &id);
        }
    }

    fn insert(&mut self, entry: Entry) {
        let slot = self.free_slots.pop().unwrap_or_else(|| {
            self.entries.push(None);
            self.children.push(Vec::new());
            self.briefs.push(Brief {
                kind: entry.kind,
                when: entry.when,
            });
            (self.entries.len() - 1) as u32
        });
        self.briefs[slot as usize] = Brief {
            kind: entry.kind,
            when: entry.when,
        };
        self.change_words(slot, Vec::new(), entry.terms());
        self.link_child(&entry, slot);
        if entry.kind == Kind::Person {
            self.children[slot as usize] = self.orphans.remove(&entry.id).unwrap_or_default();
        }
        self.slots[entry.kind as usize].insert(entry.id.clone(), slot);
        self.entries[slot as usize] = Some(entry);
    }

    /// The children list of `person_id`: their slot's, or the orphans' while they are not here.
    fn children_of(&mut self, person_id: &str) -> Option<&mut Vec<u32>> {
        match self.slots[Kind::Person as usize].get(person_id) {
            Some(&person) => Some(&mut self.children[person as usize]),
            None => self.orphans.get_mut(person_id),
        }
    }

    fn link_child(&mut self, entry: &Entry, slot: u32) {
        if entry.kind == Kind::Person {
            return;
        }
        match self.children_of(&entry.person_id) {
            Some(children) => children.push(slot),
            None => {
                self.orphans.insert(entry.person_id.clone(), vec![slot]);
            }
        }
    }

    fn unlink_child(&mut self, entry: &Entry, slot: u32) {
        if entry.kind == Kind::Person {
            return;
        }
        if let Some(children) = self.children_of(&entry.person_id) {
            children.retain(|&s| s != slot);
            if children.is_empty() {
                self.orphans.remove(&entry.person_id);
            }
        }
    }

    /// Moves `slot` from the words of `old` to those of `new` (both sorted by word), touching
    /// only the words that differ.
    fn change_words(&mut self, slot: u32, old: Vec<(String, Weight)>, new: Vec<(String, Weight)>) {
        let (mut old, mut new) = (old.into_iter().peekable(), new.into_iter().peekable());
        loop {
            let order = match (old.peek(), new.peek()) {
                (None, None) => break,
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (Some(a), Some(b)) => a.0.cmp(&b.0),
            };
            match order {
                std::cmp::Ordering::Less => {
                    let (word, _) = old.next().expect("peeked");
                    self.unpost(&word, slot);
                }
                std::cmp::Ordering::Greater => {
                    let (word, weight) = new.next().expect("peeked");
                    self.post(word, slot, weight);
                }
                std::cmp::Ordering::Equal => {
                    let (_, was) = old.next().expect("peeked");
                    let (word, weight) = new.next().expect("peeked");
                    if was != weight {
                        self.post(word, slot, weight);
                    }
                }
            }
        }
    }

    /// Records that `slot` holds `word` with `weight` (replacing an earlier weight).
    fn post(&mut self, word: String, slot: u32, weight: Weight) {
        let id = match self.word_ids.get(&word) {
            Some(&id) => id,
            None => {
                let id = self.free_words.pop().unwrap_or_else(|| {
                    self.postings.push(Vec::new());
                    (self.postings.len() - 1) as u32
                });
                self.words.insert(word.clone(), id);
                self.word_ids.insert(word, id);
                id
            }
        };
        let list = &mut self.postings[id as usize];
        // Building adds slots in rising order: appending is the common case.
        if list.last().is_none_or(|last| last.slot < slot) {
            list.push(Posting { slot, weight });
            return;
        }
        match list.binary_search_by_key(&slot, |p| p.slot) {
            Ok(at) => list[at].weight = weight,
            Err(at) => list.insert(at, Posting { slot, weight }),
        }
    }

    /// Records that `slot` no longer holds `word`; a word no entry holds is forgotten.
    fn unpost(&mut self, word: &str, slot: u32) {
        let Some(&id) = self.word_ids.get(word) else {
            return;
        };
        let list = &mut self.postings[id as usize];
        if let Ok(at) = list.binary_search_by_key(&slot, |p| p.slot) {
            list.remove(at);
        }
        if list.is_empty() {
            self.words.remove(word);
            self.word_ids.remove(word);
            self.free_words.push(id);
        }
    }
}
