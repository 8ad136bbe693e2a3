//! The document's title, so each screen names itself in the tab and to screen readers; the
//! focus mode of a running meeting; and whether its policy lets the page reach an origin.

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

/// Turns the app's focus mode on or off: while a meeting runs, the header and the tab bar give
/// way to it (the `focus-mode` class on the root element, which the style sheet reads).
pub fn set_focus_mode(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force("focus-mode", on);
    }
}
