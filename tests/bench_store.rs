//! Store benchmark (run by `make bench`, ignored by `make test`): save latency, the time to
//! load a realistic dataset and to turn the lock on and off over it, in headless Chromium. Prints figures; asserts nothing about speed.
#![cfg(target_arch = "wasm32")]

use indexed_db_futures::database::Database;
use one_on_one::domain::record::Meta;
use one_on_one::store::{locking, vault, Store};
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Clone, Serialize, Deserialize)]
struct Person {
    meta: Meta,
    name: String,
    email: String,
    organizations: Vec<String>,
    tags: Vec<String>,
    notes: String,
}

one_on_one::impl_record!(Person, "people");

#[derive(Clone, Serialize, Deserialize)]
struct Meeting {
    meta: Meta,
    person_id: String,
    starts_at: i64,
    purpose: String,
    sparks: Vec<String>,
    notes: String,
}

one_on_one::impl_record!(Meeting, "meetings");

fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

const NOTE: &str = "Grew up near the bus depot; angry about the cuts to route 12, which her \
    mother rides to dialysis. Works nights as a nurse. Wants to learn how to run a meeting. ";

#[wasm_bindgen_test]
#[ignore]
async fn bench_store() {
    let name = "bench-store";
    vault::forget_lock();
    let _ = Database::delete_by_name(name).unwrap().await;
    let store = Store::open_named(name, || {}, || {}).await.unwrap();

    let mut latencies = Vec::new();
    for i in 0..1_000 {
        let person = Person {
            meta: Meta::new(format!("p{i:05}"), 1_700_000_000_000 + i),
            name: format!("Person {i} Núñez"),
            email: format!("person{i}@example.org"),
            organizations: vec!["Local 12".into(), "Tenants United".into()],
            tags: vec!["transit".into(), "nurse".into()],
            notes: NOTE.repeat(2),
        };
        let start = now();
        store.save(&person).await.unwrap();
        latencies.push(now() - start);
    }
    for i in 0..3_000 {
        let meeting = Meeting {
            meta: Meta::new(format!("m{i:05}"), 1_700_000_000_000 + i),
            person_id: format!("p{:05}", i % 1_000),
            starts_at: 1_700_000_000_000 + i * 3_600_000,
            purpose: "Get to know each other and talk about the fare campaign".into(),
            sparks: vec!["route 12".into(), "her mother".into()],
            notes: NOTE.repeat(4),
        };
        store.save(&meeting).await.unwrap();
    }
    latencies.sort_by(f64::total_cmp);

    let mut loads = Vec::new();
    for _ in 0..5 {
        let start = now();
        let people: Vec<Person> = store.all().await.unwrap();
        let meetings: Vec<Meeting> = store.all().await.unwrap();
        loads.push(now() - start);
        assert_eq!((people.len(), meetings.len()), (1_000, 3_000));
    }
    loads.sort_by(f64::total_cmp);
    let start = now();
    let for_one: Vec<Meeting> = store.by_index("by_person", "p00042").await.unwrap();
    let by_person = now() - start;
    assert_eq!(for_one.len(), 3);

    console_log!(
        "BENCH save latency (1,000 saves): p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.95),
        latencies[latencies.len() - 1]
    );
    console_log!(
        "BENCH load 1,000 people + 3,000 meetings (5 runs): median {:.1} ms, min {:.1} ms, max {:.1} ms",
        percentile(&loads, 0.5),
        loads[0],
        loads[loads.len() - 1]
    );
    console_log!("BENCH one person's meetings by index: {by_person:.2} ms");

    // The lock over the same 4,000 records: each turn includes one key made from the passcode.
    let start = now();
    locking::turn_on(&store, "482916", |_, _| {}).await.unwrap();
    let sealing = now() - start;
    let start = now();
    locking::turn_off(&store, "482916", 0, |_, _| {})
        .await
        .unwrap();
    let opening = now() - start;
    console_log!(
        "BENCH the lock over 4,000 records: turning it on {sealing:.0} ms, off {opening:.0} ms"
    );
    store.close();
}
