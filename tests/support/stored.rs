//! What a browser test's database holds, as text: every stored object and key of every object
//! store, as JSON, for tests that prove words are (or are not) written in the clear.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use wasm_bindgen::JsValue;

/// Every object and key in database `name`, as JSON text.
pub async fn everything_stored(name: &str) -> String {
    let db = Database::open(name).await.unwrap();
    let names: Vec<String> = db.object_store_names().collect();
    let tx = db.transaction(names.clone()).build().unwrap();
    let mut text = String::new();
    for store in &names {
        let all: Vec<JsValue> = tx
            .object_store(store)
            .unwrap()
            .get_all::<JsValue>()
            .await
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let keys: Vec<JsValue> = tx
            .object_store(store)
            .unwrap()
            .get_all_keys::<JsValue>()
            .await
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for value in all.iter().chain(&keys) {
            text.push_str(&String::from(js_sys::JSON::stringify(value).unwrap()));
        }
    }
    drop(tx);
    db.close();
    text
}
