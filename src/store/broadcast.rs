//! Tells every subscriber, in this tab and in other open tabs, what changed, so screens show
//! it without a reload.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

/// One changed record: its object store and id (`*` for every record of the store).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub store: String,
    pub id: String,
}

impl Change {
    pub fn new(store: &str, id: &str) -> Self {
        Self {
            store: store.to_owned(),
            id: id.to_owned(),
        }
    }

    /// True when this change touches the record `id` of `store`.
    pub fn touches(&self, store: &str, id: &str) -> bool {
        self.store == store && (self.id == id || self.id == "*")
    }

    fn encode(&self) -> String {
        format!("{}\n{}", self.store, self.id)
    }

    fn decode(message: &str) -> Option<Change> {
        let (store, id) = message.split_once('\n')?;
        Some(Change::new(store, id))
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
