//! The best few of many results, kept while they stream past: a bounded heap, so a query that
//! matches most of the index never sorts (or even stores) all it matched.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// How a result ranks: more points first, then the newer, then the earlier slot (so the order
/// is total and the same every time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Rank {
    pub score: u32,
    pub when: i64,
    pub slot: Reverse<u32>,
}

impl Rank {
    pub fn new(score: u32, when: i64, slot: u32) -> Self {
        Rank {
            score,
            when,
            slot: Reverse(slot),
        }
    }
}

/// The `limit` best ranks offered, and how many were offered in all.
pub(super) struct Top {
    limit: usize,
    total: usize,
    /// The worst kept rank on top, so a better one replaces it in O(log limit).
    kept: BinaryHeap<Reverse<Rank>>,
}

impl Top {
    pub fn new(limit: usize) -> Self {
        Top {
            limit,
            total: 0,
            kept: BinaryHeap::with_capacity(limit.min(1024) + 1),
        }
    }

    pub fn offer(&mut self, rank: Rank) {
        self.total += 1;
        if self.kept.len() < self.limit {
            self.kept.push(Reverse(rank));
        } else if let Some(mut worst) = self.kept.peek_mut() {
            if rank > worst.0 {
                *worst = Reverse(rank);
            }
        }
    }

    pub fn total(&self) -> usize {
        self.total
    }

    /// The kept ranks, best first.
    pub fn into_best_first(self) -> Vec<Rank> {
        self.kept
            .into_sorted_vec()
            .into_iter()
            .map(|Reverse(rank)| rank)
            .collect()
    }
}
