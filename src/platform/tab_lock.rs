//! One tab at a time: a Web Lock held by the tab that does a job for the whole browser (the
//! team's live sync), passed on to the next waiting tab when it lets go or closes.

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks` (web-sys has it only behind its unstable APIs).
    type LockManager;

    #[wasm_bindgen(method)]
    fn request(this: &LockManager, name: &str, callback: &JsValue) -> Promise;
}

/// The browser's lock manager, where it has one (not in an insecure context, nor in old
/// browsers: Safari has it from 15.4).
fn lock_manager() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// The lock, held until this is dropped.
pub struct Held {
    release: Option<Function>,
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.call0(&JsValue::NULL);
        }
    }
}

/// Resolves once this tab holds the lock `name`: at once when no other tab holds it, or when
/// the tab holding it lets go or closes. Where the browser has no Web Locks, or refuses the
/// request, at once: the job then runs in each tab, as it would without locks.
pub async fn hold(name: &str) -> Held {
    let Some(locks) = lock_manager() else {
        return Held { release: None };
    };
    let mut release = None;
    let released = Promise::new(&mut |resolve, _| release = Some(resolve));
    let mut grant = None;
    let granted = Promise::new(&mut |resolve, _| grant = Some(resolve));
    let grant = grant.expect("a promise's executor runs at once");
    let callback = Closure::once_into_js(move |_lock: JsValue| -> Promise {
        let _ = grant.call0(&JsValue::NULL);
        released
    });
    let requested = locks.request(name, &callback);
    // `requested` settles only once the lock is let go, unless the request is refused (an
    // opaque origin, a lock manager that throws): then the job runs anyway.
    let _ = JsFuture::from(Promise::race(&Array::of2(&granted, &requested))).await;
    Held { release }
}
