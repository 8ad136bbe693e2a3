//! Settings (`/settings`): your profile, meeting defaults, scripts, appearance, storage, the
//! team, the lock, backup, spreadsheets, and this app's version.

use leptos::prelude::*;

use crate::domain::profile::{Profile, PROFILE_ID};
use crate::domain::theme::ThemeChoice;
use crate::platform::{document::set_title, theme};
use crate::ui::data::editable::Editable;
use crate::ui::settings::backup::BackupSection;
use crate::ui::settings::calendar::CalendarSettings;
use crate::ui::settings::install_help::InstallHelp;
use crate::ui::settings::lock::LockSection;
use crate::ui::settings::meetings::MeetingDefaults;
use crate::ui::settings::profile::ProfileForm;
use crate::ui::settings::scripts::ScriptsForm;
use crate::ui::settings::spreadsheets::SpreadsheetExports;
use crate::ui::settings::storage::StorageFacts;
use crate::ui::settings::team::TeamSummary;
use crate::VERSION;

#[component]
pub fn Settings() -> impl IntoView {
    set_title("Settings");
    let profile = Editable::load(PROFILE_ID.to_owned(), |_, now| Some(Profile::new(now)));
    let chosen = RwSignal::new(theme::load());
    let save_failed = RwSignal::new(false);
    let choose = move |choice: ThemeChoice| {
        chosen.set(choice);
        theme::apply(choice);
        save_failed.set(!theme::save(choice));
    };
    view! {
        <h1>"Settings"</h1>
        <section aria-labelledby="profile-heading">
            <h2 id="profile-heading">"You"</h2>
            <p><a href="/growth">"Your growth as an organizer"</a></p>
            <ProfileForm profile=profile />
        </section>
        <section aria-labelledby="meetings-heading">
            <h2 id="meetings-heading">"Meetings"</h2>
            <MeetingDefaults profile=profile />
        </section>
        <section aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">"Calendar"</h2>
            <CalendarSettings profile=profile />
        </section>
        <section aria-labelledby="scripts-heading">
            <h2 id="scripts-heading">"Scripts"</h2>
            <ScriptsForm profile=profile />
        </section>
        <section aria-labelledby="appearance-heading">
            <h2 id="appearance-heading">"Appearance"</h2>
            <fieldset class="choices">
                <legend>"Theme"</legend>
                {ThemeChoice::ALL
                    .into_iter()
                    .map(|choice| {
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="theme"
                                    prop:checked=move || chosen.get() == choice
                                    on:change=move |_| choose(choice)
                                />
                                <span>{choice.label()}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Show when=move || save_failed.get()>
                <p class="notice" role="alert">
                    "This browser would not store the choice; it applies until you close the app."
                </p>
            </Show>
        </section>
        <section aria-labelledby="install-heading">
            <h2 id="install-heading">"Install"</h2>
            <InstallHelp />
        </section>
        <section aria-labelledby="storage-heading">
            <h2 id="storage-heading">"Storage"</h2>
            <StorageFacts />
        </section>
        <section aria-labelledby="team-heading">
            <h2 id="team-heading">"Team"</h2>
            <TeamSummary />
        </section>
        <section aria-labelledby="lock-heading">
            <h2 id="lock-heading">"Lock"</h2>
            <LockSection />
        </section>
        <section aria-labelledby="backup-heading">
            <h2 id="backup-heading">"Backup"</h2>
            <BackupSection />
        </section>
        <section aria-labelledby="spreadsheets-heading">
            <h2 id="spreadsheets-heading">"Spreadsheets"</h2>
            <SpreadsheetExports />
        </section>
        <section aria-labelledby="about-heading">
            <h2 id="about-heading">"About"</h2>
            <dl class="facts">
                <dt>"Version"</dt>
                <dd>{VERSION}</dd>
            </dl>
            <p class="muted">
                "Everything you write stays on this device. The app talks to no server but the one it came from."
            </p>
        </section>
    }
}
