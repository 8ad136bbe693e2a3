//! The app shell: what the app opens on (`lock/gate.rs`), then the header, the router with
//! every screen, and the bottom navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy};

use crate::platform::{document::APP_NAME, theme};
use crate::ui::components::add_to_calendar::provide_calendar_writer;
use crate::ui::components::flash::{provide_flash, FlashMessage};
use crate::ui::components::icons::Icon;
use crate::ui::components::not_found::NotFound;
use crate::ui::data::store_context::{provide_store, StorageNotice};
use crate::ui::lock::gate::{Entry, Gate};
use crate::ui::lock::screen::LockScreen;
use crate::ui::lock::watch::watch_for_locking;
use crate::ui::search::context::provide_search;
use crate::ui::settings::install_help::provide_install_offer;
use crate::ui::shell::app_status::AppStatus;
use crate::ui::shell::nav::BottomNav;
use crate::ui::shell::quick_exit::{provide_quick_exit, HideButton, NeutralScreen};
use crate::ui::shell::screens::*;
use crate::ui::shell::team_status::{provide_team_sync, TeamChip};
use crate::ui::today::page::Today;

/// The app: the shell once it is open, else the lock screen or the blank page of a quick exit.
#[component]
pub fn App() -> impl IntoView {
    theme::apply(theme::load());
    let gate = Gate::provide();
    move || match gate.entry() {
        Entry::Open => view! { <Shell /> }.into_any(),
        Entry::Locked => view! { <LockScreen /> }.into_any(),
        Entry::Hidden => view! { <NeutralScreen /> }.into_any(),
    }
}

/// Every screen, with the header and the bottom navigation.
#[component]
fn Shell() -> impl IntoView {
    watch_for_locking();
    provide_store();
    provide_install_offer();
    provide_search();
    provide_flash();
    provide_team_sync();
    provide_calendar_writer();
    let exit = provide_quick_exit();
    preload_screens_when_idle();
    view! {
        <Router>
            <Show when=move || !exit.hidden() fallback=|| view! { <NeutralScreen /> }>
                <header class="app-header">
                    <span class="brand">{APP_NAME}</span>
                    <AppStatus />
                    <TeamChip />
                    <a href="/search" class="header-search" aria-label="Search">
                        <Icon name="search" />
                    </a>
                    <HideButton />
                </header>
                <main id="main" class="page">
                    <StorageNotice />
                    <FlashMessage />
                    <Routes fallback=NotFound>
                        <Route path=path!("/") view=Today />
                        <Route path=path!("/people") view={Lazy::<PeopleRoute>::new()} />
                        <Route path=path!("/people/new") view={Lazy::<PersonNewRoute>::new()} />
                        <Route path=path!("/people/import") view={Lazy::<PeopleImportRoute>::new()} />
                        <Route path=path!("/people/:id") view={Lazy::<PersonRoute>::new()} />
                        <Route path=path!("/meetings/new") view={Lazy::<MeetingNewRoute>::new()} />
                        <Route path=path!("/meetings/:id") view={Lazy::<MeetingRoute>::new()} />
                        <Route path=path!("/meetings/:id/live") view={Lazy::<MeetingLiveRoute>::new()} />
                        <Route path=path!("/meetings/:id/debrief") view={Lazy::<DebriefRoute>::new()} />
                        <Route path=path!("/follow-ups") view={Lazy::<FollowUpsRoute>::new()} />
                        <Route path=path!("/guides") view={Lazy::<GuidesRoute>::new()} />
                        <Route path=path!("/guides/:id") view={Lazy::<GuideRoute>::new()} />
                        <Route path=path!("/search") view={Lazy::<SearchRoute>::new()} />
                        <Route path=path!("/settings") view={Lazy::<SettingsRoute>::new()} />
                        <Route path=path!("/settings/team") view={Lazy::<TeamRoute>::new()} />
                        <Route path=path!("/growth") view={Lazy::<GrowthRoute>::new()} />
                        <Route path=path!("/map") view={Lazy::<MapRoute>::new()} />
                    </Routes>
                </main>
                <BottomNav />
            </Show>
        </Router>
    }
}
