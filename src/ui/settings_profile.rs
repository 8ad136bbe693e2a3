//! The organizer's profile in Settings: name, organization, campaign and default meeting
//! length, autosaved as they are typed and kept in step with restores and other open tabs.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::store_context::Db;
use super::text_field::TextField;
use crate::domain::profile::{Profile, PROFILE_ID};
use crate::domain::record::Record;
use crate::platform::ids::now_ms;
use crate::store::{Autosave, Saved, Subscription};

/// How long after the last keystroke an edit is written.
pub const AUTOSAVE_DELAY_MS: u32 = 300;

const LENGTHS: [u32; 4] = [30, 45, 60, 90];

#[derive(Clone, Copy, PartialEq, Eq)]
enum SaveState {
    Idle,
    Pending,
    Saved,
    Failed,
}

#[component]
pub fn ProfileForm() -> impl IntoView {
    let db = Db::get();
    let profile = RwSignal::new(None::<Profile>);
    let save_state = RwSignal::new(SaveState::Idle);
    let saver = StoredValue::new_local(None::<Autosave<Profile>>);
    let changes = StoredValue::new_local(None::<Subscription>);
    let edited = RwSignal::new(false);

    // Shows what is stored, unless the person has typed since the last load and the stored
    // version is not newer (each keystroke moves `updated_at` forward): so a reload racing
    // with typing, such as the echo of our own save, never rolls the text back.
    let load = move || {
        let Some(store) = db.store() else { return };
        spawn_local(async move {
            match store.get::<Profile>(PROFILE_ID).await {
                Ok(None) => {
                    edited.set(false);
                    profile.set(Some(Profile::new(now_ms())));
                }
                Ok(Some(found)) => {
                    let newer = profile.with_untracked(|shown| {
                        shown
                            .as_ref()
                            .is_none_or(|shown| found.meta.updated_at > shown.meta.updated_at)
                    });
                    if newer || !edited.get_untracked() {
                        edited.set(false);
                        profile.set(Some(found));
                    }
                }
                Err(error) => db.report(Err(error)),
            }
        });
    };

    Effect::new(move || {
        let Some(store) = db.store() else { return };
        if saver.with_value(Option::is_some) {
            return;
        }
        saver.set_value(Some(Autosave::new(
            store.clone(),
            AUTOSAVE_DELAY_MS,
            move |result| {
                match result {
                    Ok(Saved::Written) => db.report(Ok(())),
                    Ok(Saved::KeptNewer(newer)) => profile.set(Some(newer)),
                    Err(error) => {
                        save_state.set(SaveState::Failed);
                        db.report(Err(error));
                        return;
                    }
                }
                save_state.set(SaveState::Saved);
            },
        )));
        load();
        let typing_here = move || saver.with_value(|s| s.as_ref().is_some_and(|s| s.has_pending()));
        changes.set_value(Some(store.changes().subscribe(move |change| {
            let ours =
                change.store == Profile::STORE && (change.id == PROFILE_ID || change.id == "*");
            if ours && !typing_here() {
                load();
            }
        })));
    });

    let edit = move |apply: fn(&mut Profile, String), value: String| {
        let Some(mut changed) = profile.get_untracked() else {
            return;
        };
        apply(&mut changed, value);
        changed.meta.touch(now_ms());
        edited.set(true);
        profile.set(Some(changed.clone()));
        save_state.set(SaveState::Pending);
        saver.with_value(|s| {
            if let Some(s) = s {
                s.schedule(changed);
            }
        });
    };
    let field = move |read: fn(&Profile) -> String| {
        Signal::derive(move || profile.with(|p| p.as_ref().map(read).unwrap_or_default()))
    };
    let loading = Signal::derive(move || profile.with(Option::is_none));

    view! {
        <p class="muted">"Used wherever the app fills in a script, such as a meeting request."</p>
        <TextField
            label="Your name"
            id="profile-name"
            autocomplete="name"
            value=field(|p| p.name.clone())
            on_input=Callback::new(move |v| edit(|p, v| p.name = v, v))
            disabled=loading
        />
        <TextField
            label="Organization"
            id="profile-organization"
            autocomplete="organization"
            value=field(|p| p.organization.clone())
            on_input=Callback::new(move |v| edit(|p, v| p.organization = v, v))
            disabled=loading
        />
        <TextField
            label="Current campaign"
            id="profile-campaign"
            value=field(|p| p.campaign.clone())
            on_input=Callback::new(move |v| edit(|p, v| p.campaign = v, v))
            disabled=loading
        />
        <div class="field">
            <label for="profile-length">"Default meeting length"</label>
            <select
                id="profile-length"
                prop:disabled=move || loading.get()
                on:change=move |event| {
                    edit(
                        |p, v| p.default_length_minutes = v.parse().unwrap_or(p.default_length_minutes),
                        event_target_value(&event),
                    )
                }
            >
                {LENGTHS
                    .into_iter()
                    .map(|minutes| {
                        view! {
                            <option
                                value=minutes.to_string()
                                prop:selected=move || {
                                    profile.with(|p| p.as_ref().map(|p| p.default_length_minutes))
                                        == Some(minutes)
                                }
                            >
                                {format!("{minutes} minutes")}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <p class="save-state" role="status">
            {move || match save_state.get() {
                SaveState::Idle => "",
                SaveState::Pending => "Saving…",
                SaveState::Saved => "Saved on this device",
                SaveState::Failed => "Not saved: see the message above",
            }}
        </p>
    }
}
