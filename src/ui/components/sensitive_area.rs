//! A text area that can be marked sensitive: a "Sensitive" switch beside its label and, while
//! it is marked, the text masked until tapped (and masked again when the screen is left).
//! What is marked is also kept out of what leaves the screen (`domain::sensitive`).

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::record::Record;
use crate::domain::sensitive::{is_marked, marking};
use crate::store::team_membership;
use crate::ui::data::editable::Editable;

/// Whether a field is marked sensitive, and how to mark it or not.
#[derive(Clone, Copy)]
pub struct Sensitivity {
    pub marked: Signal<bool>,
    pub mark: Callback<bool>,
}

impl Sensitivity {
    /// `field` of the record `editable` shows, whose marks `marks` reads and `marks_mut` changes.
    pub fn of<T: Record + Send + Sync>(
        editable: Editable<T>,
        field: &'static str,
        marks: fn(&T) -> &Vec<String>,
        marks_mut: fn(&mut T) -> &mut Vec<String>,
    ) -> Sensitivity {
        let record = editable.record;
        Sensitivity {
            marked: Signal::derive(move || {
                record.with(|r| r.as_ref().is_some_and(|r| is_marked(marks(r), field)))
            }),
            mark: Callback::new(move |on| {
                editable.edit(|r| {
                    let marked = marking(marks_mut(r), field, on);
                    *marks_mut(r) = marked;
                })
            }),
        }
    }

    /// `field` of a meeting, or of its debrief while that is still drafted from the live
    /// capture (`Meeting::is_marked`).
    pub fn of_meeting(meeting: Editable<Meeting>, field: &'static str) -> Sensitivity {
        let record = meeting.record;
        Sensitivity {
            marked: Signal::derive(move || {
                record.with(|m| m.as_ref().is_some_and(|m| m.is_marked(field)))
            }),
            mark: Callback::new(move |on| meeting.edit(|m| m.mark(field, on))),
        }
    }
}

/// What a field marked sensitive says on a phone in a team.
const KEPT_ON_THE_PHONE: &str = "Stays on the phone it is typed on: teammates see this field empty, and what they write here stays on theirs.";

#[component]
pub fn SensitiveArea(
    label: &'static str,
    id: &'static str,
    #[prop(optional)] hint: &'static str,
    rows: u8,
    value: Signal<String>,
    on_input: Callback<String>,
    sensitivity: Sensitivity,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let hint_id = format!("{id}-hint");
    let kept_id = format!("{id}-kept");
    // On a phone in a team a marked field says where its words are: an empty one here is no
    // loss, a teammate's text simply stays on their phone.
    let in_team = team_membership::joined();
    let marked = sensitivity.marked;
    let kept_here = Signal::derive(move || in_team && marked.get());
    let described = {
        let (hint_id, kept_id) = (hint_id.clone(), kept_id.clone());
        move || {
            let ids: Vec<&str> = [(!hint.is_empty(), &hint_id), (kept_here.get(), &kept_id)]
                .into_iter()
                .filter_map(|(on, id)| on.then_some(id.as_str()))
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <div class="field-head">
                <label for=id>{label}</label>
                <MarkSwitch label=label sensitivity=sensitivity shown=shown />
            </div>
            {(!hint.is_empty()).then(|| view! { <p class="field-hint" id=hint_id.clone()>{hint}</p> })}
            <Show when=move || kept_here.get()>
                <p class="field-hint" id=kept_id.clone()>{KEPT_ON_THE_PHONE}</p>
            </Show>
            <Masked label=label marked=sensitivity.marked shown=shown focus=id>
                <textarea id=id rows=rows aria-describedby=described.clone()
                    prop:value=move || value.get()
                    on:input=move |event| on_input.run(event_target_value(&event))
                ></textarea>
            </Masked>
        </div>
    }
}

/// The "Sensitive" switch of what `label` names; marking it hides what `shown` reveals.
#[component]
pub fn MarkSwitch(
    label: &'static str,
    sensitivity: Sensitivity,
    shown: RwSignal<bool>,
) -> impl IntoView {
    let Sensitivity { marked, mark } = sensitivity;
    let toggle = move |_| {
        let on = !marked.get_untracked();
        shown.set(!on);
        mark.run(on);
    };
    view! {
        <button type="button" class="mark-sensitive"
            aria-label=format!("{label} is sensitive")
            aria-pressed=move || marked.get().to_string()
            on:click=toggle>
            "Sensitive"
        </button>
    }
}

/// `children` while not `marked` or once `shown`; otherwise a mask that shows them when tapped
/// (and puts the caret in the element `focus` names, as a tap on it would have).
#[component]
pub fn Masked(
    #[prop(into)] label: String,
    marked: Signal<bool>,
    shown: RwSignal<bool>,
    #[prop(optional)] focus: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let reveal = move |_| {
        shown.set(true);
        if focus.is_empty() {
            return;
        }
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(focus) {
                use wasm_bindgen::JsCast;
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    };
    view! {
        <Show when=move || !marked.get() || shown.get()
            fallback=move || view! {
                <button type="button" class="masked" on:click=reveal>
                    {format!("{}: sensitive, tap to show", label)}
                </button>
            }>
            {children()}
        </Show>
    }
}

/// Text in a list or a fact (a next step, a debrief's sparks): when `marked` sensitive, masked
/// until tapped; otherwise shown as it is.
#[component]
pub fn MaskedText(text: String, class: &'static str, marked: bool) -> impl IntoView {
    let shown = RwSignal::new(!marked);
    move || {
        if shown.get() {
            view! { <span class=class>{text.clone()}</span> }.into_any()
        } else {
            view! {
                <button type="button" class="masked inline" on:click=move |_| shown.set(true)>
                    "Sensitive: tap to show"
                </button>
            }
            .into_any()
        }
    }
}
