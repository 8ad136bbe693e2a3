//! Every screen but Today, each in its own chunk of the wasm: loaded on first use, preloaded
//! once the app is idle after its first paint, with the calendar file's chunk (see
//! scripts/split.mjs for the build side).

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::LazyRoute;

use crate::platform::idle::when_idle;
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

/// Fetches every screen's chunk, one after another, once the app is idle after Today has
/// painted, so the first visit to any screen (and any visit offline) finds its code ready.
pub fn preload_screens_when_idle() {
    when_idle(
        || {
            leptos::task::spawn_local(async {
                PeopleRoute::preload().await;
                FollowUpsRoute::preload().await;
                preload_calendar_file().await;
                PersonRoute::preload().await;
                MeetingRoute::preload().await;
                MeetingNewRoute::preload().await;
                PersonNewRoute::preload().await;
                PeopleImportRoute::preload().await;
                MeetingLiveRoute::preload().await;
                DebriefRoute::preload().await;
                SearchRoute::preload().await;
                SettingsRoute::preload().await;
                GuidesRoute::preload().await;
                GuideRoute::preload().await;
                GrowthRoute::preload().await;
                MapRoute::preload().await;
            });
        },
        1500,
    );
}
