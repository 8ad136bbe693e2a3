//! Tells every subscriber, in this tab and in other open tabs, what changed, so screens show
//! it without a reload.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use super::schema::STORE_NAMES;

/// What changed in an object store, here or in another tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// One record, written or deleted.
    One { store: &'static str, id: String },
    /// Any number of records at once: a restore, a person deleted with their meetings and
    /// steps, everything deleted.
    All { store: &'static str },
}

impl Change {
    /// The object store it happened in.
    pub fn store(&self) -> &'static str {
        match self {
            Change::One { store, .. } | Change::All { store } => store,
        }
    }

    /// True when this change happened in `store`.
    pub fn is_in(&self, store: &str) -> bool {
        self.store() == store
    }

    /// True when this change touches the record `id` of `store`.
    pub fn touches(&self, store: &str, id: &str) -> bool {
        match self {
            Change::One {
                store: s,
                id: changed,
            } => *s == store && changed == id,
            Change::All { store: s } => *s == store,
        }
    }

    /// "one\n<store>\n<id>" or "all\n<store>", as posted to other tabs.
    fn encode(&self) -> String {
        match self {
            Change::One { store, id } => format!("one\n{store}\n{id}"),
            Change::All { store } => format!("all\n{store}"),
        }
    }

    /// A message from another tab; `None` for one that names no store of ours.
    fn decode(message: &str) -> Option<Change> {
        let mut parts = message.splitn(3, '\n');
        let (kind, name) = (parts.next()?, parts.next()?);
        let store = STORE_NAMES.into_iter().find(|known| *known == name)?;
        match (kind, parts.next()) {
            ("one", Some(id)) => Some(Change::One {
                store,
                id: id.to_owned(),
            }),
            ("all", None) => Some(Change::All { store }),
            _ => None,
        }
    }
}

type Listener = Rc<dyn Fn(Change)>;
type Listeners = Rc<RefCell<Vec<Weak<dyn Fn(Change)>>>>;

/// Local subscribers, plus a BroadcastChannel named after the database (absent where the
/// browser has none) for the other tabs.
#[derive(Clone)]
pub struct ChangeFeed {
    channel: Option<Rc<BroadcastChannel>>,
    local: Listeners,
}

/// Keeps a subscription alive; dropping it unsubscribes.
pub struct Subscription {
    _local: Listener,
    _other_tabs: Option<EventListener>,
}

impl ChangeFeed {
    pub fn new(name: &str) -> Self {
        Self {
            channel: BroadcastChannel::new(&format!("{name}-changes"))
                .ok()
                .map(Rc::new),
            local: Rc::default(),
        }
    }

    pub fn announce(&self, change: &Change) {
        let listeners: Vec<Listener> = {
            let mut local = self.local.borrow_mut();
            local.retain(|weak| weak.strong_count() > 0);
            local.iter().filter_map(Weak::upgrade).collect()
        };
        for listener in listeners {
            listener(change.clone());
        }
        if let Some(channel) = &self.channel {
            let _ = channel.post_message(&JsValue::from_str(&change.encode()));
        }
    }

    /// Calls `on_change` for every change, made here or in another tab, for as long as the
    /// returned subscription is kept.
    pub fn subscribe(&self, on_change: impl Fn(Change) + 'static) -> Subscription {
        let on_change: Listener = Rc::new(on_change);
        self.local.borrow_mut().push(Rc::downgrade(&on_change));
        let other_tabs = self.channel.as_ref().map(|channel| {
            let on_change = on_change.clone();
            EventListener::new(channel, "message", move |event| {
                let Some(event) = event.dyn_ref::<MessageEvent>() else {
                    return;
                };
                let message = event.data().as_string();
                if let Some(change) = message.as_deref().and_then(Change::decode) {
                    on_change(change);
                }
            })
        });
        Subscription {
            _local: on_change,
            _other_tabs: other_tabs,
        }
    }
}
