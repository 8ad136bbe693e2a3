//! Who else to talk to: each referral becomes a person, referred by the one you met, without
//! retyping, and waits on Today for a first one-on-one.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::meeting::Meeting;
use crate::domain::person::Person;
use crate::platform::ids::{new_id, now_ms};
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_names_of;
use crate::ui::data::store_context::Db;
use crate::ui::meetings::debrief::edit::edit_debrief;

#[component]
pub fn DebriefReferrals(meeting: Editable<Meeting>, person: Editable<Person>) -> impl IntoView {
    let db = Db::get();
    let referral_ids = Memo::new(move |_| {
        meeting.record.with(|m| {
            m.as_ref()
                .map(|m| m.debrief_or_draft().referral_ids)
                .unwrap_or_default()
        })
    });
    // Their names alone, read as the list grows: not everyone on the phone.
    let names = use_names_of(referral_ids);
    let referred = Memo::new(move |_| {
        let ids = referral_ids.get();
        names.with(|names| {
            let Some(names) = names else {
                return Vec::new();
            };
            ids.into_iter()
                .filter_map(|id| {
                    let name = names.get(&id).filter(|name| !name.is_empty())?.clone();
                    Some((id, name))
                })
                .collect::<Vec<_>>()
        })
    });
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new("");
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked().trim().to_owned();
        if typed.is_empty() {
            problem.set("Type their name (a first name is enough).");
            return;
        }
        let Some((by_id, by_name)) = person
            .record
            .with_untracked(|p| p.as_ref().map(|p| (p.meta.id.clone(), p.name.clone())))
        else {
            return;
        };
        let mut referral = Person::new(new_id(), typed, now_ms());
        referral.referred_by = Some(by_id);
        referral.how_we_met = format!("Referred by {by_name}");
        let id = referral.meta.id.clone();
        name.set(String::new());
        problem.set("");
        spawn_local(async move {
            let store = db.opened().await;
            let saved = store.save(&referral).await.map(|_| ());
            let ok = saved.is_ok();
            db.report(saved);
            if ok && !meeting.record.is_disposed() {
                edit_debrief(meeting, |d| d.referral_ids.push(id));
            }
        });
    };
    view! {
        <section aria-labelledby="debrief-referrals-heading">
            <h2 id="debrief-referrals-heading">"Who else to talk to"</h2>
            {move || {
                let list = referred.get();
                (!list.is_empty()).then(|| view! {
                    <ul aria-label="Referrals">
                        {list.into_iter().map(|(id, name)| view! {
                            <li><a href=format!("/people/{id}")>{name}</a></li>
                        }).collect_view()}
                    </ul>
                })
            }}
            <form on:submit=add novalidate>
                <div class="field">
                    <label for="referral-name">"Name of someone they suggested"</label>
                    <input id="referral-name" type="text" autocomplete="off" aria-describedby="referral-problem"
                        prop:value=move || name.get()
                        on:input=move |event| { problem.set(""); name.set(event_target_value(&event)) } />
                    <p id="referral-problem" class="problem" role="alert">{move || problem.get()}</p>
                </div>
                <button type="submit" class="button secondary">"Add referral"</button>
            </form>
        </section>
    }
}
