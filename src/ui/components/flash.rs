//! A message that outlives the screen that said it: "Ana was forgotten", said by her page and
//! shown on People, where the person lands. It shows on the screen it was meant for and goes
//! once the person moves on.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The message, the address it shows at, and whether it has been shown there yet.
#[derive(Clone, Copy)]
pub struct Flash(RwSignal<Option<(String, String, bool)>>);

impl Flash {
    pub fn get() -> Flash {
        expect_context::<Flash>()
    }

    /// Says `message` on the screen at `path` (the one the person is being taken to).
    pub fn say(self, message: String, path: &str) {
        self.0.set(Some((message, path.to_owned(), false)));
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
    Effect::new(move || {
        let here = path.get();
        let state = flash.0.get_untracked();
        match state {
            Some((_, ref at, false)) if *at == here => flash.0.update(|f| {
                if let Some(f) = f {
                    f.2 = true;
                }
            }),
            Some((_, ref at, true)) if *at != here => flash.0.set(None),
            _ => {}
        }
    });
    move || {
        let here = path.get();
        flash.0.get().and_then(|(message, at, _)| {
            (at == here).then(|| view! { <p class="outcome" role="status">{message}</p> })
        })
    }
}
