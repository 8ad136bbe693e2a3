//! Every screen but Today, each in its own chunk of the wasm: loaded on first use, preloaded
//! one by one when the app is idle on every start but the first, with the calendar file's
//! chunk (see scripts/split.mjs for the build side).

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::LazyRoute;

use std::future::Future;
use std::pin::Pin;

use crate::platform::idle::idle_period;
use crate::platform::{service_worker, timing};
use crate::ui::components::add_to_calendar::preload_calendar_file;
use crate::ui::shell::screen_unavailable::ScreenUnavailable;

/// A route whose screen `$screen` lives in the chunk `$chunk`.
macro_rules! lazy_screen {
    ($route:ident, $chunk:ident, $screen:path) => {
        #[derive(Debug)]
        pub struct $route;

        mod $chunk {
            use super::*;

            #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload(load))]
            pub(super) fn screen() -> Result<AnyView, SplitLoaderError> {
                Ok(view! { <$screen /> }.into_any())
            }
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            async fn view(_: Self) -> AnyView {
                match $chunk::screen().await {
                    Ok(view) => view,
                    Err(_) => view! { <ScreenUnavailable /> }.into_any(),
                }
            }

            async fn preload() {
                // A failed preload is retried by the first visit, which says what went wrong.
                let _ = $chunk::load().await;
            }
        }
    };
}

lazy_screen!(PeopleRoute, people_list, crate::ui::people::list::People);
lazy_screen!(
    PersonNewRoute,
    person_new,
    crate::ui::people::new::PersonNew
);
lazy_screen!(
    PeopleImportRoute,
    people_import,
    crate::ui::people::import::page::PeopleImport
);
lazy_screen!(
    PersonRoute,
    person_page,
    crate::ui::people::page::PersonPage
);
lazy_screen!(
    MeetingNewRoute,
    meeting_new,
    crate::ui::meetings::page::MeetingNew
);
lazy_screen!(
    MeetingRoute,
    meeting_page,
    crate::ui::meetings::page::MeetingPage
);
lazy_screen!(
    MeetingLiveRoute,
    meeting_live,
    crate::ui::meetings::live::page::MeetingLive
);
lazy_screen!(
    DebriefRoute,
    meeting_debrief,
    crate::ui::meetings::debrief::page::MeetingDebrief
);
lazy_screen!(
    FollowUpsRoute,
    follow_ups,
    crate::ui::follow_ups::page::FollowUps
);
lazy_screen!(GuidesRoute, guides_list, crate::ui::guides::list::Guides);
lazy_screen!(GuideRoute, guide_page, crate::ui::guides::page::GuidePage);
lazy_screen!(
    SearchRoute,
    search_page,
    crate::ui::search::page::SearchPage
);
lazy_screen!(
    SettingsRoute,
    settings_page,
    crate::ui::settings::page::Settings
);
// Fetched only when opened, never preloaded nor precached (`team_` chunks: scripts/precache.mjs):
// a phone that never joins a team never downloads team sync.
lazy_screen!(TeamRoute, team_settings, crate::ui::team::page::TeamPage);
lazy_screen!(MapRoute, map_page, crate::ui::map::page::MapPage);
lazy_screen!(
    GrowthRoute,
    growth_page,
    crate::ui::growth::page::GrowthPage
);

/// Fetches one chunk (and those it needs) and compiles it.
type Preload = fn() -> Pin<Box<dyn Future<Output = ()>>>;

/// The chunks preloaded, most visited first: every screen but Today and Team, and the calendar
/// file's code (the search index's is fetched by search itself, `ui/search/context.rs`).
const PRELOADS: [Preload; 16] = [
    || Box::pin(PeopleRoute::preload()),
    || Box::pin(FollowUpsRoute::preload()),
    || Box::pin(preload_calendar_file()),
    || Box::pin(PersonRoute::preload()),
    || Box::pin(MeetingRoute::preload()),
    || Box::pin(MeetingNewRoute::preload()),
    || Box::pin(PersonNewRoute::preload()),
    || Box::pin(PeopleImportRoute::preload()),
    || Box::pin(MeetingLiveRoute::preload()),
    || Box::pin(DebriefRoute::preload()),
    || Box::pin(SearchRoute::preload()),
    || Box::pin(SettingsRoute::preload()),
    || Box::pin(GuidesRoute::preload()),
    || Box::pin(GuideRoute::preload()),
    || Box::pin(GrowthRoute::preload()),
    || Box::pin(MapRoute::preload()),
];

/// Fetches the screens' chunks so the first visit to any screen finds its code compiled: one
/// chunk per idle period, so a person tapping while they load never waits behind a row of
/// them. Not on a first visit: there the service worker is fetching every chunk for its cache,
/// and compiling them all too would only compete with the page's own start (Lighthouse's
/// blocking time on Today: 1.8 s with the preload, 0.4 s without).
pub fn preload_screens_when_idle() {
    leptos::task::spawn_local(async {
        // The service worker is registered when the page is first idle (`app_status.rs`).
        idle_period(1500).await;
        if service_worker::precaching_first_visit().await {
            return;
        }
        for preload in PRELOADS {
            idle_period(1500).await;
            preload().await;
        }
        // For the benchmark (bench/first_open.mjs).
        timing::mark("screens preloaded");
    });
}
