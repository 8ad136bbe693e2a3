//! The QR code of a team's join link, for a teammate's phone camera: scanned, it opens this
//! app's Team page with the join code filled in.

use leptos::prelude::*;

use crate::domain::qr::{Qr, QUIET_ZONE};

#[component]
pub fn JoinQr(code: Qr) -> impl IntoView {
    let side = code.size + 2 * QUIET_ZONE;
    let corner = -i64::from(QUIET_ZONE);
    let view_box = code.view_box();
    view! {
        <figure class="join-qr">
            <svg role="img" aria-label="QR code of the join link" viewBox=view_box
                xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                <rect x=corner y=corner width=side height=side fill="#ffffff" />
                <path d=code.path fill="#000000" />
            </svg>
            <figcaption>
                "Scan it with a teammate's phone camera: it opens this app's Team page with the join code filled in. They still need their own account on the team's server."
            </figcaption>
        </figure>
    }
}
