//! The relationship map (`/map`, `/map?person=:id` to start on someone): everyone on the phone
//! as a web of who referred and who is linked to whom, coloured by stage and sized by ties;
//! found by name, zoomed and moved by hand; with what to act on and the same in words.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::map::graph::Graph;
use crate::domain::map::layout::Layout;
use crate::domain::map::view::ViewBox;
use crate::domain::text::matches_all_words;
use crate::platform::document::set_title;
use crate::platform::idle::after_paint;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::map::canvas::{middle, MapCanvas, STAGES};
use crate::ui::map::flags::MapFlags;
use crate::ui::map::laying_out::use_map;
use crate::ui::map::list::MapList;

/// The drawing's shape, width over height (its CSS keeps the same).
const ASPECT: f64 = 0.8;
/// How many map units across the view is when it centres on someone found.
const FOUND_WIDTH: f64 = 320.0;

#[component]
pub fn MapPage() -> impl IntoView {
    set_title("Map");
    let map = use_map();
    let asked_for = use_query_map().with_untracked(|q| q.get("person"));
    view! {
        <h1>"Map"</h1>
        <p class="lede">"Who knows whom: referrals and the links you add on people's pages. Tap someone to open them."</p>
        {move || match map.graph.get() {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(graph) if graph.people.is_empty() => view! {
                <EmptyState title="No one on the map yet"
                    hint="Add people, who referred them and who they know: the map draws the web." />
            }.into_any(),
            Some(graph) => view! { <MapOf graph=graph layout=map.layout staged=map.staged asked_for=asked_for.clone() /> }.into_any(),
        }}
    }
}

#[component]
fn MapOf(
    graph: Arc<Graph>,
    layout: RwSignal<Option<Arc<Layout>>>,
    staged: RwSignal<bool>,
    asked_for: Option<String>,
) -> impl IntoView {
    let view = RwSignal::new(ViewBox {
        x: 0.0,
        y: 0.0,
        width: 1.0,
        height: 1.0,
    });
    let focus = RwSignal::new(None::<usize>);
    let asked = asked_for.and_then(|id| graph.people.iter().position(|p| p.id == id));
    // A new layout shows the whole map, or whoever the address asked for.
    Effect::new(move || {
        if let Some(layout) = layout.get() {
            let whole = ViewBox::fit(&layout, ASPECT);
            match asked.filter(|&i| i < layout.points.len()) {
                Some(i) => {
                    focus.set(Some(i));
                    view.set(whole.centred_on(layout.points[i], FOUND_WIDTH));
                }
                None => view.set(whole),
            }
        }
    });
    let widest = move || {
        layout.with(|l| {
            l.as_ref()
                .map_or(1.0, |l| l.width.max(l.height) * 1.5 + 200.0)
        })
    };
    let zoom = move |factor: f64| {
        let widest = widest();
        view.update(|v| *v = v.zoom(factor, middle(v), widest));
    };
    let count = graph.people.len();
    // What to act on and the map in words come a frame after the rest: below the drawing on a
    // phone, and at ten thousand people the longest to build.
    let below = RwSignal::new(false);
    after_paint(move || below.set(true));
    let for_find = graph.clone();
    let for_canvas = graph.clone();
    view! {
        <FindOnMap graph=for_find on_found=Callback::new(move |i: usize| {
            focus.set(Some(i));
            if let Some(layout) = layout.get_untracked() {
                view.update(|v| *v = v.centred_on(layout.points[i], FOUND_WIDTH));
            }
        }) />
        // Drawn once laid out and coloured (at ten thousand people the stages are read long
        // before the layout is made).
        {move || match layout.get().filter(|_| staged.get()) {
            None => view! { <p class="muted" role="status">{format!("Drawing the map of {count} people…")}</p> }.into_any(),
            Some(drawn) => view! {
                <div class="map-tools" role="group" aria-label="Zoom">
                    <button type="button" class="button secondary" on:click=move |_| zoom(1.5)>"Zoom in"</button>
                    <button type="button" class="button secondary" on:click=move |_| zoom(1.0 / 1.5)>"Zoom out"</button>
                    <button type="button" class="button secondary" on:click={
                        let drawn = drawn.clone();
                        move |_| { focus.set(None); view.set(ViewBox::fit(&drawn, ASPECT)); }
                    }>"Show all"</button>
                </div>
                <MapCanvas graph=for_canvas.clone() layout=drawn view=view focus=focus.into() />
                <ul class="map-legend" aria-label="Colours">
                    {STAGES
                        .map(|(stage, class)| view! { <li><span class=format!("map-swatch {class}") aria-hidden="true"></span>{stage.label()}</li> })
                        .collect_view()}
                </ul>
            }.into_any(),
        }}
        <Show when=move || below.get() && staged.get()>
            <MapFlags graph=graph.clone() />
            <MapList graph=graph.clone() />
        </Show>
    }
}

/// "Find on the map": a few letters of a name, and the people whose names hold them.
#[component]
fn FindOnMap(graph: Arc<Graph>, on_found: Callback<usize>) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let matches = Memo::new(move |_| {
        let typed = typed.get();
        if typed.trim().is_empty() {
            return Vec::new();
        }
        graph
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| matches_all_words(&typed, &p.name))
            .take(6)
            .map(|(i, p)| (i, p.name.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <div class="field">
            <label for="map-find">"Find on the map"</label>
            <input id="map-find" type="search" autocomplete="off" placeholder="Type a name"
                prop:value=move || typed.get()
                on:input=move |event| typed.set(event_target_value(&event)) />
            <Show when=move || !matches.with(Vec::is_empty)>
                <ul class="choices-list" aria-label="People found on the map">
                    {move || matches.get().into_iter().map(|(i, name)| view! {
                        <li>
                            <button type="button" class="button secondary" on:click=move |_| {
                                typed.set(String::new());
                                on_found.run(i);
                            }>{name}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
