//! Meeting defaults in Settings: planned length, the guide a new plan starts with, and the
//! names of the five engagement levels.

use leptos::prelude::*;

use crate::domain::builtin_guides::builtin_guides;
use crate::domain::guide::{available, Guide};
use crate::domain::person::DEFAULT_ENGAGEMENT_LABELS;
use crate::domain::profile::Profile;
use crate::ui::components::save_status::SaveStatus;
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_all;

const LENGTHS: [u32; 4] = [30, 45, 60, 90];
const LEVEL_IDS: [&str; 5] = ["level-1", "level-2", "level-3", "level-4", "level-5"];

#[component]
pub fn MeetingDefaults(profile: Editable<Profile>) -> impl IntoView {
    let loading = profile.loading();
    let stored_guides = use_all::<Guide>();
    let guides = Memo::new(move |_| {
        stored_guides.with(|s| available(s.as_deref().unwrap_or_default(), builtin_guides()))
    });
    let chosen = move |read: fn(&Profile) -> String| profile.text(read);
    view! {
        <div class="field">
            <label for="profile-length">"Default meeting length"</label>
            <select
                id="profile-length"
                prop:disabled=move || loading.get()
                on:change=move |event| {
                    if let Ok(minutes) = event_target_value(&event).parse() {
                        profile.edit(|p| p.default_length_minutes = minutes);
                    }
                }
            >
                {LENGTHS
                    .into_iter()
                    .map(|minutes| {
                        let selected = move || {
                            profile.record.with(|p| p.as_ref().map(|p| p.default_length_minutes))
                                == Some(minutes)
                        };
                        view! {
                            <option value=minutes.to_string() prop:selected=selected>
                                {format!("{minutes} minutes")}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="profile-guide">"Default guide"</label>
            <select
                id="profile-guide"
                prop:disabled=move || loading.get()
                on:change=move |event| {
                    let id = event_target_value(&event);
                    profile.edit(|p| p.default_guide_id = id);
                }
            >
                {move || {
                    guides
                        .get()
                        .into_iter()
                        .map(|guide| {
                            let id = guide.meta.id.clone();
                            let selected = move || chosen(|p| p.default_guide_id.clone()).get() == id;
                            view! {
                                <option value=guide.meta.id.clone() prop:selected=selected>
                                    {guide.name.clone()}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
        <fieldset class="levels">
            <legend>"Engagement levels"</legend>
            <p class="field-hint">"Name the five levels your way, from first contact to leadership."</p>
            {LEVEL_IDS
                .into_iter()
                .enumerate()
                .map(|(index, id)| {
                    view! {
                        <div class="field">
                            <label for=id>{format!("Level {}", index + 1)}</label>
                            <input
                                id=id
                                type="text"
                                autocomplete="off"
                                placeholder=DEFAULT_ENGAGEMENT_LABELS[index]
                                prop:disabled=move || loading.get()
                                prop:value=move || {
                                    profile.record.with(|p| {
                                        p.as_ref().map(|p| p.engagement_labels[index].clone()).unwrap_or_default()
                                    })
                                }
                                on:input=move |event| {
                                    let name = event_target_value(&event);
                                    profile.edit(|p| p.engagement_labels[index] = name);
                                }
                            />
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
        <SaveStatus state=profile.state />
    }
}
