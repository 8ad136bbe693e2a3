//! Team (`/settings/team`): join a team with a join code, or start one (a new team key), with
//! an account on the team's own CouchDB server; once in a team, check the connection, pass the
//! join code on, or leave. The page may reach the server only once its policy names it, so
//! joining keeps the server for the service worker and starts the app again. Its code is a
//! chunk fetched only when this page opens: a phone without a team never downloads it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::cipher::DataKey;
use crate::domain::qr;
use crate::domain::team::{
    join_code_in_fragment, origin_of, Membership, Team, TeamProblem, JOIN_LINK_PATH,
};
use crate::platform::couch::{Connected, Couch};
use crate::platform::document::{policy_allows, set_title};
use crate::platform::{crypto, history, service_worker};
use crate::store::team_membership;
use crate::ui::components::outcome::{Outcome, OutcomeMessage};
use crate::ui::components::secret_field::SecretField;
use crate::ui::components::text_field::TextField;
use crate::ui::team::join_qr::JoinQr;
use crate::ui::team::leave::LeaveTeam;
use crate::ui::team::sync_now::SyncNow;

#[component]
pub fn TeamPage() -> impl IntoView {
    set_title("Team");
    // A join link (scanned from a teammate's QR code) brings its code in the fragment: taken
    // into the form, then wiped from the address so the key stays in no history entry.
    let arrived = join_code_in_fragment(&history::fragment()).map(str::to_owned);
    if arrived.is_some() {
        history::replace_address(JOIN_LINK_PATH);
    }
    let membership = RwSignal::new(team_membership::kept());
    let outcome = RwSignal::new(Outcome::None);
    view! {
        <h1>"Team"</h1>
        {move || match membership.get() {
            None => view! {
                <p>
                    "Share people with your organizing team through the team's own CouchDB server. What is shared is sealed on this phone with the team's key first: the server never sees a name or a note."
                </p>
                <JoinTeam outcome arrived=arrived.clone() />
                <StartTeam outcome />
            }.into_any(),
            Some(member) => view! { <InTeam member membership outcome /> }.into_any(),
        }}
        <OutcomeMessage outcome />
    }
}

/// Keeps `member` and starts the app again, so the page's policy names the team's server.
fn enter(member: Membership, outcome: RwSignal<Outcome>) {
    spawn_local(async move {
        let origin = origin_of(&member.team.server).to_owned();
        let kept = match service_worker::keep_team_origin(Some(&origin)).await {
            Ok(()) => team_membership::keep(&member).map_err(|e| e.to_string()),
            Err(why) => Err(why),
        };
        match kept {
            Ok(()) => history::reload(),
            Err(why) => {
                outcome.try_set(Outcome::Failed(why));
            }
        }
    });
}

fn account(user: &str, password: &str) -> Result<(String, String), String> {
    match (user.trim(), password) {
        ("", _) => Err("Type your user name on the team's server.".to_owned()),
        (_, "") => Err("Type your password on the team's server.".to_owned()),
        (user, password) => Ok((user.to_owned(), password.to_owned())),
    }
}

#[component]
fn JoinTeam(outcome: RwSignal<Outcome>, arrived: Option<String>) -> impl IntoView {
    let filled_in = arrived.is_some();
    let code = RwSignal::new(arrived.unwrap_or_default());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let join = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let team = Team::from_join_code(&code.get_untracked()).map_err(|p| p.to_string());
        match team.and_then(|team| {
            let (user, password) = account(&user.get_untracked(), &password.get_untracked())?;
            Ok(Membership {
                team,
                user,
                password,
            })
        }) {
            Ok(member) => enter(member, outcome),
            Err(why) => outcome.set(Outcome::Failed(why)),
        }
    };
    view! {
        <form class="team-join" on:submit=join>
            <h2>"Join a team"</h2>
            <Show when=move || filled_in>
                <p class="notice">"The join code from your teammate's link is filled in: add your account on the team's server."</p>
            </Show>
            <div class="field">
                <label for="join-code">"Join code"</label>
                <textarea id="join-code" rows=3 autocomplete="off" spellcheck="false"
                    prop:value=move || code.get()
                    on:input=move |event| code.set(event_target_value(&event))></textarea>
            </div>
            <TextField id="join-user" label="Your user name on the team's server" autocomplete="username"
                value=Signal::from(user) on_input=Callback::new(move |typed| user.set(typed)) />
            <SecretField id="join-password" label="Your password on the team's server" autocomplete="current-password" value=password />
            <button type="submit" class="button">"Join the team"</button>
        </form>
    }
}

