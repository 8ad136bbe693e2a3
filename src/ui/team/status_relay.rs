//! The live sync's status in every open tab: only one tab runs the sync (it holds the lock,
//! `platform::tab_lock`), and it tells the other tabs each status it reaches, and answers a tab
//! that opens and asks where things stand.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

use crate::domain::team_status::TeamStatus;

/// The channel the tabs of this origin tell each other the status on.
const CHANNEL: &str = "one-on-one-team-status";
/// What a tab that opens asks: the tab running the sync answers with where it stands.
const ASK: &str = "ask";

/// Sets this tab's status, and tells the other tabs once this tab runs the sync.
#[derive(Clone)]
pub struct Reporter {
    status: RwSignal<TeamStatus>,
    channel: Option<Rc<BroadcastChannel>>,
    leading: Rc<Cell<bool>>,
    _listener: Rc<Option<EventListener>>,
}

impl Reporter {
    /// Shows what the tab running the sync says, until this tab runs it (`lead`).
    pub fn follow(status: RwSignal<TeamStatus>) -> Reporter {
        let channel = BroadcastChannel::new(CHANNEL).ok().map(Rc::new);
        let leading = Rc::new(Cell::new(false));
        let listener = channel.as_ref().map(|channel| {
            let (answer, leading) = (channel.clone(), leading.clone());
            EventListener::new(channel, "message", move |event| {
                let Some(said) = event
                    .dyn_ref::<MessageEvent>()
                    .and_then(|event| event.data().as_string())
                else {
                    return;
                };
                match (leading.get(), said == ASK) {
                    (true, true) => post(&answer, &status.get_untracked()),
                    (false, false) => {
                        if let Ok(told) = serde_json::from_str::<TeamStatus>(&said) {
                            status.try_set(told);
                        }
                    }
                    _ => {}
                }
            })
        });
        if let Some(channel) = &channel {
            let _ = channel.post_message(&JsValue::from_str(ASK));
        }
        Reporter {
            status,
            channel,
            leading,
            _listener: Rc::new(listener),
        }
    }

    /// This tab runs the sync from now on: what it says goes to the other tabs too.
    pub fn lead(&self) {
        self.leading.set(true);
    }

    /// Sets the status here and, when this tab runs the sync, in the other tabs.
    pub fn say(&self, now: TeamStatus) {
        if let (true, Some(channel)) = (self.leading.get(), &self.channel) {
            post(channel, &now);
        }
        self.status.try_set(now);
    }
}

/// Tells the other tabs `status` from a tab that does not run the sync (Off, on leaving the
/// team: the tab running it stops at its next wake, and says so too).
pub fn tell_other_tabs(status: &TeamStatus) {
    if let Ok(channel) = BroadcastChannel::new(CHANNEL) {
        post(&channel, status);
        channel.close();
    }
}

fn post(channel: &BroadcastChannel, status: &TeamStatus) {
    if let Ok(json) = serde_json::to_string(status) {
        let _ = channel.post_message(&JsValue::from_str(&json));
    }
}
