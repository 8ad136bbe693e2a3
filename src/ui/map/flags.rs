//! What the map asks the organizer to act on: people many others name whom no one has met
//! yet, and organizations and tags no one in them has been met.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::map::flags::{named_not_met, unreached_groups, GroupKind};
use crate::domain::map::graph::Graph;

/// Named by at least this many others to be flagged; groups of at least this many.
const AT_LEAST: usize = 2;
/// The most of each shown.
const MOST: usize = 10;

#[component]
pub fn MapFlags(graph: Arc<Graph>) -> impl IntoView {
    let named = named_not_met(&graph, AT_LEAST);
    let groups = unreached_groups(&graph, AT_LEAST);
    view! {
        <section aria-labelledby="map-flags-heading">
            <h2 id="map-flags-heading">"Worth a one-on-one"</h2>
            <h3 id="map-named-heading">"Named by many, not met yet"</h3>
            {if named.is_empty() {
                view! { <p class="muted">"No one: everyone named by two or more people has been met."</p> }.into_any()
            } else {
                view! {
                    <ul aria-labelledby="map-named-heading">
                        {named.iter().take(MOST).map(|n| {
                            let person = &graph.people[n.node];
                            view! {
                                <li>
                                    <a href=format!("/people/{}", person.id)>{person.name.clone()}</a>
                                    {format!(" · named by {}", n.named_by)}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h3 id="map-groups-heading">"Groups no one has reached"</h3>
            {if groups.is_empty() {
                view! { <p class="muted">"None: someone has been met in every organization and tag of two or more people."</p> }.into_any()
            } else {
                view! {
                    <ul aria-labelledby="map-groups-heading">
                        {groups.iter().take(MOST).map(|g| {
                            let kind = match g.kind { GroupKind::Organization => "organization", GroupKind::Tag => "tag" };
                            view! { <li>{format!("{} ({kind}) · {} people", g.name, g.members.len())}</li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
