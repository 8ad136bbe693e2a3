//! The outcome of an action in Settings, shown under its buttons: what was done (a status), or
//! what went wrong (an alert).

use leptos::prelude::*;

#[derive(Clone, PartialEq)]
pub enum Outcome {
    None,
    Done(String),
    Failed(String),
}

impl Outcome {
    pub fn of(result: Result<String, String>) -> Outcome {
        match result {
            Ok(message) => Outcome::Done(message),
            Err(message) => Outcome::Failed(message),
        }
    }
}

#[component]
pub fn OutcomeMessage(outcome: RwSignal<Outcome>) -> impl IntoView {
    move || match outcome.get() {
        Outcome::None => None,
        Outcome::Done(message) => {
            Some(view! { <p class="outcome" role="status">{message}</p> }.into_any())
        }
        Outcome::Failed(message) => {
            Some(view! { <p class="banner" role="alert">{message}</p> }.into_any())
        }
    }
}
