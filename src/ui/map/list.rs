//! The map in words, for a screen reader or a glance: each group of linked people (largest
//! first) with how each is tied to the others, and how many are tied to no one yet.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::map::graph::{Graph, Tie};
use crate::ui::components::show_more::{ShowMore, PAGE};

#[component]
pub fn MapList(graph: Arc<Graph>) -> impl IntoView {
    let clusters: Vec<Vec<usize>> = graph
        .clusters()
        .into_iter()
        .filter(|c| c.len() > 1)
        .collect();
    let alone = graph.people.len() - clusters.iter().map(Vec::len).sum::<usize>();
    let shown = RwSignal::new(PAGE);
    let total = clusters.len();
    view! {
        <section aria-labelledby="map-list-heading">
            <h2 id="map-list-heading">"Who is linked to whom"</h2>
            {if clusters.is_empty() {
                view! { <p class="muted">"No one is linked yet: add who referred them, or link people on their pages."</p> }.into_any()
            } else {
                let graph = graph.clone();
                view! {
                    <ol class="map-groups" aria-label="Groups of linked people">
                        {move || clusters.iter().take(shown.get()).enumerate().map(|(n, cluster)| {
                            view! { <MapGroup graph=graph.clone() number=n + 1 nodes=cluster.clone() /> }
                        }).collect_view()}
                    </ol>
                    {move || view! { <ShowMore noun="groups" left=total.saturating_sub(shown.get()) shown=shown page=PAGE /> }}
                }.into_any()
            }}
            {(alone > 0).then(|| view! {
                <p class="muted">{format!("{alone} {} tied to no one yet.", if alone == 1 { "person is" } else { "people are" })}</p>
            })}
        </section>
    }
}

#[component]
fn MapGroup(graph: Arc<Graph>, number: usize, nodes: Vec<usize>) -> impl IntoView {
    let heading = format!("Group {number}: {} people", nodes.len());
    view! {
        <li>
            <h3>{heading.clone()}</h3>
            <ul aria-label=heading>
                {nodes.iter().map(|&i| {
                    let person = &graph.people[i];
                    view! {
                        <li>
                            <a href=format!("/people/{}", person.id)>{person.name.clone()}</a>
                            {format!(" · {}", person.stage.label())}
                            {ties_of(&graph, i).map(|t| format!(" · {t}"))}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

/// How node `i` is tied to the others, in words: "referred Ben, Cy; knows Dee".
fn ties_of(graph: &Graph, i: usize) -> Option<String> {
    let name = |n: usize| graph.people[n].name.clone();
    let mut referred = Vec::new();
    let mut referred_by = None;
    let mut linked: Vec<(String, String)> = Vec::new();
    for &other in &graph.neighbours[i] {
        match graph.tie(i, other) {
            Some(Tie::Referred { from, .. }) if *from == i => referred.push(name(other)),
            Some(Tie::Referred { .. }) => referred_by = Some(name(other)),
            Some(Tie::Linked(word)) => linked.push((word.clone(), name(other))),
            None => {}
        }
    }
    let mut parts = Vec::new();
    if let Some(by) = referred_by {
        parts.push(format!("referred by {by}"));
    }
    if !referred.is_empty() {
        parts.push(format!("referred {}", referred.join(", ")));
    }
    for (word, other) in linked {
        parts.push(format!("{word} {other}"));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}
