//! The document's title, so each screen names itself in the tab and to screen readers; and
//! whether its policy lets the page reach an origin.

pub const APP_NAME: &str = "One-on-one";

/// Sets the title to "<page> · One-on-one".
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} · {APP_NAME}"));
    }
}

/// Whether this page's Content-Security-Policy lets it connect to `origin` (the service worker
/// adds the team's server to the pages it serves once one is set up).
pub fn policy_allows(origin: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector("meta[http-equiv=\"Content-Security-Policy\"]")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .is_some_and(|policy| {
            policy
                .split(';')
                .map(str::trim)
                .filter_map(|directive| directive.strip_prefix("connect-src "))
                .any(|sources| sources.split_whitespace().any(|source| source == origin))
        })
}
