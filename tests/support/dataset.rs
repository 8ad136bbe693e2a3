//! The benchmark's dataset (`BENCH_DATASET`, a backup file written by
//! `examples/bench_dataset.rs`), read for the native benchmarks.

use one_on_one::domain::backup::{parse_backup, Backup};
use serde::de::DeserializeOwned;

/// The dataset `BENCH_DATASET` names, or `None` (saying so) when it names none.
pub fn dataset(bench: &str) -> Option<Backup> {
    let Ok(path) = std::env::var("BENCH_DATASET") else {
        println!("BENCH {bench}: set BENCH_DATASET to a dataset file (make bench does)");
        return None;
    };
    let text = std::fs::read_to_string(&path).expect("the dataset file");
    Some(parse_backup(&text, &["people", "meetings", "next_steps"]).expect("a backup"))
}

/// Every record of `store` in the dataset.
pub fn records<T: DeserializeOwned>(backup: &Backup, store: &str) -> Vec<T> {
    backup.stores[store]
        .iter()
        .map(|value| serde_json::from_value(value.clone()).expect("a record of the dataset"))
        .collect()
}
