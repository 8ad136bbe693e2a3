//! A message that outlives the screen that said it: "Ana was forgotten", said by her page and
//! shown on People, where the person lands. It shows on the screen it was meant for and goes
//! once the person moves on.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// A message, the address it shows at, and whether it has been shown there yet.
#[derive(Clone)]
struct Said {
    message: String,
    at: String,
    shown: bool,
}

#[derive(Clone, Copy)]
pub struct Flash(RwSignal<Option<Said>>);

impl Flash {
    pub fn get() -> Flash {
        expect_context::<Flash>()
    }

    /// Says `message` on the screen at `path` (the one the person is being taken to).
    pub fn say(self, message: String, path: &str) {
        self.0.set(Some(Said {
            message,
            at: path.to_owned(),
            shown: false,
        }));
    }
}

pub fn provide_flash() {
    provide_context(Flash(RwSignal::new(None)));
}

/// The message, on the screen it was said for (inside the router).
#[component]
pub fn FlashMessage() -> impl IntoView {
    let flash = Flash::get();
    let path = use_location().pathname;
    // Reaching its screen marks it shown; leaving that screen afterwards ends it.
    Effect::new(move || {
        let here = path.get();
        flash.0.maybe_update(|said| match said {
            Some(s) if s.at == here => !std::mem::replace(&mut s.shown, true),
            Some(s) if s.shown => {
                *said = None;
                true
            }
            _ => false,
        });
    });
    move || {
        let here = path.get();
        flash.0.get().and_then(|said| {
            (said.at == here).then(|| view! { <p class="outcome" role="status">{said.message}</p> })
        })
    }
}
