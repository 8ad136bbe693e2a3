//! Screens addressed by an id in the path. Following a link from one such screen to another of
//! the same kind (a person to the person who referred them) keeps the route and changes only
//! the id, so the screen is rebuilt whenever the id changes.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// Renders `screen` for the path parameter `name`, afresh for each new value.
pub fn for_each_param<V: IntoView + 'static>(
    name: &'static str,
    screen: impl Fn(String) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get(name).unwrap_or_default()));
    move || screen(id.get())
}
