//! Today's lists as shown: from the snapshot the last start kept, painted at once, until the
//! database's own lists and names are in; then those, and they are kept for the next start.

use std::collections::{BTreeMap, HashMap};

use chrono::Local;
use leptos::prelude::*;

use crate::domain::follow_ups::due_before;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::today_snapshot::TodaySnapshot;
use crate::platform::ids::now_ms;
use crate::platform::timing::mark;
use crate::store::snapshot;
use crate::ui::components::show_more::PAGE;

type List<T> = Option<(Vec<T>, usize)>;

/// What Today's lists show, and the names their cards carry.
#[derive(Clone, Copy)]
pub struct Shown {
    pub due: Memo<List<NextStep>>,
    pub upcoming: Memo<List<Meeting>>,
    kept_names: StoredValue<BTreeMap<String, String>>,
    names: Memo<Option<HashMap<String, String>>>,
}

impl Shown {
    /// The name of person `id`, from the database or else from the snapshot.
    pub fn name_of(&self, id: &str) -> Option<String> {
        self.names
            .with(|n| n.as_ref().and_then(|n| n.get(id).cloned()))
            .or_else(|| self.kept_names.with_value(|kept| kept.get(id).cloned()))
    }
}

/// `due` and `upcoming` as read from the database, with `names` of their people, shown once
/// `ready`; before that, today's snapshot if there is one.
pub fn use_shown(
    due: Memo<List<NextStep>>,
    upcoming: Memo<List<Meeting>>,
    names: Memo<Option<HashMap<String, String>>>,
    ready: Memo<bool>,
) -> Shown {
    let kept = snapshot::read().filter(|kept| kept.is_for(due_before(now_ms(), &Local)));
    let kept_names = StoredValue::new(kept.as_ref().map(|k| k.names.clone()).unwrap_or_default());
    let (kept_due, kept_upcoming) = kept.map(|k| (k.due, k.upcoming)).unzip();
    let shown = Shown {
        due: Memo::new(move |_| {
            if ready.get() {
                due.get()
            } else {
                kept_due.clone()
            }
        }),
        upcoming: Memo::new(move |_| {
            if ready.get() {
                upcoming.get()
            } else {
                kept_upcoming.clone()
            }
        }),
        kept_names,
        names,
    };
    let mut marked = false;
    Effect::new(move || {
        if !ready.get() {
            return;
        }
        if !std::mem::replace(&mut marked, true) {
            mark("today from the database");
        }
        let (Some(due), Some(upcoming)) = (due.get(), upcoming.get()) else {
            return;
        };
        snapshot::keep(&TodaySnapshot::new(
            due_before(now_ms(), &Local),
            (&due.0, due.1),
            (&upcoming.0, upcoming.1),
            |id| shown.name_of(id),
            PAGE,
        ));
    });
    shown
}
