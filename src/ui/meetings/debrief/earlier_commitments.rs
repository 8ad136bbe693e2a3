//! What they took on before this one-on-one and had not yet done: each ended here as kept,
//! broken or dropped, so their follow-through is known before the next meeting.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::commitments::{commitments_of, Commitment, Outcome};
use crate::domain::meeting::Meeting;
use crate::ui::components::sensitive_area::MaskedText;
use crate::ui::data::commitment_endings::end_commitment;
use crate::ui::data::editable::Editable;
use crate::ui::data::records::{use_meetings_of, use_steps_of};
use crate::ui::data::store_context::Db;

#[component]
pub fn EarlierCommitments(meeting: Editable<Meeting>) -> impl IntoView {
    let (this_meeting, person_id) = meeting
        .record
        .with_untracked(|m| m.as_ref().map(|m| (m.meta.id.clone(), m.person_id.clone())))
        .unwrap_or_default();
    let meetings = use_meetings_of(person_id.clone());
    let steps = use_steps_of(person_id.clone());
    let all = Memo::new(move |_| {
        let (meetings, steps) = (meetings.get()?, steps.get()?);
        Some(commitments_of(&person_id, &meetings, &steps))
    });
    // Those open when the page first read them: one ended here stays listed, to be changed.
    let listed = RwSignal::new(None::<HashSet<String>>);
    Effect::new(move |_| {
        if listed.with_untracked(Option::is_none) {
            if let Some(all) = all.get() {
                let open = all
                    .iter()
                    .filter(|c| c.is_open() && c.meeting_id.as_deref() != Some(&this_meeting))
                    .map(Commitment::key)
                    .collect();
                listed.set(Some(open));
            }
        }
    });
    // Their keys, in the order made: the rows stay put (and keep focus) while endings change.
    let shown = Memo::new(move |_| {
        let listed = listed.get()?;
        let keys: Vec<String> = all.with(|all| {
            all.iter()
                .flatten()
                .map(Commitment::key)
                .filter(|key| listed.contains(key))
                .collect()
        });
        (!keys.is_empty()).then_some(keys)
    });
    let of =
        move |key: &str| all.with(|all| all.iter().flatten().find(|c| c.key() == key).cloned());
    move || {
        shown.get().is_some().then(|| {
            view! {
                <section aria-labelledby="debrief-before-heading">
                    <h2 id="debrief-before-heading">"What they took on before"</h2>
                    <p class="field-hint">"Did they do it? Their page counts what they kept."</p>
                    <ul class="earlier-commitments" aria-label="What they took on before">
                        <For each=move || shown.get().unwrap_or_default() key=|key| key.clone() let(key)>
                            {of(&key).map(|c| view! { <EarlierCommitment commitment=c now=Signal::derive(move || of(&key).and_then(|c| c.outcome)) /> })}
                        </For>
                    </ul>
                </section>
            }
        })
    }
}

#[component]
fn EarlierCommitment(
    commitment: Commitment,
    /// How it ended, as it is now.
    now: Signal<Option<Outcome>>,
) -> impl IntoView {
    let db = Db::get();
    // What the choices' names say of it: never a sensitive text.
    let named = if commitment.marked {
        "a sensitive commitment".to_owned()
    } else {
        commitment.text.clone()
    };
    let group = format!("ending-{}", commitment.key());
    let choices = [None]
        .into_iter()
        .chain(Outcome::ALL.map(Some))
        .map(|outcome| {
            let source = commitment.source.clone();
            view! {
                <label class="choice">
                    <input type="radio" name=group.clone() prop:checked=move || now.get() == outcome
                        on:change=move |_| end_commitment(db, source.clone(), outcome) />
                    <span>{outcome.map_or("Still open", Outcome::label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <li class="earlier-commitment">
            <MaskedText text=commitment.text.clone() class="card-title" marked=commitment.marked />
            <fieldset class="choices inline">
                <legend>{format!("How did it end: {named}")}</legend>
                {choices}
            </fieldset>
        </li>
    }
}
