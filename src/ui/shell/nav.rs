//! The bottom tab bar: the five places an organizer goes, reachable with one thumb.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::components::icons::Icon;

#[component]
pub fn BottomNav() -> impl IntoView {
    view! {
        <nav class="tabbar" aria-label="Main">
            <ul>
                <li>
                    <A href="/" exact=true>
                        <Icon name="today" />
                        <span>"Today"</span>
                    </A>
                </li>
                <li>
                    <A href="/people">
                        <Icon name="people" />
                        <span>"People"</span>
                    </A>
                </li>
                <li>
                    <A href="/follow-ups">
                        <Icon name="follow-ups" />
                        <span>"Follow-ups"</span>
                    </A>
                </li>
                <li>
                    <A href="/guides">
                        <Icon name="guides" />
                        <span>"Guides"</span>
                    </A>
                </li>
                <li>
                    <A href="/settings">
                        <Icon name="settings" />
                        <span>"Settings"</span>
                    </A>
                </li>
            </ul>
        </nav>
    }
}
