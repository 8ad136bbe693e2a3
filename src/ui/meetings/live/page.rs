//! The live guide (`/meetings/:id/live`): the screen on the table. One section at a time with
//! large prompts, the timer, the 30/70 meter and a field for sparks; saved as it happens and
//! resumed exactly after a reload, with the screen kept awake meanwhile. While the meeting runs
//! it is a focus mode: the app's header and tab bar give way, a way back and Hide stay.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::domain::builtin_guides::builtin_guides;
use crate::domain::guide::{available, Guide};
use crate::domain::live::{clock_text, Live};
use crate::domain::meeting::{Meeting, MeetingStatus};
use crate::domain::person::Person;
use crate::domain::sensitive;
use crate::platform::document::{set_focus_mode, set_title};
use crate::platform::ids::now_ms;
use crate::platform::wake_lock::KeepAwake;
use crate::ui::components::not_found::{Loading, Missing};
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::sensitive_area::{MarkSwitch, SensitiveArea, Sensitivity};
use crate::ui::data::editable::{Editable, Presence};
use crate::ui::data::records::{use_all, use_record};
use crate::ui::data::route_param::for_each_param;
use crate::ui::meetings::live::prompts::LivePrompts;
use crate::ui::meetings::live::talk::LiveTalk;
use crate::ui::meetings::live::ticker::use_now;
use crate::ui::meetings::live::timer::LiveTimer;
use crate::ui::shell::quick_exit::HideButton;

/// A horizontal swipe at least this long (in CSS pixels) turns the section.
const SWIPE_PX: i32 = 60;

#[component]
pub fn MeetingLive() -> impl IntoView {
    for_each_param("id", |id| view! { <LiveById id=id /> })
}

#[component]
fn LiveById(id: String) -> impl IntoView {
    set_title("Live");
    let meeting = Editable::<Meeting>::load(id, |_, _| None);
    let awake = StoredValue::new_local(Some(KeepAwake::start()));
    on_cleanup(move || {
        awake.try_update_value(Option::take);
    });
    move || {
        match meeting.presence.get() {
        Presence::Loading => view! { <Loading /> }.into_any(),
        Presence::Missing => view! { <Missing title="Meeting not found" message="This meeting is not on this device. It may have been deleted." back_href="/" back_label="Go to Today" /> }
        .into_any(),
        Presence::Shown => view! { <LiveScreen meeting=meeting /> }.into_any(),
    }
    }
}

#[component]
fn LiveScreen(meeting: Editable<Meeting>) -> impl IntoView {
    let now = use_now();
    let live = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map(|m| m.live.clone()).unwrap_or_default())
    });
    let planned = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map_or(30, |m| m.planned_minutes))
    });
    let person_id = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map(|m| m.person_id.clone()))
    });
    let person = use_record::<Person>(person_id);
    let name = move || {
        person
            .with(|p| p.found().map(|p| p.name.clone()))
            .unwrap_or_default()
    };
    let meeting_link = move || {
        meeting
            .record
            .with(|m| m.as_ref().map(|m| format!("/meetings/{}", m.meta.id)))
            .unwrap_or_default()
    };
    // Quick notes marked sensitive stay masked, across sections, until one is tapped.
    let notes = Sensitivity::of_meeting(meeting, sensitive::LIVE_NOTES);
    let notes_shown = RwSignal::new(false);
    let stage = Memo::new(move |_| {
        live.with(|l| match (l.started_at.is_some(), l.ended_at.is_some()) {
            (false, _) => Stage::Before,
            (true, false) => Stage::Running,
            (true, true) => Stage::Ended,
        })
    });
    // While the meeting runs, the app's header and tab bar give way to it.
    Effect::new(move |_| set_focus_mode(stage.get() == Stage::Running));
    on_cleanup(|| set_focus_mode(false));
    let head = move || {
        view! {
            <div class="live-bar">
                <a href=meeting_link class="live-leave" aria-label="Back to the meeting plan">"‹ Meeting plan"</a>
                {move || (stage.get() == Stage::Running).then(|| view! { <HideButton /> })}
            </div>
            <h1 class="live-title">"With " {name}</h1>
            <SaveStatus state=meeting.state />
        }
    };
    move || {
        match stage.get() {
        Stage::Before => view! { {head()} <StartMeeting meeting=meeting /> }.into_any(),
        // The glance (timer), the work (sections, sparks) and the hands (who is talking, the
        // end): stacked with the talk control held at the bottom in portrait, side by side in
        // landscape (style/main.css, "Focus mode").
        Stage::Running => view! {
            <div class="live-running">
                <div class="live-glance">
                    {head()}
                    <LiveTimer live=live planned_minutes=planned now=now />
                </div>
                <div class="live-work">
                    <LiveSections meeting=meeting live=live planned=planned notes=notes notes_shown=notes_shown />
                    <Sparks meeting=meeting notes=notes notes_shown=notes_shown />
                </div>
                <div class="live-hands">
                    <LiveTalk meeting=meeting now=now />
                    <EndMeeting meeting=meeting />
                </div>
            </div>
        }
        .into_any(),
        Stage::Ended => view! {
            {head()}
            <Ended live=live />
            <a href=move || format!("{}/debrief", meeting_link()) class="button">"Debrief"</a>
        }
        .into_any(),
    }
    }
}

