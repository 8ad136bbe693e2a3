//! The small map on a person's page: them in the middle, and round them whoever referred them,
//! the people they referred and the people linked from their page; each a link to that person.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use web_sys::MouseEvent;

use crate::domain::map::ego::{around, MOST_AROUND};
use crate::domain::person::Person;
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_names_of;

const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 190.0;
const INSET: f64 = 34.0;

/// Someone drawn round the person: their id, name, and how they are tied.
#[derive(Clone, PartialEq)]
struct Around {
    id: String,
    name: String,
    tie: String,
}

#[component]
pub fn EgoMap(
    person: Editable<Person>,
    /// Whoever referred them and the people they referred; `None` while loading.
    links: RwSignal<Option<Vec<Person>>>,
) -> impl IntoView {
    let me = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| p.meta.id.clone()))
        .unwrap_or_default();
    let own = Memo::new(move |_| {
        person.record.with(|p| {
            p.as_ref()
                .map(|p| (p.referred_by.clone(), p.links.clone()))
                .unwrap_or_default()
        })
    });
    let names = use_names_of(Memo::new(move |_| {
        own.with(|(_, links)| links.iter().map(|l| l.to.clone()).collect())
    }));
    let tied = Memo::new(move |_| {
        let (referrer, own_links) = own.get();
        let mut all: Vec<Around> = Vec::new();
        let mut add = |id: &str, name: String, tie: &str| {
            if id != me && !all.iter().any(|a| a.id == id) {
                all.push(Around {
                    id: id.to_owned(),
                    name,
                    tie: tie.to_owned(),
                });
            }
        };
        links.with(|people| {
            for p in people.iter().flatten() {
                if Some(&p.meta.id) == referrer.as_ref() {
                    add(&p.meta.id, p.name.clone(), "referred them");
                } else if p.referred_by.as_deref() == Some(me.as_str()) {
                    add(&p.meta.id, p.name.clone(), "they referred");
                }
            }
        });
        names.with(|names| {
            for link in &own_links {
                if let Some(name) = names.as_ref().and_then(|n| n.get(&link.to)) {
                    add(&link.to, name.clone(), &link.word);
                }
            }
        });
        all
    });
    let name = person.text(|p| p.name.clone());
    let navigate = use_navigate();
    move || {
        let navigate = navigate.clone();
        let tied = tied.get();
        (!tied.is_empty()).then(|| {
            let more = tied.len().saturating_sub(MOST_AROUND);
            let shown: Vec<Around> = tied.into_iter().take(MOST_AROUND).collect();
            let spots = around(shown.len(), WIDTH, HEIGHT, INSET);
            let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
            view! {
                <figure class="ego-map">
                    <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="group">
                        {spots.iter().map(|p| view! { <line class="ego-tie" x1=cx y1=cy x2=p.x y2=p.y /> }).collect_view()}
                        <circle class="ego-me" cx=cx cy=cy r="12" />
                        <text class="ego-name ego-me-name" x=cx y=cy + 26.0 text-anchor="middle">{short(&name.get())}</text>
                        // In a `g` of its own, so the macro makes an SVG link, not an HTML one.
                        // The router follows HTML links only: an SVG link would load the whole app
                        // again, so a plain tap on one is followed here.
                        {shown.into_iter().zip(spots).map(|(a, p)| {
                            let href = format!("/people/{}", a.id);
                            let navigate = navigate.clone();
                            let to = href.clone();
                            let follow = move |event: MouseEvent| {
                                if is_plain_click(&event) {
                                    event.prevent_default();
                                    navigate(&to, Default::default());
                                }
                            };
                            view! {
                            <g>
                                <a href=href aria-label=format!("{}, {}", a.name, a.tie) on:click=follow>
                                    <circle class="ego-other" cx=p.x cy=p.y r="9" />
                                    <text class="ego-name" x=p.x y=p.y + 21.0 text-anchor="middle">{short(&a.name)}</text>
                                </a>
                            </g>
                        }}).collect_view()}
                    </svg>
                    <figcaption class="muted">
                        {if more > 0 { format!("Who they are tied to, and {more} more on the map") } else { "Who they are tied to".to_owned() }}
                    </figcaption>
                </figure>
            }
        })
    }
}

/// A click the app follows itself: the main button, with no key held to open it elsewhere.
fn is_plain_click(event: &MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// A name short enough to sit under its dot: the first 14 characters.
fn short(name: &str) -> String {
    if name.chars().count() > 14 {
        format!("{}…", name.chars().take(13).collect::<String>())
    } else {
        name.to_owned()
    }
}
