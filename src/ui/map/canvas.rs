//! The map drawn: ties and people as a few SVG paths coloured by stage, names once close
//! enough, moved with one finger, zoomed with two (or the wheel, or the buttons), and a tap on
//! a person opens their page.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, PointerEvent, WheelEvent};

use crate::domain::map::graph::Graph;
use crate::domain::map::layout::{Layout, Point};
use crate::domain::map::view::{people_path, person_at, ties_path, ViewBox};
use crate::domain::person::Stage;

/// Names are written once the view is at most this many map units across.
const NAMES_WITHIN: f64 = 700.0;
/// At most this many names at once, the best connected first.
const MOST_NAMES: usize = 120;
/// A finger that moves less than this many pixels between down and up taps.
const TAP_PX: f64 = 8.0;

/// The stage of each class of people on the map, drawn in this order.
pub const STAGES: [(Stage, &str); 4] = [
    (Stage::NotYetMet, "stage-not-yet-met"),
    (Stage::Met, "stage-met"),
    (Stage::Active, "stage-active"),
    (Stage::Leader, "stage-leader"),
];

#[component]
pub fn MapCanvas(
    graph: Arc<Graph>,
    layout: Arc<Layout>,
    /// The part in view, kept by the page so search can move it.
    view: RwSignal<ViewBox>,
    /// Someone found by search, ringed.
    focus: Signal<Option<usize>>,
) -> impl IntoView {
    let widest = ViewBox::widest(&layout);
    let ties = ties_path(&graph, &layout);
    let people = STAGES
        .map(|(stage, class)| view! { <path class=format!("map-people {class}") d=people_path(&graph, &layout, stage) /> })
        .into_iter()
        .collect_view();
    // Pointers down, by id, where each is on screen now; and where a tap began.
    let pointers = StoredValue::new(HashMap::<i32, (f64, f64)>::new());
    let tap_from = StoredValue::new(None::<(f64, f64)>);
    let (for_tap, for_names) = (
        (graph.clone(), layout.clone()),
        (graph.clone(), layout.clone()),
    );
    // The names in view, by node, kept by key: moving the view adds and drops a few rather
    // than writing them all again on every move of a finger.
    let shown = Memo::new(move |_| {
        let box_ = view.get();
        if box_.width > NAMES_WITHIN {
            return Vec::new();
        }
        let (graph, layout) = &for_names;
        let mut shown: Vec<usize> = (0..graph.people.len())
            .filter(|&i| box_.shows(layout.points[i], 40.0))
            .collect();
        shown.sort_by_key(|&i| std::cmp::Reverse(graph.degree(i)));
        shown.truncate(MOST_NAMES);
        shown
    });
    // About 11 pixels high on a phone, however close the view.
    let size = Memo::new(move |_| view.with(|v| v.width) / 28.0);
    let named = (graph.clone(), layout.clone());
    let names = move || {
        let (graph, layout) = named.clone();
        view! {
            <For each=move || shown.get() key=|i| *i let(i)>
                {
                    let (p, r) = (layout.points[i], layout.radii[i]);
                    view! {
                        <text class="map-name" x=p.x y=move || p.y + r + size.get()
                            font-size=move || size.get() text-anchor="middle">{graph.people[i].name.clone()}</text>
                    }
                }
            </For>
        }
    };
    let ring = {
        let layout = layout.clone();
        move || {
            focus.get().map(|i| {
                let (p, r) = (layout.points[i], layout.radii[i]);
                view! { <circle class="map-focus" cx=p.x cy=p.y r=r + 6.0 /> }
            })
        }
    };
    // Where the pointer is as a share of the drawing's width and height.
    let fraction = |event: &PointerEvent| -> Option<(f64, f64)> {
        let target: Element = event_target(event)?;
        let rect = target.get_bounding_client_rect();
        (rect.width() > 0.0 && rect.height() > 0.0).then(|| {
            across(
                &rect,
                f64::from(event.client_x()),
                f64::from(event.client_y()),
            )
        })
    };
    let on_down = move |event: PointerEvent| {
        let at = (f64::from(event.client_x()), f64::from(event.client_y()));
        if let Some(target) = event_target::<Element>(&event) {
            let _ = target.set_pointer_capture(event.pointer_id());
        }
        pointers.update_value(|p| {
            p.insert(event.pointer_id(), at);
        });
        tap_from.set_value((pointers.with_value(HashMap::len) == 1).then_some(at));
    };
    let on_move = move |event: PointerEvent| {
        let id = event.pointer_id();
        let Some(before) = pointers.with_value(|p| p.get(&id).copied()) else {
            return;
        };
        let now = (f64::from(event.client_x()), f64::from(event.client_y()));
        let Some(target) = event_target::<Element>(&event) else {
            return;
        };
        let rect = target.get_bounding_client_rect();
        let per_px = view.with_untracked(|v| v.width) / rect.width().max(1.0);
        let others: Vec<(f64, f64)> = pointers.with_value(|p| {
            p.iter()
                .filter(|(other, _)| **other != id)
                .map(|(_, at)| *at)
                .collect()
        });
        match others.as_slice() {
            [] => view
                .update(|v| *v = v.pan((before.0 - now.0) * per_px, (before.1 - now.1) * per_px)),
            [other, ..] => {
                // Two fingers: zoom by how far apart they moved, about the point between them.
                let apart =
                    |a: (f64, f64)| ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2)).sqrt();
                let (was, is) = (apart(before), apart(now));
                if was > 0.0 && is > 0.0 {
                    let middle = across(&rect, (now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0);
                    view.update(|v| *v = v.zoom(is / was, v.at(middle.0, middle.1), widest));
                }
            }
        }
        pointers.update_value(|p| {
            p.insert(id, now);
        });
        if let Some(from) = tap_from.get_value() {
            if (from.0 - now.0).abs() > TAP_PX || (from.1 - now.1).abs() > TAP_PX {
                tap_from.set_value(None);
            }
        }
    };
    let navigate = use_navigate();
    let on_up = move |event: PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&event.pointer_id());
        });
        if tap_from.get_value().is_some() {
            tap_from.set_value(None);
            let (graph, layout) = &for_tap;
            if let Some((fx, fy)) = fraction(&event) {
                let point = view.with_untracked(|v| v.at(fx, fy));
                let slack = view.with_untracked(|v| v.width) / 40.0;
                if let Some(i) = person_at(layout, point, slack) {
                    navigate(
                        &format!("/people/{}", graph.people[i].id),
                        Default::default(),
                    );
                }
            }
        }
    };
    let on_cancel = move |event: PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&event.pointer_id());
        });
        tap_from.set_value(None);
    };
    let on_wheel = move |event: WheelEvent| {
        event.prevent_default();
        let Some(target) = event_target::<Element>(&event) else {
            return;
        };
        let rect = target.get_bounding_client_rect();
        let (fx, fy) = across(
            &rect,
            f64::from(event.client_x()),
            f64::from(event.client_y()),
        );
        let factor = if event.delta_y() < 0.0 { 1.25 } else { 0.8 };
        view.update(|v| *v = v.zoom(factor, v.at(fx, fy), widest));
    };
    view! {
        <svg class="map-canvas" viewBox=move || view.get().attribute()
            role="img" aria-label=format!("Map of {} people; the list below says the same in words.", graph.people.len())
            on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_cancel
            on:wheel=on_wheel>
            <path class="map-ties" d=ties />
            {people}
            {ring}
            {names}
        </svg>
    }
}

/// Where the screen point `x`, `y` lies in `rect`, as a share of its width and height.
fn across(rect: &DomRect, x: f64, y: f64) -> (f64, f64) {
    (
        (x - rect.left()) / rect.width().max(1.0),
        (y - rect.top()) / rect.height().max(1.0),
    )
}

/// The element the listener is on (not whatever inside it was hit).
fn event_target<T: JsCast>(event: &web_sys::Event) -> Option<T> {
    event.current_target()?.dyn_into::<T>().ok()
}

/// The centre of the map, for zooming with the buttons.
pub fn middle(view: &ViewBox) -> Point {
    view.at(0.5, 0.5)
}
