//! The sections of a guide being edited: each with its title, suggested share of the time and
//! prompts (question and hint), moved up or down, added and removed.

use leptos::prelude::*;

use crate::domain::guide::{Guide, Prompt, Section};
use crate::domain::guide_edit::Direction;
use crate::ui::data::editable::Editable;

fn section_of(guide: Editable<Guide>, index: usize) -> Option<Section> {
    guide
        .record
        .with(|g| g.as_ref()?.sections.get(index).cloned())
}

fn prompt_of(guide: Editable<Guide>, section: usize, prompt: usize) -> Option<Prompt> {
    guide.record.with(|g| {
        g.as_ref()?
            .sections
            .get(section)?
            .prompts
            .get(prompt)
            .cloned()
    })
}

/// Up, down and remove buttons for one item, named after it for screen readers.
#[component]
fn ItemTools(what: String, on_move: Callback<Direction>, on_remove: Callback<()>) -> impl IntoView {
    view! {
        <div class="item-tools">
            <button type="button" class="tool" aria-label=format!("Move {what} up") on:click=move |_| on_move.run(Direction::Up)>"↑"</button>
            <button type="button" class="tool" aria-label=format!("Move {what} down") on:click=move |_| on_move.run(Direction::Down)>"↓"</button>
            <button type="button" class="tool" aria-label=format!("Remove {what}") on:click=move |_| on_remove.run(())>"✕"</button>
        </div>
    }
}

#[component]
pub fn GuideSections(guide: Editable<Guide>) -> impl IntoView {
    // The layout is rebuilt only when sections or prompts are added or removed, so typing in
    // a field never loses its focus; moved items show their new text in the same fields.
    let shape = Memo::new(move |_| {
        guide.record.with(|g| {
            g.as_ref()
                .map(|g| {
                    g.sections
                        .iter()
                        .map(|s| s.prompts.len())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        {move || shape.get().into_iter().enumerate().map(|(index, prompts)| {
            view! { <SectionEditor guide=guide index=index prompts=prompts /> }
        }).collect_view()}
        <button type="button" class="button secondary" on:click=move |_| guide.edit(Guide::add_section)>"Add section"</button>
    }
}

#[component]
fn SectionEditor(guide: Editable<Guide>, index: usize, prompts: usize) -> impl IntoView {
    let number = index + 1;
    let title_id = format!("section-{index}-title");
    let share_id = format!("section-{index}-share");
    view! {
        <fieldset class="section-editor">
            <legend>{format!("Section {number}")}</legend>
            <ItemTools what=format!("section {number}")
                on_move=Callback::new(move |direction| guide.edit(|g| g.move_section(index, direction)))
                on_remove=Callback::new(move |_| guide.edit(|g| g.remove_section(index))) />
            <div class="field">
                <label for=title_id.clone()>{format!("Title of section {number}")}</label>
                <input id=title_id type="text" autocomplete="off"
                    prop:value=move || section_of(guide, index).map(|s| s.title).unwrap_or_default()
                    on:input=move |event| {
                        let title = event_target_value(&event);
                        guide.edit(|g| if let Some(s) = g.sections.get_mut(index) { s.title = title });
                    } />
            </div>
            <div class="field">
                <label for=share_id.clone()>{format!("Share of the time for section {number} (%)")}</label>
                <input id=share_id type="number" inputmode="numeric" min="0" max="100"
                    prop:value=move || section_of(guide, index).and_then(|s| s.share_percent).map(|p| p.to_string()).unwrap_or_default()
                    on:input=move |event| {
                        let share = event_target_value(&event).trim().parse::<u8>().ok().filter(|p| *p <= 100);
                        guide.edit(|g| if let Some(s) = g.sections.get_mut(index) { s.share_percent = share });
                    } />
            </div>
            <ol class="prompt-editors">
                {(0..prompts).map(|prompt| view! { <PromptEditor guide=guide section=index prompt=prompt /> }).collect_view()}
            </ol>
            <button type="button" class="button secondary" on:click=move |_| guide.edit(|g| g.add_prompt(index))>
                {format!("Add prompt to section {number}")}
            </button>
        </fieldset>
    }
}

#[component]
fn PromptEditor(guide: Editable<Guide>, section: usize, prompt: usize) -> impl IntoView {
    let what = format!("prompt {} of section {}", prompt + 1, section + 1);
    let (text_id, hint_id) = (
        format!("prompt-{section}-{prompt}"),
        format!("prompt-{section}-{prompt}-hint"),
    );
    view! {
        <li class="prompt-editor">
            <div class="field">
                <label for=text_id.clone()>{format!("Question, {what}")}</label>
                <textarea id=text_id rows="2"
                    prop:value=move || prompt_of(guide, section, prompt).map(|p| p.text).unwrap_or_default()
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        guide.edit(|g| if let Some(p) = g.prompt_mut(section, prompt) { p.text = text });
                    }></textarea>
            </div>
            <div class="field">
                <label for=hint_id.clone()>{format!("Hint, {what}")}</label>
                <input id=hint_id type="text" autocomplete="off"
                    prop:value=move || prompt_of(guide, section, prompt).map(|p| p.hint).unwrap_or_default()
                    on:input=move |event| {
                        let hint = event_target_value(&event);
                        guide.edit(|g| if let Some(p) = g.prompt_mut(section, prompt) { p.hint = hint });
                    } />
            </div>
            <ItemTools what=what.clone()
                on_move=Callback::new(move |direction| guide.edit(|g| g.move_prompt(section, prompt, direction)))
                on_remove=Callback::new(move |_| guide.edit(|g| g.remove_prompt(section, prompt))) />
        </li>
    }
}
