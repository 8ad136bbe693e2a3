//! Entry point: mounts the app into the page; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    one_on_one::platform::timing::mark("wasm started");
    leptos::mount::mount_to_body(one_on_one::App);
    one_on_one::platform::timing::mark("app mounted");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("One-on-one runs in the browser: use `make serve`.");
}
