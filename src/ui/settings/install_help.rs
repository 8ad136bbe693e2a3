//! Install help in Settings: an "Install app" button where the browser offers to install,
//! Add to Home Screen steps on iPhone Safari, and nothing to do once installed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::install;

/// Whether the browser's install prompt is waiting to be used; watched from the start, since
/// the browser offers it once, early.
#[derive(Clone, Copy)]
pub struct InstallOffer(RwSignal<bool>);

pub fn provide_install_offer() {
    let offered = RwSignal::new(false);
    let listeners = install::watch(move |available| offered.set(available));
    let _ = StoredValue::new_local(listeners);
    provide_context(InstallOffer(offered));
}

#[component]
pub fn InstallHelp() -> impl IntoView {
    let InstallOffer(offered) = expect_context::<InstallOffer>();
    let installed = RwSignal::new(install::is_installed());
    let install_now = move |_| {
        spawn_local(async move {
            let accepted = install::prompt().await;
            offered.try_set(false);
            if accepted {
                installed.try_set(true);
            }
        });
    };
    move || {
        if installed.get() {
            view! { <p>"Installed on this device. Open it from your home screen."</p> }.into_any()
        } else if offered.get() {
            view! {
                <p class="muted">"Install it to open from your home screen, full screen, even with no signal."</p>
                <button type="button" class="button" on:click=install_now>"Install app"</button>
            }
            .into_any()
        } else if install::is_ios_safari() {
            view! {
                <p>"To install on this iPhone:"</p>
                <ol class="steps-ios">
                    <li>"Tap the Share button in Safari's toolbar."</li>
                    <li>"Choose Add to Home Screen, then Add."</li>
                </ol>
            }
            .into_any()
        } else {
            view! { <p class="muted">"Use your browser's menu to install this app, if it offers to."</p> }.into_any()
        }
    }
}
