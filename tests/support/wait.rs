//! Waiting on the event itself in browser tests, never on a guessed delay: the next change a
//! store announces, a latch a callback opens, or a condition coming true.
// Shared by several browser test files; each uses some of it.
#![allow(dead_code)]

use std::cell::RefCell;
use std::rc::Rc;

use one_on_one::store::{Change, Store};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Resolves with the next change the store announces after this call (subscribed at once, so
/// call it before the action), or fails the test after five seconds.
pub fn next_change(store: &Store) -> impl std::future::Future<Output = Change> {
    let heard: Rc<RefCell<Option<Change>>> = Rc::default();
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
    let resolve = resolve.unwrap();
    let subscription = {
        let heard = heard.clone();
        store.changes().subscribe(move |change| {
            heard.borrow_mut().get_or_insert(change);
            let _ = resolve.call0(&JsValue::NULL);
        })
    };
    async move {
        let mut guard = None;
        let timeout = js_sys::Promise::new(&mut |_, fail| guard = Some(fail));
        let fail = guard.unwrap();
        let timer = gloo_timers::callback::Timeout::new(5_000, move || {
            let _ = fail.call1(&JsValue::NULL, &"no change was announced".into());
        });
        let race = js_sys::Promise::race(&js_sys::Array::of2(&promise, &timeout));
        JsFuture::from(race)
            .await
            .expect("a change within five seconds");
        drop((timer, subscription));
        heard.borrow_mut().take().unwrap()
    }
}

/// Opened once by a callback, awaited by the test.
#[derive(Clone)]
pub struct Latch {
    promise: js_sys::Promise,
    resolve: js_sys::Function,
}

impl Default for Latch {
    fn default() -> Self {
        Latch::new()
    }
}

impl Latch {
    pub fn new() -> Latch {
        let mut resolve = None;
        let promise = js_sys::Promise::new(&mut |done, _| resolve = Some(done));
        Latch {
            promise,
            resolve: resolve.unwrap(),
        }
    }

    pub fn open(&self) {
        let _ = self.resolve.call0(&JsValue::NULL);
    }

    pub async fn wait(self) {
        JsFuture::from(self.promise).await.unwrap();
    }
}

/// Resolves once `ready` holds, checked after every turn of the browser's event loop (so
/// reads and effects already under way run first); fails the test after five seconds.
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..1_000 {
        gloo_timers::future::TimeoutFuture::new(5).await;
        if ready() {
            return;
        }
    }
    panic!("waited five seconds for: {what}");
}

/// One turn of the browser's event loop: what a resolved read or an announced change set off
/// (its answer landing, its effects) has run by then.
pub async fn next_turn() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}
