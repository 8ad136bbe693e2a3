//! Entry point: mounts the app into the page; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(one_on_one::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("One-on-one runs in the browser: use `make serve`.");
}
