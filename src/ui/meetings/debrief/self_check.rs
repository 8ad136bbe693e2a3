//! The debrief's last part: the organizer's own check on how they held the one-on-one, drawn
//! from the guides, kept with the meeting and counted on the growth page.

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::self_check::Question;
use crate::ui::data::editable::Editable;
use crate::ui::meetings::debrief::edit::edit_debrief;

#[component]
pub fn DebriefSelfCheck(meeting: Editable<Meeting>) -> impl IntoView {
    let answer = move |question: Question| {
        meeting.record.with(|m| {
            m.as_ref()
                .and_then(|m| m.debrief.as_ref()?.self_check.answer(question))
        })
    };
    view! {
        <section aria-labelledby="debrief-self-check-heading">
            <h2 id="debrief-self-check-heading">"How did you do?"</h2>
            <p class="field-hint">"For you alone: your growth page counts these over your last one-on-ones."</p>
            {Question::ALL.into_iter().enumerate().map(|(index, question)| view! {
                <fieldset class="choices inline">
                    <legend>{question.asked()}</legend>
                    {[(true, "Yes"), (false, "Not this time")].into_iter().map(|(yes, label)| view! {
                        <label class="choice">
                            <input type="radio" name=format!("self-check-{index}")
                                prop:checked=move || answer(question) == Some(yes)
                                on:change=move |_| edit_debrief(meeting, |d| d.self_check.set(question, Some(yes))) />
                            <span>{label}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
            }).collect_view()}
            <p><a href="/growth">"See your growth"</a></p>
        </section>
    }
}
