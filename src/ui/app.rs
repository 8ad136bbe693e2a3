//! The app shell: header, the router with every screen, and the bottom navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::app_status::AppStatus;
use super::follow_ups::FollowUps;
use super::guide_page::GuidePage;
use super::guides::Guides;
use super::icons::Icon;
use super::install_help::provide_install_offer;
use super::meeting_debrief::MeetingDebrief;
use super::meeting_live::MeetingLive;
use super::meeting_page::{MeetingNew, MeetingPage};
use super::nav::BottomNav;
use super::not_found::NotFound;
use super::people::People;
use super::person_new::PersonNew;
use super::person_page::PersonPage;
use super::search::SearchPage;
use super::search_context::provide_search;
use super::settings::Settings;
use super::store_context::{provide_store, StorageNotice};
use super::today::Today;
use crate::platform::{document::APP_NAME, theme};

#[component]
pub fn App() -> impl IntoView {
    theme::apply(theme::load());
    provide_store();
    provide_install_offer();
    provide_search();
    view! {
        <Router>
            <header class="app-header">
                <span class="brand">{APP_NAME}</span>
                <AppStatus />
                <a href="/search" class="header-search" aria-label="Search">
                    <Icon name="search" />
                </a>
            </header>
            <main id="main" class="page">
                <StorageNotice />
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Today />
                    <Route path=path!("/people") view=People />
                    <Route path=path!("/people/new") view=PersonNew />
                    <Route path=path!("/people/:id") view=PersonPage />
                    <Route path=path!("/meetings/new") view=MeetingNew />
                    <Route path=path!("/meetings/:id") view=MeetingPage />
                    <Route path=path!("/meetings/:id/live") view=MeetingLive />
                    <Route path=path!("/meetings/:id/debrief") view=MeetingDebrief />
                    <Route path=path!("/follow-ups") view=FollowUps />
                    <Route path=path!("/guides") view=Guides />
                    <Route path=path!("/guides/:id") view=GuidePage />
                    <Route path=path!("/search") view=SearchPage />
                    <Route path=path!("/settings") view=Settings />
                </Routes>
            </main>
            <BottomNav />
        </Router>
    }
}
