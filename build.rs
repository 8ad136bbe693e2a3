//! Links the app's wasm with its relocations kept, which `wasm-split-cli` needs to cut the
//! module into the screens' chunks (see scripts/split.mjs). Tests and native builds are untouched.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
