//! The benchmark's floor: a minimal Leptos CSR page, built with the app's release profile.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1>"Floor"</h1>
                <button on:click=move |_| count.update(|c| *c += 1)>{move || count.get()}</button>
                <label for="notes">"Notes"</label>
                <textarea id="notes" on:input=move |_| count.update(|c| *c += 1)></textarea>
            </main>
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
