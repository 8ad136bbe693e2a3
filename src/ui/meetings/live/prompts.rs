//! The prompts of the section on screen: each a large tap target that marks it asked, with a
//! quick note once asked.

use leptos::prelude::*;

use crate::domain::guide::Section;
use crate::domain::meeting::Meeting;
use crate::platform::ids::now_ms;
use crate::ui::components::sensitive_area::Masked;
use crate::ui::data::editable::Editable;

#[component]
pub fn LivePrompts(
    meeting: Editable<Meeting>,
    index: usize,
    section: Section,
    notes_marked: Signal<bool>,
    notes_shown: RwSignal<bool>,
) -> impl IntoView {
    let asked = move |prompt: usize| {
        meeting
            .record
            .with(|m| m.as_ref().is_some_and(|m| m.live.is_asked(index, prompt)))
    };
    view! {
        <ul class="prompts" aria-label="Prompts">
            {section.prompts.into_iter().enumerate().map(|(prompt, text)| {
                view! {
                    <li>
                        <button type="button" class="prompt"
                            aria-pressed=move || asked(prompt).to_string()
                            on:click=move |_| meeting.edit(|m| m.live.toggle_asked(index, prompt, now_ms()))>
                            <span class="prompt-text">{text.text.clone()}</span>
                            {(!text.hint.is_empty()).then(|| view! { <span class="prompt-hint">{text.hint.clone()}</span> })}
                        </button>
                        <Show when=move || asked(prompt)>
                            <PromptNote meeting=meeting index=index prompt=prompt prompt_text=text.text.clone()
                                marked=notes_marked shown=notes_shown />
                        </Show>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The quick note on a prompt once asked, masked while the notes are marked sensitive.
#[component]
fn PromptNote(
    meeting: Editable<Meeting>,
    index: usize,
    prompt: usize,
    prompt_text: String,
    marked: Signal<bool>,
    shown: RwSignal<bool>,
) -> impl IntoView {
    let note_id = format!("note-{index}-{prompt}");
    let note_label = format!("Note on: {prompt_text}");
    view! {
        <Masked label=note_label.clone() marked=marked shown=shown>
            <label class="visually-hidden" for=note_id.clone()>{note_label.clone()}</label>
            <input id=note_id.clone() type="text" class="prompt-note" placeholder="Quick note" autocomplete="off"
                prop:value=move || meeting.record.with(|m| m.as_ref().map(|m| m.live.note(index, prompt).to_owned()).unwrap_or_default())
                on:input=move |event| {
                    let note = event_target_value(&event);
                    meeting.edit(|m| m.live.set_note(index, prompt, note, now_ms()));
                } />
        </Masked>
    }
}
