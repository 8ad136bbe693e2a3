//! The asks made in a one-on-one and the answers: yes, maybe, not now or no.

use leptos::prelude::*;

use crate::domain::debrief::{Answer, Ask};
use crate::domain::meeting::Meeting;
use crate::domain::sensitive;
use crate::store::new_item_id;
use crate::ui::components::sensitive_area::{MarkSwitch, Masked, Sensitivity};
use crate::ui::data::editable::Editable;
use crate::ui::meetings::debrief::edit::edit_debrief;

#[component]
pub fn DebriefAsks(meeting: Editable<Meeting>) -> impl IntoView {
    let count = Memo::new(move |_| {
        meeting
            .record
            .with(|m| m.as_ref().map_or(0, |m| m.debrief_or_draft().asks.len()))
    });
    let ask = move |index: usize| {
        meeting.record.with(|m| {
            m.as_ref()
                .and_then(|m| m.debrief.as_ref()?.asks.get(index).cloned())
        })
    };
    let sensitivity = Sensitivity::of_meeting(meeting, sensitive::ASKS);
    let shown = RwSignal::new(false);
    view! {
        <section aria-labelledby="debrief-asks-heading">
            <div class="field-head">
                <h2 id="debrief-asks-heading">"Asks and answers"</h2>
                <MarkSwitch label="Asks and answers" sensitivity=sensitivity shown=shown />
            </div>
            <p class="field-hint">"What did you ask them to do or take on, and what did they say?"</p>
            <Masked label="Asks and answers" marked=sensitivity.marked shown=shown>
            {move || (0..count.get()).map(|index| {
                let text_id = format!("ask-{index}");
                let number = index + 1;
                view! {
                    <div class="ask">
                        <div class="field">
                            <label for=text_id.clone()>{format!("Ask {number}")}</label>
                            <input id=text_id type="text" autocomplete="off"
                                prop:value=move || ask(index).map(|a| a.text).unwrap_or_default()
                                on:input=move |event| {
                                    let text = event_target_value(&event);
                                    edit_debrief(meeting, |d| if let Some(a) = d.asks.get_mut(index) { a.text = text });
                                } />
                        </div>
                        <fieldset class="choices inline">
                            <legend>{format!("Answer to ask {number}")}</legend>
                            {Answer::ALL.into_iter().map(|answer| view! {
                                <label class="choice">
                                    <input type="radio" name=format!("answer-{index}")
                                        prop:checked=move || ask(index).and_then(|a| a.answer) == Some(answer)
                                        on:change=move |_| edit_debrief(meeting, |d| if let Some(a) = d.asks.get_mut(index) { a.answer = Some(answer) }) />
                                    <span>{answer.label()}</span>
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <button type="button" class="button secondary" aria-label=format!("Remove ask {number}")
                            on:click=move |_| edit_debrief(meeting, |d| { if index < d.asks.len() { d.asks.remove(index); } })>
                            "Remove"
                        </button>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="button secondary" on:click=move |_| {
                // Its id now, so what is on screen and what is written name it alike.
                let id = meeting.record.with_untracked(|m| m.as_ref().map(new_item_id)).unwrap_or_default();
                edit_debrief(meeting, |d| d.asks.push(Ask { id, ..Ask::default() }))
            }>
                "Add an ask"
            </button>
            </Masked>
        </section>
    }
}
