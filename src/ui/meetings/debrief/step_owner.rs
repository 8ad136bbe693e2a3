//! "Who does it" for a next step agreed in a debrief: the person, you, or on a phone in a team,
//! a teammate (by their user name on the team's server, suggested from those this phone knows
//! of), on whose Follow-ups it then shows instead of yours.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::next_step::{NextStep, Owner};
use crate::store::team_membership;
use crate::ui::data::store_context::Db;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Doer {
    Them,
    Me,
    Teammate,
}

/// The choice, as the form holds it.
#[derive(Clone, Copy)]
pub struct StepOwner {
    doer: RwSignal<Doer>,
    teammate: RwSignal<String>,
}

impl Default for StepOwner {
    /// The person does it, as most steps agreed in a one-on-one are theirs.
    fn default() -> Self {
        StepOwner {
            doer: RwSignal::new(Doer::Them),
            teammate: RwSignal::new(String::new()),
        }
    }
}

impl StepOwner {
    /// Who owns a step added now, and whose Follow-ups it is on; or what is missing.
    pub fn chosen(&self) -> Result<(Owner, Option<String>), &'static str> {
        let me = team_membership::my_name();
        match self.doer.get_untracked() {
            Doer::Them => Ok((Owner::Them, me)),
            Doer::Me => Ok((Owner::Me, me)),
            Doer::Teammate => match self.teammate.get_untracked().trim() {
                "" => Err("Say which teammate does it: their user name on the team's server."),
                name => Ok((Owner::Me, Some(name.to_owned()))),
            },
        }
    }
}

/// Who a step is for, in a word: the person's first name, "You", or the teammate's name.
pub fn who_does(step: &NextStep, their_first_name: &str) -> String {
    match (step.owner, step.organizer.as_deref()) {
        (Owner::Them, _) => their_first_name.to_owned(),
        (Owner::Me, Some(organizer)) if !step.is_for(team_membership::my_name().as_deref()) => {
            organizer.to_owned()
        }
        (Owner::Me, _) => "You".to_owned(),
    }
}

#[component]
pub fn StepOwnerChoice(owner: StepOwner, first_name: Signal<String>) -> impl IntoView {
    let in_team = team_membership::my_name().is_some();
    let teammates = RwSignal::new(Vec::<String>::new());
    if in_team {
        Db::get().with_store(move |store| {
            spawn_local(async move {
                if let Ok(names) = store.teammates().await {
                    teammates.try_set(names);
                }
            })
        });
    }
    let doer = owner.doer;
    let choice = move |value: Doer, label: Signal<String>| {
        view! {
            <label class="choice">
                <input type="radio" name="step-owner" prop:checked=move || doer.get() == value
                    on:change=move |_| doer.set(value) />
                <span>{move || label.get()}</span>
            </label>
        }
    };
    view! {
        <fieldset class="choices inline">
            <legend>"Who does it"</legend>
            {choice(Doer::Them, first_name)}
            {choice(Doer::Me, Signal::stored("You".to_owned()))}
            {in_team.then(|| choice(Doer::Teammate, Signal::stored("A teammate".to_owned())))}
        </fieldset>
        <Show when=move || doer.get() == Doer::Teammate>
            <div class="field">
                <label for="step-teammate">"Teammate's user name"</label>
                <input id="step-teammate" type="text" list="step-teammates" autocomplete="off"
                    autocapitalize="none" spellcheck="false" aria-describedby="step-teammate-help"
                    prop:value=move || owner.teammate.get()
                    on:input=move |event| owner.teammate.set(event_target_value(&event)) />
                <datalist id="step-teammates">
                    {move || teammates.get().into_iter().map(|name| view! { <option value=name /> }).collect_view()}
                </datalist>
                <p id="step-teammate-help" class="muted">
                    {move || format!("It shows on their Follow-ups, not yours, once {} is shared with the team.", first_name.get())}
                </p>
            </div>
        </Show>
    }
}