#[component]
fn StartTeam(outcome: RwSignal<Outcome>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let server = RwSignal::new(String::new());
    let database = RwSignal::new(String::new());
    let user = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let member = crypto::random()
            .map_err(|e| e.to_string())
            .and_then(|key| {
                Team::new(
                    &name.get_untracked(),
                    &server.get_untracked(),
                    &database.get_untracked(),
                    key,
                )
                .map_err(|p: TeamProblem| p.to_string())
            })
            .and_then(|team| {
                let (user, password) = account(&user.get_untracked(), &password.get_untracked())?;
                Ok(Membership {
                    team,
                    user,
                    password,
                })
            });
        match member {
            Ok(member) => enter(member, outcome),
            Err(why) => outcome.set(Outcome::Failed(why)),
        }
    };
    view! {
        <form class="team-start" on:submit=start>
            <h2>"Start a team"</h2>
            <p class="muted">
                "Whoever runs the team's CouchDB server makes a database for the team and an account for each organizer (the README says how). The first phone makes the team's key; the others join with its join code."
            </p>
            <TextField id="team-name" label="Team name" autocomplete="off"
                value=Signal::from(name) on_input=Callback::new(move |typed| name.set(typed)) />
            <TextField id="team-server" label="Server address" autocomplete="url"
                value=Signal::from(server) on_input=Callback::new(move |typed| server.set(typed)) />
            <TextField id="team-database" label="Database" autocomplete="off"
                value=Signal::from(database) on_input=Callback::new(move |typed| database.set(typed)) />
            <TextField id="start-user" label="Your user name on the server" autocomplete="username"
                value=Signal::from(user) on_input=Callback::new(move |typed| user.set(typed)) />
            <SecretField id="start-password" label="Your password on the server" autocomplete="current-password" value=password />
            <button type="submit" class="button">"Start the team"</button>
        </form>
    }
}

/// Whether this phone reaches the team's server as `member`, in words.
async fn check(member: &Membership) -> Outcome {
    let origin = origin_of(&member.team.server);
    if !policy_allows(origin) {
        return Outcome::Failed(
            "This page may not reach the team's server yet: close the app and open it again."
                .to_owned(),
        );
    }
    let Some(key) = member.team.key_bytes().map(DataKey::from_bytes) else {
        return Outcome::Failed(
            "The team key kept on this phone is damaged: leave the team, then join again with its join code.".to_owned(),
        );
    };
    let couch = Couch::new(
        &member.team.server,
        &member.team.database,
        &member.user,
        &member.password,
    );
    match couch.connect(&key).await {
        Ok(Connected::KeyHolds) => Outcome::Done(format!(
            "Connected to {}: this phone holds the team's key.",
            member.team.name
        )),
        Ok(Connected::FirstPhone) => Outcome::Done(format!(
            "Connected to {}: this phone is the first in the team. Pass the join code below to your teammates.",
            member.team.name
        )),
        Err(problem) => Outcome::Failed(problem.to_string()),
    }
}

#[component]
fn InTeam(
    member: Membership,
    membership: RwSignal<Option<Membership>>,
    outcome: RwSignal<Outcome>,
) -> impl IntoView {
    let checking = RwSignal::new(false);
    let run_check = {
        let member = member.clone();
        move || {
            if checking.get_untracked() {
                return;
            }
            checking.set(true);
            outcome.set(Outcome::Done("Checking the connection…".to_owned()));
            let member = member.clone();
            spawn_local(async move {
                outcome.try_set(check(&member).await);
                checking.try_set(false);
            });
        }
    };
    run_check();
    let join_code = member.team.join_code();
    let join_qr = qr::encode(&member.team.join_link(&history::origin()));
    view! {
        <dl class="facts">
            <dt>"Team"</dt><dd>{member.team.name.clone()}</dd>
            <dt>"Server"</dt><dd>{member.team.server.clone()}</dd>
            <dt>"Database"</dt><dd>{member.team.database.clone()}</dd>
            <dt>"You are"</dt><dd>{member.user.clone()}</dd>
        </dl>
        <div class="actions">
            <button type="button" class="button secondary" prop:disabled=move || checking.get()
                on:click=move |_| run_check()>"Test connection"</button>
        </div>
        <SyncNow member=member.clone() />
        {join_qr.map(|code| view! { <JoinQr code /> })}
        <div class="field">
            <label for="team-join-code">"Join code for a teammate"</label>
            <textarea id="team-join-code" rows=4 readonly spellcheck="false">{join_code}</textarea>
        </div>
        <p class="notice">
            "The join code holds the team's key: anyone with it and an account on the server can read what the team shares. Give it only to teammates, in person or in a private message."
        </p>
        <LeaveTeam name=member.team.name.clone() membership outcome />
    }
}