/// Where the meeting is: not started, running (the focus mode), or ended.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Before,
    Running,
    Ended,
}

#[component]
fn StartMeeting(meeting: Editable<Meeting>) -> impl IntoView {
    let stored = use_all::<Guide>();
    let start = move |_| {
        let guide_id = meeting
            .record
            .with_untracked(|m| m.as_ref().and_then(|m| m.guide_id.clone()));
        let guides = stored
            .with_untracked(|s| available(s.as_deref().unwrap_or_default(), builtin_guides()));
        let guide = guides
            .into_iter()
            .find(|g| Some(&g.meta.id) == guide_id.as_ref());
        meeting.edit(|m| m.live.start(guide.as_ref(), now_ms()));
    };
    view! {
        <p class="lede">"When you sit down together, start the meeting: the timer starts and the guide opens."</p>
        <button type="button" class="button big" on:click=start prop:disabled=move || stored.with(Option::is_none)>
            "Start the meeting"
        </button>
    }
}

#[component]
fn LiveSections(
    meeting: Editable<Meeting>,
    live: Signal<Live>,
    planned: Signal<u32>,
    notes: Sensitivity,
    notes_shown: RwSignal<bool>,
) -> impl IntoView {
    let count = Memo::new(move |_| live.with(Live::section_count));
    let current = Memo::new(move |_| live.with(|l| l.section));
    let go = move |index: usize| meeting.edit(|m| m.live.go_to_section(index));
    let swipe_from = StoredValue::new(None::<i32>);
    let swipe_end = move |x: i32| {
        let Some(from) = swipe_from.get_value() else {
            return;
        };
        swipe_from.set_value(None);
        let (index, dx) = (current.get_untracked(), x - from);
        if dx <= -SWIPE_PX && index + 1 < count.get_untracked() {
            go(index + 1);
        } else if dx >= SWIPE_PX && index > 0 {
            go(index - 1);
        }
    };
    move || {
        if count.get() == 0 {
            return view! { <p class="muted">"No guide for this meeting: just listen, and note the sparks."</p> }.into_any();
        }
        let index = current.get();
        let section = live.with_untracked(|l| {
            l.guide
                .as_ref()
                .and_then(|g| g.sections.get(index).cloned())
        });
        let Some(section) = section else {
            return ().into_any();
        };
        let titles = live.with_untracked(|l| {
            l.guide
                .as_ref()
                .map(|g| {
                    g.sections
                        .iter()
                        .map(|s| s.title.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        });
        let minutes = section
            .share_percent
            .map(|share| u32::from(share) * planned.get_untracked() / 100);
        view! {
            <nav class="section-steps" aria-label="Sections">
                <ol>
                    {titles.into_iter().enumerate().map(|(i, title)| view! {
                        <li>
                            <button type="button" class="section-step" aria-current=(i == index).then_some("step")
                                aria-label=format!("Section {}: {}", i + 1, title) on:click=move |_| go(i)>
                                {(i + 1).to_string()}
                            </button>
                        </li>
                    }).collect_view()}
                </ol>
            </nav>
            <section class="live-section" aria-labelledby="live-section-heading"
                on:pointerdown=move |event| swipe_from.set_value(Some(event.client_x()))
                on:pointerup=move |event| swipe_end(event.client_x())
                on:pointercancel=move |_| swipe_from.set_value(None)>
                <p class="section-place">{format!("Section {} of {}", index + 1, count.get_untracked())}
                    {minutes.map(|m| format!(" · about {m} min"))}</p>
                <h2 id="live-section-heading">{section.title.clone()}</h2>
                <LivePrompts meeting=meeting index=index section=section notes_marked=notes.marked notes_shown=notes_shown />
                <div class="actions section-turn">
                    <button type="button" class="button secondary" prop:disabled={index == 0}
                        on:click=move |_| go(index.saturating_sub(1))>"Previous section"</button>
                    <button type="button" class="button secondary" prop:disabled={index + 1 >= count.get_untracked()}
                        on:click=move |_| go(index + 1)>"Next section"</button>
                </div>
            </section>
        }
        .into_any()
    }
}

#[component]
fn Sparks(
    meeting: Editable<Meeting>,
    notes: Sensitivity,
    notes_shown: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <SensitiveArea label="Sparks" id="live-sparks" rows=3
            hint="What moves them, what makes them angry, what they hope for."
            value=meeting.text(|m| m.live.sparks.clone())
            on_input=Callback::new(move |v| meeting.edit(|m| m.live.sparks = v))
            sensitivity=Sensitivity::of_meeting(meeting, sensitive::LIVE_SPARKS) />
        <div class="field-head">
            <span>"Notes on prompts"</span>
            <MarkSwitch label="Notes on prompts" sensitivity=notes shown=notes_shown />
        </div>
    }
}

#[component]
fn EndMeeting(meeting: Editable<Meeting>) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let navigate = use_navigate();
    let end = move |_| {
        meeting.edit(|m| {
            m.live.end(now_ms());
            m.status = MeetingStatus::Held;
        });
        // Straight to the debrief, while it is fresh; the edit is written as this screen closes.
        if let Some(id) = meeting
            .record
            .with_untracked(|m| m.as_ref().map(|m| m.meta.id.clone()))
        {
            navigate(&format!("/meetings/{id}/debrief"), Default::default());
        }
    };
    view! {
        <Show when=move || confirming.get() fallback=move || view! {
            <button type="button" class="button secondary" on:click=move |_| confirming.set(true)>"End the meeting…"</button>
        }>
            <p>"End now? The timer stops and the meeting is marked held."</p>
            <div class="actions">
                <button type="button" class="button" on:click=end.clone()>"End"</button>
                <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>"Keep going"</button>
            </div>
        </Show>
    }
}

#[component]
fn Ended(live: Signal<Live>) -> impl IntoView {
    let summary = move || {
        live.with(|l| {
            let ended = l.ended_at.unwrap_or_default();
            let share = l
                .talk
                .totals(ended)
                .my_share()
                .map_or("not measured".to_owned(), |s| {
                    format!("{}%", (s * 100.0).round())
                });
            format!(
                "The meeting lasted {}. You talked {share} of the time.",
                clock_text(l.elapsed_ms(ended))
            )
        })
    };
    view! {
        <p class="lede" role="status">{summary}</p>
    }
}
